import type { HostSupport } from '../host/hostSupport';
import { FULL_SUPPORT, hostSupport, type IsSetSupported } from '../host/hostSupport';
import type { HistoryPort, HistorySource } from '../host/historyPort';
import type { WrittenSheet } from '../host/workbookPort';
import {
  BRIEF_OWNER_NAME, HISTORY_OWNER_NAME, HISTORY_SHEET_NAME, historyReportSheet, tableRange, type HistoryLayout,
} from '../roadmap/workingGroup';
import { parseRangeAddress } from './address';
import { toSheetData } from './cellValues';
import { readInChunks } from './chunkedRead';
import { officeIsSetSupported, run } from './excelRun';
import { markerLookup } from './markers';
import { isToolSheetName } from '../roadmap/report/ownership';
import { replaceOwnedSheet, type ExcelFeatures } from './ownedSheet';

/**
 * Reads the history sheet: the marked one (unless the user renamed it), else «История». Two syncs to find it and its extent, then one per chunk
 * of rows, each response under Excel's limit (the history grows every quarter).
 */
export async function readHistory(context: Excel.RequestContext, features: ExcelFeatures = FULL_SUPPORT.features): Promise<HistorySource> {
  const { workbook } = context;
  const markers = markerLookup(context, [HISTORY_OWNER_NAME]);
  workbook.worksheets.load('items/name');
  await context.sync();
  const lookup = markers.resolve();
  await context.sync();
  const markedName = lookup.sheetOf(HISTORY_OWNER_NAME);
  // A marked sheet the user renamed is theirs, not the history (as the CLI reads it: src/xlsx/history/readHistory.ts).
  const marked = markedName !== null && isToolSheetName(markedName, [HISTORY_SHEET_NAME]) ? markedName : null;
  const names = workbook.worksheets.items.map((sheet) => sheet.name);
  const name = marked !== null && names.includes(marked) ? marked : names.includes(HISTORY_SHEET_NAME) ? HISTORY_SHEET_NAME : null;
  if (name === null) return { sheet: null, marked: false };
  const worksheet = workbook.worksheets.getItem(name);
  // The OrNullObject form came with ExcelApi 1.4; before it an empty sheet's used range is its empty A1.
  const used = features.sheetMarkers ? worksheet.getUsedRangeOrNullObject() : worksheet.getUsedRange();
  used.load('address');
  await context.sync();
  const box = used.isNullObject ? null : parseRangeAddress(used.address);
  if (box === null) return { sheet: { name, top: 1, left: 1, cells: [] }, marked: name === marked };
  const matrices = await readInChunks(context, worksheet, box, []);
  return { sheet: toSheetData(name, box.top, box.left, matrices), marked: name === marked };
}

/** «История»: the report sheet of the layout, with the typed tables laid over its two blocks. */
export function writeHistory(context: Excel.RequestContext, layout: HistoryLayout, features: ExcelFeatures = FULL_SUPPORT.features): Promise<WrittenSheet> {
  return replaceOwnedSheet(context, HISTORY_OWNER_NAME, historyReportSheet(layout, HISTORY_SHEET_NAME), features, {
    after: (worksheet) => {
      for (const table of [layout.counts, layout.items]) {
        const added = worksheet.tables.add(worksheet.getRange(tableRange(table)), true);
        added.name = table.name;
        added.style = 'TableStyleLight9';
      }
    },
  });
}

/**
 * The history port over Office.js: each call is one Excel.run with a constant number of syncs (reads add one per
 * chunk of a history too large for one response). `isSetSupported` defaults to Office's requirement check.
 */
export function excelHistoryPort(isSetSupported?: IsSetSupported): HistoryPort {
  let support: HostSupport | null = null;
  const features = () => (support ??= hostSupport(isSetSupported ?? officeIsSetSupported)).features;
  return {
    readHistory: () => run((context) => readHistory(context, features())),
    writeHistory: (layout) => run((context) => writeHistory(context, layout, features())),
    writeBriefSheet: (sheet) => run((context) => replaceOwnedSheet(context, BRIEF_OWNER_NAME, sheet, features())),
  };
}
