import { historyReportSheet } from '../../src/roadmap/workingGroup';
import { pageCapacityPoints } from '../../src/roadmap/report/pageBreaks';
import { reportRowHeights } from '../../src/roadmap/report/sheetLook';
import {
  historyLayout, latestSnapshotBefore, readHistorySheet, recordSnapshot, takeSnapshot, emptyHistory, type History,
} from '../../src/roadmap/workingGroup';
import type { Cell, SheetData } from '../../src/roadmap';
import { analyzeRows, layoutToSheet, pilotWithStatus, setCell, sheetOfValues } from './helpers';

const snapshotOn = (date: string, edit: (rows: string[][]) => string[][] = (rows) => rows) => takeSnapshot(analyzeRows(edit(pilotWithStatus()), date));

function twoSnapshots(): History {
  return recordSnapshot(recordSnapshot(emptyHistory(), snapshotOn('2021-08-20')), snapshotOn('2021-09-20', (rows) => setCell(rows, '1.2', 'status', 'Выполнено')));
}

/** The sheet a host writes for the history, so that a test can damage it cell by cell. */
function writtenSheet(history: History): SheetData {
  return layoutToSheet(historyLayout(history));
}

function rowIndexOf(sheet: SheetData, predicate: (cells: Cell[]) => boolean): number {
  const index = sheet.cells.findIndex(predicate);
  if (index < 0) throw new Error('row not found');
  return index;
}

const isItemRow = (date: string, no: string) => (cells: Cell[]): boolean =>
  JSON.stringify(cells[0]?.value) === JSON.stringify({ kind: 'date', iso: date }) && cells[1]?.value === no;

describe('snapshots', () => {
  test('a snapshot records every item and the counts of its report date', () => {
    const snapshot = snapshotOn('2021-09-01');
    expect(snapshot.items).toHaveLength(15);
    expect(snapshot.counts).toEqual({ items: 15, done: 0, overdue: 5, dueSoon: 0, open: 8, undated: 2, completionPercent: 0 });
    expect(snapshot.items[0]).toEqual({
      no: '1.1', activity: expect.stringMatching(/^Организация и проведение установочного вебинара/), deadlineText: expect.stringMatching(/^до 31\.07\.2021\sг\.$/),
      due: '2021-07-31', responsible: 'ФЦК,\nпилотные регионы', result: 'видеозапись установочного вебинара', status: 'overdue',
    });
  });

  test('a second snapshot on the same date replaces the first; other dates stay', () => {
    let history = recordSnapshot(emptyHistory(), snapshotOn('2021-08-20'));
    history = recordSnapshot(history, snapshotOn('2021-09-20'));
    history = recordSnapshot(history, snapshotOn('2021-09-20', (rows) => setCell(rows, '1.2', 'status', 'Выполнено')));
    expect(history.snapshots.map((s) => [s.date, s.counts.done])).toEqual([['2021-08-20', 0], ['2021-09-20', 1]]);
  });

  test('the brief compares with the latest snapshot strictly before the report date', () => {
    const history = twoSnapshots();
    expect(latestSnapshotBefore(history, '2021-09-20')?.date).toBe('2021-08-20');
    expect(latestSnapshotBefore(history, '2021-09-21')?.date).toBe('2021-09-20');
    expect(latestSnapshotBefore(history, '2021-08-20')).toBeNull();
  });
});

describe('the sheet «История»', () => {
  test('what is written reads back as the same history, with no findings', () => {
    const history = twoSnapshots();
    const reading = readHistorySheet(writtenSheet(history));
    expect(reading.findings).toEqual([]);
    expect(reading.history).toEqual(history);
  });

  test('a chart of completion % and overdue over the counts table', () => {
    const layout = historyLayout(twoSnapshots());
    expect(layout.counts.headers.slice(0, 3)).toEqual(['Дата среза', 'Выполнено, %', 'Просрочено']);
    expect(layout.chart).toMatchObject({ type: 'line', source: 'A4:C6', secondaryAxisSeries: [0] });
    expect(layout.counts.rows).toEqual([
      // 2.1.6 is due soon on both dates: its first meeting (31.08.2021), then its second (20.09.2021), is near.
      [{ date: '2021-08-20' }, 0, 5, 15, 0, 1, 7, 2],
      [{ date: '2021-09-20' }, 6.7, 4, 15, 1, 3, 5, 2],
    ]);
  });

  test('prints with the chart whole under the counts and the items on pages of their own, their header repeated', () => {
    const layout = historyLayout(twoSnapshots());
    const chartTop = Number(layout.chart.from.slice(1));
    const chartBottom = Number(layout.chart.to.slice(1));
    expect(chartTop).toBeGreaterThan(layout.counts.headerRow + layout.counts.rows.length);
    expect(layout.items.headerRow).toBeGreaterThan(chartBottom);
    const sheet = historyReportSheet(layout, 'История');
    expect(sheet.print).toEqual({ titleRows: { first: layout.items.headerRow, last: layout.items.headerRow }, breaksBefore: [layout.items.headerRow] });
    // The counts and the chart fit on the first page.
    const heights = reportRowHeights(sheet).slice(0, layout.items.headerRow - 1).reduce<number>((sum, height) => sum + (height ?? 15), 0);
    expect(heights).toBeLessThan(pageCapacityPoints(sheet.columnWidths));
  });

  test.each<[string, (sheet: SheetData) => void, string[], (history: History) => void]>([
    [
      'a bad date in an item row: that row is kept aside, the rest read',
      (sheet) => { sheet.cells[rowIndexOf(sheet, isItemRow('2021-08-20', '1.3'))][0] = { value: '20 августа' }; },
      ['history-bad-date', 'history-counts-mismatch', 'history-unread-rows'],
      (history) => {
        expect(history.snapshots[0].items.map((i) => i.no)).not.toContain('1.3');
        expect(history.snapshots[1].items).toHaveLength(15);
        expect(history.unread).toHaveLength(1);
        expect(history.unread[0].values.slice(0, 2)).toEqual(['20 августа', '1.3']);
      },
    ],
    [
      'text in a number of the counts table',
      (sheet) => { sheet.cells[4][2] = { value: 'пять' }; },
      ['history-bad-number', 'history-counts-recomputed', 'history-unread-rows'],
      (history) => {
        expect(history.snapshots[0].counts.overdue).toBe(5);
        expect(history.unread[0].values[2]).toBe('пять');
      },
    ],
    [
      'item rows deleted by hand: the counts stay, a mismatch is reported',
      (sheet) => { sheet.cells.splice(rowIndexOf(sheet, isItemRow('2021-08-20', '1.1')), 2); },
      ['history-counts-mismatch'],
      (history) => {
        expect(history.snapshots[0].counts.items).toBe(15);
        expect(history.snapshots[0].items).toHaveLength(13);
      },
    ],
    [
      'the «Результат» column deleted: results are unknown, not empty',
      (sheet) => { for (const row of sheet.cells) row.splice(6, 1); },
      ['history-missing-column'],
      (history) => expect(history.snapshots[0].unknownFields).toEqual(['result']),
    ],
    [
      'the date column deleted from the items table: the rows are kept aside',
      (sheet) => {
        const header = rowIndexOf(sheet, (cells) => cells[1]?.value === '№ п/п');
        for (const row of sheet.cells.slice(header)) row.splice(0, 1);
      },
      ['history-missing-column', 'history-unread-rows'],
      (history) => {
        expect(history.snapshots[0].items).toEqual([]);
        expect(history.snapshots[0].counts.items).toBe(15);
        expect(history.unread).toHaveLength(30);
      },
    ],
    [
      'an unknown status word',
      (sheet) => { sheet.cells[rowIndexOf(sheet, isItemRow('2021-09-20', '1.2'))][7] = { value: 'почти' }; },
      ['history-bad-status', 'history-counts-mismatch', 'history-unread-rows'],
      (history) => expect(history.snapshots[1].items).toHaveLength(14),
    ],
    [
      'the counts row of a date written twice',
      (sheet) => { sheet.cells.splice(5, 0, [...sheet.cells[4]]); },
      ['history-duplicate-counts', 'history-unread-rows'],
      (history) => expect(history.snapshots).toHaveLength(2),
    ],
  ])('%s: a clear finding, never a crash, nothing lost', (_name, damage, codes, check) => {
    const sheet = writtenSheet(twoSnapshots());
    damage(sheet);
    const reading = readHistorySheet(sheet);
    expect(reading.findings.map((finding) => finding.code)).toEqual(codes);
    for (const finding of reading.findings) expect(finding.message).not.toMatch(/undefined/);
    check(reading.history);

    // Written back and read again: the same history, unreadable rows carried along unchanged.
    const again = readHistorySheet(writtenSheet(reading.history));
    expect(again.history).toEqual(reading.history);
  });

  test('a sheet «История» that is not ours keeps all its rows', () => {
    const reading = readHistorySheet(sheetOfValues([['Мои заметки'], ['Совещание', { kind: 'date', iso: '2021-08-01' }, 3]]));
    expect(reading.findings.map((f) => f.code)).toEqual(['history-no-tables', 'history-unread-rows']);
    expect(reading.history).toEqual({
      snapshots: [],
      unread: [{ values: ['Мои заметки'] }, { values: ['Совещание', { kind: 'date', iso: '2021-08-01' }, 3] }],
    });
  });

  test('messages in English with lang en', () => {
    const sheet = writtenSheet(twoSnapshots());
    sheet.cells[4][2] = { value: 'five' };
    expect(readHistorySheet(sheet, 'en').findings[0].message).toBe('“История”, row 5: “five” in the “Просрочено” column is not a number; the row is kept unchanged but left out of comparisons.');
  });
});
