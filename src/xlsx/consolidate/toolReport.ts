import { promises as fs } from 'fs';
import JSZip from 'jszip';
import { consolidateTexts } from '../../i18n/consolidate';
import { NS, readXmlPart } from '../packageParts';

const TOOL_CREATOR = 'Roadmap Monitor';

/** The sheet names a consolidation report has, in either language: «Свод» and «Не прочитано» (Summary, Unreadable). */
const REPORT_SHEETS: ReadonlyArray<readonly string[]> = (['ru', 'en'] as const).map((lang) => {
  const { sheets } = consolidateTexts(lang);
  return [sheets.summary, sheets.overdue, sheets.findings, sheets.unreadable];
});

/**
 * True when `file` is a consolidation report this tool wrote (a previous run's `-o`), which `consolidate` may pass
 * over and replace inside the folder it reads; false for anything else, a roadmap above all, and for a file that
 * cannot be read. This is the one place that decides it: today the package's creator («Roadmap Monitor», set by
 * writeReport) and the report's four sheets; a dedicated tool marker replaces the test here when it lands.
 */
export async function isToolWrittenReport(file: string): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const core = await zip.file('docProps/core.xml')?.async('string');
    if (core === undefined || !new RegExp(`<dc:creator>${TOOL_CREATOR}</dc:creator>`).test(core)) return false;
    const workbook = await readXmlPart(zip, 'xl/workbook.xml');
    const names = Array.from(workbook.getElementsByTagNameNS(NS.main, 'sheet')).map((sheet) => sheet.getAttribute('name') ?? '');
    return REPORT_SHEETS.some((sheets) => names.length === sheets.length && sheets.every((name, index) => names[index] === name));
  } catch {
    return false; // not a package we can read: certainly not our report
  }
}
