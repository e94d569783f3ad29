import { cellAt, cellText, isBlank } from './cells';
import { columnForHeader } from './columns';
import type { ColumnKey, SheetData } from './types';

/** Sub-header words under a merged group header: the parts of a period, plan and fact, years, budgets. */
const SUB_HEADER_WORD =
  /^(?:дата\s+)?(?:начал|оконч|конец|заверш|план|факт|всего|в\s+том\s+числе|в\s+т\.\s*ч|год|источ|объ[её]м|сумм|тыс|млн|руб|федерал|област|краев|республик|местн|муниципал|бюджет|внебюдж|кол-?во|количеств|start|end|planned|actual|total)|^(?:19|20)\d\d(?:\s*(?:г\.?|год))?$/i;
const END_WORD = /^(?:дата\s+)?(?:оконч|конец|заверш|план|end|planned)/i;
const FACT_WORD = /^(?:дата\s+)?(?:факт|actual)/i;
const START_WORD = /^(?:дата\s+)?(?:начал|start)/i;

export interface SubHeader {
  columns: Partial<Record<ColumnKey, number>>;
  headers: Partial<Record<ColumnKey, string>>;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A second header row under group headers merged over several columns («Срок» over «начало | окончание»,
 * «Срок исполнения» over «план | факт»). Returns the columns it changes — the deadline becomes the end or plan
 * column, a «факт» column the completion date — or null when the row under the header is not a sub-header.
 */
export function readSubHeader(
  sheet: SheetData,
  headerIndex: number,
  columns: Partial<Record<ColumnKey, number>>,
  headers: Partial<Record<ColumnKey, string>>,
): SubHeader | null {
  const row = sheet.cells[headerIndex + 1];
  if (!row) return null;
  const texts = new Map<number, string>();
  row.forEach((cell, index) => {
    if (!isBlank(cell)) texts.set(sheet.left + index, flat(cellText(cell)));
  });
  if (texts.size === 0) return null;
  for (const text of texts.values()) {
    if (!SUB_HEADER_WORD.test(text) && columnForHeader(text) === null) return null;
  }
  const keyAt = new Map<number, ColumnKey>();
  for (const [key, column] of Object.entries(columns) as [ColumnKey, number][]) keyAt.set(column, key);
  const topText = (column: number): string => flat(cellText(cellAt(sheet.cells, headerIndex, column - sheet.left)));
  /** The group a sub-header stands under: the nearest filled header cell at or left of it. */
  const groupOf = (column: number): number | null => {
    for (let c = column; c >= sheet.left; c--) if (topText(c) !== '') return c;
    return null;
  };

  const out: SubHeader = { columns: { ...columns }, headers: { ...headers } };
  let deadlineMoved = false;
  for (const [column, text] of texts) {
    const group = groupOf(column);
    const groupKey = group === null ? undefined : keyAt.get(group);
    const label = group === null ? text : `${topText(group)} / ${text}`;
    if (groupKey === 'deadline' || groupKey === 'completedOn') {
      if (FACT_WORD.test(text)) {
        out.columns.completedOn = column;
        out.headers.completedOn = label;
      } else if (groupKey === 'deadline' && END_WORD.test(text)) {
        out.columns.deadline = column;
        out.headers.deadline = label;
        deadlineMoved = true;
      } else if (groupKey === 'deadline' && START_WORD.test(text) && !deadlineMoved) {
        // The start column is not the deadline; keep the group's column only until an end column is found.
        out.headers.deadline = label;
      }
      continue;
    }
    const own = columnForHeader(text);
    if (own && (out.columns[own] === undefined || out.columns[own] === group) && keyAt.get(column) === undefined) {
      out.columns[own] = column;
      out.headers[own] = label;
    }
  }
  return out;
}
