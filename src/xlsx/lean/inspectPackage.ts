import { readSheet } from './sheetXml';
import { readWorkbookInfo } from './workbookParts';
import { ZipPackage } from './zipPackage';
import type { ZipBackend } from '../zip/backend';

/**
 * Checks a whole package against the input budgets before ExcelJS loads it for a copy: the sizes the zip
 * declares, then every part inflated (stopping at the budget, so a lying zip bomb costs no more than the
 * budget), and every worksheet streamed for its cells, merges and validations. Resolves when the package is
 * within budget; throws InputBudgetError (or WorkbookReadError for a damaged package) otherwise.
 */
export async function inspectPackage(buffer: Uint8Array, file: string, zip?: ZipBackend): Promise<void> {
  const pkg = await ZipPackage.open(buffer, { file, zip });
  const info = await readWorkbookInfo(pkg, file);
  const sheetParts = new Set<string>();
  if (info) {
    const context = { pkg, file, strings: { values: [], rich: new Set<number>() }, styles: [], date1904: info.date1904 };
    for (const sheet of info.sheets) {
      if (!sheet.part) continue;
      sheetParts.add(sheet.part.toLowerCase());
      await readSheet(context, sheet.name, sheet.part, pkg.budgets);
    }
  }
  for (const name of pkg.names()) {
    if (name.endsWith('/') || sheetParts.has(name.toLowerCase())) continue;
    await pkg.stream(name, () => undefined);
  }
}

