import { columnLetter } from '../roadmap/columns';
import { HostProblem } from '../host/problems';
import type { AddedColumns, MonitoringColumnsPlan } from '../host/workbookPort';
import { DATE_FORMAT } from './formats';
import { applyStatusDropDown } from './statusDropDown';

/**
 * Adds Статус (with the status drop-down where Excel supports data validation) and Дата выполнения: as table
 * columns for an Excel table, else in the empty columns the plan chose right of the range. One sync.
 */
export async function addMonitoringColumns(
  context: Excel.RequestContext,
  plan: MonitoringColumnsPlan,
  dataValidation: boolean,
  tableColumns = true,
): Promise<AddedColumns> {
  // Before ExcelApi 1.4 a table column can only be inserted inside the table, without its header.
  if (plan.table !== null && !tableColumns) throw new HostProblem('unsupported', 'TableColumnCollection.add(name): ExcelApi 1.4');
  const worksheet = context.workbook.worksheets.getItem(plan.sheet);
  for (const { key, column, header } of plan.columns) {
    const letter = columnLetter(column);
    if (plan.table !== null) {
      context.workbook.tables.getItem(plan.table).columns.add(undefined, undefined, header);
    } else {
      const cell = worksheet.getRange(`${letter}${plan.headerRow}`);
      cell.values = [[header]];
      cell.format.font.bold = true;
      cell.format.wrapText = true;
    }
    const body = worksheet.getRange(`${letter}${plan.firstRow}:${letter}${plan.lastRow}`);
    if (key === 'completedOn') body.numberFormat = Array.from({ length: plan.lastRow - plan.firstRow + 1 }, () => [DATE_FORMAT]);
    else if (dataValidation) applyStatusDropDown(body, plan.statusChoices);
  }
  await context.sync();
  return { added: plan.columns.map((column) => column.key), dropDown: dataValidation };
}
