import type ExcelJS from 'exceljs';
import { analyzeSheet } from '../roadmap/analyze';
import type { AnalyzeOptions, Roadmap, SheetData } from '../roadmap/types';
import { findRoadmapSheet } from '../roadmap/workbook';
import { openLeanWorkbook } from './lean/leanWorkbook';
import { noRoadmap, readLeanRoadmap, sheetMissing, type RoadmapRead } from './lean/readLeanRoadmap';
import { engineSheets } from './open';
import { readWorkbookFile } from './workbookFile';

export interface RoadmapWorkbook {
  file: string;
  workbook: ExcelJS.Workbook;
  sheet: SheetData;
  roadmap: Roadmap;
}

export type { RoadmapRead } from './lean/readLeanRoadmap';
export { readLeanRoadmap } from './lean/readLeanRoadmap';

/**
 * Reads an .xlsx file and its roadmap through the lean reader (no ExcelJS model: for the commands that only
 * read). Throws WorkbookReadError when the file can't be read or holds no roadmap, InputBudgetError (a kind of
 * it) when the file is over an input budget.
 */
export async function readRoadmapFile(file: string, options: AnalyzeOptions & { sheet?: string }): Promise<RoadmapRead> {
  const lean = await openLeanWorkbook(await readWorkbookFile(file, options.lang), file, { lang: options.lang });
  return readLeanRoadmap(lean, options);
}

export function readRoadmapWorkbook(workbook: ExcelJS.Workbook, file: string, options: AnalyzeOptions & { sheet?: string }): RoadmapWorkbook {
  if (options.sheet !== undefined && !workbook.getWorksheet(options.sheet)) {
    throw sheetMissing(file, options.sheet, workbook.worksheets.map((sheet) => sheet.name));
  }
  const found = findRoadmapSheet(engineSheets(workbook), options.sheet);
  if (!found) throw noRoadmap(file);
  const roadmap = analyzeSheet(found.sheet, options, found.layout) as Roadmap;
  return { file, workbook, sheet: found.sheet, roadmap };
}
