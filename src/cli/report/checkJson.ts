import { columnLetter } from '../../roadmap/columns';
import type { ColumnKey, Finding, Item, Roadmap, Section, SummaryCounts } from '../../roadmap/types';

/** `roadmap check --json`: the shape documented in the README (fields may be added, never renamed). */
export interface CheckJson {
  file: string;
  sheet: string;
  headerRow: number;
  today: string;
  columns: Partial<Record<ColumnKey, string>>;
  /** Per column key, the header text the column was recognised from («Срок / окончание» under a group header). */
  columnHeaders: Partial<Record<ColumnKey, string>>;
  sections: Section[];
  items: CheckJsonItem[];
  findings: Finding[];
  summary: SummaryCounts & { completionPercent: number };
}

/** An item as the engine reads it; `declaredStatus` is internal (the status cell as written is `statusText`). */
export type CheckJsonItem = Omit<Item, 'declaredStatus'>;

export function checkJson(file: string, roadmap: Roadmap, completionPercent: number): CheckJson {
  const { layout } = roadmap;
  const columns: Partial<Record<ColumnKey, string>> = {};
  for (const [key, column] of Object.entries(layout.columns) as [ColumnKey, number][]) columns[key] = columnLetter(column);
  return {
    file,
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    today: roadmap.today,
    columns,
    columnHeaders: { ...(layout.headers ?? {}) },
    sections: roadmap.sections,
    items: roadmap.items.map(({ declaredStatus: _internal, ...item }) => item),
    findings: roadmap.findings,
    summary: { ...roadmap.counts, completionPercent },
  };
}
