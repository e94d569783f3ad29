import { readHistory, writeHistory } from '../../src/excel/historyPort';
import { emptyHistory, historyLayout, readHistorySheet, recordSnapshot, takeSnapshot, tableRange } from '../../src/roadmap/workingGroup';
import { createMockExcel } from '../excel/mockExcel';
import { analyzeRows, pilotWithStatus } from './helpers';

const layout = historyLayout(recordSnapshot(emptyHistory(), takeSnapshot(analyzeRows(pilotWithStatus(), '2021-08-20'))));

describe('«История» through Office.js', () => {
  test('written as values with two typed tables, a line chart and the owner mark', async () => {
    const { context, recorder } = createMockExcel({ sheets: [{ name: 'Программа', rows: [['№ п/п']] }] });
    expect(await writeHistory(context, layout)).toEqual({ name: 'История' });
    expect(recorder.addedSheets).toEqual(['История']);
    expect(recorder.addedTables.map((table) => [table.address, table.table.name])).toEqual([
      [tableRange(layout.counts), 'RoadmapSnapshots'],
      [tableRange(layout.items), 'RoadmapSnapshotItems'],
    ]);
    expect(recorder.charts.map((chart) => [chart.type, chart.source])).toEqual([['Line', 'A4:C5']]);
    expect(recorder.addedNames).toEqual([{ name: 'RoadmapMonitor_History', reference: 'A1' }]);
    const counts = recorder.ranges.find((entry) => entry.sheet === 'История' && entry.address.startsWith('A1:'))?.range;
    expect(counts?.values[4].slice(0, 4)).toEqual([44428, 0, 5, 15]);
  });

  test('a user’s own sheet «История» is kept: the history takes a free name', async () => {
    const { context, recorder } = createMockExcel({ sheets: [{ name: 'Программа', rows: [['№ п/п']] }, { name: 'История', rows: [['Мои заметки']] }] });
    expect(await writeHistory(context, layout)).toEqual({ name: 'История (2)' });
    expect(recorder.deletedSheets).toEqual([]);
  });

  test('the history is read back from the sheet the mark names, under a name the tools give it', async () => {
    const rows = [['История срезов дорожной карты'], [], [], layout.counts.headers, [44428, 0, 5, 15, 0, 0, 8, 2]];
    const { context } = createMockExcel({
      sheets: [{ name: 'Программа', rows: [['№ п/п']] }, { name: 'История (2)', rows, formats: { '5,1': 'dd.mm.yyyy' } }],
      names: { RoadmapMonitor_History: "'История (2)'!$A$1" },
    });
    const source = await readHistory(context);
    expect(source.marked).toBe(true);
    expect(readHistorySheet(source.sheet!).history.snapshots.map((s) => [s.date, s.counts.overdue])).toEqual([['2021-08-20', 5]]);
  });
});
