/**
 * Which finder read which part of a deadline: the debugging view behind `roadmap check --explain`, so that the
 * next phrasing the parser misses is easy to place.
 */
import { Scanner, type Found } from './found';
import { normalize } from './normalize';
import { FINDERS } from './planYear';
import { phraseKinds } from './phrases';

export interface DeadlineExplanation {
  /** The text as the finders see it (normalised). */
  normalized: string;
  /** Each piece found: the finder that matched, the text it matched, the years it writes. */
  found: { finder: string; text: string; years: number[] }[];
  /** Phrase kinds without dates («ежеквартально» → recurring). */
  phrases: string[];
}

/** Runs the deadline finders over `text` and says which matched what. Throws what the finders throw. */
export function explainDeadline(text: string): DeadlineExplanation {
  const normalized = normalize(text);
  const scanner = new Scanner(normalized);
  const found: DeadlineExplanation['found'] = [];
  for (const [finder, find] of FINDERS) {
    const before = scanner.found.length;
    find(scanner);
    scanner.found.slice(before).forEach((piece: Found) => {
      found.push({ finder, text: normalized.slice(piece.start, piece.end), years: piece.years });
    });
  }
  return { normalized, found, phrases: [...phraseKinds(normalized)] };
}
