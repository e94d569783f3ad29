import type { Lang } from '../../roadmap/types';
import { readRelationships, streamXml } from './xmlStream';
import type { ZipPackage } from './zipPackage';

/** A sheet as the workbook lists it, in the workbook's order. */
export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml`; null for a chart sheet or a broken link. */
  part: string | null;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/** The workbook part (xl/workbook.xml, or wherever the root relationships say) and what it links to. */
export async function readWorkbookInfo(pkg: ZipPackage, file: string, lang?: Lang): Promise<WorkbookInfo | null> {
  const rootRels = await readRelationships(pkg, '', file, lang);
  const officeDocument = [...rootRels.values()].find((rel) => /\/officeDocument$/.test(rel.type));
  const workbookPart = officeDocument?.target ?? 'xl/workbook.xml';
  const listed: { name: string; state: string; id: string }[] = [];
  let date1904 = false;
  const found = await streamXml(
    pkg,
    workbookPart,
    {
      open(name, attributes) {
        if (name === 'sheet') {
          listed.push({ name: attributes.name ?? '', state: attributes.state ?? 'visible', id: attributes['r:id'] ?? '' });
        } else if (name === 'workbookPr') {
          // ExcelJS reads only '1' as true; Excel itself writes 1 or true.
          date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
        }
      },
    },
    file,
    lang,
  );
  if (!found) return null;
  const rels = await readRelationships(pkg, workbookPart, file, lang);
  const sheets = listed.map(({ name, state, id }): SheetEntry => {
    const rel = rels.get(id);
    return {
      name,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: rel && WORKSHEET_TYPE.test(rel.type) && pkg.has(rel.target) ? rel.target : null,
    };
  });
  const byType = (pattern: RegExp): string | null => [...rels.values()].find((rel) => pattern.test(rel.type) && pkg.has(rel.target))?.target ?? null;
  return { sheets, date1904, sharedStringsPart: byType(/\/sharedStrings$/), stylesPart: byType(/\/styles$/) };
}

/** `_x000D_`-style escapes of characters XML cannot hold, as ExcelJS decodes them in string items. */
export function decodeEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The shared strings, each as the engine reads it: plain text, or the runs of rich text joined (phonetic
 * guides left out); `null` for an empty item. `rich` holds the indexes of rich-text items.
 */
export interface SharedStrings {
  values: (string | null)[];
  rich: Set<number>;
}

export async function readSharedStrings(pkg: ZipPackage, part: string | null, file: string, lang?: Lang): Promise<SharedStrings> {
  const values: (string | null)[] = [];
  const rich = new Set<number>();
  if (!part) return { values, rich };
  // Item state: the plain text of a direct <t>, or the runs' texts of <r>; inside <rPh> nothing counts.
  let plain: string | null = null;
  let runs: string[] | null = null;
  let inRun = false;
  let runText: string | null = null;
  let inText = false;
  let textParts: string[] = [];
  let phonetic = 0;
  await streamXml(
    pkg,
    part,
    {
      open(name) {
        if (name === 'si') {
          plain = null;
          runs = null;
        } else if (name === 'rPh') phonetic++;
        else if (phonetic > 0) return;
        else if (name === 'r') {
          inRun = true;
          runText = null;
        } else if (name === 't') {
          inText = true;
          textParts = [];
        }
      },
      text(text) {
        if (inText && phonetic === 0) textParts.push(text);
      },
      close(name) {
        if (name === 'rPh') phonetic--;
        else if (phonetic > 0) return;
        else if (name === 't' && inText) {
          inText = false;
          const decoded = decodeEscapes(textParts.join(''));
          if (inRun) runText = decoded;
          else plain = decoded;
        } else if (name === 'r' && inRun) {
          inRun = false;
          (runs ??= []).push(runText ?? '');
        } else if (name === 'si') {
          if (runs) rich.add(values.length);
          values.push(runs ? (runs as string[]).join('') : plain);
        }
      },
    },
    file,
    lang,
  );
  return { values, rich };
}

/** How a cell style shows a number: as a date, with fixed decimals (`0.00` → 2), or as it is. */
export interface NumberStyle {
  date: boolean;
  fixedDecimals: number | null;
}

/** ExcelJS's built-in number formats (lib/xlsx/defaultnumformats.js), the ones without a locale. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};

/** A date format, by ExcelJS's rule (utils.isDateFmt): a date or time letter outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The number style of each cell style index (`s` of a cell); style 0 is never applied, as in ExcelJS. */
export async function readNumberStyles(pkg: ZipPackage, part: string | null, file: string, lang?: Lang): Promise<NumberStyle[]> {
  if (!part) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await streamXml(
    pkg,
    part,
    {
      open(name, attributes) {
        if (name === 'numFmt') custom.set(parseInt(attributes.numFmtId ?? '', 10), attributes.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) formatIds.push(parseInt(attributes.numFmtId ?? '0', 10) || 0);
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    },
    file,
    lang,
  );
  return formatIds.map((id) => {
    const format = id ? (custom.get(id) || BUILT_IN_FORMATS[id]) : undefined;
    const fixed = format ? /^0\.(0+)$/.exec(format) : null;
    return { date: isDateFormat(format), fixedDecimals: fixed ? fixed[1].length : null };
  });
}

/** Document properties the consolidated report reads: core (title, subject, saved), app (company), custom. */
export interface DocumentProperties {
  title?: string;
  subject?: string;
  company?: string;
  /** When the file was last saved, as the core properties state it. */
  modified?: Date;
  custom: Record<string, string>;
}

async function simpleTexts(pkg: ZipPackage, part: string, names: readonly string[], file: string, lang?: Lang): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  let current: string | null = null;
  let parts: string[] = [];
  await streamXml(
    pkg,
    part,
    {
      open(name) {
        if (names.includes(name)) {
          current = name;
          parts = [];
        }
      },
      text(text) {
        if (current) parts.push(text);
      },
      close(name) {
        if (name === current) {
          found[name] = parts.join('');
          current = null;
        }
      },
    },
    file,
    lang,
  );
  return found;
}

/**
 * The document properties. A damaged custom part costs only the institution's name from it, never the
 * workbook (as before, when it was read apart from ExcelJS).
 */
export async function readDocumentProperties(pkg: ZipPackage, file: string, lang?: Lang): Promise<DocumentProperties> {
  const core = await simpleTexts(pkg, 'docProps/core.xml', ['title', 'subject', 'modified'], file, lang);
  const app = await simpleTexts(pkg, 'docProps/app.xml', ['Company'], file, lang);
  const custom: Record<string, string> = {};
  try {
    let name: string | null = null;
    let parts: string[] = [];
    await streamXml(
      pkg,
      'docProps/custom.xml',
      {
        open(tag, attributes) {
          if (tag === 'property') {
            name = attributes.name ?? null;
            parts = [];
          }
        },
        text(text) {
          if (name) parts.push(text);
        },
        close(tag) {
          if (tag === 'property' && name) {
            custom[name] = parts.join('').trim();
            name = null;
          }
        },
      },
      file,
      lang,
    );
  } catch (error) {
    if ((error as Error).name === 'InputBudgetError') throw error;
  }
  const modified = core.modified ? new Date(core.modified) : undefined;
  return { title: core.title, subject: core.subject, company: app.Company, modified, custom };
}
