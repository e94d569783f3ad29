import { boxAddress } from './address';
import type { RangeMatrices } from './cellValues';
import { jsonBytes } from './payload';

/**
 * Excel on the web refuses a response above 5 MB. Reads aim at this budget per sync, which leaves room for an
 * estimate that is off by more than half.
 */
export const RESPONSE_BUDGET_BYTES = 2_000_000;

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
 * block), each next one from the largest row measured so far; a chunk Excel still refuses as too large is read in
 * halves. A table that fits the budget is one chunk, one sync. ExcelApi 1.1 (ranges by address).
 */
export async function readInChunks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  box: RowBox,
  sampleRows: readonly (readonly unknown[])[],
  budget: number = RESPONSE_BUDGET_BYTES,
): Promise<RangeMatrices> {
  const out: RangeMatrices = { values: [], numberFormat: [], valueTypes: [] };
  let largestRow = 1;
  for (const row of sampleRows) largestRow = Math.max(largestRow, rowResponseBytes(row));
  let top = box.top;
  while (top <= box.bottom) {
    let count = Math.max(1, Math.min(box.bottom - top + 1, Math.floor(budget / largestRow)));
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
        largestRow = Math.max(largestRow, rowResponseBytes(row, numberFormat[index], valueTypes[index]));
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
