import { cellAt, isBlank, PLACEHOLDER_TEXTS } from './cells';
import { columnLetter, REQUIRED_COLUMNS } from './columns';
import { DONE_WORDS, WITHDRAWN_STARTS } from './status';
import type { Roadmap, SheetData, TableLayout } from './types';

/**
 * Conditional-formatting rules that keep the roadmap's highlighting correct when the workbook is opened later,
 * anywhere, without the add-in: they compare a real date («Плановая дата», filled by the tools) with TODAY().
 * The .xlsx writer and the Excel add-in both apply exactly these rules, so both produce the same workbook.
 */

export type LiveRuleKind = 'missing' | 'overdue' | 'due-soon';

export interface LiveRuleStyle {
  fill: string;
  font: string;
}

export interface LiveRule {
  kind: LiveRuleKind;
  /** One rectangular A1 range, e.g. "A7:F14". */
  range: string;
  /** Formula relative to the range's top-left cell, without the leading "=". */
  formula: string;
  style: LiveRuleStyle;
  /** 1 = applied first; a missing cell's colour wins over its row's. */
  priority: number;
}

export const LIVE_RULE_STYLES: Record<LiveRuleKind, LiveRuleStyle> = {
  missing: { fill: '#F4B084', font: '#833C0B' },
  overdue: { fill: '#FFC7CE', font: '#9C0006' },
  'due-soon': { fill: '#FFEB9C', font: '#9C5700' },
};

const MARKER_PREFIX = 'roadmap-monitor:';

/** `N("roadmap-monitor:overdue")=0` is always TRUE: it marks the rules the tools own, so a rerun replaces them. */
function marker(kind: LiveRuleKind): string {
  return `N("${MARKER_PREFIX}${kind}")=0`;
}

/** True for a conditional-format formula written by these tools. */
export function isOwnLiveRuleFormula(formula: string): boolean {
  return formula.includes(`"${MARKER_PREFIX}`);
}

/** Contiguous runs of item rows: rules cover items only, never section or title rows. */
export function itemRowBlocks(roadmap: Roadmap): { first: number; last: number }[] {
  const blocks: { first: number; last: number }[] = [];
  for (const { row } of roadmap.items) {
    const last = blocks[blocks.length - 1];
    if (last && last.last === row - 1) last.last = row;
    else blocks.push({ first: row, last: row });
  }
  return blocks;
}

/** The live twin of isEmptyOrPlaceholder: blank, or only a dash, a cross or «нет». */
function emptyOrPlaceholder(cell: string): string {
  const trimmed = `LOWER(TRIM(${cell}))`;
  return `OR(LEN(TRIM(${cell}))=0,${PLACEHOLDER_TEXTS.map((text) => `${trimmed}="${text}"`).join(',')})`;
}

function notDoneCondition(layout: TableLayout, row: number): string[] {
  const conditions: string[] = [];
  if (layout.columns.completedOn !== undefined) conditions.push(`LEN(TRIM($${columnLetter(layout.columns.completedOn)}${row}))=0`);
  if (layout.columns.status !== undefined) {
    // As readDeclaredStatus reads a status: one that starts with a done word is done («Выполнено (приказ от …)»),
    // unless it says «частично»; one that starts «снят…» / «отмен…» is withdrawn, never highlighted.
    const status = `LOWER(TRIM($${columnLetter(layout.columns.status)}${row}))`;
    const partial = `ISNUMBER(SEARCH("частичн",${status}))`;
    for (const word of DONE_WORDS.filter((word) => !DONE_WORDS.some((other) => other !== word && word.startsWith(other)))) {
      conditions.push(`OR(LEFT(${status},${word.length})<>"${word}",${partial})`);
    }
    for (const start of WITHDRAWN_STARTS) conditions.push(`LEFT(${status},${start.length})<>"${start}"`);
  }
  return conditions;
}

export interface LiveRuleOptions {
  /** Worksheet column (1-based) of «Плановая дата». */
  plannedDateColumn: number;
  dueSoonDays: number;
}

/** «Плановая дата» of an item with no single due date: it marks the row as an item's for the missing-cell rule. */
export const UNDATED_MARK = '—';

/**
 * The item rows' span, first to last item: the rules cover it whole, so their number is the same whatever the
 * number of sections (a rule per block of items gave 8,750 rules for 10,000 items with a section every 8 rows).
 * Null when there are no items.
 */
export function itemSpan(roadmap: Roadmap): { first: number; last: number } | null {
  if (roadmap.items.length === 0) return null;
  let first = roadmap.items[0].row;
  let last = first;
  for (const { row } of roadmap.items) {
    if (row < first) first = row;
    if (row > last) last = row;
  }
  return { first, last };
}

/**
 * What «Плановая дата» holds over the item span, row by row from its first row: an item's due date (ISO), or
 * UNDATED_MARK for an item with none, or null for a section or other row (left empty, so no rule colours it).
 */
export function plannedDateCells(roadmap: Roadmap): { firstRow: number; cells: (string | null)[] } | null {
  const span = itemSpan(roadmap);
  if (!span) return null;
  const cells: (string | null)[] = new Array(span.last - span.first + 1).fill(null);
  for (const item of roadmap.items) cells[item.row - span.first] = item.deadline.due ?? UNDATED_MARK;
  return { firstRow: span.first, cells };
}

/**
 * The live rules: for each required column a missing-cell rule, plus one overdue and one due-soon rule, each over
 * the whole item span. Only item rows have «Плановая дата» filled (a date or UNDATED_MARK), and every rule asks for
 * it, so section rows inside the span stay uncoloured.
 */
export function liveRules(roadmap: Roadmap, { plannedDateColumn, dueSoonDays }: LiveRuleOptions): LiveRule[] {
  const { layout } = roadmap;
  const rules: LiveRule[] = [];
  const planned = columnLetter(plannedDateColumn);
  const firstLetter = columnLetter(layout.firstColumn);
  const lastLetter = columnLetter(Math.max(layout.lastColumn, plannedDateColumn));
  const span = itemSpan(roadmap);
  if (!span) return rules;
  const { first, last } = span;
  const date = `$${planned}${first}`;
  const itemRow = `LEN(${date})>0`;

  for (const key of REQUIRED_COLUMNS) {
    const column = layout.columns[key];
    if (column === undefined) continue;
    const letter = columnLetter(column);
    rules.push({
      kind: 'missing',
      range: `${letter}${first}:${letter}${last}`,
      formula: `AND(${marker('missing')},${itemRow},${emptyOrPlaceholder(`${letter}${first}`)})`,
      style: LIVE_RULE_STYLES.missing,
      priority: 1,
    });
  }
  const range = `${firstLetter}${first}:${lastLetter}${last}`;
  const notDone = notDoneCondition(layout, first);
  rules.push({
    kind: 'overdue',
    range,
    formula: `AND(${[marker('overdue'), `ISNUMBER(${date})`, `${date}<TODAY()`, ...notDone].join(',')})`,
    style: LIVE_RULE_STYLES.overdue,
    priority: 2,
  });
  rules.push({
    kind: 'due-soon',
    range,
    formula: `AND(${[marker('due-soon'), `ISNUMBER(${date})`, `${date}>=TODAY()`, `${date}<=TODAY()+${dueSoonDays}`, ...notDone].join(',')})`,
    style: LIVE_RULE_STYLES['due-soon'],
    priority: 3,
  });
  return rules;
}

/** A merged range of the sheet, 1-based, inclusive (what Excel's mergeCells holds). */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The column for «Плановая дата»: the table's own when it has one, else the first column right of the table that is
 * empty from the header to the last row and crosses no merged range the user made in those rows (Excel keeps only a
 * merge's first cell: a date written into a merge would take the place of the user's text). `merges` are the
 * sheet's merged ranges, as the host reads them (none when it cannot).
 */
export function plannedDateColumn(sheet: SheetData, layout: TableLayout, merges: readonly MergedRange[] = []): number {
  if (layout.columns.plannedDate !== undefined) return layout.columns.plannedDate;
  const crossing = merges.filter((merge) => merge.bottom >= layout.headerRow && merge.top <= layout.lastRow);
  for (let column = layout.lastColumn + 1; ; column++) {
    let empty = !crossing.some((merge) => merge.left <= column && column <= merge.right);
    for (let row = layout.headerRow; row <= layout.lastRow && empty; row++) {
      empty = isBlank(cellAt(sheet.cells, row - sheet.top, column - sheet.left));
    }
    if (empty) return column;
  }
}
