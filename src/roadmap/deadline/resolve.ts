/**
 * Turns what the finders found into the dates a deadline names: lends years to phrases without one,
 * joins ranges, tells end dates from start dates and reference points, and drops a period when a more
 * precise date inside it is also written.
 */
import type { Found, Span } from './found';

export type Role = 'end' | 'opening' | 'start' | 'reference';

export interface Anchor extends Span {
  start: number;
  end: number;
  exact: boolean;
  role: Role;
}

/** `к началу 2022-2023 учебного года`, `до начала IV квартала 2022 г.`: due on the period's first day. */
const OPENING_BEFORE = /(?:^|[^а-я])(?:к|до)[ ]+начал[а-я]*[ ]*$/;
/** `с 01.09.2021`, `начиная с 2022 года`, `не ранее`, `from`: when the work begins, not when it is due. */
const START_BEFORE = /(?:^|[^а-яa-z])(?:с|со|начиная[ ]+со?|не[ ]+ранее|from|since|between|starting(?:[ ]+from)?|beginning)[ ]*$/;
/**
 * A date the deadline counts from or reports on rather than a due date: `в течение 10 дней после 01.03.2022`,
 * `по итогам 2022 года`, `в начале 2023 года`, `mid-2023`.
 */
const REFERENCE_BEFORE = new RegExp(
  '(?:(?:дн[а-я]*|день|недел[а-я]*|месяц[а-я]*|мес\\.|days?|weeks?|months?)[ ]*(?:до|после|с|со[ ]+дня|с[ ]+даты|от|before|after|from|of)' +
    '|по[ ]+итогам|по[ ]+результатам|(?:^|[^а-я])начал[а-я]*|в[ ]+начале|середин[а-я]*|(?:^|[^a-z])mid-?|middle[ ]+of|(?:^|[^a-z])early|beginning[ ]+of|start[ ]+of)[ ]*$',
);
/** What may stand between the two ends of a range (after an optional `г.` closing the first end). */
const RANGE_GAP = /^[ ]*(?:(?:года|году|год|гг|г)(?![а-я])\.?)?[ ]*(?:-|по|to|through|till|until)[ ]*$/;
/** `до` joins a range only after `с`: `с 01.09.2021 до 31.12.2021`. */
const RANGE_GAP_AFTER_START = /^[ ]*(?:(?:года|году|год|гг|г)(?![а-я])\.?)?[ ]*(?:до|and)[ ]*$/;

function roleOf(text: string, found: Found): Role {
  const before = text.slice(Math.max(0, found.start - 60), found.start);
  if (OPENING_BEFORE.test(before)) return 'opening';
  if (REFERENCE_BEFORE.test(before)) return 'reference';
  if (START_BEFORE.test(before)) return 'start';
  return 'end';
}

function joinsRange(text: string, left: { end: number; role: Role }, right: { start: number }): boolean {
  const gap = text.slice(left.end, right.start);
  return RANGE_GAP.test(gap) || (left.role === 'start' && RANGE_GAP_AFTER_START.test(gap));
}

/** Lends years to phrases that write none, from the other end of a range or the cell's only year. */
function lendYears(text: string, found: Found[], roles: Role[]): (number | null)[] {
  const years = found.map((f) => (f.years.length > 0 ? f.years[0] : null));
  for (let i = 0; i < found.length; i += 1) {
    if (years[i] !== null) continue;
    const next = found[i + 1];
    const prev = found[i - 1];
    if (next && next.years.length > 0 && joinsRange(text, { end: found[i].end, role: roles[i] }, next)) {
      const lent = next.years[0];
      const mine = found[i].span(lent);
      const theirs = next.span(lent);
      years[i] = mine && theirs && mine.from > theirs.to ? lent - 1 : lent;
    } else if (prev && prev.years.length > 0 && joinsRange(text, { end: prev.end, role: roles[i - 1] }, found[i])) {
      const lent = prev.years[prev.years.length - 1];
      const mine = found[i].span(lent);
      const theirs = prev.span(prev.years[0]);
      years[i] = mine && theirs && mine.to < theirs.from ? lent + 1 : lent;
    }
  }
  const ownYears = new Set(found.flatMap((f, i) => (roles[i] === 'end' || roles[i] === 'opening' ? f.years : [])));
  if (ownYears.size === 1) {
    const [only] = [...ownYears];
    found.forEach((f, i) => {
      if (years[i] === null && f.borrow === 'any') years[i] = only;
    });
  }
  return years;
}

function toAnchors(text: string, found: Found[]): Anchor[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const roles = sorted.map((f) => roleOf(text, f));
  const years = lendYears(text, sorted, roles);
  const anchors: Anchor[] = [];
  sorted.forEach((f, i) => {
    const year = years[i];
    const span = year === null ? null : f.span(year);
    if (!span) return;
    const role = roles[i];
    const opening = role === 'opening';
    anchors.push({
      from: span.from,
      to: opening ? span.from : span.to,
      start: f.start,
      end: f.end,
      exact: f.exact || opening,
      role: opening ? 'end' : role,
    });
  });
  return anchors;
}

/** Joins `A – B`, `с A по B`, `from A to B` into one period from A's first day to B's last. */
function joinRanges(text: string, anchors: Anchor[]): Anchor[] {
  const joined: Anchor[] = [];
  for (const anchor of anchors) {
    const last = joined[joined.length - 1];
    if (last && last.role !== 'reference' && anchor.role !== 'reference' && joinsRange(text, last, anchor)) {
      joined[joined.length - 1] = {
        from: last.from < anchor.from ? last.from : anchor.from,
        to: last.to > anchor.to ? last.to : anchor.to,
        start: last.start,
        end: anchor.end,
        exact: false,
        role: 'end',
      };
    } else {
      joined.push(anchor);
    }
  }
  return joined;
}

function strictlyContains(outer: Span, inner: Span): boolean {
  return outer.from <= inner.from && inner.to <= outer.to && (outer.from < inner.from || inner.to < outer.to);
}

/** The anchors that say when the work is due, a period dropped where a date inside it is also written. */
export function resolveAnchors(text: string, found: Found[]): { ends: Anchor[]; starts: Anchor[] } {
  const anchors = joinRanges(text, toAnchors(text, found));
  const ends = anchors.filter((a) => a.role === 'end');
  const precise = ends.filter((outer) => !ends.some((inner) => strictlyContains(outer, inner)));
  return { ends: precise, starts: anchors.filter((a) => a.role === 'start') };
}
