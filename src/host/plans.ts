import { cellAt, isBlank } from '../roadmap/cells';
import { HEADER_TEXT } from '../roadmap/columns';
import { itemRowBlocks, liveRules, plannedDateColumn } from '../roadmap/liveRules';
import { STATUS_CHOICES } from '../roadmap/status';
import type { Lang, Roadmap } from '../roadmap/types';
import type { HighlightPlan, MonitoringColumnsPlan, RoadmapSource } from './workbookPort';

/**
 * The «Плановая дата» column: the table's own, else for an Excel table a new table column, else the engine's
 * choice (the first column right of the table that is empty), so no cell the user typed is overwritten.
 */
function plannedColumnOf(source: RoadmapSource): number {
  const { layout } = source;
  if (layout.columns.plannedDate !== undefined) return layout.columns.plannedDate;
  if (source.table !== null) return layout.lastColumn + 1;
  return plannedDateColumn(source.sheet, layout, source.merges);
}

/** What Проверить writes: exactly the engine's live rules, and the real due dates they compare with TODAY(). */
export function highlightPlan(source: RoadmapSource, roadmap: Roadmap, dueSoonDays: number): HighlightPlan {
  const plannedColumn = plannedColumnOf(source);
  const dueByRow = new Map(roadmap.items.map((item) => [item.row, item.deadline.due]));
  const plannedDates = itemRowBlocks(roadmap).map(({ first, last }) => ({
    firstRow: first,
    dates: Array.from({ length: last - first + 1 }, (_, offset) => dueByRow.get(first + offset) ?? null),
  }));
  return {
    sheet: source.layout.sheet,
    table: source.table,
    plannedColumn,
    headerRow: source.layout.headerRow,
    addHeader: source.layout.columns.plannedDate === undefined,
    plannedDates,
    rules: liveRules(roadmap, { plannedDateColumn: plannedColumn, dueSoonDays }),
  };
}

function columnIsEmpty(source: RoadmapSource, column: number): boolean {
  const { sheet, layout } = source;
  const merged = (source.merges ?? []).some(
    (merge) => merge.left <= column && column <= merge.right && merge.bottom >= layout.headerRow && merge.top <= layout.lastRow,
  );
  if (merged) return false;
  for (let row = layout.headerRow; row <= layout.lastRow; row++) {
    if (!isBlank(cellAt(sheet.cells, row - sheet.top, column - sheet.left))) return false;
  }
  return true;
}

/** Null when the table already has both monitoring columns. The drop-down and date format cover the item rows. */
export function monitoringColumnsPlan(source: RoadmapSource, roadmap: Roadmap, lang: Lang): MonitoringColumnsPlan | null {
  const { layout } = source;
  const missing = (['status', 'completedOn'] as const).filter((key) => layout.columns[key] === undefined);
  if (missing.length === 0) return null;
  const columns: MonitoringColumnsPlan['columns'] = [];
  let next = layout.lastColumn + 1;
  for (const key of missing) {
    // An Excel table grows by table columns; a plain range takes the next empty columns on its right.
    if (source.table === null) while (!columnIsEmpty(source, next)) next++;
    columns.push({ key, column: next, header: HEADER_TEXT[key] });
    next++;
  }
  return {
    sheet: layout.sheet,
    table: source.table,
    headerRow: layout.headerRow,
    firstRow: layout.firstRow,
    lastRow: Math.max(layout.firstRow, ...roadmap.items.map((item) => item.row)),
    columns,
    statusChoices: STATUS_CHOICES[lang],
  };
}
