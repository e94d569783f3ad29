import { quoteSheetName, splitSheetReference } from '../roadmap/a1';
import type ExcelJS from 'exceljs';
import { freeSheetName, isToolSheetName, SUMMARY_OWNER_NAME } from '../roadmap/report/ownership';
import { reportTexts } from '../i18n/report';

/** The sheet a workbook-level defined name refers to: 'Мониторинг'!$A$1 → Мониторинг. */
function sheetOfReference(reference: string): string | null {
  return splitSheetReference(reference).sheet;
}

const SUMMARY_NAMES = [reportTexts('ru').summary.sheetName, reportTexts('en').summary.sheetName];

/**
 * The name of the monitoring sheet the tools wrote into this workbook earlier, if it is still there under the tools'
 * name: one the user renamed (Excel moves the marker with it) is the user's, kept as it is.
 */
export function ownedSummarySheet(workbook: ExcelJS.Workbook): string | null {
  const ranges = workbook.definedNames.getRanges(SUMMARY_OWNER_NAME)?.ranges ?? [];
  for (const reference of ranges) {
    const sheet = sheetOfReference(reference);
    if (sheet !== null && workbook.getWorksheet(sheet) && isToolSheetName(sheet, SUMMARY_NAMES)) return sheet;
  }
  return null;
}

function quotedReference(sheet: string): string {
  return `${quoteSheetName(sheet)}!$A$1`;
}

/**
 * Removes the monitoring sheet the tools own (and its marker) and returns the name to write the new one under:
 * `wanted`, unless a user's own sheet already has it («Мониторинг (2)» then). The sheet written there must be
 * marked with `markSummarySheet`.
 */
export function clearSummarySheet(workbook: ExcelJS.Workbook, wanted: string): string {
  const owned = ownedSummarySheet(workbook);
  for (const reference of workbook.definedNames.getRanges(SUMMARY_OWNER_NAME)?.ranges ?? []) {
    workbook.definedNames.remove(reference, SUMMARY_OWNER_NAME);
  }
  if (owned !== null) workbook.removeWorksheet((workbook.getWorksheet(owned) as ExcelJS.Worksheet).id);
  return freeSheetName(wanted, workbook.worksheets.map((sheet) => sheet.name));
}

export function markSummarySheet(workbook: ExcelJS.Workbook, sheet: string): void {
  workbook.definedNames.add(quotedReference(sheet), SUMMARY_OWNER_NAME);
}
