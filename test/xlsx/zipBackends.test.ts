import { deflateRawSync } from 'zlib';
import type { BudgetBreach } from '../../src/i18n/inputBudgets';
import { BUDGETS } from '../../src/xlsx/lean/budgets';
import { inspectPackage } from '../../src/xlsx/lean/inspectPackage';
import { openLeanWorkbook } from '../../src/xlsx/lean/leanWorkbook';
import { readLeanRoadmap } from '../../src/xlsx/lean/readLeanRoadmap';
import { InputBudgetError, WorkbookReadError } from '../../src/xlsx/readError';
import { InflateLimitError, type ZipBackend } from '../../src/xlsx/zip/backend';
import { browserZip } from '../../src/xlsx/zip/browserZip';
import { nodeZip } from '../../src/xlsx/zip/nodeZip';
import { hostile, smallRoadmap } from '../hostile/hostileWorkbooks';

/**
 * Both zip backends (yauzl + zlib in Node, fflate in the page) behind the same package reader: the same parts, and
 * every budget kept by each — parts, part size and total size declared, and inflation stopped where a lying zip bomb
 * passes what it declared. In process, so the backend is the one named (the CLI tests run the CLI in a child, on yauzl).
 */

const TODAY = { today: '2021-09-01' };

async function breachOf(work: Promise<unknown>): Promise<BudgetBreach | string> {
  const error = await work.then(() => null, (caught: unknown) => caught);
  if (error instanceof InputBudgetError) return error.breach;
  if (error instanceof WorkbookReadError) return error.failure.code;
  throw new Error(`expected a refusal, got ${String(error)}`);
}

describe.each([nodeZip, browserZip])('the $name backend', (zip: ZipBackend) => {
  let plan: Buffer;
  beforeAll(async () => {
    plan = Buffer.from(await smallRoadmap().xlsx.writeBuffer());
  });

  it('reads a workbook: its roadmap, as the other backend reads it', async () => {
    const { roadmap } = await readLeanRoadmap(await openLeanWorkbook(plan, 'plan.xlsx', { zip }), TODAY);
    const other = await readLeanRoadmap(await openLeanWorkbook(plan, 'plan.xlsx', { zip: zip === nodeZip ? browserZip : nodeZip }), TODAY);
    expect(roadmap.items.map((item) => item.activity)).toEqual(['Совещание рабочей группы', 'Обучение специалистов', 'Итоговый отчёт']);
    expect(roadmap).toEqual(other.roadmap);
  });

  it('a zip bomb that lies (1 KB declared, 64 MB inside): inflation stops at what it declared', async () => {
    const bomb = await hostile.lyingPicture(64);
    expect(await breachOf(inspectPackage(bomb, 'bomb.xlsx', zip))).toEqual({ kind: 'part-size', part: 'xl/media/image1.png', bytes: 1025, limit: 1024 });
    // The reader that only reads the sheet never inflates the picture: the roadmap is read.
    await expect(openLeanWorkbook(bomb, 'bomb.xlsx', { zip }).then((lean) => lean.sheets.length)).resolves.toBe(1);
  });

  it('a part declared over the part budget is refused on its declaration, before anything is inflated', async () => {
    const huge = await hostile.hugePicture(600);
    expect(await breachOf(openLeanWorkbook(huge, 'huge.xlsx', { zip }))).toEqual({ kind: 'part-size', part: 'xl/media/image1.png', bytes: 600 * 1024 * 1024, limit: BUDGETS.partBytes });
  });

  it('the parts and total-size budgets, declared and inflated', async () => {
    const parts = await breachOf(openLeanWorkbook(plan, 'plan.xlsx', { zip, budgets: { ...BUDGETS, parts: 3 } }));
    expect(parts).toEqual({ kind: 'part-count', parts: expect.any(Number), limit: 3 });
    const declared = await breachOf(openLeanWorkbook(plan, 'plan.xlsx', { zip, budgets: { ...BUDGETS, totalBytes: 2000 } }));
    expect(declared).toEqual({ kind: 'total-size', bytes: expect.any(Number), limit: 2000 });
  });

  it('inflation itself stops at the limit, before the data ends (the rest of a bomb is never inflated)', () => {
    const zeros = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    expect(() => zip.inflateRaw(zeros, 1024 * 1024)).toThrow(InflateLimitError);
    // Cut short: a backend that inflated everything before counting would find the stream truncated instead.
    expect(() => zip.inflateRaw(zeros.subarray(0, zeros.length - 64), 1024 * 1024)).toThrow(InflateLimitError);
    expect(zip.inflateRaw(deflateRawSync(Buffer.from('тот же текст')), 100)).toEqual(new Uint8Array(Buffer.from('тот же текст')));
  });

  it('a small part (the page inflates it in one call): exactly its size, over its limit, or cut short', () => {
    const text = Buffer.from('строка дорожной карты; '.repeat(2000));
    const packed = deflateRawSync(text);
    expect(packed.length).toBeLessThan(16 * 1024);
    expect(zip.inflateRaw(packed, text.length)).toEqual(new Uint8Array(text));
    expect(zip.inflateRaw(packed, text.length * 2)).toEqual(new Uint8Array(text));
    expect(() => zip.inflateRaw(packed, text.length - 1)).toThrow(InflateLimitError);
    const cut = packed.subarray(0, packed.length - 8);
    expect(() => zip.inflateRaw(cut, text.length)).toThrow();
    expect(() => zip.inflateRaw(cut, text.length)).not.toThrow(InflateLimitError);
    // A megabyte of zeros in about a kilobyte: a bomb small enough for one call, stopped at what it declared.
    const zeros = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9 });
    expect(zeros.length).toBeLessThan(16 * 1024);
    expect(() => zip.inflateRaw(zeros, 1000)).toThrow(InflateLimitError);
  });

  it('damaged data and a bytes that are no zip: a damaged workbook, never a crash', async () => {
    expect(await breachOf(openLeanWorkbook(Buffer.from('PK\u0003\u0004 not a zip at all'), 'x.xlsx', { zip }))).toBe('damaged');
    expect(() => zip.inflateRaw(Buffer.from([0xff, 0xff, 0xff, 0xff]), 100)).toThrow();
    expect(() => zip.inflateRaw(Buffer.from([0xff, 0xff, 0xff, 0xff]), 100)).not.toThrow(InflateLimitError);
  });
});
