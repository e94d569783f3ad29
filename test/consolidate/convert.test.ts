import { chmodSync, mkdirSync, mkdtempSync, promises as fs, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { convertWorkbooks, findSoffice } from '../../src/xlsx/consolidate/convert';

/**
 * LibreOffice itself is exercised by the consolidate CLI test (test/consolidate/cli.test.ts). Here stand-ins on the
 * PATH play a LibreOffice that hangs, fails, or converts, so the time limit and the failures are checked in a second.
 */
let work: string;

function fakeSoffice(name: string, script: string): string {
  const folder = path.join(work, name);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'soffice');
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
  return file;
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-convert-test-'));
  writeFileSync(path.join(work, 'plan.xls'), 'old workbook');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const input = () => [{ path: path.join(work, 'plan.xls'), name: 'region/plan.xls' }];

test('soffice is looked for on the PATH only', () => {
  const soffice = fakeSoffice('bin-found', 'exit 0');
  expect(findSoffice({ PATH: `${path.join(work, 'nowhere')}${path.delimiter}${path.dirname(soffice)}` })).toBe(soffice);
  expect(findSoffice({ PATH: path.join(work, 'nowhere') })).toBeNull();
});

test('a LibreOffice that hangs is stopped at the time limit; the file is reported with it, the input untouched', async () => {
  const soffice = fakeSoffice('bin-hang', 'sleep 30');
  const started = Date.now();
  const result = await convertWorkbooks(input(), { soffice, timeoutMs: 1000 });
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(result.converted).toEqual([]);
  expect(result.failures).toEqual([{ name: 'region/plan.xls', reason: { code: 'conversion-timeout', seconds: 1 } }]);
  await result.cleanup();
  expect(await fs.readFile(path.join(work, 'plan.xls'), 'utf8')).toBe('old workbook');
});

test('a LibreOffice that fails or writes nothing: the file is listed as not converted', async () => {
  const result = await convertWorkbooks(input(), { soffice: fakeSoffice('bin-fail', 'exit 1') });
  expect(result.failures).toEqual([{ name: 'region/plan.xls', reason: { code: 'conversion-failed', extension: 'xls' } }]);
  await result.cleanup();
});

test('a conversion runs headless on a copy, with a profile of its own, into a temporary folder removed afterwards', async () => {
  // Records its arguments, then "converts" the way soffice does: <outdir>/<name>.xlsx.
  const log = path.join(work, 'args.txt');
  const soffice = fakeSoffice(
    'bin-ok',
    `printf '%s\\n' "$@" > '${log}'\nout=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n` +
      `for a in "$@"; do case "$a" in *.xls) cp "$a" "$out/$(basename "$a" .xls).xlsx";; esac; done`,
  );
  const result = await convertWorkbooks(input(), { soffice });
  const args = (await fs.readFile(log, 'utf8')).trim().split('\n');
  expect(args).toEqual(expect.arrayContaining(['--headless', '--convert-to', 'xlsx']));
  expect(args[0]).toMatch(/^-env:UserInstallation=file:\/\/\/.*roadmap-convert-.*\/profile$/);
  const copied = args[args.length - 1];
  expect(copied).not.toBe(path.join(work, 'plan.xls'));
  expect(result.converted).toHaveLength(1);
  expect(result.converted[0].name).toBe('region/plan.xls');
  expect(await fs.readFile(result.converted[0].path, 'utf8')).toBe('old workbook');
  await result.cleanup();
  await expect(fs.stat(result.converted[0].path)).rejects.toThrow();
});
