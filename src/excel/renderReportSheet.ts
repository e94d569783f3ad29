import { isoToExcelSerial } from '../roadmap/dates';
import { REPORT_PRINT_LAYOUT, type ChartType, type ReportCell, type ReportSheet, type ReportStyle } from '../roadmap/report/reportSheet';
import { boxAddress, cellAddress } from './address';
import { DATE_FORMAT, GENERAL_FORMAT, PERCENT_FORMAT, TEXT_FORMAT } from './formats';
import { FULL_SUPPORT, type HostSupport } from '../host/hostSupport';
import { splitIntoChunks } from './payload';

/** The look of each report style: the same as the .xlsx writer gives it. */
function applyStyle(range: Excel.Range, style: ReportStyle): void {
  const { format } = range;
  switch (style) {
    case 'title':
      format.font.bold = true;
      format.font.size = 14;
      break;
    case 'subtitle':
      format.font.bold = true;
      format.font.size = 12;
      break;
    case 'header':
      format.font.bold = true;
      format.fill.color = '#D9D9D9';
      format.wrapText = true;
      format.verticalAlignment = 'Center';
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical'] as const) {
        const border = format.borders.getItem(edge);
        border.style = 'Continuous';
        border.color = '#BFBFBF';
      }
      break;
    case 'total':
      format.font.bold = true;
      break;
    case 'wrap':
      format.wrapText = true;
      format.verticalAlignment = 'Top';
      break;
    case 'error':
      format.font.color = '#C00000';
      break;
    case 'warning':
      format.font.color = '#9C5700';
      break;
    case 'percent':
    case 'date':
      break; // carried by the number format
  }
}

function cellValue(cell: ReportCell | undefined): string | number {
  const value = cell?.value ?? null;
  if (value === null) return '';
  if (typeof value === 'object') return isoToExcelSerial(value.date);
  return value;
}

/** Strings go into text-formatted cells: «1.1» stays «1.1» and «=…» typed by a user never becomes a formula. */
function cellFormat(cell: ReportCell | undefined): string {
  const value = cell?.value ?? null;
  if (value !== null && typeof value === 'object') return DATE_FORMAT;
  if (typeof value === 'string') return TEXT_FORMAT;
  if (cell?.style === 'percent') return PERCENT_FORMAT;
  if (cell?.style === 'date') return DATE_FORMAT;
  return GENERAL_FORMAT;
}

/** Cells of one style, as few rectangles as possible: vertical runs in each column, joined across equal neighbours. */
export function styleRuns(rows: ReportCell[][]): { style: ReportStyle; address: string }[] {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  const runs: { style: ReportStyle; top: number; bottom: number; left: number; right: number }[] = [];
  const open = new Map<string, (typeof runs)[number]>();
  for (let column = 0; column < width; column++) {
    let current: (typeof runs)[number] | null = null;
    for (let row = 0; row <= rows.length; row++) {
      const style = row < rows.length ? rows[row][column]?.style : undefined;
      if (current && style === current.style) {
        current.bottom = row;
        continue;
      }
      if (current) {
        const key = `${current.style}:${current.top}:${current.bottom}`;
        const left = open.get(key);
        if (left && left.right === column - 1) left.right = column;
        else {
          runs.push(current);
          open.set(key, current);
        }
      }
      current = style ? { style, top: row, bottom: row, left: column, right: column } : null;
    }
  }
  return runs.map(({ style, top, bottom, left, right }) => ({ style, address: boxAddress(top + 1, left + 1, bottom + 1, right + 1) }));
}

const CHART_TYPES: Record<ChartType, 'ColumnClustered' | 'BarClustered' | 'Line' | 'Pie'> = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  line: 'Line',
  pie: 'Pie',
};

/** A width in characters of the default font, as Excel turns it into points (7 px a character plus 5 px padding). */
export function characterWidthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The features a report sheet uses above ExcelApi 1.1; what Excel lacks is left out (the pane says so). */
export type ReportSheetFeatures = Pick<HostSupport['features'], 'sheetLayout' | 'frozenHeader' | 'printLayout'>;

/**
 * Queues a ReportSheet onto an empty worksheet: values (dates as real dates, text as text), number formats,
 * styles, merges, column widths, frozen rows and native charts. Values go in row chunks that stay under Excel on
 * the web's request limit; `flush` is called between chunks (a sync), never more often.
 */
export async function renderReportSheet(
  worksheet: Excel.Worksheet,
  report: ReportSheet,
  flush: () => Promise<void>,
  features: ReportSheetFeatures = FULL_SUPPORT.features,
): Promise<void> {
  let width = 1;
  for (const row of report.rows) width = Math.max(width, row.length);
  const values = report.rows.map((row) => Array.from({ length: width }, (_, column) => cellValue(row[column])));
  const formats = report.rows.map((row) => Array.from({ length: width }, (_, column) => cellFormat(row[column])));

  const chunks = splitIntoChunks(values);
  for (const [index, { start, count }] of chunks.entries()) {
    // Chunked only when the sheet would exceed Excel's request size; a normal report is one chunk, one sync.
    if (index > 0) await flush();
    const range = worksheet.getRange(boxAddress(start + 1, 1, start + count, width));
    range.numberFormat = formats.slice(start, start + count);
    range.values = values.slice(start, start + count);
  }

  for (const { style, address } of styleRuns(report.rows)) applyStyle(worksheet.getRange(address), style);
  if (features.sheetLayout) {
    for (const merge of report.merges) worksheet.getRange(merge).merge(false);
    report.columnWidths.forEach((characters, index) => {
      worksheet.getRange(cellAddress(1, index + 1)).format.columnWidth = characterWidthToPoints(characters);
    });
  }
  if (report.frozenRows > 0 && features.frozenHeader) worksheet.freezePanes.freezeRows(report.frozenRows);
  if (features.printLayout) {
    worksheet.pageLayout.orientation = 'Landscape';
    worksheet.pageLayout.zoom = { horizontalFitToPages: REPORT_PRINT_LAYOUT.pagesWide, verticalFitToPages: 0 };
  }
  for (const spec of report.charts) {
    const chart = worksheet.charts.add(CHART_TYPES[spec.type], worksheet.getRange(spec.source), 'Columns');
    chart.title.text = spec.title;
    chart.setPosition(spec.from, spec.to);
  }
}
