import { spawn, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { chmodSync, closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import path from 'path';
import { pilotRoadmapWorkbook } from '../../src/xlsx/exampleWorkbooks';
import { runCli, saveWorkbook, tempDir } from './workbooks';

const TODAY = '2021-09-01';
const dir = tempDir();
let input: string;

const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

beforeAll(async () => {
  input = await saveWorkbook(pilotRoadmapWorkbook(), path.join(dir, 'plan.xlsx'));
});

/** Runs a command that must be refused: exit 2, exactly one line on stderr naming the path, the input unchanged. */
function refused(args: string[], named: string): string {
  const before = digest(input);
  const run = runCli(...args, '--today', TODAY);
  expect(run.status).toBe(2);
  expect(lines(run.stderr)).toHaveLength(1);
  expect(run.stderr).toContain(named);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(digest(input)).toBe(before);
  return run.stderr;
}

describe('an output is a regular file or a new path', () => {
  it('refuses a device: /dev/null stays the device, nothing is renamed over it', () => {
    const message = refused(['summary', input, '-o', '/dev/null'], '/dev/null');
    expect(message).toContain('устройство');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    refused(['snapshot', input, '-o', '/dev/full'], '/dev/full');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    refused(['brief', input, '--docx', '/dev/null'], '/dev/null');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a named pipe and a folder, leaving them as they were', () => {
    const fifo = path.join(dir, 'pipe.xlsx');
    spawnSync('mkfifo', [fifo]);
    expect(refused(['summary', input, '-o', fifo, '--lang', 'en'], fifo)).toContain('named pipe');
    expect(statSync(fifo).isFIFO()).toBe(true);
    const folder = path.join(dir, 'out.xlsx');
    mkdirSync(folder);
    refused(['summary', input, '-o', folder], folder);
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses the input under any spelling: a hard link, a symbolic link, a path through ..', () => {
    const hardLink = path.join(dir, 'hard.xlsx');
    linkSync(input, hardLink);
    refused(['summary', input, '-o', hardLink], hardLink);
    const softLink = path.join(dir, 'soft.xlsx');
    symlinkSync(input, softLink);
    refused(['snapshot', input, '-o', softLink], softLink);
    mkdirSync(path.join(dir, 'sub'));
    const dotted = path.join(dir, 'sub', '..', 'plan.xlsx');
    refused(['brief', input, '-o', dotted], dotted);
    expect(existsSync(path.join(dir, 'sub', 'plan.xlsx'))).toBe(false);
  });

  it('refuses two outputs of one command on one file (brief --docx X -o X), writing neither', () => {
    const both = path.join(dir, 'both.out');
    refused(['brief', input, '--docx', both, '-o', both], both);
    expect(existsSync(both)).toBe(false);
    const viaDot = path.join(dir, 'sub', '..', 'both.out');
    refused(['brief', input, '--docx', both, '-o', viaDot], viaDot);
    expect(existsSync(both)).toBe(false);
  });
});

describe('writing the output', () => {
  it("keeps an existing target's permissions and leaves no temporary file", () => {
    const output = path.join(dir, 'private.xlsx');
    writeFileSync(output, 'old');
    chmodSync(output, 0o600);
    const run = runCli('summary', input, '-o', output, '--today', TODAY);
    expect(run.status).toBe(0);
    expect(statSync(output).mode & 0o777).toBe(0o600);
    expect(readFileSync(output).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('removes the temporary file when %s arrives while it is written', async (signal) => {
    const folder = path.join(dir, `signal-${signal}`);
    mkdirSync(folder);
    // The compiled writer, with the rename held back: the temporary file is on disk when the signal comes.
    const script = `
      const fs = require('fs');
      fs.promises.rename = () => { process.stdout.write('ready\\n'); return new Promise(() => setInterval(() => {}, 1000)); };
      require(${JSON.stringify(path.resolve(__dirname, '../../lib/cli/output.js'))})
        .writeOutputFile(${JSON.stringify(input)}, ${JSON.stringify(path.join(folder, 'out.xlsx'))}, Buffer.alloc(1 << 20));
    `;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(readdirSync(folder).some((name) => name.endsWith('.tmp'))).toBe(true);
    child.kill(signal);
    const exit = await new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, killedBy) => resolve(killedBy)));
    expect(exit).toBe(signal);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('consolidate: the report inside the folder it reads', () => {
  it("refuses to write over a roadmap in the folder, and replaces only its own last report", () => {
    const inbox = path.join(dir, 'inbox');
    mkdirSync(inbox);
    const roadmap = path.join(inbox, 'school-14.xlsx');
    writeFileSync(roadmap, readFileSync(input));
    const before = digest(roadmap);

    const over = runCli('consolidate', inbox, '-o', roadmap, '--today', TODAY);
    expect(over.status).toBe(2);
    expect(lines(over.stderr)).toHaveLength(1);
    expect(over.stderr).toContain('school-14.xlsx');
    expect(digest(roadmap)).toBe(before);

    const report = path.join(inbox, 'svod.xlsx');
    const first = runCli('consolidate', inbox, '-o', report, '--today', TODAY, '--json');
    expect(first.status).toBe(0);
    const again = runCli('consolidate', inbox, '-o', report, '--today', TODAY, '--json');
    expect(again.status).toBe(0);
    // The previous report is passed over, not read as a workbook of the inbox.
    expect(JSON.parse(again.stdout).files).toBe(1);
    expect(digest(roadmap)).toBe(before);
  });
});

describe('stdout that fails', () => {
  /** A roadmap whose `check --json` runs to megabytes: far more than a pipe holds, so a reader that stops is noticed. */
  async function bigRoadmap(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('План');
    sheet.addRow(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат']);
    for (let n = 1; n <= 3000; n++) sheet.addRow([String(n), `Мероприятие ${n}: ${'подготовка и согласование '.repeat(8)}`, 'до 01.08.2021', 'Отдел', 'отчёт']);
    return saveWorkbook(workbook, path.join(dir, 'big.xlsx'));
  }

  it('a reader that stops early (| head) ends the output quietly: no stack trace, the exit status of the check', async () => {
    const big = await bigRoadmap();
    const child = spawn(process.execPath, [path.resolve(__dirname, '../../bin/roadmap.js'), 'check', big, '--json', '--today', TODAY], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('a full disk on stdout gives one line and exit 2', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [path.resolve(__dirname, '../../bin/roadmap.js'), 'check', input, '--today', TODAY], {
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toContain('ENOSPC');
    } finally {
      closeSync(fd);
    }
  });
});
