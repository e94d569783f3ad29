import { locateTable } from '../roadmap/layout';
import { SUMMARY_OWNER_NAME } from '../roadmap/report/ownership';
import { BRIEF_OWNER_NAME, HISTORY_OWNER_NAME } from '../roadmap/workingGroup/model';
import type { SheetData } from '../roadmap/types';
import type { RoadmapSource } from '../host/workbookPort';
import { boxAddress, boxesIntersect, parseRangeAddress, type RangeBox } from './address';
import { toSheetData } from './cellValues';
import { readInChunks } from './chunkedRead';
import { markerLookup } from './markers';

/** Rows read to recognise a header (the engine looks for it in the first 30 rows of a sheet). */
const HEADER_BLOCK_ROWS = 30;

interface Candidate {
  sheet: string;
  table: string | null;
  box: RangeBox;
  recognised: boolean;
  /** Rows already read (the header block): they size the chunks of the full read. */
  sample: unknown[][];
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

/** The rows of a sheet's used range, whatever the ExcelApi version (the OrNullObject form came with 1.4). */
function usedRangeOf(worksheet: Excel.Worksheet, nullObjects: boolean): Excel.Range {
  const used = nullObjects ? worksheet.getUsedRangeOrNullObject(true) : worksheet.getUsedRange();
  used.load('address,rowIndex,columnIndex,rowCount,columnCount');
  return used;
}

/**
 * Finds the roadmap and reads it. A constant number of syncs to find it whatever the size of the workbook: the
 * selection, the names of sheets and tables, their extents and headers, the header rows of each sheet; then the
 * chosen range's values, number formats and value types in as few chunks as keep each response under Excel's limit
 * (one for an ordinary roadmap). Runs on ExcelApi 1.1: `nullObjects` (ExcelApi 1.4) only saves a round trip.
 */
export async function findRoadmap(context: Excel.RequestContext, nullObjects = true): Promise<RoadmapSource | null> {
  const selection = await selectionBox(context);

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  // The tools' own sheets (monitoring, history, brief) repeat the roadmap's headers: never candidates.
  const markers = markerLookup(context, [SUMMARY_OWNER_NAME, HISTORY_OWNER_NAME, BRIEF_OWNER_NAME]);
  await context.sync();

  const owners = markers.resolve();
  const usedRanges = worksheets.items.map((worksheet) => ({ name: worksheet.name, used: usedRangeOf(context.workbook.worksheets.getItem(worksheet.name), nullObjects) }));
  const tableRanges = tables.items.map((table) => {
    const whole = context.workbook.tables.getItem(table.name).getRange();
    whole.load('address');
    const header = context.workbook.tables.getItem(table.name).getHeaderRowRange();
    header.load('values');
    return { name: table.name, whole, header };
  });
  await context.sync();

  const ownedSheets = new Set([SUMMARY_OWNER_NAME, HISTORY_OWNER_NAME, BRIEF_OWNER_NAME].map((name) => owners.sheetOf(name)));
  const headerBlocks = usedRanges
    .filter(({ name, used }) => !ownedSheets.has(name) && !used.isNullObject)
    .map(({ name, used }) => {
      const top = used.rowIndex + 1;
      const left = used.columnIndex + 1;
      const block = context.workbook.worksheets
        .getItem(name)
        .getRange(boxAddress(top, left, top + Math.min(used.rowCount, HEADER_BLOCK_ROWS) - 1, left + used.columnCount - 1));
      block.load('values');
      return { name, used, block };
    });
  await context.sync();

  const candidates: Candidate[] = [];
  for (const { name, whole, header } of tableRanges) {
    const box = parseRangeAddress(whole.address);
    if (!box || box.sheet === null || ownedSheets.has(box.sheet)) continue;
    const sample = header.values;
    candidates.push({ sheet: box.sheet, table: name, box, recognised: headerRecognised(box.sheet, box.top, box.left, header.values), sample });
  }
  for (const { name, used, block } of headerBlocks) {
    const box = parseRangeAddress(used.address);
    if (!box) continue;
    const recognised = headerRecognised(name, used.rowIndex + 1, used.columnIndex + 1, block.values);
    candidates.push({ sheet: name, table: null, box: { ...box, sheet: name }, recognised, sample: block.values });
  }

  const chosen = choose(candidates, selection);
  return chosen ? readCandidate(context, chosen) : null;
}

/** Reads the chosen table or used range in chunks sized from the rows already read (its header block). */
async function readCandidate(context: Excel.RequestContext, chosen: Candidate): Promise<RoadmapSource | null> {
  const { box } = chosen;
  const matrices = await readInChunks(context, context.workbook.worksheets.getItem(chosen.sheet), box, chosen.sample);
  const sheet = toSheetData(chosen.sheet, box.top, box.left, matrices);
  const layout = locateTable(sheet);
  return layout ? { sheet, layout, table: chosen.table } : null;
}
