import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import type { WorkbookOutcome } from '../../src/consolidate/types';
import { discoverWorkbooks } from '../../src/xlsx/consolidate/discover';
import { readWorkbookOutcome } from '../../src/xlsx/consolidate/readOutcome';
import { READABLE, TODAY, UNREADABLE, writeInbox } from './inbox';

let inbox: string;
beforeAll(async () => {
  inbox = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inbox-'));
  await writeInbox(inbox);
});
afterAll(() => rmSync(inbox, { recursive: true, force: true }));

const read = (file: string): Promise<WorkbookOutcome> => readWorkbookOutcome(path.join(inbox, file), { today: TODAY });

test('a folder search finds every .xlsx below it, and passes over lock files, other files and the report', async () => {
  const report = path.join(inbox, 'region-1', 'plan.xlsx');
  const found = await discoverWorkbooks([inbox, path.join(inbox, 'region-2')], [report]);
  const expected = [...READABLE.map((w) => w.file), ...UNREADABLE.map((u) => u.file)].filter((file) => file !== 'region-1/plan.xlsx');
  expect(found.files.map((file) => path.relative(inbox, file).split(path.sep).join('/')).sort()).toEqual(expected.sort());
  expect(found.missing).toEqual([]);
});

test('a named file is taken whatever it is called; a missing path is reported', async () => {
  const notes = path.join(inbox, 'region-1', 'notes.txt');
  expect(await discoverWorkbooks([notes, 'nowhere/at-all'])).toEqual({ files: [notes], missing: ['nowhere/at-all'] });
});

test.each(READABLE.map((workbook) => [workbook.file, workbook]))('%s: institution, counts, report date and overdue items', async (file, expected) => {
  const outcome = await read(file);
  if (outcome.kind !== 'read') throw new Error(`unread: ${outcome.reason}`);
  expect(outcome.institution).toBe(expected.institution);
  expect(outcome.counts).toEqual(expected.counts);
  expect(outcome.reportDate).toBe(expected.reportDate);
  expect(outcome.overdue.map(({ no, activity, deadlineText, due, responsible, days }) => ({ no, activity, deadline: deadlineText, due, responsible, days }))).toEqual(
    expected.overdue,
  );
  expect(outcome.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual(expected.errors);
});

test.each(UNREADABLE.map((broken) => [broken.file, broken.reason]))('%s is reported unread, with the reason', async (file, reason) => {
  const outcome = await read(file);
  expect(outcome.kind).toBe('unread');
  expect(outcome.kind === 'unread' && outcome.reason).toMatch(reason);
});

test('a file that vanished is reported, not thrown', async () => {
  expect(await readWorkbookOutcome(path.join(inbox, 'gone.xlsx'), { today: TODAY })).toEqual({
    kind: 'unread', file: path.join(inbox, 'gone.xlsx'), reason: 'файл не найден / file not found',
  });
});
