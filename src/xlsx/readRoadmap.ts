import type ExcelJS from 'exceljs';
import { analyzeSheet } from '../roadmap/analyze';
import type { AnalyzeOptions, Roadmap, SheetData } from '../roadmap/types';
import { findRoadmapSheet } from '../roadmap/workbook';
import { engineSheets, openWorkbook, WorkbookReadError } from './open';

export interface RoadmapWorkbook {
  file: string;
  workbook: ExcelJS.Workbook;
  sheet: SheetData;
  roadmap: Roadmap;
}

/** Reads an .xlsx file and its roadmap. Throws WorkbookReadError when the file can't be read or holds no roadmap. */
export async function readRoadmapFile(file: string, options: AnalyzeOptions & { sheet?: string }): Promise<RoadmapWorkbook> {
  const workbook = await openWorkbook(file);
  return readRoadmapWorkbook(workbook, file, options);
}

export function readRoadmapWorkbook(workbook: ExcelJS.Workbook, file: string, options: AnalyzeOptions & { sheet?: string }): RoadmapWorkbook {
  if (options.sheet !== undefined && !workbook.getWorksheet(options.sheet)) {
    const names = workbook.worksheets.map((sheet) => `«${sheet.name}»`).join(', ');
    throw new WorkbookReadError(file, `нет листа «${options.sheet}» (есть: ${names}) / no sheet “${options.sheet}”`);
  }
  const found = findRoadmapSheet(engineSheets(workbook), options.sheet);
  if (!found) {
    throw new WorkbookReadError(
      file,
      'не найдена таблица дорожной карты: нужна строка заголовков со столбцами «№ п/п», «Мероприятие», «Срок», «Ответственный», «Результат» / no roadmap table: a header row with No., Activity, Deadline, Responsible, Result is needed',
    );
  }
  const roadmap = analyzeSheet(found.sheet, options, found.layout) as Roadmap;
  return { file, workbook, sheet: found.sheet, roadmap };
}
