/** Shows a finding's cell: activates its sheet and selects the cell. One sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}
