import { quoteSheetName, splitSheetReference } from '../../roadmap/a1';
import type ExcelJS from 'exceljs';
import { freeSheetName, isToolSheetName } from '../../roadmap/report/ownership';
import { BRIEF_OWNER_NAME, BRIEF_SHEET_NAME, HISTORY_OWNER_NAME, HISTORY_SHEET_NAME } from '../../roadmap/workingGroup/model';

export { BRIEF_OWNER_NAME, HISTORY_OWNER_NAME } from '../../roadmap/workingGroup/model';

type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

/** The names the tools give the sheet each marker marks. */
const OWNED_NAMES: Readonly<Record<string, readonly string[]>> = {
  [HISTORY_OWNER_NAME]: [HISTORY_SHEET_NAME],
  [BRIEF_OWNER_NAME]: [BRIEF_SHEET_NAME],
};

/**
 * The sheet the marker names, if it is still in the workbook under the tools' name: a marked sheet the user renamed
 * (Excel moves the marker with it) is the user's, left alone.
 */
export function markedSheet(workbook: ExcelJS.Workbook, ownerName: string): ExcelJS.Worksheet | undefined {
  const names = OWNED_NAMES[ownerName];
  for (const reference of workbook.definedNames.getRanges(ownerName)?.ranges ?? []) {
    const name = splitSheetReference(reference).sheet;
    const sheet = name === null ? undefined : workbook.getWorksheet(name);
    if (sheet && (names === undefined || isToolSheetName(sheet.name, names))) return sheet;
  }
  return undefined;
}

export interface SheetPlace {
  name: string;
  /** Where the replaced sheet stood among the tabs; undefined: last. */
  orderNo: number | undefined;
}

/**
 * Removes the tools' sheet `owned` (if any) and its marker, and tells where its successor goes: the same name and place,
 * or `wanted` (or «wanted (2)» when a user's sheet has that name) at the end.
 */
export function releaseOwnedSheet(workbook: ExcelJS.Workbook, owned: ExcelJS.Worksheet | undefined, wanted: string, ownerName: string): SheetPlace {
  const orderNo = (owned as OrderedWorksheet | undefined)?.orderNo;
  for (const reference of workbook.definedNames.getRanges(ownerName)?.ranges ?? []) workbook.definedNames.remove(reference, ownerName);
  if (owned) workbook.removeWorksheet(owned.id);
  return { name: owned?.name ?? freeSheetName(wanted, workbook.worksheets.map((sheet) => sheet.name)), orderNo };
}

/** Puts a newly written sheet in its place and marks it as the tools'. */
export function claimSheet(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, place: SheetPlace, ownerName: string): void {
  if (place.orderNo !== undefined) (sheet as OrderedWorksheet).orderNo = place.orderNo;
  workbook.definedNames.add(`${quoteSheetName(sheet.name)}!$A$1`, ownerName);
}

/** The tools' sheet replaced by a new empty one in the same place (see releaseOwnedSheet). */
export function replaceOwnedSheet(workbook: ExcelJS.Workbook, owned: ExcelJS.Worksheet | undefined, wanted: string, ownerName: string): ExcelJS.Worksheet {
  const place = releaseOwnedSheet(workbook, owned, wanted, ownerName);
  const sheet = workbook.addWorksheet(place.name);
  claimSheet(workbook, sheet, place, ownerName);
  return sheet;
}
