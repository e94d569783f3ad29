import { COMMAND_WORDS } from '../../i18n/workingGroup';
import { formatRuDate } from '../../roadmap/dates';
import type { Snapshot } from '../../roadmap/workingGroup';
import { snapshotWorkbook } from '../history/workingGroupOutputs';
import { markToolWorkbook } from '../toolMark';
import { isMacroEnabledName } from '../workbookCopy';
import { bytesOf, type InputWorkbook, type Notice, type OperationOptions } from './input';
import { openWorkingGroup, workingGroupUnkept } from './workingGroup';

export interface SnapshotCopy {
  /** The copy `roadmap snapshot -o outputName` writes, marked as the tool's copy. */
  bytes: Uint8Array;
  /** What the CLI warns of on stderr: unkept parts (with «История»'s unplaced cell notes), then each history note. */
  notices: Notice[];
  /** The line `roadmap snapshot` prints on stdout (without its newline). */
  message: string;
  snapshot: Snapshot;
  /** Snapshots on «История» now. */
  snapshots: number;
  /** The sheet the history went to. */
  sheet: string;
  /** True when a snapshot of the same date was replaced. */
  replaced: boolean;
}

/**
 * The snapshot copy of a workbook's bytes: the roadmap's state on the report date recorded on «История» (a snapshot of
 * the same date replaced). `outputName` is the copy's name as the user sees it (the message names it; .xlsm keeps
 * the VBA project). Throws WorkbookReadError (InputBudgetError over a budget) naming `input.name`.
 */
export async function snapshotCopy(input: InputWorkbook, options: OperationOptions, { outputName }: { outputName: string }): Promise<SnapshotCopy> {
  const file = await openWorkingGroup(input, options);
  const keepVba = isMacroEnabledName(outputName);
  const replaced = file.history.history.snapshots.some((taken) => taken.date === file.roadmap.today);
  // The copy is built first: the warning names the cell notes it had no place for.
  const result = await snapshotWorkbook(file, keepVba);
  const notices: Notice[] = [];
  const unkept = await workingGroupUnkept(file, keepVba, result.unplacedNotes);
  if (unkept) notices.push(unkept);
  for (const finding of file.history.findings) notices.push({ kind: 'history-note', message: finding.message });
  const bytes = await markToolWorkbook(result.bytes, { kind: 'roadmap-copy', asOf: options.today });
  const { counts, date } = result.snapshot;
  const message = COMMAND_WORDS[options.lang].snapshotTaken({
    date: options.lang === 'ru' ? formatRuDate(date) : date,
    sheet: result.sheet,
    output: outputName,
    items: counts.items,
    done: counts.done,
    percent: counts.completionPercent,
    overdue: counts.overdue,
    snapshots: result.snapshots,
    replaced,
  });
  return { bytes: bytesOf(bytes), notices, message, snapshot: result.snapshot, snapshots: result.snapshots, sheet: result.sheet, replaced };
}
