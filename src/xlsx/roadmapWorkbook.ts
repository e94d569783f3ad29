import type ExcelJS from 'exceljs';
import { analyzeSheet } from '../roadmap/analyze';
import type { AnalyzeOptions, Roadmap, SheetData } from '../roadmap/types';
import { findRoadmapSheet } from '../roadmap/workbook';
import { noRoadmap, sheetMissing } from './lean/readLeanRoadmap';
import { engineSheets } from './open';

export interface RoadmapWorkbook {
  file: string;
  workbook: ExcelJS.Workbook;
  sheet: SheetData;
  roadmap: Roadmap;
}

/**
 * The roadmap of a workbook loaded by ExcelJS (for the commands that write a copy): the named sheet, else the first
 * visible sheet with a roadmap header. Throws WorkbookReadError naming `file` when there is none.
 */
export function readRoadmapWorkbook(workbook: ExcelJS.Workbook, file: string, options: AnalyzeOptions & { sheet?: string }): RoadmapWorkbook {
  if (options.sheet !== undefined && !workbook.getWorksheet(options.sheet)) {
    throw sheetMissing(file, options.sheet, workbook.worksheets.map((sheet) => sheet.name));
  }
  const found = findRoadmapSheet(engineSheets(workbook), options.sheet);
  if (!found) throw noRoadmap(file);
  const roadmap = analyzeSheet(found.sheet, options, found.layout) as Roadmap;
  return { file, workbook, sheet: found.sheet, roadmap };
}
