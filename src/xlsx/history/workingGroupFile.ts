import type ExcelJS from 'exceljs';
import type { AnalyzeOptions, Lang, Roadmap } from '../../roadmap/types';
import type { HistoryReading } from '../../roadmap/workingGroup';
import { openWorkbook, WorkbookReadError } from '../open';
import { readRoadmapWorkbook } from '../readRoadmap';
import { readWorkbookHistory } from './readHistory';
import { roadmapSheetName } from './roadmapSheet';

export interface WorkingGroupFile {
  file: string;
  workbook: ExcelJS.Workbook;
  roadmap: Roadmap;
  history: HistoryReading;
}

export type WorkingGroupReadOptions = AnalyzeOptions & { sheet?: string; lang?: Lang };

/** A roadmap workbook with its history. Throws WorkbookReadError (exit 2) when the file can't be read or holds no roadmap. */
export async function readWorkingGroupFile(file: string, options: WorkingGroupReadOptions): Promise<WorkingGroupFile> {
  const workbook = await openWorkbook(file);
  return readWorkingGroupWorkbook(workbook, file, options);
}

export function readWorkingGroupWorkbook(workbook: ExcelJS.Workbook, file: string, options: WorkingGroupReadOptions): WorkingGroupFile {
  const sheet = options.sheet ?? roadmapSheetName(workbook);
  if (sheet === undefined) {
    throw new WorkbookReadError(
      file,
      'не найдена таблица дорожной карты: нужна строка заголовков со столбцами «№ п/п», «Мероприятие», «Срок», «Ответственный», «Результат» / no roadmap table: a header row with No., Activity, Deadline, Responsible, Result is needed',
    );
  }
  const { roadmap } = readRoadmapWorkbook(workbook, file, { ...options, sheet });
  return { file, workbook, roadmap, history: readWorkbookHistory(workbook, options.lang ?? 'ru') };
}
