import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import type { WorkbookOutcome } from '../../src/consolidate/types';
import { readFailureText } from '../../src/i18n/readFailures';
import { discoverWorkbooks } from '../../src/xlsx/consolidate/discover';
import { readWorkbookOutcome } from '../../src/xlsx/consolidate/readOutcome';
import { READABLE, SKIPPED, TODAY, UNREADABLE, writeInbox } from './inbox';

let inbox: string;
beforeAll(async () => {
  inbox = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inbox-'));
  await writeInbox(inbox);
});
afterAll(() => rmSync(inbox, { recursive: true, force: true }));

const read = (file: string): Promise<WorkbookOutcome> => readWorkbookOutcome(path.join(inbox, file), { today: TODAY });

test('a folder search finds every workbook below it, named relative to the folder; lock files counted, documents listed', async () => {
  const found = await discoverWorkbooks([inbox]);
  const expected = [...READABLE.map((w) => w.file), ...UNREADABLE.map((u) => u.file), 'свод за II квартал.xlsx'];
  expect(found.workbooks.map((file) => file.name).sort()).toEqual(expected.sort());
  for (const file of found.workbooks) expect(file.path).toBe(path.join(inbox, file.name));
  // Natural order: school-5 before school-10.
  expect(found.conversions.map((file) => file.name)).toEqual(['region-3/school-5.xls', 'region-3/school-10.ods']);
  expect(found.skipped.map(({ name, reason }) => ({ file: name, code: reason.code })).sort((a, b) => a.file.localeCompare(b.file))).toEqual(
    SKIPPED.filter((s) => s.code === 'not-a-workbook').sort((a, b) => a.file.localeCompare(b.file)),
  );
  expect(found.lockFiles).toBe(1);
  expect(found.failures).toEqual([]);
});

test('the report being written is left out; with several paths, each folder\'s files are named under it', async () => {
  const report = path.join(inbox, 'region-1', 'plan.xlsx');
  const found = await discoverWorkbooks([path.join(inbox, 'region-1'), path.join(inbox, 'region-2')], [report]);
  expect(found.workbooks.map((file) => file.name)).toEqual(['region-1/shi14.xlsx', 'region-2/копия (3).xlsx', 'region-2/КЦСОН.xlsm', 'region-2/Rubtsovsk_centre.xlsx']);
});

test('a named file is taken whatever it is called; a missing path is reported as not found', async () => {
  const notes = path.join(inbox, 'region-1', 'notes.txt');
  const found = await discoverWorkbooks(['nowhere/at-all', path.join(inbox, 'broken', 'empty.xlsx')]);
  expect(found.workbooks).toEqual([{ path: path.join(inbox, 'broken', 'empty.xlsx'), name: 'empty.xlsx' }]);
  expect(found.failures).toEqual([{ name: 'nowhere/at-all', reason: { code: 'not-found' } }]);
  expect((await discoverWorkbooks([notes])).skipped).toEqual([{ name: 'notes.txt', reason: { code: 'not-a-workbook', extension: 'txt' } }]);
});

test.each(READABLE.map((workbook) => [workbook.file, workbook]))('%s: institution, counts, dates and overdue items', async (file, expected) => {
  const outcome = await read(file);
  if (outcome.kind !== 'read') throw new Error(`unread: ${readFailureText(outcome.reason, 'en')}`);
  expect(outcome.institution).toBe(expected.institution);
  expect(outcome.counts).toEqual(expected.counts);
  expect(outcome.asOf).toBe(expected.asOf);
  expect(outcome.savedOn).toBe(expected.savedOn);
  expect(outcome.overdue.map(({ no, activity, deadlineText, due, responsible, days }) => ({ no, activity, deadline: deadlineText, due, responsible, days }))).toEqual(
    expected.overdue,
  );
  expect(outcome.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual(expected.errors);
});

test.each(UNREADABLE.map((broken) => [broken.file, broken.reason]))('%s is reported unread, with the reason', async (file, reason) => {
  const outcome = await read(file);
  expect(outcome.kind === 'unread' && readFailureText(outcome.reason, 'ru')).toMatch(reason);
});

test('last quarter\'s consolidated report is known by its mark and passed over, not read as a roadmap', async () => {
  expect(await read('свод за II квартал.xlsx')).toEqual({ kind: 'unread', file: path.join(inbox, 'свод за II квартал.xlsx'), reason: { code: 'tool-report' } });
});

test('a file that vanished is reported as not found, not thrown', async () => {
  expect(await readWorkbookOutcome(path.join(inbox, 'gone.xlsx'), { today: TODAY })).toEqual({
    kind: 'unread', file: path.join(inbox, 'gone.xlsx'), reason: { code: 'not-found' },
  });
});
