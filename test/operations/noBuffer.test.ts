import { readFileSync } from 'fs';
import path from 'path';
import { checkWorkbook, readOutcome, type OperationOptions } from '../../src/xlsx/operations';
import { useBrowserZip } from '../../src/xlsx/zip/useBrowserZip';

/**
 * What a page's reader worker does for each of hundreds of files — check a workbook, read its outcome — needs no
 * Buffer at all on the fflate backend: the same results with the global Buffer gone. (The copies go through ExcelJS
 * and JSZip, which use Buffer inside: the page provides the `buffer` package; see src/xlsx/operations/index.ts.)
 */

const PILOT = path.resolve(__dirname, '../../examples/pilot-roadmap.xlsx');
const OPTIONS: OperationOptions = { today: '2021-09-01', periodEnd: null, dueSoonDays: 14, lang: 'ru' };
const input = () => ({ name: 'pilot-roadmap.xlsx', bytes: new Uint8Array(readFileSync(PILOT)) });

/** Runs `work` with no global Buffer (jest's own machinery gets it back as soon as the work is done). */
async function withoutBuffer<T>(work: () => Promise<T>): Promise<T> {
  const original = globalThis.Buffer;
  (globalThis as { Buffer?: unknown }).Buffer = undefined;
  try {
    return await work();
  } finally {
    globalThis.Buffer = original;
  }
}

beforeAll(() => useBrowserZip());

it('check and a consolidation outcome from bytes, with no Buffer: the same as with one', async () => {
  const check = await withoutBuffer(() => checkWorkbook(input(), OPTIONS));
  expect(check).toEqual(await checkWorkbook(input(), OPTIONS));
  expect(check.items).toHaveLength(15);
  const outcome = await withoutBuffer(() => readOutcome(input(), OPTIONS));
  expect(outcome).toEqual(await readOutcome(input(), OPTIONS));
  expect(outcome.kind).toBe('read');
});

it('the test does take Buffer away: code that needs it fails inside', async () => {
  await expect(withoutBuffer(async () => Buffer.from('x'))).rejects.toThrow(TypeError);
});
