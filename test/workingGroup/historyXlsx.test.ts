import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addNativeCharts } from '../../src/xlsx/charts';
import { readWorkbookHistory } from '../../src/xlsx/history/readHistory';
import { writeHistorySheet } from '../../src/xlsx/history/writeHistory';
import { readWorkingGroupWorkbook } from '../../src/xlsx/history/workingGroupFile';
import { recordSnapshot, takeSnapshot } from '../../src/roadmap/workingGroup';
import { cellMap, pilotWorkbook } from './workbooks';
import { setCell, pilotWithStatus } from './helpers';

/** Takes a snapshot of the workbook as the command does, and returns the saved file's bytes. */
async function snapshotBytes(workbook: ExcelJS.Workbook, today: string): Promise<Buffer> {
  const { roadmap, history } = readWorkingGroupWorkbook(workbook, 'test.xlsx', { today });
  const chart = writeHistorySheet(workbook, recordSnapshot(history.history, takeSnapshot(roadmap)), history.sheet);
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
});
