import { createHash } from 'crypto';
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { roadmapInProcess } from '../cli/inProcess';
import { CORPUS, ESCAPES, RENAMED_SUMMARY, SPARKLINE_URI, TODAY, VBA_BYTES, writeHostileCorpus } from './corpus';

/**
 * Every command over every file of the hostile corpus (test/hostile/corpus.ts), in process: the exit status, at most
 * the expected lines on stderr (exactly one when a command fails), every input byte for byte as it was, and no
 * output that Excel would open with its "repair" dialog. Then, per attack, what the copies must still hold.
 */

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function roadmap(...args: string[]): Promise<Run> {
  const { status, out, err } = await roadmapInProcess(...args);
  return { status, stdout: out, stderr: err };
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');
const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

const MAX_CELL = 32767;
const MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

async function texts(zip: JSZip): Promise<string[]> {
  const found: string[] = [];
  for (const name of Object.keys(zip.files).filter((part) => /^xl\/(sharedStrings|worksheets\/[^/]+)\.xml$/.test(part))) {
    const xml = await zip.file(name)!.async('string');
    for (const match of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) found.push(match[1]);
  }
  return found;
}

/**
 * What in an .xlsx package makes Excel repair it: NaN or infinite values, a text over 32,767 characters the tools wrote
 * (a user's own over-long cell is kept as the input held it), sheet names repeated, table names repeated, a VBA project
 * without the macro-enabled content type or a macro content type under an .xlsx name.
 */
async function repairs(file: string, input: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const found: string[] = [];
  for (const name of Object.keys(zip.files).filter((part) => part.startsWith('xl/worksheets/') && part.endsWith('.xml'))) {
    const xml = await zip.file(name)!.async('string');
    for (const match of xml.matchAll(/<v>([^<]*)<\/v>/g)) if (/^(NaN|-?Infinity)$/.test(match[1])) found.push(`${name}: <v>${match[1]}</v>`);
  }
  const inputZip = await JSZip.loadAsync(readFileSync(input)).catch(() => null);
  const usersLong = new Set(inputZip === null ? [] : (await texts(inputZip)).filter((text) => text.length > MAX_CELL));
  for (const text of await texts(zip)) if (text.length > MAX_CELL && !usersLong.has(text)) found.push(`a text of ${text.length} characters`);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const sheetNames = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((match) => match[1].toLowerCase());
  if (new Set(sheetNames).size !== sheetNames.length) found.push('repeated sheet names');
  const tableNames: string[] = [];
  for (const name of Object.keys(zip.files).filter((part) => /^xl\/tables\/[^/]+\.xml$/.test(part))) {
    const xml = await zip.file(name)!.async('string');
    tableNames.push((/\bname="([^"]*)"/.exec(xml)?.[1] ?? '').toLowerCase());
  }
  if (new Set(tableNames).size !== tableNames.length) found.push(`repeated table names ${tableNames.join(', ')}`);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const macro = types.includes(MACRO_MAIN);
  if (zip.file('xl/vbaProject.bin') && !macro) found.push('a VBA project in a macro-free workbook');
  if (macro !== /\.xlsm$/i.test(file)) found.push(`content type ${macro ? MACRO_MAIN : MAIN} under the name ${path.basename(file)}`);
  return found;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hostile-'));
const out = (name: string): string => path.join(work, 'out', name);
let files: Map<string, string>;
let before: Map<string, string>;
const runs = new Map<string, Map<string, Run>>();
let consolidation: Run;

beforeAll(async () => {
  files = await writeHostileCorpus(path.join(work, 'in'));
  await import('fs').then(({ mkdirSync }) => mkdirSync(path.join(work, 'out')));
  before = new Map([...files].map(([name, file]) => [name, digest(file)]));
  for (const entry of CORPUS) {
    const file = files.get(entry.file)!;
    const stem = entry.file.replace(/\.\w+$/, '');
    const ext = path.extname(entry.file);
    const today = ['--today', TODAY];
    const byCommand = new Map<string, Run>();
    byCommand.set('check', await roadmap('check', file, ...today));
    runs.set(entry.file, byCommand);
    if (entry.checkOnly) continue;
    byCommand.set('requests', await roadmap('requests', file, ...today));
    byCommand.set('brief', await roadmap('brief', file, ...today));
    byCommand.set('summary', await roadmap('summary', file, '-o', out(`summary-${stem}${ext}`), ...today));
    byCommand.set('snapshot', await roadmap('snapshot', file, '-o', out(`snapshot-${stem}${ext}`), ...today));
    byCommand.set('brief -o', await roadmap('brief', file, '-o', out(`brief-${stem}${ext}`), '--docx', out(`brief-${stem}.docx`), ...today));
  }
  // One consolidation of the whole corpus: a worker thread per run costs seconds, the files are what is tried.
  consolidation = await roadmap('consolidate', path.join(work, 'in'), '-o', out('svod.xlsx'), '--threads', '1', '--json', '--today', TODAY);
}, 180_000);

it('consolidate reads the whole corpus: the unreadable files listed with their reasons, the run goes on', async () => {
  expect(consolidation.status).toBe(1);
  expect(lines(consolidation.stderr)).toHaveLength(1); // the summary line (--json puts it on stderr)
  const json = JSON.parse(consolidation.stdout) as { files: number; unreadable: Array<{ file: string }> };
  // .xlsx and .xlsm are both read from a folder (a macro-enabled roadmap is the same package with a VBA part).
  expect(json.files).toBe(CORPUS.filter((entry) => /\.xls[xm]$/.test(entry.file)).length);
  const unread = json.unreadable.map((entry) => path.basename(entry.file)).sort();
  expect(unread).toEqual(CORPUS.filter((entry) => entry.exit === 2).map((entry) => entry.file).sort());
  expect(await repairs(out('svod.xlsx'), files.get(CORPUS[0].file)!)).toEqual([]);
});

it('a package of over 50,000 parts is refused by the parts budget, naming it, without reading a sheet', () => {
  expect(lines(runs.get('many-parts.xlsx')!.get('check')!.stderr)).toEqual([
    expect.stringMatching(/many-parts\.xlsx: в книге слишком много частей: 50\s01\d при пределе 50\s000; книга не читается$/),
  ]);
});

describe.each(CORPUS.map((entry) => [entry.file, entry] as const))('%s', (file, entry) => {
  it(`every command: exit ${entry.exit}, one line on stderr at most, never a stack trace (${entry.attack})`, () => {
    const byCommand = runs.get(file)!;
    for (const command of ['check', 'requests', 'brief']) {
      const run = byCommand.get(command);
      if (run === undefined) continue; // checkOnly
      expect({ command, status: run.status }).toEqual({ command, status: entry.exit });
      expect(lines(run.stderr)).toHaveLength(entry.exit === 2 ? 1 : 0);
    }
    for (const command of ['summary', 'snapshot', 'brief -o']) {
      const run = byCommand.get(command);
      if (run === undefined) continue;
      expect({ command, status: run.status }).toEqual({ command, status: entry.exit });
      expect(lines(run.stderr).length).toBeLessThanOrEqual(entry.exit === 2 ? 1 : (entry.copyWarnings ?? 0) + (command === 'brief -o' ? 2 : 0));
    }
    for (const run of byCommand.values()) expect(run.stderr + run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('leaves the input byte for byte as it was', () => {
    expect(digest(files.get(file)!)).toBe(before.get(file));
  });

  if (entry.exit !== 2 && !entry.checkOnly) {
    it('writes copies Excel opens without repairing', async () => {
      const stem = file.replace(/\.\w+$/, '');
      const ext = path.extname(file);
      for (const copy of [`summary-${stem}${ext}`, `snapshot-${stem}${ext}`, `brief-${stem}${ext}`]) {
        expect({ copy, repairs: await repairs(out(copy), files.get(file)!) }).toEqual({ copy, repairs: [] });
      }
    });
  }
});

async function loaded(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(out(name)) as unknown as ArrayBuffer);
  return workbook;
}

async function part(name: string, partPath: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(readFileSync(out(name)))).file(partPath)?.async('string');
}

describe('what the copies keep', () => {
  it('«Плановая дата» goes right of a merge over the table’s neighbours, whose text stays', async () => {
    const sheet = (await loaded('summary-merged-beside-table.xlsx')).getWorksheet('Программа')!;
    expect(sheet.getCell('F7').value).toBe('Отчёт и фотографии — см. папку «Пилот»');
    expect(sheet.getCell('I4').value).toBe('Плановая дата');
    expect((sheet.getCell('I7').value as Date).toISOString().slice(0, 10)).toBe('2021-07-31');
    for (const address of ['G4', 'G7', 'H7']) expect(sheet.getCell(address).value === null || sheet.getCell(address).isMerged).toBe(true);
  });

  it('a date cell holding an error, text or a serial past 9999 is kept as the input held it', async () => {
    for (const copy of ['summary-unwritable-dates.xlsx', 'snapshot-unwritable-dates.xlsx', 'brief-unwritable-dates.xlsx']) {
      const xml = (await part(copy, 'xl/worksheets/sheet2.xml')) ?? '';
      expect(xml).toMatch(/<c r="A1"[^>]* t="e"><f>B1\+30<\/f><v>#VALUE!<\/v><\/c>/);
      expect(xml).toMatch(/<c r="A2"[^>]*><v>1000000000000<\/v><\/c>/);
      expect(xml).toMatch(/<c r="A3"[^>]* t="str"><f>B1<\/f><v>не дата<\/v><\/c>/);
    }
  });

  it('custom document properties survive every copy', async () => {
    for (const copy of ['summary-custom-properties.xlsx', 'snapshot-custom-properties.xlsx', 'brief-custom-properties.xlsx']) {
      expect(await part(copy, 'docProps/custom.xml')).toContain('<vt:lpwstr>КГКОУ ШИ 14</vt:lpwstr>');
      expect(await part(copy, '_rels/.rels')).toContain('custom-properties" Target="docProps/custom.xml"');
    }
  });

  it('an .xlsm copy keeps the VBA project and the macro content type; an .xlsx copy names the macros it drops', async () => {
    for (const copy of ['summary-macros.xlsm', 'snapshot-macros.xlsm', 'brief-macros.xlsm']) {
      const zip = await JSZip.loadAsync(readFileSync(out(copy)));
      expect(await zip.file('xl/vbaProject.bin')!.async('nodebuffer')).toEqual(VBA_BYTES);
      expect(await zip.file('[Content_Types].xml')!.async('string')).toContain(MACRO_MAIN);
    }
    expect(lines(runs.get('macros.xlsm')!.get('summary')!.stderr)).toEqual([]);
    const input = files.get('macros.xlsm')!;
    const asXlsx = await roadmap('summary', input, '-o', out('macros-as.xlsx'), '--today', TODAY);
    expect(asXlsx.status).toBe(0);
    expect(lines(asXlsx.stderr)).toHaveLength(1);
    expect(asXlsx.stderr).toContain('макросы VBA');
    expect(await repairs(out('macros-as.xlsx'), input)).toEqual([]);
  });

  it('sparklines and cell notes stay on their sheets', async () => {
    for (const copy of ['summary-sparklines.xlsx', 'snapshot-sparklines.xlsx', 'brief-sparklines.xlsx']) {
      const xml = (await part(copy, 'xl/worksheets/sheet1.xml')) ?? '';
      expect(xml).toContain(SPARKLINE_URI);
      expect(xml).toContain('<xm:f>Программа!A5:F5</xm:f>');
    }
    for (const copy of ['summary-notes.xlsx', 'snapshot-notes.xlsx', 'brief-notes.xlsx']) {
      const note = (await loaded(copy)).getWorksheet('Программа')!.getCell('B7').note;
      expect(JSON.stringify(note)).toContain('Уточнить состав рабочей группы');
    }
  });

  it('what was typed beside «История»’s tables survives snapshot and brief -o', async () => {
    for (const copy of ['snapshot-history-notes.xlsx', 'brief-history-notes.xlsx']) {
      const history = (await loaded(copy)).getWorksheet('История')!;
      expect(history.getCell('P5').value).toBe('Заседание перенесено на 27.08 (секретарь)');
      expect(history.getCell('P6').value).toBe('Протокол № 3');
      expect(JSON.stringify(history.getCell('P6').note)).toContain('подписан председателем');
    }
  });

  it('a «Мониторинг» the user renamed is theirs: summary writes its own beside it', async () => {
    const workbook = await loaded('summary-renamed-summary.xlsx');
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toContain(RENAMED_SUMMARY);
    expect(names).toContain('Мониторинг');
  });

  it('an unreadable drawing is named in the warning', () => {
    const warning = runs.get('broken-drawing.xlsx')!.get('summary')!.stderr;
    expect(lines(warning)).toHaveLength(1);
    expect(warning).toMatch(/xl\/charts\/chart\d+\.xml/);
  });

  it('control characters in cells reach the terminal escaped, never raw', () => {
    for (const command of ['check', 'requests', 'brief']) {
      const run = runs.get('control-characters.xlsx')!.get(command)!;
      for (const escape of ESCAPES) expect(run.stdout).not.toContain(escape);
      expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect(runs.get('control-characters.xlsx')!.get('check')!.stdout).toContain('Организация \\u001B]0;pwned\\u0007\\u001B[2Jработы');
    expect(runs.get('control-characters.xlsx')!.get('check')!.stdout).toContain('ФЦК\\u009B31m');
  });

  it('the tools never write a cell over 32,767 characters: an over-long activity is cut on «История»', async () => {
    const longest = (sheet: ExcelJS.Worksheet): number => {
      let found = 0;
      sheet.eachRow((row) => row.eachCell((cell) => (found = Math.max(found, String(cell.value ?? '').length))));
      return found;
    };
    const history = (await loaded('snapshot-long-text.xlsx')).getWorksheet('История')!;
    expect(longest(history)).toBe(MAX_CELL);
    expect(longest((await loaded('brief-long-text.xlsx')).getWorksheet('Справка к заседанию')!)).toBeLessThanOrEqual(MAX_CELL);
  });

  it('entities are never expanded: neither a file (XXE) nor a bomb', () => {
    for (const file of ['xxe.xlsx', 'entity-bomb.xlsx']) {
      for (const run of runs.get(file)!.values()) {
        expect(run.stdout).not.toContain('root:');
        expect(run.stdout).not.toContain('lollollol');
      }
    }
  });

  it('formula-looking text stays text in every copy', async () => {
    for (const copy of ['summary-formula-text.xlsx', 'snapshot-formula-text.xlsx', 'brief-formula-text.xlsx']) {
      const sheet = (await loaded(copy)).getWorksheet('План')!;
      expect(sheet.getCell('B3').value).toBe('=HYPERLINK("http://example.org","подробнее")');
      expect(sheet.getCell('F4').value).toBe('=1+1');
    }
  });
});
