import type { Item } from '../types';
import type { SnapshotItem } from './model';
import { lettersAndDigits } from '../letters';

export type MatchedBy = 'number' | 'activity' | 'similar-activity';

export interface ItemPair {
  then: SnapshotItem;
  now: Item;
  by: MatchedBy;
}

export interface Matching {
  pairs: ItemPair[];
  added: Item[];
  removed: SnapshotItem[];
}

/** Activity text compared ignoring case, ё/е, punctuation, bullets and line breaks. */
export function normalizeActivity(text: string): string {
  return lettersAndDigits(text.toLowerCase().replace(/ё/g, 'е'), '', ' ').trim();
}

/** Word stems (first five letters of words of three letters or more): enough to tell an edited wording from another activity. */
function stems(text: string): Set<string> {
  return new Set(normalizeActivity(text).split(' ').filter((word) => word.length >= 3).map((word) => word.slice(0, 5)));
}

/** Dice similarity of two activities' word stems, 0…1. */
export function activitySimilarity(a: string, b: string): number {
  const left = stems(a);
  const right = stems(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const stem of left) if (right.has(stem)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** An item keeping its number may have had its wording edited; below this it is another activity under the old number. */
const SAME_NUMBER_SIMILARITY = 0.4;
/** A renumbered item whose wording was also edited. */
const RENUMBERED_SIMILARITY = 0.6;

/**
 * Pairs the items of a snapshot with the items now. The same number and wording first; then the same wording under
 * another number (renumbered, not removed and added); then the same number with edited wording; then renumbered
 * and edited. Whatever stays unpaired was added or removed.
 */
export function matchItems(then: readonly SnapshotItem[], now: readonly Item[]): Matching {
  const thenLeft = new Set(then.map((_, index) => index));
  const nowLeft = new Set(now.map((_, index) => index));
  const pairs: ItemPair[] = [];
  const thenText = then.map((item) => normalizeActivity(item.activity));
  const nowText = now.map((item) => normalizeActivity(item.activity));

  /** Pairs each item left now with the best-scoring snapshot item left; a negative score does not fit. */
  const pass = (by: MatchedBy, score: (thenIndex: number, nowIndex: number) => number): void => {
    for (const nowIndex of [...nowLeft]) {
      let best = -1;
      let bestScore = -1;
      for (const thenIndex of thenLeft) {
        const value = score(thenIndex, nowIndex);
        if (value > bestScore) [best, bestScore] = [thenIndex, value];
      }
      if (best < 0) continue;
      pairs.push({ then: then[best], now: now[nowIndex], by });
      thenLeft.delete(best);
      nowLeft.delete(nowIndex);
    }
  };
  const sameNumber = (t: number, n: number): boolean => then[t].no !== '' && then[t].no === now[n].no;
  const similarAbove = (threshold: number) => (t: number, n: number): number => {
    const similarity = activitySimilarity(then[t].activity, now[n].activity);
    return similarity >= threshold ? similarity : -1;
  };

  pass('number', (t, n) => (sameNumber(t, n) && thenText[t] === nowText[n] ? 1 : -1));
  pass('activity', (t, n) => (thenText[t] !== '' && thenText[t] === nowText[n] ? 1 : -1));
  pass('number', (t, n) => (sameNumber(t, n) ? similarAbove(SAME_NUMBER_SIMILARITY)(t, n) : -1));
  pass('similar-activity', similarAbove(RENUMBERED_SIMILARITY));

  return {
    pairs: pairs.sort((a, b) => a.now.row - b.now.row),
    added: now.filter((_, index) => nowLeft.has(index)),
    removed: then.filter((_, index) => thenLeft.has(index)),
  };
}
