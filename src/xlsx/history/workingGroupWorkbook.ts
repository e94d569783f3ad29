import type ExcelJS from 'exceljs';
import type { AnalyzeOptions, Lang, Roadmap } from '../../roadmap/types';
import { loadWorkbook, WorkbookReadError } from '../open';
import { readRoadmapWorkbook } from '../roadmapWorkbook';
import { readWorkbookHistory, type WorkbookHistory } from './readHistory';
import { roadmapSheetName } from './roadmapSheet';

export interface WorkingGroupFile {
  file: string;
  /** The file's bytes, to tell what a rewrite by ExcelJS would drop. */
  xlsx: Buffer | null;
  workbook: ExcelJS.Workbook;
  roadmap: Roadmap;
  history: WorkbookHistory;
}

export type WorkingGroupReadOptions = AnalyzeOptions & { sheet?: string; lang?: Lang };

/**
 * A roadmap workbook with its history, from the bytes of the file named `file`. Throws WorkbookReadError (the CLI's
 * exit 2) when the bytes are no workbook or hold no roadmap, InputBudgetError over a budget.
 */
export async function readWorkingGroupBytes(xlsx: Buffer, file: string, options: WorkingGroupReadOptions): Promise<WorkingGroupFile> {
  return { ...readWorkingGroupWorkbook(await loadWorkbook(xlsx, file), file, options), xlsx };
}

export function readWorkingGroupWorkbook(workbook: ExcelJS.Workbook, file: string, options: WorkingGroupReadOptions): WorkingGroupFile {
  const history = readWorkbookHistory(workbook, options.lang ?? 'ru');
  const sheet = options.sheet ?? roadmapSheetName(workbook, history.sheet);
  if (sheet === undefined) {
    throw new WorkbookReadError(file, { code: 'no-roadmap' });
  }
  const { roadmap } = readRoadmapWorkbook(workbook, file, { ...options, sheet });
  return { file, xlsx: null, workbook, roadmap, history };
}
