import type ExcelJS from 'exceljs';
import type { AnalyzeOptions, Lang, Roadmap } from '../../roadmap/types';
import { loadWorkbook, readWorkbookFile, WorkbookReadError } from '../open';
import { readRoadmapWorkbook } from '../readRoadmap';
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

/** A roadmap workbook with its history. Throws WorkbookReadError (exit 2) when the file can't be read or holds no roadmap. */
export async function readWorkingGroupFile(file: string, options: WorkingGroupReadOptions): Promise<WorkingGroupFile> {
  const xlsx = await readWorkbookFile(file, options.lang);
  return { ...readWorkingGroupWorkbook(await loadWorkbook(xlsx, file, options.lang), file, options), xlsx };
}

export function readWorkingGroupWorkbook(workbook: ExcelJS.Workbook, file: string, options: WorkingGroupReadOptions): WorkingGroupFile {
  const history = readWorkbookHistory(workbook, options.lang ?? 'ru');
  const sheet = options.sheet ?? roadmapSheetName(workbook, history.sheet);
  if (sheet === undefined) {
    throw new WorkbookReadError(
      file,
      'не найдена таблица дорожной карты: нужна строка заголовков со столбцами «№ п/п», «Мероприятие», «Срок», «Ответственный», «Результат» / no roadmap table: a header row with No., Activity, Deadline, Responsible, Result is needed',
    );
  }
  const { roadmap } = readRoadmapWorkbook(workbook, file, { ...options, sheet });
  return { file, xlsx: null, workbook, roadmap, history };
}
