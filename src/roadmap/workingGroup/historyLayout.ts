import { columnLetter } from '../columns';
import type { ChartSpec, ReportCell, ReportPrint, ReportSheet, ReportValue } from '../report/reportSheet';
import type { CellValue } from '../types';
import {
  COUNTS_COLUMNS, COUNTS_HEADERS, HISTORY_NOTE, HISTORY_TITLE, ITEMS_COLUMNS, ITEMS_HEADERS, STATUS_LABELS, UNKNOWN_VALUE, UNREAD_BLOCK_TITLE,
} from './historyColumns';
import type { History, Snapshot, SnapshotItem } from './model';

/** A value of «История»: what a report cell holds, plus booleans kept from unreadable rows. */
export type HistoryValue = ReportValue | boolean;

/** How a column's cells are shown: real dates, numbers with one decimal, wrapped long text. */
export type HistoryColumnFormat = 'date' | 'text' | 'wrap' | 'integer' | 'decimal';

export interface HistoryTable {
  /** The typed table's name (Excel table names: letters, digits, underscores). */
  name: string;
  headerRow: number;
  headers: string[];
  formats: HistoryColumnFormat[];
  rows: HistoryValue[][];
}

/** The sheet «История» described without a host: the ExcelJS writer and the add-in both write it. */
export interface HistoryLayout {
  title: string;
  note: string;
  counts: HistoryTable;
  items: HistoryTable;
  unread: { titleRow: number; title: string; rows: HistoryValue[][] } | null;
  chart: ChartSpec;
  columnWidths: number[];
}

export const COUNTS_TABLE_NAME = 'RoadmapSnapshots';
export const ITEMS_TABLE_NAME = 'RoadmapSnapshotItems';
const COUNTS_HEADER_ROW = 4;
const COLUMN_WIDTHS = [13, 12, 50, 28, 13, 28, 40, 18];
/** The chart stands under the counts table, across the first columns, this many rows tall. */
const CHART_ROWS = 18;
const CHART_LAST_COLUMN = 'D';

function countsRow(snapshot: Snapshot): HistoryValue[] {
  return COUNTS_COLUMNS.map((column) => (column === 'date' ? { date: snapshot.date } : snapshot.counts[column]));
}

function itemRow(date: string, item: SnapshotItem, unknown: ReadonlySet<string>): HistoryValue[] {
  return ITEMS_COLUMNS.map((column) => {
    if (column === 'date') return { date };
    if (unknown.has(column)) return UNKNOWN_VALUE;
    if (column === 'due') return item.due === null ? null : { date: item.due };
    if (column === 'status') return STATUS_LABELS[item.status];
    return item[column];
  });
}

function unreadValue(value: CellValue): HistoryValue {
  if (value === null || typeof value !== 'object') return value;
  return value.kind === 'date' ? { date: value.iso } : value.code;
}

export function historyLayout(history: History): HistoryLayout {
  const countsRows = history.snapshots.map(countsRow);
  const itemRows = history.snapshots.flatMap((snapshot) => snapshot.items.map((item) => itemRow(snapshot.date, item, new Set(snapshot.unknownFields))));
  // A typed table needs at least one body row.
  if (itemRows.length === 0) itemRows.push(ITEMS_COLUMNS.map(() => null));
  if (countsRows.length === 0) countsRows.push(COUNTS_COLUMNS.map(() => null));

  const lastCountsRow = COUNTS_HEADER_ROW + countsRows.length;
  // The chart goes under the counts, and the items table under the chart: printed landscape one page wide, the
  // counts and the whole chart make the first page and the items start the next (see historyReportSheet).
  const chartTop = lastCountsRow + 2;
  const itemsHeaderRow = chartTop + CHART_ROWS + 1;
  const unreadTitleRow = itemsHeaderRow + itemRows.length + 2;

  return {
    title: HISTORY_TITLE,
    note: HISTORY_NOTE,
    counts: {
      name: COUNTS_TABLE_NAME,
      headerRow: COUNTS_HEADER_ROW,
      headers: COUNTS_COLUMNS.map((column) => COUNTS_HEADERS[column]),
      formats: COUNTS_COLUMNS.map((column) => (column === 'date' ? 'date' : column === 'completionPercent' ? 'decimal' : 'integer')),
      rows: countsRows,
    },
    items: {
      name: ITEMS_TABLE_NAME,
      headerRow: itemsHeaderRow,
      headers: ITEMS_COLUMNS.map((column) => ITEMS_HEADERS[column]),
      formats: ITEMS_COLUMNS.map((column) =>
        column === 'date' || column === 'due' ? 'date' : column === 'activity' || column === 'result' ? 'wrap' : 'text',
      ),
      rows: itemRows,
    },
    unread: history.unread.length === 0 ? null : { titleRow: unreadTitleRow, title: UNREAD_BLOCK_TITLE, rows: history.unread.map((row) => row.values.map(unreadValue)) },
    chart: {
      type: 'line',
      title: 'Выполнение (%) и просроченные мероприятия по срезам',
      source: `A${COUNTS_HEADER_ROW}:C${lastCountsRow}`,
      // Completion is a percentage and overdue a count of items: each on its own axis.
      secondaryAxisSeries: [0],
      from: `A${chartTop}`,
      to: `${CHART_LAST_COLUMN}${chartTop + CHART_ROWS - 1}`,
    },
    columnWidths: COLUMN_WIDTHS,
  };
}

function reportValue(value: HistoryValue): ReportValue {
  return typeof value === 'boolean' ? String(value).toUpperCase() : value;
}

/**
 * The same sheet as a ReportSheet, for hosts that render report sheets and then lay the typed tables over
 * `counts` and `items` (the add-in). Booleans of unreadable rows are written as TRUE/FALSE text.
 */
export function historyReportSheet(layout: HistoryLayout, name: string): ReportSheet {
  const rows: ReportCell[][] = [];
  const put = (row: number, cells: ReportCell[]): void => {
    while (rows.length < row - 1) rows.push([]);
    rows[row - 1] = cells;
  };
  put(1, [{ value: layout.title, style: 'title' }]);
  put(2, [{ value: layout.note }]);
  for (const table of [layout.counts, layout.items]) {
    put(table.headerRow, table.headers.map((header) => ({ value: header, style: 'header' })));
    table.rows.forEach((values, index) =>
      put(table.headerRow + 1 + index, values.map((value, column) => ({ value: reportValue(value), style: table.formats[column] === 'wrap' || table.formats[column] === 'text' ? 'wrap' : undefined }))),
    );
  }
  if (layout.unread) {
    put(layout.unread.titleRow, [{ value: layout.unread.title, style: 'warning' }]);
    layout.unread.rows.forEach((values, index) => put(layout.unread!.titleRow + 1 + index, values.map((value) => ({ value: reportValue(value) }))));
  }
  return { name, rows, columnWidths: layout.columnWidths, merges: [], charts: [layout.chart], frozenRows: 0, print: historyPrint(layout) };
}

/** «История» prints with the items table on pages of its own, its header repeated on each. */
export function historyPrint(layout: HistoryLayout): ReportPrint {
  const header = layout.items.headerRow;
  return { titleRows: { first: header, last: header }, breaksBefore: [header] };
}

/** The A1 range a typed table covers: its header row and body. */
export function tableRange(table: HistoryTable): string {
  return `A${table.headerRow}:${columnLetter(table.headers.length)}${table.headerRow + table.rows.length}`;
}
