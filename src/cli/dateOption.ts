import { isValidDate, toIso } from '../roadmap/dates';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ДД.ММ.ГГГГ, the way the tool prints dates and people type them: 01.09.2021, 1.9.2021. */
const RUSSIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A date typed for an option, as ISO YYYY-MM-DD, or null when it is not a real calendar date.
 * Accepts YYYY-MM-DD and ДД.ММ.ГГГГ (one- or two-digit day and month); 31.02.2021 is null, not 3 March.
 */
export function parseDateOption(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const russian = iso ? null : RUSSIAN.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : russian
      ? [Number(russian[3]), Number(russian[2]), Number(russian[1])]
      : [NaN, NaN, NaN];
  return isValidDate(year, month, day) ? toIso(year, month, day) : null;
}
