/**
 * Excel on the web rejects a request above 5 MB. Large writes are cut into row chunks under a safe budget;
 * a request carries values and number formats, so the estimate counts both, with non-ASCII text escaped.
 */
export const REQUEST_BUDGET_BYTES = 2_000_000;

/**
 * Bytes a value takes in Office's JSON, on the safe side: every non-ASCII character counted as a \uXXXX escape
 * (6 bytes), so a Cyrillic text is never underestimated whichever encoding the host uses.
 */
export function jsonBytes(value: unknown): number {
  if (typeof value === 'string') {
    let bytes = 3; // quotes and a separator
    for (let i = 0; i < value.length; i++) bytes += value.charCodeAt(i) < 128 ? 1 : 6;
    return bytes;
  }
  if (Array.isArray(value)) {
    let bytes = 2;
    for (const item of value) bytes += jsonBytes(item);
    return bytes;
  }
  return 16;
}

function estimatedBytes(value: unknown): number {
  return jsonBytes(value) + 5; // the cell's number format rides along
}

export function splitIntoChunks(rows: readonly (readonly unknown[])[], budget: number = REQUEST_BUDGET_BYTES): { start: number; count: number }[] {
  const chunks: { start: number; count: number }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const rowBytes = row.reduce<number>((sum, value) => sum + estimatedBytes(value), 0);
    if (index > start && bytes + rowBytes > budget) {
      chunks.push({ start, count: index - start });
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (rows.length > start) chunks.push({ start, count: rows.length - start });
  return chunks;
}
