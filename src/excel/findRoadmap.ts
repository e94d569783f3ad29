import { locateTable } from '../roadmap/layout';
import { SUMMARY_OWNER_NAME } from '../roadmap/report/ownership';
import { BRIEF_OWNER_NAME, HISTORY_OWNER_NAME } from '../roadmap/workingGroup/model';
import type { SheetData } from '../roadmap/types';
import type { RoadmapSource } from '../host/workbookPort';
import { boxesIntersect, parseRangeAddress, type RangeBox } from './address';
import { toSheetData } from './cellValues';

/** Rows read to recognise a header (the engine looks for it in the first 30 rows of a sheet). */
const HEADER_BLOCK_ROWS = 30;

interface Candidate {
  sheet: string;
  table: string | null;
  box: RangeBox;
  recognised: boolean;
}

async function selectionBox(context: Excel.RequestContext): Promise<RangeBox | null> {
  const selection = context.workbook.getSelectedRange();
  selection.load('address');
  try {
    await context.sync();
  } catch {
    // A chart or a shape is selected: there is no cell selection to start from.
    return null;
  }
  return parseRangeAddress(selection.address);
}

function headerRecognised(name: string, top: number, left: number, values: unknown[][]): boolean {
  const cells = values.map((row) => row.map((value) => ({ value: value === '' ? null : (value as string | number | boolean) })));
  const sheet: SheetData = { name, top, left, cells };
  return locateTable(sheet) !== null;
}

/** The order of preference: the table under the selection, a table on the selection's sheet, that sheet, any table, any sheet. */
function choose(candidates: Candidate[], selection: RangeBox | null): Candidate | null {
  const recognised = candidates.filter((candidate) => candidate.recognised);
  const onSelectedSheet = (candidate: Candidate) => selection !== null && candidate.sheet === selection.sheet;
  const preferences: ((candidate: Candidate) => boolean)[] = [
    (candidate) => candidate.table !== null && onSelectedSheet(candidate) && selection !== null && boxesIntersect(candidate.box, selection),
    (candidate) => candidate.table !== null && onSelectedSheet(candidate),
    (candidate) => candidate.table === null && onSelectedSheet(candidate),
    (candidate) => candidate.table !== null,
    () => true,
  ];
  for (const prefer of preferences) {
    const found = recognised.find(prefer);
    if (found) return found;
  }
  return null;
}

/**
 * Finds the roadmap and reads it. A constant number of syncs whatever the size of the workbook: the selection,
 * the names of sheets and tables, their extents and headers, the header rows of each sheet, then the chosen
 * range's values, displayed text, number formats and value types in one batch.
 */
export async function findRoadmap(context: Excel.RequestContext): Promise<RoadmapSource | null> {
  const selection = await selectionBox(context);

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  // The tools' own sheets (monitoring, history, brief) repeat the roadmap's headers: never candidates.
  const owners = [SUMMARY_OWNER_NAME, HISTORY_OWNER_NAME, BRIEF_OWNER_NAME].map((name) => context.workbook.names.getItemOrNullObject(name));
  for (const owner of owners) owner.load('value');
  await context.sync();

  const ownedSheets = new Set(owners.map((owner) => (owner.isNullObject ? null : parseRangeAddress(String(owner.value))?.sheet ?? null)));
  const sheetNames = worksheets.items.map((worksheet) => worksheet.name).filter((name) => !ownedSheets.has(name));
  const usedRanges = sheetNames.map((name) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load('address,rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  const tableRanges = tables.items.map((table) => {
    const whole = context.workbook.tables.getItem(table.name).getRange();
    whole.load('address');
    const header = context.workbook.tables.getItem(table.name).getHeaderRowRange();
    header.load('values');
    return { name: table.name, whole, header };
  });
  await context.sync();

  const headerBlocks = usedRanges.map((used, index) => {
    if (used.isNullObject) return null;
    const block = context.workbook.worksheets
      .getItem(sheetNames[index])
      .getRangeByIndexes(used.rowIndex, used.columnIndex, Math.min(used.rowCount, HEADER_BLOCK_ROWS), used.columnCount);
    block.load('values');
    return { used, block };
  });
  await context.sync();

  const candidates: Candidate[] = [];
  for (const { name, whole, header } of tableRanges) {
    const box = parseRangeAddress(whole.address);
    if (!box || box.sheet === null || ownedSheets.has(box.sheet)) continue;
    candidates.push({ sheet: box.sheet, table: name, box, recognised: headerRecognised(box.sheet, box.top, box.left, header.values) });
  }
  headerBlocks.forEach((entry, index) => {
    if (!entry) return;
    const box = parseRangeAddress(entry.used.address);
    if (!box) return;
    const sheet = sheetNames[index];
    const recognised = headerRecognised(sheet, entry.used.rowIndex + 1, entry.used.columnIndex + 1, entry.block.values);
    candidates.push({ sheet, table: null, box: { ...box, sheet }, recognised });
  });

  const chosen = choose(candidates, selection);
  return chosen ? readCandidate(context, chosen) : null;
}

async function readCandidate(context: Excel.RequestContext, chosen: Candidate): Promise<RoadmapSource | null> {
  const range =
    chosen.table !== null
      ? context.workbook.tables.getItem(chosen.table).getRange()
      : context.workbook.worksheets.getItem(chosen.sheet).getUsedRange(true);
  range.load('address,values,text,numberFormat,valueTypes');
  await context.sync();

  const box = parseRangeAddress(range.address);
  if (!box) return null;
  const sheet = toSheetData(chosen.sheet, box.top, box.left, range);
  const layout = locateTable(sheet);
  return layout ? { sheet, layout, table: chosen.table } : null;
}
