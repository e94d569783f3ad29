import { isIsoDate } from '../../roadmap/dates';
import type { Lang } from '../../roadmap/types';
import { COMMAND_WORDS } from '../../i18n/workingGroup';
import { CommandError } from '../errors';

/** `--next-meeting`: a date, or undefined for the default (the end of the report date's quarter). */
export function nextMeetingOption(raw: Record<string, unknown>, lang: Lang): string | undefined {
  const value = raw.nextMeeting;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new CommandError(COMMAND_WORDS[lang].badNextMeeting(String(value)));
  return value;
}
