import { reportTexts } from '../../i18n/report';
import { loadWorkbook } from '../open';
import { readRoadmapWorkbook } from '../roadmapWorkbook';
import { ownedSummarySheet } from '../summaryOwnership';
import { buildSummaryWorkbook } from '../summaryWorkbook';
import { markToolWorkbook } from '../toolMark';
import { hasUnkeptParts, unkeptParts } from '../unkeptParts';
import { assertWithinFileBudget } from '../workbookBytes';
import { isMacroEnabledName } from '../workbookCopy';
import { bufferOf, bytesOf, type InputWorkbook, type Notice, type OperationOptions } from './input';

export interface SummaryCopy {
  /** The copy `roadmap summary -o outputName` writes, marked as the tool's copy (markToolWorkbook). */
  bytes: Uint8Array;
  /** What the CLI warns of on stderr while making it: unkept parts, the summary put on a renamed sheet. */
  notices: Notice[];
  /** The roadmap's error findings (the CLI exits 1 when above 0). */
  errors: number;
  /** The sheet the summary went to. */
  summarySheet: string;
}

/**
 * The summary copy of a workbook's bytes: the roadmap's «Плановая дата» filled, live highlighting, the «Мониторинг»
 * sheet with its chart. `outputName` is the copy's name: .xlsm keeps the VBA project. Throws WorkbookReadError
 * (InputBudgetError over a budget) naming `input.name` when the bytes are no workbook or hold no roadmap.
 */
export async function summaryCopy(input: InputWorkbook, options: OperationOptions, { outputName }: { outputName: string }): Promise<SummaryCopy> {
  assertWithinFileBudget(input.bytes.byteLength, input.name);
  const xlsx = bufferOf(input.bytes);
  const keepVba = isMacroEnabledName(outputName);
  const workbook = await loadWorkbook(xlsx, input.name);
  const owned = ownedSummarySheet(workbook);
  const notices: Notice[] = [];
  const parts = await unkeptParts(xlsx, owned === null ? [] : [owned], keepVba);
  if (hasUnkeptParts(parts)) notices.push({ kind: 'unkept-parts', file: input.name, parts });
  const source = readRoadmapWorkbook(workbook, input.name, options);
  const result = await buildSummaryWorkbook(source, { ...options, keepVba }, xlsx);
  if (result.displaced) notices.push({ kind: 'renamed-summary', wanted: reportTexts(options.lang).summary.sheetName, sheet: result.summarySheet });
  const bytes = await markToolWorkbook(result.xlsx, { kind: 'roadmap-copy', asOf: options.today });
  return { bytes: bytesOf(bytes), notices, errors: source.roadmap.counts.errors, summarySheet: result.summarySheet };
}
