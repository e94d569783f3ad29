import { columnLetter } from './columns';
import { explainDeadline, type DeadlineExplanation } from './deadline/explain';
import type { ColumnKey, Roadmap } from './types';

/** How the table was read, for `roadmap check --explain`: what to look at when a real plan is read wrong. */
export interface TableExplanation {
  headerRow: number;
  subHeaderRow: number | null;
  numberingRow: number | null;
  columns: { key: ColumnKey; letter: string; header: string; guessed: boolean }[];
  sections: { row: number; no: string | null; title: string }[];
  items: {
    rows: [number, number];
    no: string;
    /** The deadline as read: its kind, due date, whether the plan's year was lent, and which finders matched. */
    deadline: { text: string; kind: string; due: string | null; inferredYear: boolean; finders: DeadlineExplanation['found']; phrases: string[] };
  }[];
}

/** Explains a read roadmap: the header, the columns and where each came from, sections, and each item's deadline finders. */
export function explainTable(roadmap: Roadmap): TableExplanation {
  const { layout } = roadmap;
  const guessed = new Set(layout.guessed ?? []);
  return {
    headerRow: layout.headerRow,
    subHeaderRow: layout.subHeaderRow ?? null,
    numberingRow: layout.numberingRow,
    columns: (Object.entries(layout.columns) as [ColumnKey, number][])
      .sort((a, b) => a[1] - b[1])
      .map(([key, column]) => ({ key, letter: columnLetter(column), header: layout.headers?.[key] ?? '', guessed: guessed.has(key) })),
    sections: roadmap.sections.map(({ row, no, title }) => ({ row, no, title })),
    items: roadmap.items.map((item) => {
      const explained = explainDeadline(item.deadline.text);
      return {
        rows: item.rows,
        no: item.no,
        deadline: {
          text: item.deadline.text,
          kind: item.deadline.kind,
          due: item.deadline.due,
          inferredYear: item.deadline.inferredYear === true,
          finders: explained.found,
          phrases: explained.phrases,
        },
      };
    }),
  };
}
