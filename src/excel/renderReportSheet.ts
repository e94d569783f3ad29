import { isoToExcelSerial } from '../roadmap/dates';
import { columnWidthPoints } from '../roadmap/report/pageBreaks';
import { REPORT_PRINT_LAYOUT, printTitleRows, type ChartType, type ReportCell, type ReportSheet } from '../roadmap/report/reportSheet';
import { GENERAL_FORMAT, lookKey, reportRowHeights, sheetLooks, type CellLook } from '../roadmap/report/sheetLook';
import { boxAddress, cellAddress } from './address';
import { splitIntoChunks } from './payload';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center' } as const;

/** The engine's look of a cell (sheetLook) in Office.js terms: the same look the .xlsx writer gives it. */
function applyLook(range: Excel.Range, look: CellLook): void {
  const { format } = range;
  format.font.bold = look.bold;
  format.font.italic = look.italic;
  format.font.size = look.size;
  if (look.color) format.font.color = look.color;
  if (look.fill) format.fill.color = look.fill;
  format.horizontalAlignment = HORIZONTAL[look.horizontal];
  format.verticalAlignment = VERTICAL[look.vertical];
  format.wrapText = look.wrap;
  if (look.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = look.border;
    }
  }
}

function cellValue(cell: ReportCell | undefined): string | number {
  const value = cell?.value ?? null;
  if (value === null) return '';
  if (typeof value === 'object') return isoToExcelSerial(value.date);
  return value;
}

/**
 * Cells of one look, as few rectangles as possible: vertical runs in each column, joined across equal neighbours.
 * Strings carry the text format in their look, so «1.1» stays «1.1» and «=…» typed by a user never becomes a formula.
 */
export function lookRuns(looks: readonly (readonly (CellLook | null)[])[]): { look: CellLook; address: string }[] {
  const width = Math.max(0, ...looks.map((row) => row.length));
  type Run = { key: string; look: CellLook; top: number; bottom: number; left: number; right: number };
  const runs: Run[] = [];
  const open = new Map<string, Run>();
  for (let column = 0; column < width; column++) {
    let current: Run | null = null;
    for (let row = 0; row <= looks.length; row++) {
      const look = row < looks.length ? looks[row][column] ?? null : null;
      const key = look ? lookKey(look) : null;
      if (current && key === current.key) {
        current.bottom = row;
        continue;
      }
      if (current) {
        const id = `${current.key}:${current.top}:${current.bottom}`;
        const left = open.get(id);
        if (left && left.right === column - 1) left.right = column;
        else {
          runs.push(current);
          open.set(id, current);
        }
      }
      current = look && key ? { key, look, top: row, bottom: row, left: column, right: column } : null;
    }
  }
  return runs.map(({ look, top, bottom, left, right }) => ({ look, address: boxAddress(top + 1, left + 1, bottom + 1, right + 1) }));
}

/** Runs of rows (0-based start, count) that take the same height. */
function heightRuns(heights: readonly (number | undefined)[]): { start: number; count: number; height: number }[] {
  const runs: { start: number; count: number; height: number }[] = [];
  heights.forEach((height, index) => {
    if (height === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.start + last.count === index) last.count++;
    else runs.push({ start: index, count: 1, height });
  });
  return runs;
}

const CHART_TYPES: Record<ChartType, 'ColumnClustered' | 'BarClustered' | 'Line' | 'Pie'> = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  line: 'Line',
  pie: 'Pie',
};

/** A width in characters of the default font, as Excel turns it into points (7 px a character plus 5 px padding). */
export function characterWidthToPoints(characters: number): number {
  return Math.round(columnWidthPoints(characters) * 100) / 100;
}

/** A series' axis group came with ExcelApi 1.8; older Excel draws every series on one axis. */
function axisGroupApiAvailable(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.8') === true;
}

/** Page layout came with ExcelApi 1.9; older Excel keeps its default print settings. */
function pageLayoutApiAvailable(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') === true;
}

/**
 * Queues a ReportSheet onto an empty worksheet: values (dates as real dates, text as text), number formats,
 * styles, merges, column widths, frozen rows and native charts. Values go in row chunks that stay under Excel on
 * the web's request limit; `flush` is called between chunks (a sync), never more often.
 */
export async function renderReportSheet(
  worksheet: Excel.Worksheet,
  report: ReportSheet,
  flush: () => Promise<void>,
  printLayoutSupported = pageLayoutApiAvailable(),
): Promise<void> {
  const width = Math.max(1, ...report.rows.map((row) => row.length));
  const values = report.rows.map((row) => Array.from({ length: width }, (_, column) => cellValue(row[column])));
  const looks = sheetLooks(report.rows);
  const formats = looks.map((row) => Array.from({ length: width }, (_, column) => row[column]?.numberFormat ?? GENERAL_FORMAT));

  const chunks = splitIntoChunks(values);
  for (const [index, { start, count }] of chunks.entries()) {
    // Chunked only when the sheet would exceed Excel's request size; a normal report is one chunk, one sync.
    if (index > 0) await flush();
    const range = worksheet.getRangeByIndexes(start, 0, count, width);
    range.numberFormat = formats.slice(start, start + count);
    range.values = values.slice(start, start + count);
  }

  for (const { look, address } of lookRuns(looks)) applyLook(worksheet.getRange(address), look);
  for (const merge of report.merges) worksheet.getRange(merge).merge(false);
  // Excel fits neither merged cells nor rows written by a program: heights come from the engine's one estimate.
  for (const { start, count, height } of heightRuns(reportRowHeights(report))) {
    worksheet.getRangeByIndexes(start, 0, count, 1).format.rowHeight = height;
  }
  report.columnWidths.forEach((characters, index) => {
    worksheet.getRange(cellAddress(1, index + 1)).format.columnWidth = characterWidthToPoints(characters);
  });
  if (report.frozenRows > 0) worksheet.freezePanes.freezeRows(report.frozenRows);
  if (printLayoutSupported) {
    worksheet.pageLayout.orientation = 'Landscape';
    worksheet.pageLayout.zoom = { horizontalFitToPages: REPORT_PRINT_LAYOUT.pagesWide, verticalFitToPages: 0 };
    const titles = printTitleRows(report);
    if (titles) worksheet.pageLayout.setPrintTitleRows(`$${titles.first}:$${titles.last}`);
    for (const row of report.print?.breaksBefore ?? []) worksheet.horizontalPageBreaks.add(cellAddress(row, 1));
  }
  for (const spec of report.charts) {
    const chart = worksheet.charts.add(CHART_TYPES[spec.type], worksheet.getRange(spec.source), 'Columns');
    chart.title.text = spec.title;
    chart.setPosition(spec.from, spec.to);
    if (axisGroupApiAvailable()) for (const index of spec.secondaryAxisSeries ?? []) chart.series.getItemAt(index).axisGroup = 'Secondary';
  }
}
