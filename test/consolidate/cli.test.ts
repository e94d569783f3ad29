import { createHash } from 'crypto';
import { mkdtempSync, promises as fs, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { READABLE, TODAY, UNREADABLE, writeInbox, type ExpectedWorkbook } from './inbox';
import { runCli, type CliResult } from './runCli';

/** The report read back: each sheet's rows as plain values (dates as ISO), row 1 at index 0. */
type Rows = unknown[][];

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const byRu = (a: string, b: string): number => a.localeCompare(b, 'ru');

let work: string;
let run: CliResult;
let report: ExcelJS.Workbook;
let inputHashes: Map<string, string>;

async function hashes(folder: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const entry of await fs.readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result.set(file, createHash('sha256').update(await fs.readFile(file)).digest('hex'));
  }
  return result;
}

function rowsOf(worksheet: ExcelJS.Worksheet | undefined): Rows {
  if (!worksheet) throw new Error('sheet missing');
  const rows: Rows = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const values: unknown[] = [];
    for (let c = 1; c <= worksheet.columnCount; c++) values.push(worksheet.getCell(r, c).value ?? null);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    rows.push(values);
  }
  return rows;
}

const fileOf = (expected: ExpectedWorkbook): string => path.join('inbox', expected.file);

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-consolidate-'));
  await writeInbox(path.join(work, 'inbox'));
  inputHashes = await hashes(path.join(work, 'inbox'));
  run = await runCli(['consolidate', 'inbox', '-o', 'report.xlsx', '--today', TODAY], work);
  report = new ExcelJS.Workbook();
  await report.xlsx.readFile(path.join(work, 'report.xlsx'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('roadmap consolidate over a folder of workbooks, some broken', () => {
  test('exits 1 (some files unreadable, one holds an error) and says what it did, with no progress bar off a terminal', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('Прочитано книг: 4 из 8, не прочитано: 4; просрочено мероприятий: 13; ошибок: 1. Отчёт: report.xlsx\n');
    expect(run.stderr).toBe('');
  });

  test('the report has the four sheets', () => {
    expect(report.worksheets.map((sheet) => sheet.name)).toEqual(['Свод', 'Просрочено', 'Замечания', 'Не прочитано']);
  });

  test('«Свод»: one row per workbook read, cell by cell, the most overdue first, then the totals', () => {
    const rows = rowsOf(report.getWorksheet('Свод'));
    expect(rows[1]).toEqual(['Дата свода', utc(TODAY)]);
    expect(rows[4].slice(0, 11)).toEqual([
      'Учреждение', 'Файл', 'Мероприятий', 'Выполнено', 'Просрочено', 'Срок скоро', 'Без срока', 'Ошибок', 'Предупреждений', 'Выполнение, %', 'Дата отчёта',
    ]);
    const order = ['КГКОУ ШИ 14', 'Центр занятости населения г. Камень-на-Оби', 'ГКУ ЦЗН г. Бийска', 'Rubtsovsk centre'];
    const expected = order.map((name) => READABLE.find((workbook) => workbook.institution === name) as ExpectedWorkbook);
    expected.forEach((workbook, index) => {
      const { counts } = workbook;
      expect(rows[5 + index].slice(0, 11)).toEqual([
        workbook.institution, fileOf(workbook), counts.items, counts.done, counts.overdue, counts.dueSoon, counts.undated,
        counts.errors, counts.warnings, Math.round((counts.done / counts.items) * 1000) / 1000, utc(workbook.reportDate),
      ]);
    });
    const sum = (key: keyof ExpectedWorkbook['counts']): number => READABLE.reduce((total, workbook) => total + workbook.counts[key], 0);
    expect(rows[9].slice(0, 10)).toEqual([
      'Итого', null, sum('items'), sum('done'), sum('overdue'), sum('dueSoon'), sum('undated'), sum('errors'), sum('warnings'),
      Math.round((sum('done') / sum('items')) * 1000) / 1000,
    ]);
    expect(report.getWorksheet('Свод')?.getCell('J6').numFmt).toBe('0.0%');
  });

  test('«Свод»: overdue, due-soon and error counts are highlighted by live rules, the same way every time it is opened', () => {
    const formats = (report.getWorksheet('Свод') as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(formats.map((format) => [format.ref, format.rules[0].formulae[0]])).toEqual([
      ['E6:E9', 'AND(N("roadmap-monitor:overdue")=0,E6>0)'],
      ['F6:F9', 'AND(N("roadmap-monitor:due-soon")=0,F6>0)'],
      ['H6:H9', 'AND(N("roadmap-monitor:missing")=0,H6>0)'],
    ]);
  });

  test('«Свод»: a native chart of completion by institution, over the chart data next to the table', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(work, 'report.xlsx')));
    const charts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(1);
    const xml = (await zip.file(charts[0])?.async('string')) ?? '';
    expect(xml).toContain('<c:barChart>');
    expect(xml).toContain("'Свод'!$M$6:$M$9");
    expect(xml).toContain("'Свод'!$N$6:$N$9");
    const rows = rowsOf(report.getWorksheet('Свод'));
    const chartData = rows.slice(5, 9).map((row) => [row[12], row[13]]);
    const expected = READABLE.map((workbook) => [workbook.institution, Math.round((workbook.counts.done / workbook.counts.items) * 1000) / 10]);
    expect([...chartData].sort()).toEqual([...expected].sort());
  });

  test('«Просрочено»: every overdue item of every workbook, cell by cell, the longest overdue first', () => {
    const rows = rowsOf(report.getWorksheet('Просрочено'));
    expect(rows[2]).toEqual(['Учреждение', '№ п/п', 'Мероприятие', 'Срок', 'Плановая дата', 'Ответственный', 'Дней просрочки', 'Файл', 'Строка']);
    const expected = READABLE.flatMap((workbook) => workbook.overdue.map((item, order) => ({ workbook, item, order })))
      .sort((a, b) => b.item.days - a.item.days || byRu(a.workbook.institution, b.workbook.institution) || a.order - b.order)
      .map(({ workbook, item }) => [workbook.institution, item.no, item.activity, item.deadline, utc(item.due), item.responsible, item.days, fileOf(workbook)]);
    expect(rows.slice(3).map((row) => row.slice(0, 8))).toEqual(expected);
  });

  test('user text that looks like a formula stays text', () => {
    const sheet = report.getWorksheet('Просрочено') as ExcelJS.Worksheet;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && /^[=@+]/.test(cell.value)) cells.push(cell);
    }));
    expect(cells.map((cell) => cell.value)).toEqual(['=SUM(A1:A3)', '@Отдел кадров']);
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  test('«Замечания»: every finding of every workbook with institution, file and row, so each can be sent back', () => {
    const rows = rowsOf(report.getWorksheet('Замечания'));
    expect(rows[2]).toEqual(['Учреждение', 'Файл', 'Лист', 'Строка', 'Важность', 'Код', 'Замечание']);
    const findings = rows.slice(3);
    for (const workbook of READABLE) {
      const own = findings.filter((row) => row[0] === workbook.institution && row[1] === fileOf(workbook));
      expect(own).toHaveLength(workbook.counts.errors + workbook.counts.warnings);
      expect(own.filter((row) => row[4] === 'Ошибка').map((row) => row[6])).toEqual(workbook.errors);
      expect(own.filter((row) => row[5] === 'overdue')).toHaveLength(workbook.overdue.length);
      for (const row of own) expect(String(row[6])).toMatch(new RegExp(`^Строка ${row[3]}\\b`));
    }
  });

  test('«Не прочитано»: every broken file with the reason', () => {
    const rows = rowsOf(report.getWorksheet('Не прочитано'));
    expect(rows[2]).toEqual(['Файл', 'Причина']);
    const listed = rows.slice(3);
    expect(listed.map((row) => row[0])).toEqual(UNREADABLE.map((broken) => path.join('inbox', broken.file)));
    UNREADABLE.forEach((broken, index) => expect(String(listed[index][1])).toMatch(broken.reason));
  });

  test('no input file was changed, and no lock file or note was read', async () => {
    expect(await hashes(path.join(work, 'inbox'))).toEqual(inputHashes);
  });
});

describe('--json', () => {
  test('prints the same content as the report', async () => {
    const result = await runCli(['consolidate', 'inbox', '-o', 'report-json.xlsx', '--today', TODAY, '--json'], work);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    const summary = rowsOf(report.getWorksheet('Свод'));
    expect(json.workbooks.map((w: Record<string, unknown>) => [w.institution, w.file, w.items, w.done, w.overdue, w.dueSoon, w.undated, w.errors, w.warnings])).toEqual(
      summary.slice(5, 9).map((row) => row.slice(0, 9)),
    );
    const overdue = rowsOf(report.getWorksheet('Просрочено')).slice(3);
    expect(json.overdue.map((o: Record<string, unknown>) => [o.institution, o.no, o.activity, o.deadline, o.due, o.responsible, o.daysOverdue, o.file])).toEqual(
      overdue.map((row) => [...row.slice(0, 4), (row[4] as Date).toISOString().slice(0, 10), ...row.slice(5, 8)]),
    );
    const findings = rowsOf(report.getWorksheet('Замечания')).slice(3);
    expect(json.findings.map((f: Record<string, unknown>) => [f.institution, f.file, f.row, f.code, f.message])).toEqual(
      findings.map((row) => [row[0], row[1], row[3], row[5], row[6]]),
    );
    expect(json.unreadable.map((u: Record<string, unknown>) => u.file)).toEqual(UNREADABLE.map((broken) => path.join('inbox', broken.file)));
    expect(json.totals.overdue).toBe(13);
  });
});

describe('exit statuses and safety', () => {
  test('0 when every workbook was read and none holds an error', async () => {
    const result = await runCli(['consolidate', 'inbox/region-2', '-o', 'region-2.xlsx', '--today', TODAY], work);
    expect(result.status).toBe(0);
  });

  test('2 when nothing could be read; the report still says why', async () => {
    const result = await runCli(['consolidate', 'inbox/broken', '-o', 'broken.xlsx', '--today', TODAY], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('ни одну книгу не удалось прочитать');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(work, 'broken.xlsx'));
    expect(rowsOf(workbook.getWorksheet('Не прочитано')).slice(3)).toHaveLength(UNREADABLE.length);
  });

  test('2 with one clear line when -o names an input; the input is untouched', async () => {
    const input = path.join('inbox', READABLE[0].file);
    const result = await runCli(['consolidate', input, 'inbox/region-2', '-o', input, '--today', TODAY], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^roadmap: .*исходный файл.*\n$/);
    expect(await hashes(path.join(work, 'inbox'))).toEqual(inputHashes);
  });

  test('2 for bad arguments: no -o, no path, a bad date, a folder without workbooks', async () => {
    await fs.mkdir(path.join(work, 'nothing-here'), { recursive: true });
    const results = await Promise.all([
      runCli(['consolidate', 'inbox'], work),
      runCli(['consolidate', '-o', 'x.xlsx'], work),
      runCli(['consolidate', 'inbox', '-o', 'x.xlsx', '--today', '01.09.2021'], work),
      runCli(['consolidate', 'nothing-here', '-o', 'x.xlsx'], work),
    ]);
    expect(results.map((result) => result.status)).toEqual([2, 2, 2, 2]);
    expect(results[3].stderr).toBe('roadmap: не найдено ни одной книги .xlsx\n');
    await expect(fs.stat(path.join(work, 'x.xlsx'))).rejects.toThrow();
  });

  test('--lang en: the report in English, a single reader thread gives the same report', async () => {
    const result = await runCli(['consolidate', 'inbox', '-o', 'en.xlsx', '--today', TODAY, '--lang', 'en', '--threads', '1'], work);
    expect(result.status).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(work, 'en.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Overdue', 'Findings', 'Unreadable']);
    const english = rowsOf(workbook.getWorksheet('Summary')).slice(5, 10).map((row) => row.slice(1, 11));
    expect(english).toEqual(rowsOf(report.getWorksheet('Свод')).slice(5, 10).map((row) => row.slice(1, 11)));
  });
});
