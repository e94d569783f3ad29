import { cellText, isDateValue } from '../cells';
import { isIsoDate, formatRuDate, toIso, isValidDate } from '../dates';
import type { Cell, CellValue, ItemStatus, Lang, SheetData } from '../types';
import { historyFindingMessage, type HistoryFindingParams } from '../../i18n/workingGroup';
import {
  COUNTS_HEADER_KEYS, COUNTS_HEADERS, HISTORY_NOTE, HISTORY_TITLE, ITEMS_HEADER_KEYS, ITEMS_HEADERS, UNREAD_BLOCK_TITLE,
  normalizeHistoryHeader, readStatusLabel, UNKNOWN_VALUE, type CountsColumn, type ItemsColumn,
} from './historyColumns';
import type {
  HistoryFinding, HistoryFindingCode, HistoryReading, Snapshot, SnapshotCounts, SnapshotField, SnapshotItem, UnreadRow,
} from './model';
import { countStatuses } from './snapshot';

type TableHeader = { kind: 'counts'; columns: Map<CountsColumn, number> } | { kind: 'items'; columns: Map<ItemsColumn, number> };
type Block =
  | TableHeader
  | { kind: 'unread' }
  | { kind: 'missing-date' };

const MIN_HEADER_MATCHES = 3;
const COUNT_FIELDS: readonly (keyof SnapshotCounts)[] = ['items', 'done', 'overdue', 'dueSoon', 'open', 'undated', 'completionPercent'];
const ITEM_FIELDS: readonly SnapshotField[] = ['no', 'activity', 'deadlineText', 'due', 'responsible', 'result', 'status'];

function headerColumns<K extends string>(cells: readonly Cell[], keys: ReadonlyMap<string, K>): Map<K, number> {
  const columns = new Map<K, number>();
  cells.forEach((cell, index) => {
    const key = keys.get(normalizeHistoryHeader(cellText(cell)));
    if (key !== undefined && !columns.has(key)) columns.set(key, index);
  });
  return columns;
}

/** A header row of one of the two tables, recognised by how many of its columns it names besides the date. */
function readHeader(cells: readonly Cell[]): TableHeader | null {
  const counts = headerColumns(cells, COUNTS_HEADER_KEYS);
  const items = headerColumns(cells, ITEMS_HEADER_KEYS);
  const countsMatches = counts.size - (counts.has('date') ? 1 : 0);
  const itemsMatches = items.size - (items.has('date') ? 1 : 0);
  if (Math.max(countsMatches, itemsMatches) < MIN_HEADER_MATCHES) return null;
  return itemsMatches >= countsMatches ? { kind: 'items', columns: items } : { kind: 'counts', columns: counts };
}

function firstText(cells: readonly Cell[]): string {
  for (const cell of cells) {
    const text = cellText(cell).trim();
    if (text !== '') return text;
  }
  return '';
}

/** A date cell, or text written as DD.MM.YYYY or YYYY-MM-DD. */
function readDate(cell: Cell): string | null {
  if (isDateValue(cell.value)) return cell.value.iso;
  const text = cellText(cell).trim();
  if (isIsoDate(text)) return text;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match && isValidDate(Number(match[3]), Number(match[2]), Number(match[1]))) {
    return toIso(Number(match[3]), Number(match[2]), Number(match[1]));
  }
  return null;
}

function readNumber(cell: Cell): number | null {
  if (typeof cell.value === 'number') return cell.value;
  const text = cellText(cell).trim().replace(',', '.').replace(/%$/, '');
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : null;
}

function rowValues(cells: readonly Cell[]): CellValue[] {
  let last = cells.length - 1;
  while (last >= 0 && cellText(cells[last] ?? { value: null }).trim() === '') last--;
  return cells.slice(0, last + 1).map((cell) => cell.value);
}

class Reader {
  readonly findings: HistoryFinding[] = [];
  readonly unread: UnreadRow[] = [];
  readonly countsByDate = new Map<string, SnapshotCounts>();
  readonly partialCounts = new Map<string, Partial<SnapshotCounts>>();
  readonly itemsByDate = new Map<string, SnapshotItem[]>();
  readonly unknownByDate = new Map<string, Set<SnapshotField>>();

  constructor(private readonly lang: Lang) {}

  report(code: HistoryFindingCode, row: number | null, params: HistoryFindingParams = {}): void {
    const severity = code === 'history-counts-recomputed' ? 'info' : 'warning';
    this.findings.push({ code, severity, row, message: historyFindingMessage(code, { row, ...params }, this.lang) });
  }

  keep(cells: readonly Cell[]): void {
    this.unread.push({ values: rowValues(cells) });
  }

  readCounts(cells: readonly Cell[], row: number, columns: Map<CountsColumn, number>): void {
    const cellOf = (key: CountsColumn): Cell => cells[columns.get(key) ?? -1] ?? { value: null };
    const date = readDate(cellOf('date'));
    if (date === null) {
      this.report('history-bad-date', row, { header: COUNTS_HEADERS.date, text: cellText(cellOf('date')) });
      return this.keep(cells);
    }
    const counts: Partial<SnapshotCounts> = {};
    for (const field of COUNT_FIELDS) {
      if (!columns.has(field)) continue;
      const value = readNumber(cellOf(field));
      if (value === null) {
        this.report('history-bad-number', row, { header: COUNTS_HEADERS[field], text: cellText(cellOf(field)) });
        return this.keep(cells);
      }
      counts[field] = value;
    }
    if (this.partialCounts.has(date)) {
      this.report('history-duplicate-counts', row, { date: this.formatDate(date) });
      return this.keep(cells);
    }
    this.partialCounts.set(date, counts);
  }

  readItem(cells: readonly Cell[], row: number, columns: Map<ItemsColumn, number>): void {
    const cellOf = (key: ItemsColumn): Cell => cells[columns.get(key) ?? -1] ?? { value: null };
    const textOf = (key: ItemsColumn): string => cellText(cellOf(key)).trim();
    const date = readDate(cellOf('date'));
    if (date === null) {
      this.report('history-bad-date', row, { header: ITEMS_HEADERS.date, text: textOf('date') });
      return this.keep(cells);
    }
    const unknown = this.unknownByDate.get(date) ?? new Set<SnapshotField>();
    for (const field of ITEM_FIELDS) if (!columns.has(field) || textOf(field) === UNKNOWN_VALUE) unknown.add(field);
    const known = (field: SnapshotField): string => (unknown.has(field) ? '' : textOf(field));
    let due: string | null = null;
    if (known('due') !== '') {
      due = readDate(cellOf('due'));
      if (due === null) {
        this.report('history-bad-date', row, { header: ITEMS_HEADERS.due, text: textOf('due') });
        return this.keep(cells);
      }
    }
    let status: ItemStatus = 'undated';
    if (!unknown.has('status')) {
      const read = readStatusLabel(textOf('status'));
      if (read === null) {
        this.report('history-bad-status', row, { text: textOf('status') });
        return this.keep(cells);
      }
      status = read;
    }
    const item: SnapshotItem = {
      no: known('no'),
      activity: known('activity'),
      deadlineText: unknown.has('deadlineText') ? '' : cellText(cellOf('deadlineText')),
      due,
      responsible: known('responsible'),
      result: known('result'),
      status,
    };
    const items = this.itemsByDate.get(date) ?? [];
    items.push(item);
    this.itemsByDate.set(date, items);
    this.unknownByDate.set(date, unknown);
  }

  formatDate(iso: string): string {
    return this.lang === 'ru' ? formatRuDate(iso) : iso;
  }

  snapshots(): Snapshot[] {
    const dates = [...new Set([...this.partialCounts.keys(), ...this.itemsByDate.keys()])].sort();
    return dates.map((date) => {
      const items = this.itemsByDate.get(date) ?? [];
      const tally = countStatuses(items.map((item) => item.status));
      const written = this.partialCounts.get(date);
      let counts: SnapshotCounts;
      if (written === undefined) {
        this.report('history-counts-recomputed', null, { date: this.formatDate(date) });
        counts = tally;
      } else {
        counts = { ...tally, ...written };
        // The counts are of the plan in force: withdrawn item rows are recorded but not counted.
        const inForce = items.filter((item) => item.status !== 'withdrawn').length;
        if (items.length > 0 && written.items !== undefined && written.items !== inForce) {
          this.report('history-counts-mismatch', null, { date: this.formatDate(date), expected: written.items, found: inForce });
        }
      }
      return { date, counts, items, unknownFields: [...(this.unknownByDate.get(date) ?? [])] };
    });
  }
}

/**
 * Reads the sheet «История» as a person may have left it: reordered or deleted columns, bad dates, text in numbers,
 * deleted rows. Never throws; what it cannot read is reported and kept as it was (`unread`), to be written back.
 */
export function readHistorySheet(sheet: SheetData, lang: Lang = 'ru'): HistoryReading {
  const reader = new Reader(lang);
  const leading: Cell[][] = [];
  let block: Block | null = null;
  let sawHeader = false;

  for (let rowIndex = 0; rowIndex < sheet.cells.length; rowIndex++) {
    const row = sheet.top + rowIndex;
    const cells: Cell[] = [...Array<Cell>(sheet.left - 1).fill({ value: null }), ...(sheet.cells[rowIndex] ?? [])];
    const first = firstText(cells);
    if (first === '') continue;
    if (block?.kind === 'unread') {
      reader.keep(cells);
      continue;
    }
    if (normalizeHistoryHeader(first) === normalizeHistoryHeader(UNREAD_BLOCK_TITLE)) {
      block = { kind: 'unread' };
      sawHeader = true;
      continue;
    }
    const header = readHeader(cells);
    if (header) {
      sawHeader = true;
      block = header;
      const headers = header.kind === 'items' ? ITEMS_HEADERS : COUNTS_HEADERS;
      if (!header.columns.has('date')) {
        reader.report('history-missing-column', row, { header: headers.date });
        block = { kind: 'missing-date' };
      } else if (header.kind === 'items') {
        for (const field of ITEM_FIELDS) if (!header.columns.has(field)) reader.report('history-missing-column', row, { header: ITEMS_HEADERS[field] });
      }
      continue;
    }
    if (block === null) {
      if (first !== HISTORY_TITLE && first !== HISTORY_NOTE) leading.push(cells);
    } else if (block.kind === 'counts') reader.readCounts(cells, row, block.columns);
    else if (block.kind === 'items') reader.readItem(cells, row, block.columns);
    else reader.keep(cells);
  }

  if (!sawHeader && leading.length > 0) reader.report('history-no-tables', null);
  const before = leading.map((cells) => ({ values: rowValues(cells) }));
  const unreadCount = reader.unread.length + before.length;
  const snapshots = reader.snapshots();
  if (unreadCount > 0) reader.report('history-unread-rows', null, { count: unreadCount });
  return { history: { snapshots, unread: [...before, ...reader.unread] }, findings: reader.findings };
}
