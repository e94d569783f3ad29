import type { Lang } from '../../roadmap/types';
import { COMMAND_WORDS } from '../../i18n/workingGroup';
import type { ReportTexts } from '../../i18n/report';
import { copyLossTexts } from '../../i18n/copies';
import { hasUnkeptParts, unkeptParts, type UnkeptParts } from '../../xlsx/unkeptParts';
import type { WorkingGroupFile } from '../../xlsx/history/workingGroupFile';
import type { CliIo } from '../context';
import { parseDateOption } from '../dateOption';
import { CommandError } from '../errors';
import { readStoredSettings } from '../../xlsx/storedSettings';

/** `--next-meeting`: a date, or undefined for the default (the end of the report date's quarter). */
export function nextMeetingOption(raw: Record<string, unknown>, lang: Lang): string | undefined {
  const value = raw.nextMeeting;
  if (value === undefined) return undefined;
  const iso = typeof value === 'string' ? parseDateOption(value) : null;
  if (iso === null) throw new CommandError(COMMAND_WORDS[lang].badNextMeeting(String(value)));
  return iso;
}

/**
 * The chair who signs the working group's documents: `--chair`, else the name saved in the workbook's settings by the
 * add-in, else null (a line to sign and write the name by hand).
 */
export async function chairOption(raw: Record<string, unknown>, input: WorkingGroupFile): Promise<string | null> {
  if (typeof raw.chair === 'string' && raw.chair.trim() !== '') return raw.chair.replace(/\s+/g, ' ').trim();
  if (input.xlsx === null) return null;
  return (await readStoredSettings(input.xlsx))?.chair ?? null;
}

/** Warns when the copy will lack something of `file`: chart sheets, pivot tables and charts, SmartArt (see unkeptParts). */
export function warnUnkept(file: string, parts: UnkeptParts, texts: ReportTexts, io: CliIo, lang: Lang = 'ru'): void {
  if (!hasUnkeptParts(parts)) return;
  const kinds = texts.cli.drawingKinds;
  const losses = copyLossTexts(lang);
  const list = [
    parts.charts > 0 ? `${kinds.charts} (${parts.charts})` : null,
    parts.shapes > 0 ? `${kinds.shapes} (${parts.shapes})` : null,
    parts.pivotTables > 0 ? `${kinds.pivotTables} (${parts.pivotTables})` : null,
    parts.unreadableParts.length > 0 ? losses.unreadableParts(parts.unreadableParts.join(', ')) : null,
    parts.vba ? losses.vba : null,
    parts.notes.length > 0 ? losses.notes(parts.notes.join(', ')) : null,
  ].filter((part) => part !== null);
  io.err(`roadmap: ${texts.cli.dropsDrawings(file, list.join(', '))}\n`);
}

/**
 * The same warning for `snapshot` and `brief -o` («История», which they write anew, left out, but the cell notes on its
 * tables that found no row on the new sheet, `unplacedNotes` as «C14», named).
 */
export async function warnUnkeptParts(
  input: WorkingGroupFile,
  texts: ReportTexts,
  io: CliIo,
  { keepVba = false, lang = 'ru', unplacedNotes = [] }: { keepVba?: boolean; lang?: Lang; unplacedNotes?: readonly string[] } = {},
): Promise<void> {
  if (input.xlsx === null) return;
  const history = input.history.sheet?.name;
  const parts = await unkeptParts(input.xlsx, history === undefined ? [] : [history], keepVba);
  const notes = history === undefined ? [] : unplacedNotes.map((cell) => `${history}!${cell}`);
  warnUnkept(input.file, { ...parts, notes }, texts, io, lang);
}
