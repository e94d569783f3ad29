import { columnLetter } from '../../roadmap/columns';
import type { ColumnKey, Deadline, Finding, ItemStatus, Roadmap, Section, SummaryCounts } from '../../roadmap/types';

/** `roadmap check --json`: the shape documented in the README (fields may be added, never renamed). */
export interface CheckJson {
  file: string;
  sheet: string;
  headerRow: number;
  today: string;
  columns: Partial<Record<ColumnKey, string>>;
  sections: Section[];
  items: CheckJsonItem[];
  findings: Finding[];
  summary: SummaryCounts & { completionPercent: number };
}

export interface CheckJsonItem {
  row: number;
  no: string;
  section: string | null;
  activity: string;
  responsible: string;
  result: string;
  materials: string;
  deadline: Deadline;
  status: ItemStatus;
  statusText?: string;
  completedOn?: string | null;
  comment?: string;
}

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
    sections: roadmap.sections,
    items: roadmap.items.map((item) => ({
      row: item.row,
      no: item.no,
      section: item.section,
      activity: item.activity,
      responsible: item.responsible,
      result: item.result,
      materials: item.materials,
      deadline: item.deadline,
      status: item.status,
      ...(item.statusText !== undefined ? { statusText: item.statusText } : {}),
      ...(item.completedOn !== undefined ? { completedOn: item.completedOn } : {}),
      ...(item.comment !== undefined ? { comment: item.comment } : {}),
    })),
    findings: roadmap.findings,
    summary: { ...roadmap.counts, completionPercent },
  };
}
