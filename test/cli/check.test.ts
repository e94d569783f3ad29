import { chmodSync, copyFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { pilotRoadmapWorkbook, typedRoadmapWorkbook } from '../../src/xlsx/exampleWorkbooks';
import { notAZip, passwordProtected, runCli, runCliAsOtherUser, saveWorkbook, tempDir } from './workbooks';

const dir = tempDir();
let pilot: string;
let typedEn: string;

beforeAll(async () => {
  pilot = await saveWorkbook(pilotRoadmapWorkbook(), path.join(dir, 'pilot.xlsx'));
  typedEn = await saveWorkbook(typedRoadmapWorkbook('en'), path.join(dir, 'typed-en.xlsx'));
});

function expectOneClearLine(stderr: string, ...mentions: string[]): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/);
  for (const mention of mentions) expect(lines[0]).toContain(mention);
}

describe('roadmap check --json', () => {
  it('reads the pasted pilot roadmap: 15 items in 2 sections, 5 overdue on 1 Sep 2021, exit 0', () => {
    const run = runCli('check', pilot, '--today', '2021-09-01', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      sheet: 'Программа',
      headerRow: 4,
      today: '2021-09-01',
      columns: { no: 'A', activity: 'B', deadline: 'C', responsible: 'D', result: 'E', materials: 'F' },
      summary: { items: 15, done: 0, overdue: 5, dueSoon: 0, open: 8, undated: 2, doneLate: 0, withdrawn: 0, errors: 0, warnings: 6 },
    });
    expect(report.sections).toEqual([
      { row: 6, no: '1', title: expect.stringMatching(/^Подготовительные и организационные мероприятия/) },
      { row: 15, no: '2.1', title: expect.stringMatching(/^Мероприятия по пилотной апробации/) },
    ]);
    expect(report.items).toHaveLength(15);
    expect(report.items[0]).toEqual({
      row: 7,
      no: '1.1',
      section: '1',
      activity: 'Организация и проведение установочного вебинара о пилотной апробации элементов системы управления клиентским опытом',
      responsible: 'ФЦК,\nпилотные регионы',
      result: 'видеозапись установочного вебинара',
      materials: 'Список участников вебинара',
      deadline: { text: expect.stringMatching(/^до 31\.07\.2021\sг\.$/), kind: 'date', due: '2021-07-31', checkpoints: ['2021-07-31'] },
      status: 'overdue',
      completion: null,
      rows: [7, 7],
      sectionRow: 6,
    });
    expect(report.columnHeaders).toMatchObject({ no: '№ п/п', activity: 'Мероприятие', deadline: 'Срок', result: 'Результат' });
    const milestones = report.items.find((item: { no: string }) => item.no === '2.1.6');
    expect(milestones.deadline).toMatchObject({ kind: 'milestones', due: '2021-11-01' });
    expect(report.findings.filter((finding: { code: string }) => finding.code === 'overdue')).toHaveLength(5);
    expect(report.findings[0]).toEqual({ code: 'overdue', severity: 'warning', row: 7, column: 'deadline', message: expect.any(String) });
  });

  it('reads a typed table at A1 with English headers, real dates, statuses and completion dates', () => {
    const run = runCli('check', typedEn, '--today', '2021-09-01', '--json', '--lang', 'en');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ headerRow: 1, columns: { status: 'G', completedOn: 'H' }, summary: { items: 15, done: 4, overdue: 1 } });
    expect(report.items[0]).toMatchObject({ no: '1.1', status: 'done', statusText: 'Done', completedOn: '2021-07-30' });
    expect(report.findings[0].message).toMatch(/^Row \d+/);
  });

  it('counts an item as due soon inside the --due-soon window only', () => {
    const narrow = JSON.parse(runCli('check', pilot, '--today', '2021-09-10', '--json', '--due-soon', '5').stdout);
    const wide = JSON.parse(runCli('check', pilot, '--today', '2021-09-10', '--json', '--due-soon', '10').stdout);
    expect(narrow.summary.dueSoon).toBe(0);
    expect(wide.summary.dueSoon).toBe(2); // 2.1.2, due 20.09.2021, and 2.1.6, whose second meeting is due 20.09.2021
  });
});

describe('roadmap check for a person', () => {
  it('prints the counts, the overdue list with rows, and the findings by severity', () => {
    const run = runCli('check', pilot, '--today', '2021-09-01');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('лист «Программа», заголовок в строке 4');
    expect(run.stdout).toContain('Мероприятий: 15, разделов: 2');
    expect(run.stdout).toContain('Просрочено (5):');
    expect(run.stdout).toMatch(/стр\. 7 +п\. 1\.1 +31\.07\.2021 \(просрочено на 32 дня\)/);
    // Five overdue items and the first meeting of 2.1.6 (31.08.2021), passed with no mark.
    expect(run.stdout).toContain('Предупреждения (6):');
    expect(run.stdout).toContain('[checkpoint-passed] Строка 21 (п. 2.1.6): контрольная точка 31.08.2021 прошла');
    expect(run.stdout).toContain('  о просроченных сроках: 5 (см. список выше)');
    expect(run.stdout).toContain('Итого: ошибок 0, предупреждений 6.');
  });

  it('speaks English with --lang en', () => {
    const run = runCli('check', pilot, '--today', '2021-09-01', '--lang', 'en');
    expect(run.stdout).toContain('Items: 15, sections: 2');
    expect(run.stdout).toContain('Overdue (5):');
  });

  it('exits 1 when the table has errors, and lists them with their rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Карта');
    sheet.addRows([
      ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'],
      ['1', 'Совещание', 'до 01.10.2021', '', 'протокол'],
      ['2', 'Отчёт', 'до 01.11.2021', 'ЦЗН', 'отчёт'],
    ]);
    const file = await saveWorkbook(workbook, path.join(dir, 'errors.xlsx'));
    const run = runCli('check', file, '--today', '2021-09-01');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Ошибки (1):');
    expect(run.stdout).toMatch(/\[missing-responsible\] Строка 2/);
    expect(JSON.parse(runCli('check', file, '--today', '2021-09-01', '--json').stdout).summary.errors).toBe(1);
  });
});

describe('roadmap check on a published plan', () => {
  it('a complete plan with no result column exits 0; --explain shows the columns and the finders', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('План');
    sheet.addRows([
      ['План мероприятий на 2005 год'],
      [],
      ['N', 'Направления деятельности', 'Сроки 2', 'Ответственные лица'],
      ['1.', 'Подготовка нормативной базы', 'до 5 мая', 'Бойко Е.В.'],
    ]);
    const file = await saveWorkbook(workbook, path.join(dir, 'published.xlsx'));
    const run = runCli('check', file, '--today', '2005-04-01', '--explain');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('[no-result-column]');
    expect(run.stdout).toContain('столбец C → deadline: «Сроки 2»');
    expect(run.stdout).toContain('срок «до 5 мая» → date, 2005-05-05 (год плана)');
    expect(run.stdout).toContain('exact dates: «5 мая»');
    const json = runCli('check', file, '--today', '2005-04-01', '--json', '--explain');
    const report = JSON.parse(json.stdout);
    expect(report.columnHeaders).toEqual({ no: 'N', activity: 'Направления деятельности', deadline: 'Сроки 2', responsible: 'Ответственные лица' });
    expect(report.items[0]).toMatchObject({ no: '1', rows: [4, 4], deadline: { due: '2005-05-05', inferredYear: true } });
    expect(JSON.parse(json.stderr).columns).toHaveLength(4);
  });
});

describe('roadmap check on what it cannot read: exit 2, one line naming the file, in one language', () => {
  it('a missing file', () => {
    const run = runCli('check', path.join(dir, 'missing.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`roadmap: ${path.join(dir, 'missing.xlsx')}: файл не найден\n`);
    expect(runCli('check', path.join(dir, 'missing.xlsx'), '--lang', 'en').stderr).toBe(`roadmap: ${path.join(dir, 'missing.xlsx')}: file not found\n`);
  });

  it('a file it may not read: a permission error, not «not found»', () => {
    const locked = path.join(dir, 'locked.xlsx');
    copyFileSync(pilot, locked);
    chmodSync(locked, 0o000);
    chmodSync(dir, 0o755);
    const run = runCliAsOtherUser('check', locked);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`roadmap: ${locked}: нет прав на чтение\n`);
  });

  it('a file that is not a workbook', () => {
    const run = runCli('check', notAZip(dir));
    expect(run.status).toBe(2);
    expectOneClearLine(run.stderr, 'notes.xlsx', 'это не книга Excel .xlsx');
    expect(run.stderr).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
  });

  it('a password-protected workbook', () => {
    const run = runCli('check', passwordProtected(dir), '--lang', 'en');
    expect(run.status).toBe(2);
    expectOneClearLine(run.stderr, 'protected.xlsx', 'password');
    expect(run.stderr).not.toMatch(/[а-яё]/i);
  });

  it('a workbook without a roadmap table', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Бюджет').addRows([['Статья', 'Сумма'], ['Канцтовары', 1000]]);
    const file = await saveWorkbook(workbook, path.join(dir, 'budget.xlsx'));
    const run = runCli('check', file);
    expect(run.status).toBe(2);
    expectOneClearLine(run.stderr, 'budget.xlsx', 'не найдена таблица дорожной карты');
  });

  it('a sheet that does not exist', () => {
    const run = runCli('check', pilot, '--sheet', 'Нет такого');
    expect(run.status).toBe(2);
    expectOneClearLine(run.stderr, 'pilot.xlsx', '«Нет такого»', '«Программа»');
  });
});

describe('roadmap check arguments', () => {
  it.each([
    [['--today', '2021-02-30'], '--today'],
    [['--today', '31.09.2021'], '--today'],
    [['--today', '2021-9-1'], '--today'],
    [['--period-end', 'soon'], '--period-end'],
    [['--lang', 'de'], '--lang'],
    [['--due-soon', '-3'], '--due-soon'],
    [['--due-soon', '1000'], '--due-soon'],
  ])('refuses %j with one line naming the option, exit 2', (args, option) => {
    const run = runCli('check', pilot, ...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expectOneClearLine(run.stderr, option);
  });

  it('refuses a missing file argument and an unknown option with exit 2', () => {
    expect(runCli('check').status).toBe(2);
    expect(runCli('check', pilot, '--bogus').status).toBe(2);
  });

  it('takes dates as ДД.ММ.ГГГГ as well as YYYY-MM-DD', () => {
    const iso = runCli('check', pilot, '--today', '2021-09-01', '--period-end', '2021-12-31', '--json');
    const russian = runCli('check', pilot, '--today', '01.09.2021', '--period-end', '31.12.2021', '--json');
    expect(russian.stderr).toBe('');
    expect(russian.status).toBe(0);
    expect(JSON.parse(russian.stdout)).toEqual(JSON.parse(iso.stdout));
    expect(JSON.parse(russian.stdout).today).toBe('2021-09-01');
  });

  it('takes --lang before the command too, as the global option it reads as', () => {
    const after = runCli('check', pilot, '--today', '2021-09-01', '--lang', 'en');
    for (const before of [['--lang', 'en'], ['--lang=en']]) {
      const run = runCli(...before, 'check', pilot, '--today', '2021-09-01');
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(run.stdout).toBe(after.stdout);
    }
    expect(after.stdout).toContain('Overdue (5):');
    const wrong = runCli('--lang', 'de', 'check', pilot);
    expect(wrong.status).toBe(2);
    expectOneClearLine(wrong.stderr, '--lang');
  });

  it('answers --help with exit 0', () => {
    const run = runCli('check', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--today');
  });
});
