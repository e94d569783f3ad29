import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import { roadmapInProcess } from '../cli/inProcess';
import { addNativeCharts } from '../../src/xlsx/charts';
import type { MeetingBrief } from '../../src/roadmap/workingGroup';
import { pilotWithStatus, rowOf, setCell, type Rows } from './helpers';
import { drawingsBySheet } from '../xlsx/keptChartsWorkbooks';
import { cellMap, loadWorkbookFile, pilotWorkbook, saveWorkbook, tempDir } from './workbooks';

const roadmap = roadmapInProcess;

async function digest(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

/** Rewrites the roadmap sheet of a workbook from rows of text, as a person editing it would leave it. */
function rewriteRoadmap(workbook: ExcelJS.Workbook, rows: Rows): void {
  const sheet = workbook.getWorksheet('Программа')!;
  for (const range of Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges)) sheet.unMergeCells(range);
  const height = Math.max(sheet.rowCount, rows.length);
  for (let r = 1; r <= height; r++) {
    for (let c = 1; c <= 7; c++) {
      const text = rows[r - 1]?.[c - 1] ?? '';
      sheet.getCell(r, c).value = text === '' ? null : text;
    }
  }
  rows.forEach((values, index) => {
    if (index > 4 && values[0] !== '' && values.slice(1).every((text) => text === '')) sheet.mergeCells(index + 1, 1, index + 1, 7);
  });
}

/** The working group's edits between two meetings. */
function editsBetweenMeetings(rows: Rows): Rows {
  setCell(rows, '1.2', 'status', 'Выполнено');
  setCell(rows, '1.8', 'deadline', 'до 15.12.2021 г.');
  setCell(rows, '2.1.6', 'deadline', rowOf(rows, '2.1.6')[2].replace('до 11.10.2021', 'до 18.10.2021'));
  setCell(rows, '1.6', 'responsible', 'ФЦК,\nминистерство');
  setCell(rows, '2.1.5', 'status', 'Разногласия');
  setCell(rows, '1.1', 'responsible', 'фцк; Пилотные регионы'); // the same two names, written differently
  const at = rows.indexOf(rowOf(rows, '1.3'));
  for (const row of rows.slice(at)) {
    const match = /^1\.(\d+)$/.exec(row[0]);
    if (match) row[0] = `1.${Number(match[1]) + 1}`;
  }
  rows.splice(at, 0, ['1.3', 'Проведение опроса сотрудников ЦЗН о готовности к пилотной апробации', 'до 25.09.2021 г.', 'пилотные регионы', 'итоги опроса', '', '']);
  return rows.filter((row) => row[0] !== '2.1.7');
}

describe('roadmap snapshot → edit → roadmap brief', () => {
  let dir: string;
  let input: string;
  let snapshotted: string;

  beforeAll(async () => {
    dir = await tempDir();
    input = await saveWorkbook(pilotWorkbook(), path.join(dir, 'plan.xlsx'));
    snapshotted = path.join(dir, 'plan-2021-08-20.xlsx');
  });

  test('snapshot writes a copy with «История», leaves the input and every user cell as they were', async () => {
    const before = await digest(input);
    const run = await roadmap('snapshot', input, '-o', snapshotted, '--today', '2021-08-20');
    expect(run).toMatchObject({ status: 0, err: '' });
    expect(run.out).toBe(`Срез на 20.08.2021 записан на листе «История» в ${snapshotted}: мероприятий 15, выполнено 0 (0,0 %), просрочено 5. Срезов в книге: 1.\n`);
    expect(await digest(input)).toBe(before);
    const [original, copy] = await Promise.all([loadWorkbookFile(input), loadWorkbookFile(snapshotted)]);
    expect(cellMap(copy, ['Программа', 'Заметки'])).toEqual(cellMap(original, ['Программа', 'Заметки']));
    expect(copy.worksheets.map((sheet) => sheet.name)).toEqual(['Программа', 'Заметки', 'История']);
  });

  test('the brief finds exactly the changes made', async () => {
    const workbook = await loadWorkbookFile(snapshotted);
    rewriteRoadmap(workbook, editsBetweenMeetings(pilotWithStatus()));
    const edited = path.join(dir, 'plan-edited.xlsx');
    await saveWorkbook(workbook, edited);

    const run = await roadmap('brief', edited, '--today', '2021-09-20', '--json');
    expect(run).toMatchObject({ status: 0, err: '' });
    const brief = JSON.parse(run.out) as MeetingBrief;
    const nos = (items: readonly { no: string }[]) => items.map((item) => item.no);
    expect(brief.since).toBe('2021-08-20');
    expect(nos(brief.done)).toEqual(['1.2']);
    expect(nos(brief.newlyOverdue)).toEqual([]);
    expect(brief.deadlineMoved.map((m) => [m.no, m.from, m.to, m.days, m.needsApproval])).toEqual([
      ['1.9', '2021-11-01', '2021-12-15', 44, true],
      ['2.1.6', '2021-10-11', '2021-10-18', 7, true],
    ]);
    expect(brief.changed.map((c) => [c.no, c.field, c.from, c.to])).toEqual([
      ['1.4', 'no', '1.3', '1.4'], ['1.5', 'no', '1.4', '1.5'], ['1.6', 'no', '1.5', '1.6'],
      ['1.7', 'no', '1.6', '1.7'], ['1.7', 'responsible', 'ФЦК', 'ФЦК,\nминистерство'],
      ['1.8', 'no', '1.7', '1.8'], ['1.9', 'no', '1.8', '1.9'],
    ]);
    expect(nos(brief.added)).toEqual(['1.3']);
    expect(nos(brief.removed)).toEqual(['2.1.7']);
    expect(nos(brief.disagreements)).toEqual(['2.1.5']);
    expect(brief.counts.then).toMatchObject({ items: 15, done: 0 });
    expect(brief.counts.now).toMatchObject({ items: 15, done: 1 });
    expect(brief.byResponsible.map((r) => r.name)).toEqual(['пилотные регионы', 'ФЦК']);
    // Items are the items of `check --json`.
    expect(brief.done[0]).toMatchObject({ row: expect.any(Number), no: '1.2', section: '1', deadline: { kind: 'date', due: '2021-08-16' }, status: 'done' });
  });

  test('the brief as a Word document holds every section', async () => {
    const docx = path.join(dir, 'brief.docx');
    const run = await roadmap('brief', snapshotted, '--today', '2021-09-20', '--docx', docx);
    expect(run.status).toBe(0);
    const xml = await (await JSZip.loadAsync(await fs.readFile(docx))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const heading of [
      'СПРАВКА', 'к заседанию рабочей группы', 'Сравнение со срезом от 20.08.2021', 'Показатели', 'Выполнено с прошлого среза',
      'Стали просроченными', 'Переносы сроков', 'Просрочено по ответственным', 'Срок до следующего заседания (30.09.2021)',
      'Разногласия (лист разногласий для директора)',
    ]) {
      expect(text).toContain(heading);
    }
  });

  test('brief -o writes a copy with the brief sheet; «История» and its chart stay', async () => {
    const output = path.join(dir, 'with-brief.xlsx');
    const run = await roadmap('brief', snapshotted, '--today', '2021-09-20', '-o', output);
    expect(run.status).toBe(0);
    const workbook = await loadWorkbookFile(output);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Программа', 'Заметки', 'История', 'Справка к заседанию']);
    expect(workbook.getWorksheet('Справка к заседанию')!.getCell('A1').value).toBe('Справка к заседанию рабочей группы');
    const zip = await JSZip.loadAsync(await fs.readFile(output));
    expect(zip.file(/xl\/charts\/chart\d+\.xml$/)).toHaveLength(1);
    // Run again on its own output: still one brief sheet.
    const again = path.join(dir, 'with-brief-2.xlsx');
    expect((await roadmap('brief', output, '--today', '2021-09-21', '-o', again)).status).toBe(0);
    expect((await loadWorkbookFile(again)).worksheets.map((sheet) => sheet.name)).toEqual(['Программа', 'Заметки', 'История', 'Справка к заседанию']);
  });

  test('with no snapshot yet the brief says so and reports today', async () => {
    const run = await roadmap('brief', input, '--today', '2021-09-20');
    expect(run.status).toBe(0);
    expect(run.out).toContain('В книге нет среза до 20.09.2021');
    expect(run.out).toContain('Просрочено по ответственным — 5');
    const json = JSON.parse((await roadmap('brief', input, '--today', '2021-09-20', '--json')).out) as MeetingBrief;
    expect(json).toMatchObject({ since: null, counts: { then: null }, done: [], deadlineMoved: [] });
  });

  test('requests per responsible, in Russian and English, as text and JSON', async () => {
    const run = await roadmap('requests', input, '--today', '2021-09-20', '--next-meeting', '2021-10-15');
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/^Кому: пилотные регионы\nТема: дорожная карта — информация к заседанию рабочей группы 15\.10\.2021/);
    expect(run.out).toContain('Кому: ФЦК');
    const en = await roadmap('requests', input, '--today', '2021-09-20', '--lang', 'en');
    expect(en.out).toContain('Subject: roadmap — information for the working group meeting of 2021-09-30');
    // Dates as people type them give the same letters.
    const typed = await roadmap('requests', input, '--today', '20.09.2021', '--next-meeting', '30.09.2021');
    expect(typed.out).toBe((await roadmap('requests', input, '--today', '2021-09-20', '--next-meeting', '2021-09-30')).out);
    const json = JSON.parse((await roadmap('requests', input, '--today', '2021-09-20', '--json')).out);
    expect(json.requests.map((r: { name: string }) => r.name)).toEqual(['пилотные регионы', 'ФЦК']);
    expect(json.requests[0].text).toMatch(/^Кому: пилотные регионы/);
  });

  test.each([
    ['a missing file', ['brief', 'no-such.xlsx']],
    ['a file that is not a workbook', ['snapshot', '__TEXT__', '-o', '__OUT__']],
    ['an output that is the input', ['snapshot', '__INPUT__', '-o', '__INPUT__']],
    ['a bad --next-meeting', ['requests', '__INPUT__', '--next-meeting', '31.09.2021']],
  ])('%s: exit status 2 and one line', async (_name, args) => {
    const text = path.join(dir, 'notes.xlsx');
    await fs.writeFile(text, 'not a workbook');
    const before = await digest(input);
    const run = await roadmap(...args.map((arg) => arg.replace('__TEXT__', text).replace('__OUT__', path.join(dir, 'x.xlsx')).replace('__INPUT__', input)));
    expect(run.status).toBe(2);
    expect(run.out).toBe('');
    expect(run.err.trimEnd().split('\n')).toHaveLength(1);
    expect(run.err).toMatch(/^roadmap: /);
    expect(await digest(input)).toBe(before);
  });

  test('a user’s sheet named «Справка к заседанию» is kept; the brief goes next to it', async () => {
    const workbook = await loadWorkbookFile(snapshotted);
    workbook.addWorksheet('Справка к заседанию').getCell('A1').value = 'моя справка';
    const mine = await saveWorkbook(workbook, path.join(dir, 'own-brief.xlsx'));
    const output = path.join(dir, 'own-brief-out.xlsx');
    expect((await roadmap('brief', mine, '--today', '2021-09-20', '-o', output)).status).toBe(0);
    const saved = await loadWorkbookFile(output);
    expect(saved.getWorksheet('Справка к заседанию')!.getCell('A1').value).toBe('моя справка');
    expect(saved.getWorksheet('Справка к заседанию (2)')!.getCell('A1').value).toBe('Справка к заседанию рабочей группы');
  });

  test('a chart of the user’s is kept in the snapshot’s copy, with nothing to warn about', async () => {
    const bytes = await addNativeCharts(await fs.readFile(input), [
      { sheetName: 'Заметки', spec: { type: 'column', title: 'Моя диаграмма', source: 'A1:B2', from: 'D1', to: 'H10' } },
    ]);
    const withChart = path.join(dir, 'with-chart.xlsx');
    await fs.writeFile(withChart, bytes);
    const output = path.join(dir, 'with-chart-out.xlsx');
    const run = await roadmap('snapshot', withChart, '-o', output, '--today', '2021-08-20');
    expect(run.status).toBe(0);
    expect(run.err).toBe('');
    const drawings = await drawingsBySheet(await fs.readFile(output));
    expect(drawings.get('Заметки')?.charts.map((chart) => chart.title)).toEqual(['Моя диаграмма']);
    expect(drawings.get('История')?.charts).toHaveLength(1);
  });
});
