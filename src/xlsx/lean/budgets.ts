/**
 * The input budgets: how much a workbook may ask of the machine before any work is done on it. A file over one is
 * refused with one line (exit 2, or a «Не прочитано» row in consolidate) and stops nothing else.
 *
 * Why these figures: the largest real roadmaps seen hold a few thousand rows; the bench's 100,000 rows × 7 columns
 * (a 6 MB file, 40 MB of sheet XML, 700,000 cells) must pass with room to spare, and ExcelJS — which still loads
 * a workbook for a copy — needs about 1 KB of heap per cell, so a million cells is about what a 2–4 GB heap holds.
 */
export const BUDGETS = {
  /** Bytes of the file on disk. A 100,000-row roadmap is about 6 MB; pictures make some plans 20–30 MB. */
  fileBytes: 100 * 1024 * 1024,
  /** Parts in the package (sheets, drawings, pictures…). A 255-sheet workbook has about 600. */
  parts: 10_000,
  /** Inflated bytes of one part, declared and actual. The 100,000-row sheet is 40 MB; a big photo 50 MB. */
  partBytes: 256 * 1024 * 1024,
  /** Inflated bytes of the whole package, declared (every part) and actual (the parts we inflate). */
  totalBytes: 512 * 1024 * 1024,
  /** `<c>` elements on one sheet, values or only styles: every one is an object in ExcelJS. */
  cells: 1_000_000,
  /** Cells covered by the merges of one sheet (ExcelJS makes each covered cell an object). */
  mergedCells: 1_000_000,
  /**
   * Cells covered by the data validations of one sheet (ExcelJS keeps one entry per cell). Two whole columns
   * (2 × 1,048,576: a «Статус» drop-down applied to the column) pass; a whole sheet does not.
   */
  validationCells: 2_200_000,
  /** Seconds one workbook may take in `consolidate` before its thread is stopped. */
  fileSeconds: 120,
  /** Old-generation heap of one reader thread, MB; the largest roadmap that passes the budgets above needs ~400. */
  workerHeapMb: 1024,
} as const;

export type Budgets = { -readonly [K in keyof typeof BUDGETS]: number };

/** Excel's own grid: a cell beyond it is a damaged (or hostile) file. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
