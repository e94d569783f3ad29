import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addNativeCharts } from '../../src/xlsx/charts';
import { readWorkbookHistory } from '../../src/xlsx/history/readHistory';
import { writeHistorySheet } from '../../src/xlsx/history/writeHistory';
import { readWorkingGroupWorkbook } from '../../src/xlsx/history/workingGroupFile';
import { recordSnapshot, takeSnapshot } from '../../src/roadmap/workingGroup';
import { roadmapInProcess } from '../cli/inProcess';
import { cellMap, pilotWorkbook } from './workbooks';
import { setCell, pilotWithStatus } from './helpers';

/** Takes a snapshot of the workbook as the command does, and returns the saved file's bytes. */
async function snapshotBytes(workbook: ExcelJS.Workbook, today: string): Promise<Buffer> {
  const { roadmap, history } = readWorkingGroupWorkbook(workbook, 'test.xlsx', { today });
  const { chart } = writeHistorySheet(workbook, recordSnapshot(history.history, takeSnapshot(roadmap)), history.sheet);
  return addNativeCharts(Buffer.from(await workbook.xlsx.writeBuffer()), [chart]);
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the sheet «История» in a workbook', () => {
  test('a snapshot adds typed tables and a native line chart, and changes no user cell', async () => {
    const original = pilotWorkbook();
    const before = cellMap(original, ['Программа', 'Заметки']);
    const bytes = await snapshotBytes(original, '2021-08-20');
    const saved = await load(bytes);

    expect(saved.worksheets.map((sheet) => sheet.name)).toEqual(['Программа', 'Заметки', 'История']);
    expect(cellMap(saved, ['Программа', 'Заметки'])).toEqual(before);
    expect(saved.getWorksheet('Заметки')?.getCell('A1').value).toBe('=не формула, а текст');

    const zip = await JSZip.loadAsync(bytes);
    const tables = await Promise.all(zip.file(/xl\/tables\/table\d+\.xml$/).map((file) => file.async('string')));
    expect(tables.map((xml) => /displayName="(\w+)"/.exec(xml)?.[1]).sort()).toEqual(['RoadmapSnapshotItems', 'RoadmapSnapshots']);
    const chart = await zip.file(/xl\/charts\/chart\d+\.xml$/)[0].async('string');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('История');

    const history = saved.getWorksheet('История');
    expect(history?.getCell('A5').value).toEqual(new Date(Date.UTC(2021, 7, 20)));
    expect(history?.getCell('A5').numFmt).toBe('dd.mm.yyyy');
    expect(history?.getCell('C5').value).toBe(5);
  });

  test('snapshots accumulate; the same date again replaces its rows; the sheet keeps its place', async () => {
    let bytes = await snapshotBytes(pilotWorkbook(), '2021-08-20');
    let workbook = await load(bytes);
    // Move «История» before «Заметки», as a user might.
    const ordered = workbook.worksheets.map((sheet) => sheet as ExcelJS.Worksheet & { orderNo: number });
    [ordered[1].orderNo, ordered[2].orderNo] = [ordered[2].orderNo, ordered[1].orderNo];
    bytes = await snapshotBytes(workbook, '2021-09-20');
    workbook = await load(bytes);
    workbook.getWorksheet('Программа')!.getCell('G8').value = 'Выполнено'; // item 1.2
    bytes = await snapshotBytes(workbook, '2021-09-20');
    workbook = await load(bytes);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Программа', 'История', 'Заметки']);
    const { history, findings } = readWorkbookHistory(workbook);
    expect(findings).toEqual([]);
    expect(history.snapshots.map((s) => [s.date, s.items.length, s.counts.done])).toEqual([['2021-08-20', 15, 0], ['2021-09-20', 15, 1]]);
  });

  test('a history damaged by hand is read as far as it can be and nothing of it is lost on the next snapshot', async () => {
    const workbook = await load(await snapshotBytes(pilotWorkbook(), '2021-08-20'));
    const sheet = workbook.getWorksheet('История')!;
    let row13 = 1;
    while (sheet.getCell(`B${row13}`).value !== '1.3') row13++;
    sheet.getCell(`A${row13}`).value = 'вчера'; // the date of item 1.3's row
    sheet.getCell('D5').value = 'пятнадцать'; // items count
    expect(readWorkbookHistory(workbook).findings.map((finding) => finding.code)).toEqual([
      'history-bad-number', 'history-bad-date', 'history-counts-recomputed', 'history-unread-rows',
    ]);

    const saved = await load(await snapshotBytes(workbook, '2021-09-20'));
    const { history, findings } = readWorkbookHistory(saved);
    expect(findings.map((finding) => finding.code)).toEqual(['history-unread-rows']);
    expect(history.snapshots.map((s) => [s.date, s.items.length])).toEqual([['2021-08-20', 14], ['2021-09-20', 15]]);
    expect(history.unread.map((row) => row.values.slice(0, 4))).toEqual([
      [{ kind: 'date', iso: '2021-08-20' }, 0, 5, 'пятнадцать'],
      ['вчера', '1.3', expect.stringMatching(/^Участие сотрудников/), expect.stringMatching(/^до 16\.08\.2021/)],
    ]);
  });

  test('the roadmap is never taken from the tools’ own sheets', async () => {
    const workbook = await load(await snapshotBytes(pilotWorkbook(setCell(pilotWithStatus(), '1.1', 'status', 'Выполнено')), '2021-08-20'));
    const history = workbook.getWorksheet('История') as ExcelJS.Worksheet & { orderNo: number };
    history.orderNo = 0;
    expect(readWorkingGroupWorkbook(workbook, 'test.xlsx', { today: '2021-09-20' }).roadmap.layout.sheet).toBe('Программа');
  });

  test('a user’s own sheet «История» is left alone: the history goes to «История (2)», and stays there', async () => {
    const workbook = pilotWorkbook();
    const own = workbook.addWorksheet('История');
    own.getCell('A1').value = 'История учреждения';
    own.getCell('A2').value = 'Основано в 1965 году';
    let saved = await load(await snapshotBytes(workbook, '2021-08-20'));
    saved = await load(await snapshotBytes(saved, '2021-09-20'));

    expect(saved.worksheets.map((sheet) => sheet.name)).toEqual(['Программа', 'Заметки', 'История', 'История (2)']);
    expect(cellMap(saved, ['История'])).toEqual(new Map([['История!A1', '"История учреждения"'], ['История!A2', '"Основано в 1965 году"']]));
    const { history, sheet } = readWorkbookHistory(saved);
    expect(sheet?.name).toBe('История (2)');
    expect(history.snapshots.map((s) => s.date)).toEqual(['2021-08-20', '2021-09-20']);
  });

  /** The row of «История»'s items table holding `no` of the snapshot taken on `iso`. */
  function itemRow(sheet: ExcelJS.Worksheet, iso: string, no: string): number {
    for (let row = 1; row <= sheet.rowCount; row++) {
      const date = sheet.getCell(row, 1).value;
      if (date instanceof Date && date.toISOString().startsWith(iso) && sheet.getCell(row, 2).value === no) return row;
    }
    throw new Error(`no row for ${no} of ${iso}`);
  }

  function countsRow(sheet: ExcelJS.Worksheet, iso: string): number {
    for (let row = 5; row <= sheet.rowCount; row++) {
      const date = sheet.getCell(row, 1).value;
      if (date instanceof Date && date.toISOString().startsWith(iso)) return row;
    }
    throw new Error(`no counts row for ${iso}`);
  }

  test('cell notes put on the tables of «История» follow their rows to a snapshot of a new date', async () => {
    const workbook = await load(await snapshotBytes(pilotWorkbook(), '2021-08-20'));
    const sheet = workbook.getWorksheet('История')!;
    const before = itemRow(sheet, '2021-08-20', '1.3');
    sheet.getCell(before, 3).note = 'Срок перенесён письмом № 12';
    sheet.getCell(countsRow(sheet, '2021-08-20'), 2).note = 'Данные уточнены у исполнителей';

    const history = (await load(await snapshotBytes(workbook, '2021-09-20'))).getWorksheet('История')!;
    const after = itemRow(history, '2021-08-20', '1.3');
    // The new date's counts row pushes the items table down: the note moves with its row.
    expect(after).toBe(before + 1);
    expect(JSON.stringify(history.getCell(after, 3).note)).toContain('Срок перенесён письмом № 12');
    expect(JSON.stringify(history.getCell(countsRow(history, '2021-08-20'), 2).note)).toContain('Данные уточнены у исполнителей');
    const noted = [];
    for (let row = 1; row <= history.rowCount; row++) for (let column = 1; column <= 8; column++) if (history.getCell(row, column).note) noted.push(history.getCell(row, column).address);
    expect(noted).toEqual([`B${countsRow(history, '2021-08-20')}`, `C${after}`]);
  });

  test('a note whose row is gone from «История» is named in the copy’s warning', async () => {
    const workbook = await load(await snapshotBytes(pilotWorkbook(), '2021-08-20'));
    const sheet = workbook.getWorksheet('История')!;
    const gone = itemRow(sheet, '2021-08-20', '1.3');
    sheet.getCell(gone, 3).note = 'Срок перенесён письмом № 12';
    sheet.getCell(itemRow(sheet, '2021-08-20', '1.2'), 3).note = 'Исполнено досрочно';
    // Item 1.3 is struck from the roadmap, and the snapshot of the same date taken again: its row is no more.
    const roadmap = workbook.getWorksheet('Программа')!;
    let struck = 1;
    while (!roadmap.getRow(struck).values.toString().split(',').includes('1.3')) struck++;
    roadmap.spliceRows(struck, 1);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'history-notes-'));
    const input = path.join(dir, 'pilot.xlsx');
    writeFileSync(input, Buffer.from(await workbook.xlsx.writeBuffer()));
    const { status, err: stderr } = await roadmapInProcess('snapshot', input, '-o', path.join(dir, 'copy.xlsx'), '--today', '2021-08-20');

    expect(status).toBe(0);
    expect(stderr).toContain(`примечания к ячейкам, строк которых больше нет (История!C${gone})`);
    const copy = (await load(readFileSync(path.join(dir, 'copy.xlsx')))).getWorksheet('История')!;
    expect(() => itemRow(copy, '2021-08-20', '1.3')).toThrow();
    expect(JSON.stringify(copy.getCell(itemRow(copy, '2021-08-20', '1.2'), 3).note)).toContain('Исполнено досрочно');
  });
});
