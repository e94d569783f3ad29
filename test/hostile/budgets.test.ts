/**
 * Input budgets (issue 10): a file over one gets exit 2 and one clear line (check, summary) or a «Не прочитано» row
 * (consolidate), and stops nothing else. The commands run under `ulimit -v`, so a regression that reads the
 * stated rectangle or inflates a bomb fails here instead of taking the machine down.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, promises as fs, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import type { WorkbookOutcome } from '../../src/consolidate/types';
import { readFailureText } from '../../src/i18n/readFailures';
import { readWorkbooksInParallel, threadsFor } from '../../src/xlsx/consolidate/pool';
import { inspectPackage } from '../../src/xlsx/lean/inspectPackage';
import { hostile, smallRoadmap, sparseFile } from './hostileWorkbooks';

const BIN = path.join(__dirname, '..', '..', 'bin', 'roadmap.js');
/** Virtual memory for one command, KB: Node with its reader threads runs in 1.5 GB; ExcelJS on a bomb needs far more. */
const VIRTUAL_KB = 4_000_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `roadmap …` under `ulimit -v`, with a time limit: a regression fails the test, not the machine. */
function roadmap(cwd: string, ...args: string[]): Run {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ');
  const result = spawnSync('bash', ['-c', `ulimit -v ${VIRTUAL_KB}; exec ${quoted}`], { cwd, encoding: 'utf8', timeout: 60000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-budgets-'));
  const write = async (name: string, bytes: Promise<Buffer>): Promise<void> => fs.writeFile(path.join(dir, name), await bytes);
  await write('plan.xlsx', smallRoadmap().xlsx.writeBuffer().then((buffer) => Buffer.from(buffer)));
  await write('merge.xlsx', hostile.wholeSheetMerge());
  await write('validation.xlsx', hostile.wholeSheetValidation());
  await write('column-validation.xlsx', hostile.wholeColumnValidation());
  await write('corner.xlsx', hostile.farCornerCell());
  await write('beyond.xlsx', hostile.beyondTheGrid());
  await write('cells.xlsx', hostile.manyCells(1_000_001));
  await write('bomb.xlsx', hostile.lyingPicture(64));
  await write('huge-picture.xlsx', hostile.hugePicture(600));
  await sparseFile(path.join(dir, 'big.xlsx'), 101);
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exit 2 and exactly one line on stderr, naming the file and matching `reason`. */
function refused(run: Run, file: string, reason: RegExp): void {
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: '' });
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(reason);
}

describe('check and summary refuse a file over a budget with one line and exit 2', () => {
  const cases: [string, RegExp, RegExp][] = [
    ['merge.xlsx', /объединённые ячейки на листе «План» охватывают больше 1\s000\s000 ячеек/, /merged cells on the sheet “План” cover more than 1,000,000 cells/],
    ['validation.xlsx', /проверка данных на листе «План» охватывает больше 2\s200\s000 ячеек/, /data validation on the sheet “План” covers more than 2,200,000 cells/],
    ['beyond.xlsx', /ячейка XFE9 лежит за пределами листа Excel/, /has a cell XFE9 beyond Excel's last row or column/],
    ['cells.xlsx', /на листе «План» больше 1\s000\s000 ячеек/, /the sheet “План” holds more than 1,000,000 cells/],
    ['huge-picture.xlsx', /часть книги «xl\/media\/image1\.png» после распаковки больше 256 МБ/, /inflates to more than 256 MB/],
    ['big.xlsx', /файл слишком велик для дорожной карты: 101 МБ при пределе 100 МБ/, /the file is too large for a roadmap: 101 MB, the limit is 100 MB/],
  ];
  test.each(cases)('check: %s', (file, russian) => {
    refused(roadmap(dir, 'check', file, '--today', '2021-09-01'), file, russian);
  });

  test('in English with --lang en', () => {
    for (const [file, , english] of cases.slice(0, 2)) refused(roadmap(dir, 'check', file, '--today', '2021-09-01', '--lang', 'en'), file, english);
  });

  test.each(cases.slice(0, 3))('summary, which hands the file to ExcelJS for its copy: %s', (file, russian) => {
    refused(roadmap(dir, 'summary', file, '-o', `out-${file}`, '--today', '2021-09-01'), file, russian);
  });

  test('a zip bomb that lies about its size: the copy stops inflating at the size declared', () => {
    // check never inflates the picture, so it reads the roadmap; summary must hand the package to ExcelJS.
    expect(roadmap(dir, 'check', 'bomb.xlsx', '--today', '2021-09-01').status).toBe(0);
    refused(roadmap(dir, 'summary', 'bomb.xlsx', '-o', 'out-bomb.xlsx', '--today', '2021-09-01'), 'bomb.xlsx', /часть книги «xl\/media\/image1\.png» после распаковки больше/);
  });
});

describe('what is within budget is read, and only the used cells', () => {
  test('one cell in the far corner under a <dimension> claiming the whole sheet: check and summary read the table', async () => {
    const check = roadmap(dir, 'check', 'corner.xlsx', '--today', '2021-09-01', '--json');
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout).summary).toMatchObject({ items: 3, overdue: 1 });
    const summary = roadmap(dir, 'summary', 'corner.xlsx', '-o', 'corner-summary.xlsx', '--today', '2021-09-01');
    expect({ status: summary.status, stderr: summary.stderr }).toEqual({ status: 0, stderr: '' });
  });

  test('a drop-down over a whole column, as people set «Статус» up, is within budget', async () => {
    await expect(inspectPackage(await fs.readFile(path.join(dir, 'column-validation.xlsx')), 'column-validation.xlsx')).resolves.toBeUndefined();
    await expect(inspectPackage(await fs.readFile(path.join(dir, 'validation.xlsx')), 'validation.xlsx')).rejects.toThrow(/проверка данных/);
  });

  test('consolidate lists every file over budget in «Не прочитано» and reads the rest', async () => {
    const inbox = path.join(dir, 'inbox');
    await fs.mkdir(inbox, { recursive: true });
    for (const file of ['plan.xlsx', 'merge.xlsx', 'validation.xlsx', 'cells.xlsx', 'huge-picture.xlsx', 'corner.xlsx', 'big.xlsx']) {
      await fs.copyFile(path.join(dir, file), path.join(inbox, file));
    }
    const run = roadmap(dir, 'consolidate', 'inbox', '-o', 'report.xlsx', '--today', '2021-09-01', '--json');
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.workbooks.map((workbook: { file: string }) => path.basename(workbook.file)).sort()).toEqual(['corner.xlsx', 'plan.xlsx']);
    expect(new Set(json.unreadable.map((unread: { code: string }) => unread.code))).toEqual(new Set(['over-budget']));
    const reasons = Object.fromEntries(json.unreadable.map((unread: { file: string; reason: string }) => [path.basename(unread.file), unread.reason]));
    expect(reasons).toEqual({
      'big.xlsx': expect.stringMatching(/^файл слишком велик/),
      'cells.xlsx': expect.stringMatching(/больше 1\s000\s000 ячеек/),
      'huge-picture.xlsx': expect.stringMatching(/после распаковки больше 256 МБ/),
      'merge.xlsx': expect.stringMatching(/^объединённые ячейки/),
      'validation.xlsx': expect.stringMatching(/^проверка данных/),
    });
  });
});

describe('the reader threads: a time budget per file, a heap ceiling per thread, threads the memory holds', () => {
  const WORKER = path.join(__dirname, 'hostileWorker.mjs');
  async function readAll(files: string[], extra: { fileSeconds?: number; heapMb?: number; threads?: number }, lang?: 'en'): Promise<WorkbookOutcome[]> {
    const outcomes: WorkbookOutcome[] = [];
    await readWorkbooksInParallel(files, { today: '2021-09-01', lang }, { threads: 2, workerFile: WORKER, onOutcome: (outcome) => outcomes.push(outcome), ...extra });
    return outcomes;
  }

  test('a file that never finishes is stopped at its time budget and reported; the others are read', async () => {
    const outcomes = await readAll(['a.xlsx', 'hang.xlsx', 'b.xlsx', 'c.xlsx'], { fileSeconds: 2 });
    expect(outcomes.filter((outcome) => outcome.kind === 'read').map((outcome) => outcome.file).sort()).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    const hang = outcomes.find((outcome) => outcome.file === 'hang.xlsx');
    expect(hang).toEqual({ kind: 'unread', file: 'hang.xlsx', reason: { code: 'over-budget', breach: { kind: 'time', seconds: 2 } } });
    expect(hang?.kind === 'unread' && readFailureText(hang.reason, 'ru')).toBe('книга читалась дольше 2 с и была пропущена');
  });

  test('on one thread, the files queued behind a file stopped at its budget are read by the next thread', async () => {
    const outcomes = await readAll(['a.xlsx', 'hang.xlsx', 'b.xlsx', 'c.xlsx'], { fileSeconds: 2, threads: 1 });
    expect(outcomes.map((outcome) => `${outcome.file}: ${outcome.kind}`)).toEqual(['a.xlsx: read', 'hang.xlsx: unread', 'b.xlsx: read', 'c.xlsx: read']);
  });

  test('the time budget counts while a file is read, not while it waits behind another in its thread', async () => {
    // Each takes 2 s; the second waits 2 s in the thread's queue first: counted from its handing over, 4 s > 3 s.
    const outcomes = await readAll(['slow-1.xlsx', 'slow-2.xlsx'], { fileSeconds: 3, threads: 1 });
    expect(outcomes.map((outcome) => `${outcome.file}: ${outcome.kind}`)).toEqual(['slow-1.xlsx: read', 'slow-2.xlsx: read']);
  });

  test('a file that fills its thread\'s heap is reported unread; the others are read', async () => {
    const outcomes = await readAll(['a.xlsx', 'hog.xlsx', 'b.xlsx'], { heapMb: 64 }, 'en');
    expect(outcomes.filter((outcome) => outcome.kind === 'read').map((outcome) => outcome.file).sort()).toEqual(['a.xlsx', 'b.xlsx']);
    const hog = outcomes.find((outcome) => outcome.file === 'hog.xlsx');
    expect(hog).toEqual({ kind: 'unread', file: 'hog.xlsx', reason: { code: 'over-budget', breach: { kind: 'memory', megabytes: 64 } } });
    expect(hog?.kind === 'unread' && readFailureText(hog.reason, 'en')).toBe(
      'the workbook needed more than the 64 MB of memory allowed for one workbook; it was skipped',
    );
  });

  test('threads are capped by the memory available at each thread\'s ceiling, never below one', () => {
    const GB = 1024 * 1024 * 1024;
    expect(threadsFor(1000, 8, 1024, 64 * GB)).toBe(8);
    expect(threadsFor(1000, 8, 1024, 3 * GB)).toBe(2);
    expect(threadsFor(1000, 8, 1024, 0.5 * GB)).toBe(1);
    expect(threadsFor(3, 8, 1024, 64 * GB)).toBe(3);
  });
});
