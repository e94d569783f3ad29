import { HEADER_TEXT, columnLetter } from '../roadmap/columns';
import { isoToExcelSerial } from '../roadmap/dates';
import { isOwnLiveRuleFormula, type LiveRule } from '../roadmap/liveRules';
import type { HighlightPlan } from '../host/workbookPort';
import { DATE_FORMAT } from './formats';
import { splitIntoChunks } from './payload';
import { characterWidthToPoints } from './renderReportSheet';

/** Width of a new «Плановая дата» column, in characters (as `roadmap summary` gives it). */
const PLANNED_DATE_WIDTH = 14;

/**
 * The order Excel should hold our rules in, top first: the engine's priority (a missing cell's colour wins over its
 * row's), then the engine's order — the same order the .xlsx writer gives them, above the user's own rules.
 */
function topFirst(rules: readonly LiveRule[]): LiveRule[] {
  return rules
    .map((rule, order) => ({ rule, order }))
    .sort((a, b) => a.rule.priority - b.rule.priority || a.order - b.order)
    .map(({ rule }) => rule);
}

function addRule(worksheet: Excel.Worksheet, rule: LiveRule): void {
  const format = worksheet.getRange(rule.range).conditionalFormats.add('Custom');
  format.custom.rule.formula = `=${rule.formula}`;
  format.custom.format.fill.color = rule.style.fill;
  format.custom.format.font.color = rule.style.font;
  // Each rule added goes to the top, so adding them bottom-first leaves them in `topFirst` order.
  format.priority = 0;
}

/** ISO dates become real dates; «—» and empty cells stay text. */
function plannedValue(cell: string | null): string | number {
  if (cell === null) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(cell) ? isoToExcelSerial(cell) : cell;
}

/** Queues «Плановая дата» in row chunks under Excel's request limit; `flush` (a sync) runs between chunks. */
async function writePlannedDates(worksheet: Excel.Worksheet, plan: HighlightPlan, flush: () => Promise<void>): Promise<void> {
  const letter = columnLetter(plan.plannedColumn);
  let first = true;
  for (const { firstRow, dates } of plan.plannedDates) {
    const values = dates.map((cell) => [plannedValue(cell)]);
    for (const { start, count } of splitIntoChunks(values)) {
      if (!first) await flush();
      first = false;
      const cells = worksheet.getRange(`${letter}${firstRow + start}:${letter}${firstRow + start + count - 1}`);
      cells.numberFormat = values.slice(start, start + count).map(() => [DATE_FORMAT]);
      cells.values = values.slice(start, start + count);
    }
  }
}

/**
 * Fills «Плановая дата» with real dates and puts exactly the engine's live rules on the sheet, replacing the rules
 * the tools wrote before (recognised by their marker) and leaving the user's rules alone. Two syncs: read the
 * sheet's conditional formats, then write everything. Running it twice gives the same sheet. Nothing below ExcelApi 1.6.
 */
export async function applyHighlighting(context: Excel.RequestContext, plan: HighlightPlan, liveHighlighting = true): Promise<void> {
  // Conditional formats came with ExcelApi 1.6: older Excel gets no highlighting (the pane says so, and where to get it).
  if (!liveHighlighting) return;
  const worksheet = context.workbook.worksheets.getItem(plan.sheet);
  const formats = context.workbook.worksheets.getItem(plan.sheet).getRange().conditionalFormats;
  formats.load('items/type,items/customOrNullObject/rule/formula');
  await context.sync();

  for (const format of formats.items) {
    if (format.type === 'Custom' && !format.customOrNullObject.isNullObject && isOwnLiveRuleFormula(format.customOrNullObject.rule.formula)) {
      format.delete();
    }
  }

  if (plan.addHeader) {
    const header = HEADER_TEXT.plannedDate;
    if (plan.table !== null) {
      context.workbook.tables.getItem(plan.table).columns.add(undefined, undefined, header);
    } else {
      const cell = worksheet.getRange(`${columnLetter(plan.plannedColumn)}${plan.headerRow}`);
      cell.values = [[header]];
      cell.format.font.bold = true;
      cell.format.wrapText = true;
      cell.format.columnWidth = characterWidthToPoints(PLANNED_DATE_WIDTH);
    }
  }
  await writePlannedDates(worksheet, plan, () => context.sync());
  for (const rule of topFirst(plan.rules).reverse()) addRule(worksheet, rule);
  await context.sync();
}
