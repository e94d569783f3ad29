import { isIsoDate } from '../../roadmap/dates';
import type { Lang } from '../../roadmap/types';
import { COMMAND_WORDS } from '../../i18n/workingGroup';
import type { ReportTexts } from '../../i18n/report';
import { hasUnkeptParts, unkeptParts } from '../../xlsx/unkeptParts';
import type { WorkingGroupFile } from '../../xlsx/history/workingGroupFile';
import type { CliIo } from '../context';
import { CommandError } from '../errors';

/** `--next-meeting`: a date, or undefined for the default (the end of the report date's quarter). */
export function nextMeetingOption(raw: Record<string, unknown>, lang: Lang): string | undefined {
  const value = raw.nextMeeting;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new CommandError(COMMAND_WORDS[lang].badNextMeeting(String(value)));
  return value;
}

/** Warns, as `summary` does, when the copy ExcelJS writes will lack charts, shapes or pivot tables of the input (the tools' own chart is written again). */
export async function warnUnkeptParts(input: WorkingGroupFile, texts: ReportTexts, io: CliIo): Promise<void> {
  if (input.xlsx === null) return;
  const parts = await unkeptParts(input.xlsx, input.history.sheet ? [input.history.sheet.name] : []);
  if (!hasUnkeptParts(parts)) return;
  const kinds = texts.cli.drawingKinds;
  const list = [
    parts.charts > 0 ? `${kinds.charts} (${parts.charts})` : null,
    parts.shapes > 0 ? `${kinds.shapes} (${parts.shapes})` : null,
    parts.pivotTables > 0 ? `${kinds.pivotTables} (${parts.pivotTables})` : null,
  ].filter((part) => part !== null);
  io.err(`roadmap: ${texts.cli.dropsDrawings(input.file, list.join(', '))}\n`);
}
