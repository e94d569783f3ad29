import { boxAddress } from './address';
import type { RangeMatrices } from './cellValues';
import { jsonBytes } from './payload';

/**
 * Excel on the web refuses a response above 5 MB. Reads aim at this many bytes per sync as `jsonBytes` counts them,
 * which counts each Cyrillic letter as a 6-byte escape: the real response (about 2 bytes a letter) is well under.
 */
export const RESPONSE_BUDGET_BYTES = 4_000_000;

/** Chunks are sized from the average row measured so far, with this margin for longer rows ahead. */
const ROW_MARGIN = 1.25;

/** Rows of the first chunk when nothing has been read yet to size it from. */
const PROBE_ROWS = 200;

/** Value types and number formats ride along with each value: «"String",» and «"General",» and their like. */
const PER_CELL_EXTRA_BYTES = 24;

/** Bytes of one row as Excel's response carries it: the values, plus each cell's type and number format. */
export function rowResponseBytes(values: readonly unknown[], numberFormats?: readonly unknown[], valueTypes?: readonly unknown[]): number {
  if (numberFormats && valueTypes) return jsonBytes(values) + jsonBytes(numberFormats) + jsonBytes(valueTypes);
  return jsonBytes(values) + values.length * PER_CELL_EXTRA_BYTES;
}

export interface RowBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function isTooLarge(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Reads values, number formats and value types of `box` on `worksheet` in row chunks, one sync each, so that no
 * response exceeds Excel's limit. The first chunk is sized from `sampleRows` (rows already read, e.g. the header
 * block; without them it is a probe of PROBE_ROWS rows), each next one from the average row measured so far (with a margin); a chunk Excel still refuses as too
 * large is read in halves. A table that fits the budget is one chunk, one sync. ExcelApi 1.1 (ranges by address).
 */
export async function readInChunks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  box: RowBox,
  sampleRows: readonly (readonly unknown[])[],
  budget: number = RESPONSE_BUDGET_BYTES,
): Promise<RangeMatrices> {
  const out: RangeMatrices = { values: [], numberFormat: [], valueTypes: [] };
  let measuredBytes = 0;
  let measuredRows = 0;
  for (const row of sampleRows) {
    measuredBytes += rowResponseBytes(row);
    measuredRows++;
  }
  let top = box.top;
  while (top <= box.bottom) {
    let fits = measuredRows > 0 ? Math.floor(budget / ((measuredBytes / measuredRows) * ROW_MARGIN + 1)) : PROBE_ROWS;
    // Rows read before (a header block, title lines) may be shorter than the body: unless all fits, probe first.
    if (top === box.top && fits < box.bottom - top + 1) fits = Math.min(fits, PROBE_ROWS);
    let count = Math.max(1, Math.min(box.bottom - top + 1, fits));
    for (;;) {
      const range = worksheet.getRange(boxAddress(top, box.left, top + count - 1, box.right));
      range.load('values,numberFormat,valueTypes');
      try {
        // One sync per chunk is the point: each response must stay under Excel's limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!isTooLarge(error) || count === 1) throw error;
        count = Math.ceil(count / 2);
        continue;
      }
      const { values, numberFormat, valueTypes } = range;
      values.forEach((row, index) => {
        measuredBytes += rowResponseBytes(row, numberFormat[index], valueTypes[index]);
        measuredRows++;
        out.values.push(row);
        out.numberFormat.push(numberFormat[index]);
        out.valueTypes.push(valueTypes[index]);
      });
      break;
    }
    top += count;
  }
  return out;
}
