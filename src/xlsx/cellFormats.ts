import { excelSerialToIso, formatRuDate } from '../roadmap/dates';
import type JSZip from 'jszip';
import { NS, parseXml, readPart, Relationships, resolveTarget } from './packageParts';

/**
 * The number formats of a workbook's cell styles (xl/styles.xml), so that a chart's cached values read as the cells
 * show them: a date as 20.08.2021 rather than the serial 44428, a percentage with its percent format.
 */

const STYLES_TYPE = `${NS.rel}/styles`;

/** Excel's built-in number formats a cell can name by id alone. */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy h:mm', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

export class CellFormats {
  private constructor(private readonly codes: readonly string[]) {}

  static readonly none = new CellFormats([]);

  static async load(zip: JSZip): Promise<CellFormats> {
    const rels = await Relationships.load(zip, 'xl/workbook.xml');
    const relationship = rels.list().find((candidate) => candidate.type === STYLES_TYPE);
    const path = relationship ? resolveTarget('xl/workbook.xml', relationship.target) : null;
    const xml = path === null ? null : await readPart(zip, path);
    if (xml === null || path === null) return CellFormats.none;
    const styles = parseXml(xml, path);
    const custom = new Map<number, string>();
    for (const format of Array.from(styles.getElementsByTagNameNS(NS.main, 'numFmt'))) {
      custom.set(Number(format.getAttribute('numFmtId')), format.getAttribute('formatCode') ?? 'General');
    }
    const cellXfs = styles.getElementsByTagNameNS(NS.main, 'cellXfs')[0];
    const codes = cellXfs
      ? Array.from(cellXfs.getElementsByTagNameNS(NS.main, 'xf')).map((xf) => {
          const id = Number(xf.getAttribute('numFmtId') || 0);
          return custom.get(id) ?? BUILT_IN[id] ?? 'General';
        })
      : [];
    return new CellFormats(codes);
  }

  /** The number format of the cell style with index `style` (a cell's s attribute). */
  code(style: number): string {
    return this.codes[style] ?? 'General';
  }
}

/** The parts of a format code that are not literal text, [colour]/[locale] tags or escaped characters. */
function formatTokens(code: string): string {
  return code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
}

export function isDateFormat(code: string): boolean {
  return /[dy]/i.test(formatTokens(code.split(';')[0]));
}

/** An Excel date serial as DD.MM.YYYY (the date format the tools write and Russian users read). */
export function serialDateText(serial: number): string {
  return formatRuDate(excelSerialToIso(serial));
}
