import { createHash } from 'crypto';
import { mkdtempSync, promises as fs, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { LEGACY, READABLE, SKIPPED, TODAY, UNREADABLE, writeInbox, type ExpectedWorkbook } from './inbox';
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

/** Files are named relative to the folder given. */
const fileOf = (expected: ExpectedWorkbook): string => expected.file;
const ALL_READ = [...READABLE, ...LEGACY];
/** «Свод»'s order: the most overdue first, then the most errors, the least done, then by name. */
const SUMMARY_ORDER = ['КГКОУ ШИ 14', 'Центр занятости населения г. Камень-на-Оби', 'ГКУ ЦЗН г. Бийска', 'МБОУ СОШ № 5', 'КГБУСО КЦСОН г. Рубцовска', 'МБОУ СОШ № 10', 'Rubtsovsk centre'];
/** A PATH without LibreOffice (the CLI runs as process.execPath, so it needs no PATH of its own). */
const NO_SOFFICE = { env: { ...process.env, PATH: path.join(os.tmpdir(), 'roadmap-no-soffice') } };

async function sheetXml(file: string, sheet: number): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return (await zip.file(`xl/worksheets/sheet${sheet}.xml`)?.async('string')) ?? '';
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-consolidate-'));
  await writeInbox(path.join(work, 'inbox'));
  inputHashes = await hashes(path.join(work, 'inbox'));
  // The date as people type it: ДД.ММ.ГГГГ.
  run = await runCli(['consolidate', 'inbox', '-o', 'report.xlsx', '--today', '01.09.2021'], work);
  report = new ExcelJS.Workbook();
  await report.xlsx.readFile(path.join(work, 'report.xlsx'));
  // LibreOffice's start-up (a fresh profile) takes 20–40 s on a busy machine.
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('roadmap consolidate over a folder of workbooks, some broken', () => {
  test('exits 1 (some files unreadable, one holds an error) and counts what it read, skipped and why, with no progress bar off a terminal', () => {
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'Прочитано книг: 7 из 11, не прочитано: 4; пропущено файлов: 4 (отчёты Roadmap Monitor: 1, не книги Excel: 3); ' +
        'файлов блокировки «~$» не учтено: 1; просрочено мероприятий: 17; ошибок: 1. Отчёт: report.xlsx\n',
    );
    expect(run.status).toBe(1);
  });

  test('the report has its five sheets', () => {
    expect(report.worksheets.map((sheet) => sheet.name)).toEqual(['Свод', 'Диаграмма', 'Просрочено', 'Замечания', 'Не прочитано']);
  });

  test('every table has its AutoFilter, a frozen header, and its header row printed on every page', async () => {
    const file = path.join(work, 'report.xlsx');
    const tables = [
      { sheet: 1, filter: 'A5:L12', header: 5 },
      { sheet: 3, filter: 'A3:I20', header: 3 },
      { sheet: 4, filter: `A3:G${3 + (report.getWorksheet('Замечания')?.rowCount ?? 0) - 3}`, header: 3 },
      { sheet: 5, filter: 'A3:C11', header: 3 },
    ];
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    for (const { sheet, filter, header } of tables) {
      const xml = await sheetXml(file, sheet);
      expect(xml).toContain(`<autoFilter ref="${filter}"`);
      expect(xml).toMatch(new RegExp(`<pane [^>]*ySplit="${header}"[^>]*state="frozen"`));
      expect(workbookXml).toMatch(new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${sheet - 1}"[^>]*>[^<]*\\$${header}:\\$${header}</definedName>`));
    }
  });

  test('«Свод»: one row per workbook read, cell by cell, the most overdue first, then the totals', () => {
    const rows = rowsOf(report.getWorksheet('Свод'));
    expect(rows[1]).toEqual(['Дата свода', utc(TODAY)]);
    expect(rows[4]).toEqual([
      'Учреждение', 'Файл', 'Мероприятий', 'Выполнено', 'Просрочено', 'Срок скоро', 'Без срока', 'Ошибок', 'Предупреждений', 'Выполнение, %',
      'По состоянию на', 'Файл сохранён',
    ]);
    const expected = SUMMARY_ORDER.map((name) => ALL_READ.find((workbook) => workbook.institution === name) as ExpectedWorkbook);
    expected.forEach((workbook, index) => {
      const { counts } = workbook;
      expect(rows[5 + index]).toEqual([
        workbook.institution, fileOf(workbook), counts.items, counts.done, counts.overdue, counts.dueSoon, counts.undated,
        counts.errors, counts.warnings, Math.round((counts.done / counts.items) * 1000) / 1000,
        workbook.asOf === null ? null : utc(workbook.asOf), workbook.savedOn === 'any' ? expect.any(Date) : utc(workbook.savedOn),
      ]);
    });
    const sum = (key: keyof ExpectedWorkbook['counts']): number => ALL_READ.reduce((total, workbook) => total + workbook.counts[key], 0);
    expect(rows[12].slice(0, 10)).toEqual([
      'Итого', null, sum('items'), sum('done'), sum('overdue'), sum('dueSoon'), sum('undated'), sum('errors'), sum('warnings'),
      Math.round((sum('done') / sum('items')) * 1000) / 1000,
    ]);
    expect(report.getWorksheet('Свод')?.getCell('J6').numFmt).toBe('0.0%');
  });

  test('«Свод»: overdue, due-soon and error counts are highlighted by live rules, the same way every time it is opened', () => {
    const formats = (report.getWorksheet('Свод') as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(formats.map((format) => [format.ref, format.rules[0].formulae[0]])).toEqual([
      ['E6:E12', 'AND(N("roadmap-monitor:overdue")=0,E6>0)'],
      ['F6:F12', 'AND(N("roadmap-monitor:due-soon")=0,F6>0)'],
      ['H6:H12', 'AND(N("roadmap-monitor:missing")=0,H6>0)'],
    ]);
  });

  test('«Диаграмма»: the institutions with overdue items as sorted horizontal bars, the most overdue on top; its data outside the print area', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(work, 'report.xlsx')));
    const charts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(1);
    const xml = (await zip.file(charts[0])?.async('string')) ?? '';
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain("'Диаграмма'!$N$4:$N$10");
    expect(xml).toContain("'Диаграмма'!$O$4:$O$10");
    const rows = rowsOf(report.getWorksheet('Диаграмма'));
    expect(rows[0][0]).toBe('Просроченные мероприятия по учреждениям');
    // Drawn bottom-up: the least overdue first, so the most overdue is the top bar.
    expect(rows.slice(3, 10).map((row) => [row[13], row[14]])).toEqual(
      [...SUMMARY_ORDER].reverse().map((name) => [name, (ALL_READ.find((w) => w.institution === name) as ExpectedWorkbook).counts.overdue]),
    );
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(workbookXml).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="1"[^>]*>[^<]*\$A\$?1:\$L\$?32<\/definedName>/);
  });

  test('«Просрочено»: every overdue item of every workbook, cell by cell, the longest overdue first', () => {
    const rows = rowsOf(report.getWorksheet('Просрочено'));
    expect(rows[2]).toEqual(['Учреждение', '№ п/п', 'Мероприятие', 'Срок', 'Плановая дата', 'Ответственный', 'Дней просрочки', 'Файл', 'Строка']);
    const expected = ALL_READ.flatMap((workbook) => workbook.overdue.map((item, order) => ({ workbook, item, order })))
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

  test('«Замечания»: every finding of every workbook with institution, file and row, but not the overdue items «Просрочено» lists', () => {
    const rows = rowsOf(report.getWorksheet('Замечания'));
    expect(rows[2]).toEqual(['Учреждение', 'Файл', 'Лист', 'Строка', 'Важность', 'Код', 'Замечание']);
    const findings = rows.slice(3);
    expect(findings.filter((row) => row[5] === 'overdue')).toEqual([]);
    for (const workbook of ALL_READ) {
      const own = findings.filter((row) => row[0] === workbook.institution && row[1] === fileOf(workbook));
      expect(own).toHaveLength(workbook.counts.errors + workbook.counts.warnings - workbook.overdue.length);
      expect(own.filter((row) => row[4] === 'Ошибка').map((row) => row[6])).toEqual(workbook.errors);
      for (const row of own) expect(String(row[6])).toMatch(new RegExp(`^Строка ${row[3]}\\b`));
    }
  });

  test('«Не прочитано»: every broken file with its reason, then every file passed over and why; lock files are not listed', () => {
    const rows = rowsOf(report.getWorksheet('Не прочитано'));
    expect(rows[2]).toEqual(['Файл', 'Причина', 'Итог']);
    const listed = rows.slice(3);
    expect(listed.slice(0, 4).map((row) => [row[0], row[2]])).toEqual(UNREADABLE.map((broken) => [broken.file, 'не прочитан']));
    UNREADABLE.forEach((broken, index) => expect(String(listed[index][1])).toMatch(broken.reason));
    const skipped = listed.slice(4).map((row) => [row[0], row[1], row[2]]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(skipped).toEqual([
      ['region-1/notes.txt', 'не книга Excel (.txt): дорожную карту нужно прислать книгой .xlsx', 'пропущен'],
      ['region-1/письмо.docx', 'не книга Excel (.docx): дорожную карту нужно прислать книгой .xlsx', 'пропущен'],
      ['region-3/plan.csv', 'не книга Excel (.csv): дорожную карту нужно прислать книгой .xlsx', 'пропущен'],
      ['свод за II квартал.xlsx', 'сводный отчёт Roadmap Monitor (прошлый свод), пропущен', 'пропущен'],
    ].sort((a, b) => a[0].localeCompare(b[0])));
    expect(SKIPPED.map((file) => file.file).sort()).toEqual(skipped.map((row) => row[0]).sort());
  });

  test('the report carries the tool\'s mark, and a second run over the inbox passes it over', async () => {
    const { isToolWorkbookFile } = await import('../../src/xlsx/toolMarker');
    expect(await isToolWorkbookFile(path.join(work, 'report.xlsx'), 'consolidated-report')).toBe(true);
  });

  test('no input file was changed, and no lock file or note was read', async () => {
    expect(await hashes(path.join(work, 'inbox'))).toEqual(inputHashes);
  });
});

describe('--json', () => {
  test('without -o prints the same content as the report and writes no file', async () => {
    const before = await fs.readdir(work);
    const result = await runCli(['consolidate', 'inbox', '--today', TODAY, '--json'], work, NO_SOFFICE);
    expect(result.status).toBe(1);
    expect(await fs.readdir(work)).toEqual(before);
    const json = JSON.parse(result.stdout);
    expect(json.report).toBeNull();
    const summary = rowsOf(report.getWorksheet('Свод'));
    const readHere = summary.slice(5, 12).filter((row) => !String(row[1]).startsWith('region-3/'));
    expect(json.workbooks.map((w: Record<string, unknown>) => [w.institution, w.file, w.items, w.done, w.overdue, w.dueSoon, w.undated, w.errors, w.warnings])).toEqual(
      readHere.map((row) => row.slice(0, 9)),
    );
    const overdue = rowsOf(report.getWorksheet('Просрочено')).slice(3).filter((row) => !String(row[7]).startsWith('region-3/'));
    expect(json.overdue.map((o: Record<string, unknown>) => [o.institution, o.no, o.activity, o.deadline, o.due, o.responsible, o.daysOverdue, o.file])).toEqual(
      overdue.map((row) => [...row.slice(0, 4), (row[4] as Date).toISOString().slice(0, 10), ...row.slice(5, 8)]),
    );
    const findings = rowsOf(report.getWorksheet('Замечания')).slice(3).filter((row) => !String(row[1]).startsWith('region-3/'));
    expect(json.findings.map((f: Record<string, unknown>) => [f.institution, f.file, f.row, f.code, f.message])).toEqual(
      findings.map((row) => [row[0], row[1], row[3], row[5], row[6]]),
    );
    // Without LibreOffice the .xls and .ods are listed, each with what to do.
    expect(json.unreadable.map((u: Record<string, unknown>) => [u.file, u.code])).toEqual([
      ...UNREADABLE.map((broken) => [broken.file, expect.any(String)]),
      ['region-3/school-5.xls', 'needs-xlsx'],
      ['region-3/school-10.ods', 'needs-xlsx'],
    ]);
    expect(json.unreadable[4].reason).toBe('книга .xls: LibreOffice (soffice) не найден, чтобы её преобразовать; сохраните как .xlsx');
    expect(json.totals.overdue).toBe(14);
    expect(result.stderr).toBe(
      'Прочитано книг: 5 из 11, не прочитано: 6; пропущено файлов: 4 (отчёты Roadmap Monitor: 1, не книги Excel: 3); ' +
        'файлов блокировки «~$» не учтено: 1; просрочено мероприятий: 14; ошибок: 1.\n',
    );
  });
});

describe('exit statuses and safety', () => {
  test('0 when every workbook was read and none holds an error', async () => {
    const result = await runCli(['consolidate', 'inbox/region-2', '-o', 'region-2.xlsx', '--today', TODAY], work);
    expect(result.stderr).toBe('');
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
    expect(result.stderr).toMatch(/^roadmap: .*это исходный файл.*\n$/);
    expect(await hashes(path.join(work, 'inbox'))).toEqual(inputHashes);
  });

  test('2 for bad arguments, each with one line in Russian: no -o, no path, a bad date, a folder without workbooks', async () => {
    await fs.mkdir(path.join(work, 'nothing-here'), { recursive: true });
    const results = await Promise.all([
      runCli(['consolidate', 'inbox'], work),
      runCli(['consolidate', '-o', 'x.xlsx'], work),
      runCli(['consolidate', 'inbox', '-o', 'x.xlsx', '--today', '31.09.2021'], work),
      runCli(['consolidate', 'nothing-here', '-o', 'x.xlsx'], work),
    ]);
    expect(results.map((result) => result.status)).toEqual([2, 2, 2, 2]);
    expect(results.map((result) => result.stderr)).toEqual([
      'roadmap: укажите, куда записать отчёт: -o ФАЙЛ.xlsx (или --json, чтобы только вывести свод)\n',
      'roadmap: не указан аргумент paths\n(справка: roadmap --help или roadmap КОМАНДА --help)\n',
      'roadmap: --today: ожидается дата ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, указано «31.09.2021»\n',
      'roadmap: не найдено ни одной книги\n',
    ]);
    await expect(fs.stat(path.join(work, 'x.xlsx'))).rejects.toThrow();
  });

  test('--lang en: the report and every message in English only, a single reader thread gives the same report', async () => {
    const result = await runCli(['consolidate', 'inbox', '-o', 'en.xlsx', '--today', TODAY, '--lang', 'en', '--threads', '1'], work, NO_SOFFICE);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Workbooks read: 5 of 11, unreadable: 6; files passed over: 4 \(Roadmap Monitor reports: 1, not Excel workbooks: 3\)/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(work, 'en.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Chart', 'Overdue', 'Findings', 'Unreadable']);
    const withoutLegacy = (rows: Rows) => rows.filter((row) => !String(row[1]).startsWith('region-3/'));
    const english = withoutLegacy(rowsOf(workbook.getWorksheet('Summary')).slice(5, 10)).map((row) => row.slice(1, 12));
    expect(english).toEqual(withoutLegacy(rowsOf(report.getWorksheet('Свод')).slice(5, 12)).slice(0, 5).map((row) => row.slice(1, 12)));
    const everyText = workbook.worksheets.flatMap((sheet) => rowsOf(sheet).flat()).filter((value): value is string => typeof value === 'string');
    const userText = new Set([
      ...ALL_READ.flatMap((w) => [w.institution, w.file, ...w.overdue.flatMap((o) => [o.activity, o.responsible, o.deadline])]),
      ...SKIPPED.map((file) => file.file),
      'Дорожная карта', 'Программа', // the users' sheet names
    ]);
    // Cyrillic only where the user's own text is: institutions, activities, file and sheet names.
    const russian = everyText.filter((text) => /[а-яё]/i.test(text) && ![...userText].some((user) => text.includes(user)));
    expect(russian).toEqual([]);
  });

  test('--lang en: commander\'s own help and errors in English; Russian by default', async () => {
    const [help, missing, helpRu, unknown] = await Promise.all([
      runCli(['consolidate', '--help', '--lang', 'en'], work),
      runCli(['consolidate', '--lang', 'en'], work),
      runCli(['consolidate', '--help'], work),
      runCli(['consolidate', 'inbox', '--bogus'], work),
    ]);
    expect(help.stdout).toMatch(/^Usage: roadmap consolidate \[options\] <paths\.\.\.>/);
    expect(help.stdout).toContain('display help for command');
    expect(help.stdout).not.toMatch(/[а-яё]/i);
    expect(missing.stderr).toBe('roadmap: missing argument paths\n(help: roadmap --help or roadmap COMMAND --help)\n');
    expect(helpRu.stdout).toMatch(/^Использование: roadmap consolidate \[параметры\] <paths\.\.\.>/);
    expect(helpRu.stdout).toContain('Параметры:');
    expect(helpRu.stdout).toContain('показать справку по команде');
    expect(helpRu.stdout).not.toMatch(/Usage|Options|display help|default:/);
    expect(unknown.stderr).toBe('roadmap: неизвестный параметр --bogus\n(справка: roadmap --help или roadmap КОМАНДА --help)\n');
    expect(unknown.status).toBe(2);
  });
});
