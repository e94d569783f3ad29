import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readPart, worksheetPaths } from './packageParts';

/**
 * Cells ExcelJS would write as `<v>NaN</v>`, which Excel meets with its "repair" dialog. ExcelJS turns every number in
 * a date-formatted cell into a Date: a formula's cached error (`=C2+30` over text gives #VALUE!), cached text, or a
 * serial far past year 9999 becomes an Invalid Date, and a malformed number becomes NaN. Such a cell is put back as
 * the input held it, read from the input's own XML: the error, the text, the serial number.
 */

type Raw = { type: string | null; value: string | null };

function isUnwritable(value: unknown): boolean {
  return (value instanceof Date && Number.isNaN(value.getTime())) || (typeof value === 'number' && !Number.isFinite(value));
}

function cachedOf(value: ExcelJS.CellValue): unknown {
  return value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)
    ? (value as ExcelJS.CellFormulaValue).result
    : value;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `t` attribute and `<v>` text of one cell in a worksheet's XML, or null when the cell is not there. */
function rawCell(xml: string, address: string): Raw | null {
  const match = new RegExp(`<c\\b[^>]*\\br="${escapeRegExp(address)}"[^>]*?(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
  if (!match) return null;
  const type = /\bt="([^"]*)"/.exec(match[0].slice(0, match[0].indexOf('>')))?.[1] ?? null;
  const value = match[1] === undefined ? null : (/<v>([^<]*)<\/v>/.exec(match[1])?.[1] ?? null);
  return { type, value };
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '');
}

/** What the input held, as an ExcelJS value that writes as valid XML: the error, the text, the finite number, or nothing. */
function restoredValue(raw: Raw | null): ExcelJS.CellValue | undefined {
  if (raw === null || raw.value === null) return undefined;
  if (raw.type === 'e') return { error: raw.value } as ExcelJS.CellErrorValue;
  if (raw.type === 'str' || raw.type === 'inlineStr') return decodeXml(raw.value);
  const number = Number(raw.value);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * Puts back, as the input `original` held them, the cells of `workbook` that ExcelJS would write as NaN (see above).
 * A formula keeps its formula; a cached value that cannot be recovered is left out (Excel computes it on opening);
 * a plain cell that cannot be recovered is emptied rather than written as NaN. Returns the number of cells put back.
 */
export async function restoreUnwritableValues(workbook: ExcelJS.Workbook, original: Buffer | null): Promise<number> {
  const found: Array<{ sheet: string; cell: ExcelJS.Cell }> = [];
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (isUnwritable(cachedOf(cell.value))) found.push({ sheet: worksheet.name, cell });
      });
    });
  }
  if (found.length === 0) return 0;
  const zip = original === null ? null : await JSZip.loadAsync(original).catch(() => null);
  const paths = zip === null ? new Map<string, string>() : await worksheetPaths(zip).catch(() => new Map<string, string>());
  const xmlBySheet = new Map<string, string | null>();
  for (const { sheet, cell } of found) {
    if (!xmlBySheet.has(sheet)) {
      const sheetPath = paths.get(sheet);
      xmlBySheet.set(sheet, zip === null || sheetPath === undefined ? null : await readPart(zip, sheetPath));
    }
    const xml = xmlBySheet.get(sheet) ?? null;
    const restored = restoredValue(xml === null ? null : rawCell(xml, cell.address));
    const value = cell.value;
    if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
      const formula = { ...(value as ExcelJS.CellFormulaValue) };
      if (restored === undefined || restored === null) delete (formula as { result?: unknown }).result;
      else formula.result = restored as ExcelJS.CellFormulaValue['result'];
      cell.value = formula;
    } else {
      cell.value = restored ?? null;
    }
  }
  return found.length;
}
