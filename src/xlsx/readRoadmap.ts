import type ExcelJS from 'exceljs';
import { analyzeSheet } from '../roadmap/analyze';
import type { AnalyzeOptions, Roadmap, SheetData } from '../roadmap/types';
import { findRoadmapSheet } from '../roadmap/workbook';
import { openLeanWorkbook, type LeanWorkbook } from './lean/leanWorkbook';
import { engineSheets, readWorkbookFile, WorkbookReadError } from './open';

export interface RoadmapWorkbook {
  file: string;
  workbook: ExcelJS.Workbook;
  sheet: SheetData;
  roadmap: Roadmap;
}

/** A roadmap read for reporting only: no workbook model is kept. */
export type RoadmapRead = Omit<RoadmapWorkbook, 'workbook'>;

/**
 * Reads an .xlsx file and its roadmap through the lean reader (no ExcelJS model: for the commands that only
 * read). Throws WorkbookReadError when the file can't be read or holds no roadmap, InputBudgetError (a kind of
 * it) when the file is over an input budget.
 */
export async function readRoadmapFile(file: string, options: AnalyzeOptions & { sheet?: string }): Promise<RoadmapRead> {
  const lean = await openLeanWorkbook(await readWorkbookFile(file, options.lang), file, { lang: options.lang });
  return readLeanRoadmap(lean, options);
}

function sheetMissing(file: string, sheet: string, names: readonly string[]): WorkbookReadError {
  return new WorkbookReadError(file, `нет листа «${sheet}» (есть: ${names.map((name) => `«${name}»`).join(', ')}) / no sheet “${sheet}”`);
}

function noRoadmap(file: string): WorkbookReadError {
  return new WorkbookReadError(
    file,
    'не найдена таблица дорожной карты: нужна строка заголовков со столбцами «№ п/п», «Мероприятие», «Срок», «Ответственный», «Результат» / no roadmap table: a header row with No., Activity, Deadline, Responsible, Result is needed',
  );
}

/**
 * The roadmap of a workbook opened by the lean reader: the named sheet, else the first visible sheet whose header
 * is recognised. Sheets are read one at a time, only as far as needed.
 */
export async function readLeanRoadmap(lean: LeanWorkbook, options: AnalyzeOptions & { sheet?: string }): Promise<RoadmapRead> {
  const { file } = lean;
  if (options.sheet !== undefined && !lean.sheets.some((sheet) => sheet.name === options.sheet)) {
    throw sheetMissing(file, options.sheet, lean.sheets.map((sheet) => sheet.name));
  }
  for (const entry of lean.sheets) {
    if (entry.state !== 'visible') continue;
    if (options.sheet !== undefined && entry.name !== options.sheet) continue;
    const found = findRoadmapSheet([await lean.readSheet(entry)], options.sheet);
    if (found) return { file, sheet: found.sheet, roadmap: analyzeSheet(found.sheet, options, found.layout) as Roadmap };
    if (options.sheet !== undefined) break;
  }
  throw noRoadmap(file);
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
