import type { Lang } from '../../roadmap/types';
import { COMMAND_WORDS } from '../../i18n/workingGroup';
import { parseDateOption } from '../dateOption';
import { CommandError } from '../errors';

/** `--next-meeting`: a date, or undefined for the default (the end of the report date's quarter). */
export function nextMeetingOption(raw: Record<string, unknown>, lang: Lang): string | undefined {
  const value = raw.nextMeeting;
  if (value === undefined) return undefined;
  const iso = typeof value === 'string' ? parseDateOption(value) : null;
  if (iso === null) throw new CommandError(COMMAND_WORDS[lang].badNextMeeting(String(value)));
  return iso;
}

/**
 * `--chair` as given, or undefined: the operations fall back to the name the add-in saved in the workbook's settings,
 * else a line to sign (see chairOf in src/xlsx/operations/workingGroup.ts).
 */
export function chairOption(raw: Record<string, unknown>): string | undefined {
  return typeof raw.chair === 'string' ? raw.chair : undefined;
}
