import ExcelJS from 'exceljs';
import { mkdtempSync, promises as fs, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { roadmapInProcess } from '../cli/inProcess';
import { consolidate as modelOf } from '../../src/consolidate/model';
import { consolidateFiles } from '../../src/xlsx/consolidate/consolidateFiles';
import { consolidationReport } from '../../src/xlsx/consolidate/writeReport';
import {
  checkWorkbook, classifyInput, consolidate, consolidationReportBytes, noticeText, readOutcome, snapshotCopy, summaryCopy,
  workbookRequests, workingGroupDocuments, type InputWorkbook, type Notice, WorkbookReadError, type OperationOptions, type WorkbookOutcome,
} from '../../src/xlsx/operations';
import { READABLE, TODAY as INBOX_TODAY, writeInbox } from '../consolidate/inbox';
import { TODAY, writeHostileCorpus } from '../hostile/corpus';
import { docxText, workbookView } from './compareOutputs';

/**
 * Every operation from bytes gives what the CLI writes and prints for the same file and options: copies compared
 * cell by cell, documents by their body, texts and JSON as they are, the notices as the CLI's stderr lines.
 */

const roadmap = roadmapInProcess;

const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-operations-'));
const at = (name: string): string => path.join(work, name);
const input = (file: string): InputWorkbook => ({ name: file, bytes: new Uint8Array(readFileSync(file)) });
const options = (lang: 'ru' | 'en' = 'ru', today = TODAY): OperationOptions => ({ today, periodEnd: null, dueSoonDays: 14, lang });
/** The notices as the CLI prints them on stderr. */
const stderrOf = (notices: readonly Notice[], lang: 'ru' | 'en' = 'ru'): string =>
  notices.map((notice) => `${notice.kind === 'history-note' ? '' : 'roadmap: '}${noticeText(notice, lang)}\n`).join('');

const PILOT = path.resolve(__dirname, '../../examples/pilot-roadmap.xlsx');
const TYPED_EN = path.resolve(__dirname, '../../examples/typed-roadmap-en.xlsx');
let corpus: Map<string, string>;

beforeAll(async () => {
  corpus = await writeHostileCorpus(at('corpus'), 'macros.xlsm,renamed-summary.xlsx,broken-drawing.xlsx,history-notes.xlsx,notes.xlsx');
  await fs.mkdir(at('out'));
});

describe('check', () => {
  it.each([
    [PILOT, 'ru'],
    [TYPED_EN, 'en'],
  ] as const)('%s: the object `check --json` prints', async (file, lang) => {
    const run = await roadmap('check', file, '--today', TODAY, '--lang', lang, '--json');
    expect(await checkWorkbook(input(file), options(lang))).toEqual(JSON.parse(run.out));
  });

  it('a file that is no workbook: the same one line as the CLI', async () => {
    const file = at('not-a-workbook.xlsx');
    await fs.writeFile(file, 'Это текст');
    const run = await roadmap('check', file, '--today', TODAY);
    const error = (await checkWorkbook(input(file), options()).then(
      () => null,
      (caught: unknown) => caught,
    )) as WorkbookReadError;
    expect(run.status).toBe(2);
    expect(run.err).toBe(`roadmap: ${error.text('ru')}\n`);
  });
});

describe('summary copy', () => {
  beforeAll(async () => {
    // A user's own sheet named as the summary: the summary goes beside it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(PILOT);
    workbook.addWorksheet('Мониторинг').getCell('A1').value = 'Мои заметки';
    await workbook.xlsx.writeFile(at('users-monitoring.xlsx'));
  });

  it.each(['pilot', 'macros.xlsm', 'renamed-summary.xlsx', 'broken-drawing.xlsx', 'users-monitoring.xlsx'])('%s: the same copy, notices and exit as `roadmap summary`', async (name) => {
    const file = name === 'pilot' ? PILOT : (corpus.get(name) ?? at(name));
    const output = at(`out/summary-${name.replace(/\.\w+$/, '')}.xlsx`);
    const run = await roadmap('summary', file, '-o', output, '--today', TODAY);
    const copy = await summaryCopy(input(file), options(), { outputName: output });
    expect(stderrOf(copy.notices)).toBe(run.err);
    expect(copy.errors > 0 ? 1 : 0).toBe(run.status);
    expect(await workbookView(copy.bytes)).toEqual(await workbookView(readFileSync(output)));
  });

  it('the notices are there: VBA dropped from an .xlsx copy, a summary put beside a user\'s sheet', async () => {
    const macros = await summaryCopy(input(corpus.get('macros.xlsm')!), options(), { outputName: 'copy.xlsx' });
    expect(macros.notices).toEqual([expect.objectContaining({ kind: 'unkept-parts', parts: expect.objectContaining({ vba: true }) })]);
    expect(noticeText(macros.notices[0], 'en')).toMatch(/VBA macros \(name the copy \.xlsm to keep them\)/);
    const kept = await summaryCopy(input(corpus.get('macros.xlsm')!), options(), { outputName: 'copy.xlsm' });
    expect(kept.notices).toEqual([]);
    const displaced = await summaryCopy(input(at('users-monitoring.xlsx')), options(), { outputName: 'copy.xlsx' });
    expect(displaced.notices).toEqual([{ kind: 'renamed-summary', wanted: 'Мониторинг', sheet: 'Мониторинг (2)' }]);
    expect(displaced.summarySheet).toBe('Мониторинг (2)');
  });
});

describe('snapshot copy', () => {
  it.each(['pilot', 'history-notes.xlsx', 'notes.xlsx'])('%s: the same copy, notices and line as `roadmap snapshot`', async (name) => {
    const file = name === 'pilot' ? PILOT : corpus.get(name)!;
    const output = at(`out/snapshot-${name.replace(/\.\w+$/, '')}.xlsx`);
    const run = await roadmap('snapshot', file, '-o', output, '--today', TODAY);
    const copy = await snapshotCopy(input(file), options(), { outputName: output });
    expect(run.status).toBe(0);
    expect(`${copy.message}\n`).toBe(run.out);
    expect(stderrOf(copy.notices)).toBe(run.err);
    expect(await workbookView(copy.bytes)).toEqual(await workbookView(readFileSync(output)));
  });

  it('a date on «История» that is no date: a history note, printed by the CLI as «Замечание: …»', async () => {
    const first = await snapshotCopy(input(PILOT), options(), { outputName: 'first.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(first.bytes as unknown as ArrayBuffer);
    let spoilt = false;
    workbook.getWorksheet(first.sheet)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (!spoilt && cell.value instanceof Date) {
          cell.value = 'позавчера';
          spoilt = true;
        }
      }),
    );
    const file = at('spoilt-history.xlsx');
    await workbook.xlsx.writeFile(file);
    const copy = await snapshotCopy(input(file), options(), { outputName: 'second.xlsx' });
    const notes = copy.notices.filter((notice) => notice.kind === 'history-note');
    expect(notes).toContainEqual({ kind: 'history-note', message: expect.stringMatching(/«позавчера».*не дата/) });
    expect(notes).toContainEqual({ kind: 'history-note', message: expect.stringMatching(/1 строк\(и\) листа «История» не удалось прочитать/) });
    const run = await roadmap('snapshot', file, '-o', at('out/spoilt.xlsx'), '--today', TODAY);
    expect(run.err).toMatch(/^Замечание: «История», строка \d+: «позавчера» в столбце «Дата среза» — не дата/m);
  });

  it('a second snapshot of a copy records onto its «История», in English when asked', async () => {
    const first = await snapshotCopy(input(PILOT), options('en'), { outputName: 'first.xlsx' });
    const second = await snapshotCopy({ name: 'first.xlsx', bytes: first.bytes }, options('en', '2021-10-01'), { outputName: 'second.xlsx' });
    expect(second.snapshots).toBe(2);
    expect(second.message).toMatch(/second\.xlsx/);
  });
});

describe('working group documents', () => {
  it('brief, disagreements and minutes: the .docx and the text the CLI writes and prints', async () => {
    const file = corpus.get('history-notes.xlsx')!;
    const documents = await workingGroupDocuments(input(file), { ...options(), chair: 'И. И. Иванов' });
    expect(documents.map((document) => document.kind)).toEqual(['brief', 'disagreements', 'protocol']);
    for (const document of documents) {
      const docx = at(`out/${document.kind}.docx`);
      const run = await roadmap(document.kind, file, '--docx', docx, '--today', TODAY, '--chair', 'И. И. Иванов');
      expect(run.status).toBe(0);
      expect(document.text).toBe(run.out);
      expect(await docxText(document.bytes)).toBe(await docxText(readFileSync(docx)));
      expect(await docxText(document.bytes)).toContain('И. И. Иванов');
    }
    expect(documents[0].fileName).toBe('history-notes-справка.docx');
  });
});

describe('requests', () => {
  it('the text `roadmap requests` prints, and its --json', async () => {
    const requests = await workbookRequests(input(PILOT), { ...options(), nextMeeting: '2021-10-15' });
    const text = await roadmap('requests', PILOT, '--today', TODAY, '--next-meeting', '15.10.2021');
    const json = await roadmap('requests', PILOT, '--today', TODAY, '--next-meeting', '15.10.2021', '--json');
    expect(requests.text).toBe(text.out);
    expect(requests.json).toEqual(JSON.parse(json.out));
    expect(requests.json.requests.length).toBeGreaterThan(0);
  });
});

/** A folder's files as the page gets them: relative names with «/», in the order the browser lists them (any). */
async function folderFiles(folder: string, prefix = ''): Promise<InputWorkbook[]> {
  const found: InputWorkbook[] = [];
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await folderFiles(path.join(folder, entry.name), name)));
    else found.push({ name, bytes: new Uint8Array(await fs.readFile(path.join(folder, entry.name))) });
  }
  return found.reverse();
}

/** What the page does with a folder: classify each file by name, read the workbooks, consolidate. */
async function consolidateInPage(files: readonly InputWorkbook[], today: string): Promise<ReturnType<typeof consolidate>> {
  const outcomes: WorkbookOutcome[] = [];
  let lockFiles = 0;
  for (const file of files) {
    const taken = classifyInput(file.name);
    if (taken.kind === 'lock-file') lockFiles++;
    else if (taken.kind === 'workbook') outcomes.push(await readOutcome(file, { today }));
    else if (taken.kind !== 'ignored') outcomes.push({ kind: 'unread', file: file.name, reason: taken.reason });
  }
  return consolidate(outcomes, { today, lockFiles });
}

describe('consolidation', () => {
  let inbox: string;
  beforeAll(async () => {
    inbox = at('inbox');
    await writeInbox(inbox);
  });

  it('the same model as `roadmap consolidate` (no LibreOffice, as in a browser), and the same report', async () => {
    const cli = await consolidateFiles({ paths: [inbox], read: { today: INBOX_TODAY }, threads: 1, soffice: null });
    const page = await consolidateInPage(await folderFiles(inbox), INBOX_TODAY);
    expect(page).toEqual(cli);
    expect(page!.workbooks.map((row) => row.file).sort()).toEqual(READABLE.map((workbook) => workbook.file).sort());
    expect(page!.unreadable.map((row) => row.reason.code)).toContain('needs-xlsx');
    expect(page!.lockFiles).toBe(1);
    // The model's own order (src/consolidate/model.ts), whatever order the files come in.
    const outcomes = cli!.workbooks.map((row) => row.file).sort();
    const read = await Promise.all(outcomes.map((file) => readOutcome({ name: file, bytes: new Uint8Array(readFileSync(path.join(inbox, file))) }, { today: INBOX_TODAY })));
    expect(consolidate([...read].reverse(), { today: INBOX_TODAY })).toEqual(modelOf(INBOX_TODAY, read));
    expect(consolidate(read, { today: INBOX_TODAY })!.workbooks.map((row) => row.institution)).toEqual([
      'КГКОУ ШИ 14', 'Центр занятости населения г. Камень-на-Оби', 'ГКУ ЦЗН г. Бийска', 'КГБУСО КЦСОН г. Рубцовска', 'Rubtsovsk centre',
    ]);
    // The report: the CLI streams it, the page builds it in memory; cell by cell the same.
    const streamed = await consolidationReport(cli!, 'ru');
    const inMemory = await consolidationReportBytes(page!, 'ru');
    expect(await workbookView(inMemory)).toEqual(await workbookView(streamed));
  });

  it('a file that breaks the reader is an unread row, never a rejection', async () => {
    const outcome = await readOutcome({ name: 'broken/x.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) }, { today: INBOX_TODAY });
    expect(outcome).toEqual({ kind: 'unread', file: 'broken/x.xlsx', reason: { code: 'damaged', detail: expect.any(String) } });
  });

  it('nothing to report: null', () => {
    expect(consolidate([], { today: INBOX_TODAY, lockFiles: 2 })).toBeNull();
  });
});

describe('classifyInput: the CLI\'s rule on names', () => {
  it.each([
    ['region-1/~$plan.xlsx', 'lock-file'],
    ['.~lock.plan.xlsx#', 'lock-file'],
    ['План.XLSX', 'workbook'],
    ['a/b/plan.xlsm', 'workbook'],
    ['old.xls', 'convert'],
    ['plan.ods', 'convert'],
    ['письмо.docx', 'document'],
    ['photo.jpg', 'ignored'],
  ])('%s → %s', (name, kind) => {
    expect(classifyInput(name).kind).toBe(kind);
  });

  it('.xls says «save as .xlsx» (needs-xlsx) with its extension', () => {
    expect(classifyInput('region-3/old.XLS')).toEqual({ kind: 'convert', extension: 'xls', reason: { code: 'needs-xlsx', extension: 'xls' } });
  });
});
