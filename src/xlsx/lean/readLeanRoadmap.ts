import { analyzeSheet } from '../../roadmap/analyze';
import type { AnalyzeOptions, Roadmap, SheetData } from '../../roadmap/types';
import { findRoadmapSheet } from '../../roadmap/workbook';
import { WorkbookReadError } from '../readError';
import type { LeanWorkbook } from './leanWorkbook';

/** A roadmap read for reporting only: no workbook model is kept. */
export type RoadmapRead = { file: string; sheet: SheetData; roadmap: Roadmap };

export function sheetMissing(file: string, sheet: string, names: readonly string[]): WorkbookReadError {
  return new WorkbookReadError(file, `нет листа «${sheet}» (есть: ${names.map((name) => `«${name}»`).join(', ')}) / no sheet “${sheet}”`);
}

export function noRoadmap(file: string): WorkbookReadError {
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
