import { isIsoDate } from '../dates';
import type { Deadline, DeadlineKind } from '../types';
import { findExactDates } from './exactDates';
import { Scanner } from './found';
import { normalize } from './normalize';
import { findPeriods } from './periods';
import { isPlaceholder, phraseKinds } from './phrases';
import { resolveAnchors, type Anchor } from './resolve';
import { findYearRanges, findYears } from './years';

export interface DeadlineOptions {
  /** The plan's end date (ISO): the due date of continuous activities. */
  periodEnd?: string | null;
}

/**
 * Reads a deadline as roadmaps write it («до 31.07.2021 г.», «IV квартал 2022 г.», «ежеквартально» …).
 * Never throws: what it cannot read is kind `unknown` with a null due date.
 *
 * Rules for mixed and ambiguous phrasings (each has cases in test/fixtures/deadline-corpus.tsv):
 * - A written end date or dated period wins over a frequency or a duration: «ежеквартально, до 31.12.2022»
 *   is a `date` (31.12.2022), «2021–2022 гг., ежегодно» a `period` (31.12.2022), «постоянно, до 31.12.2022»
 *   a `date`. A monitor needs the end by which the work must be done.
 * - A range (`с 01.09.2021 по 31.12.2021`, `сентябрь–октябрь 2021`, `2022–2024 гг.`) is one `period` ending
 *   on its last day. Several separate dates or periods (`до 31.08.2021 – первое совещание\nдо 20.09.2021 …`)
 *   are `milestones`, due on the last one.
 * - A date written inside a period also written (`IV квартал 2022 г. (до 15.12.2022)`) makes the period
 *   redundant: the more precise date is the deadline.
 * - `к началу <period>` / `до начала <period>` is due on the period's first day, as a `date`:
 *   `к началу 2022-2023 учебного года` → 01.09.2022. `с 1 по 15 сентября 2021 г.` is a `period` to 15.09.2021.
 * - Recurring reporting phrases without a frequency word also count as recurring:
 *   `до 20 числа месяца, следующего за отчетным`, `по итогам квартала`.
 * - `до <period>` means by the end of that period: `до 1 квартала 2024` → 31.03.2024, `до 2024 года` → 31.12.2024
 *   (Russian plans write «на период до 2024 года» for a period that includes 2024).
 * - A school year (`2022-2023 учебный год`) ends on 31 August of its second year.
 * - A start with no end (`с 01.09.2021`, `начиная с 2022 года`) says when work begins: the kind the rest of the
 *   text gives (`ежегодно, начиная с 2022 года` is `recurring`), else `continuous` (runs to the plan's end).
 * - A date the deadline counts from or reports on is not due (`в течение 10 дней после 01.03.2022`,
 *   `по итогам 2022 года`, `в начале 2023 года`) → `unknown`, as is a document's date after «от».
 * - With no end date, recurring beats continuous beats on demand: «по мере необходимости, но не реже 1 раза в
 *   квартал» is `recurring`.
 * - A month, quarter or half-year with no year (`декабрь`, `II полугодие`, `ежегодно до 1 марта`) gives no
 *   date; it borrows the year of a range end or of the only year in the cell, never the plan's year.
 * - Impossible dates (31.02.2021) are ignored; a cell holding only a placeholder (`-`, `—`, `х`) is `none`.
 */
export function parseDeadline(text: string, options: DeadlineOptions = {}): Deadline {
  // The readers are written not to throw; this guard keeps the promise for inputs nobody foresaw.
  try {
    return read(text, options);
  } catch {
    return result(text, 'unknown', []);
  }
}

/** The parser without its guard, for tests that must see a crash rather than an `unknown` (fuzzing the finders). */
export function readDeadlineUnguarded(text: string, options: DeadlineOptions = {}): Deadline {
  return read(text, options);
}

function read(text: string, options: DeadlineOptions): Deadline {
  const normalized = normalize(typeof text === 'string' ? text : '');
  if (isPlaceholder(normalized)) return result(text, 'none', []);
  const scanner = new Scanner(normalized);
  findExactDates(scanner);
  findYearRanges(scanner);
  findPeriods(scanner);
  findYears(scanner);
  const { ends, starts } = resolveAnchors(normalized, scanner.found);
  if (ends.length > 0) return fromEnds(text, ends);
  const kinds = phraseKinds(normalized);
  if (kinds.has('recurring')) return result(text, 'recurring', []);
  const continuous = (): Deadline => {
    const due = options.periodEnd && isIsoDate(options.periodEnd) ? options.periodEnd : null;
    return result(text, 'continuous', due === null ? [] : [due]);
  };
  if (kinds.has('continuous')) return continuous();
  if (kinds.has('on-demand')) return result(text, 'on-demand', []);
  if (starts.length > 0 && !kinds.has('relative')) return continuous();
  return result(text, 'unknown', []);
}

function fromEnds(text: string, ends: Anchor[]): Deadline {
  const checkpoints = [...new Set(ends.map((a) => a.to))].sort();
  if (checkpoints.length > 1) return result(text, 'milestones', checkpoints);
  const exact = ends.some((a) => a.exact && a.to === checkpoints[0]);
  return result(text, exact ? 'date' : 'period', checkpoints);
}

/** Kinds that never carry a due date. */
const UNDATED: ReadonlySet<DeadlineKind> = new Set(['recurring', 'on-demand', 'unknown', 'none']);

function result(text: string, kind: DeadlineKind, checkpoints: string[]): Deadline {
  const due = UNDATED.has(kind) ? null : (checkpoints[checkpoints.length - 1] ?? null);
  return { text, kind, due, checkpoints: due === null ? [] : checkpoints };
}
