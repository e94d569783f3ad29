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
    throw new WorkbookReadError(file, { code: 'no-sheet', sheet: options.sheet, names: workbook.worksheets.map((sheet) => sheet.name) });
  }
  const found = findRoadmapSheet(engineSheets(workbook), options.sheet);
  if (!found) {
    throw new WorkbookReadError(file, { code: 'no-roadmap' });
  }
  const roadmap = analyzeSheet(found.sheet, options, found.layout) as Roadmap;
  return { file, workbook, sheet: found.sheet, roadmap };
}
