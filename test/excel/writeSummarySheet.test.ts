import type { ReportSheet } from '../../src/roadmap/report/reportSheet';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import { analyzeSheet, summarize } from '../../src/roadmap';
import { pilotRoadmapRows, sheetFromRows } from '../../src/roadmap/template/pilotGrid';
import { writeSummarySheet } from '../../src/excel/writeSummarySheet';
import { characterWidthToPoints, lookRuns, renderReportSheet } from '../../src/excel/renderReportSheet';
import { reportRowHeights, sheetLooks } from '../../src/roadmap/report/sheetLook';
import { splitIntoChunks } from '../../src/excel/payload';
import { createMockExcel } from './mockExcel';

const report: ReportSheet = {
  name: 'Мониторинг',
  rows: [
    [{ value: 'Мониторинг дорожной карты', style: 'title' }],
    [{ value: 'Дата отчёта' }, { value: { date: '2021-09-01' }, style: 'date' }],
    [{ value: 'Выполнено' }, { value: 0.25, style: 'percent' }],
    [{ value: 'Мероприятие', style: 'header' }, { value: '№', style: 'header' }, { value: 'Дней', style: 'header' }],
    [{ value: '=СУММ(A1:A2) — так написал пользователь', style: 'wrap' }, { value: '1.10' }, { value: 12 }],
  ],
  columnWidths: [60, 12],
  merges: ['A1:C1'],
  charts: [{ type: 'column', title: 'Мероприятия по статусу', source: 'A4:C5', from: 'E2', to: 'L18' }],
  frozenRows: 4,
};

const sheets = [{ name: 'Программа', rows: [['№ п/п']] }];

describe('the monitoring sheet', () => {
  test('writes values, real dates and text as text in one batch after one look', async () => {
    const { context, recorder } = createMockExcel({ sheets });
    expect(await writeSummarySheet(context, report)).toEqual({ name: 'Мониторинг' });
    expect(recorder.syncs).toBe(2);
    expect(recorder.addedSheets).toEqual(['Мониторинг']);
    const block = recorder.ranges.find((entry) => entry.sheet === 'Мониторинг' && entry.address === 'A1:C5')?.range;
    expect(block?.values).toEqual([
      ['Мониторинг дорожной карты', '', ''],
      ['Дата отчёта', 44440, ''],
      ['Выполнено', 0.25, ''],
      ['Мероприятие', '№', 'Дней'],
      ['=СУММ(A1:A2) — так написал пользователь', '1.10', 12],
    ]);
    // Strings go into text cells (never a formula, «1.10» stays «1.10»); dates and percentages get their formats.
    expect(block?.numberFormat[4]).toEqual(['@', '@', 'General']);
    expect(block?.numberFormat[1]).toEqual(['@', 'dd.mm.yyyy', 'General']);
    expect(block?.numberFormat[2]).toEqual(['@', '0.0%', 'General']);
  });

  test('adds a native chart, the merge, the frozen header and the column widths', async () => {
    const { context, recorder } = createMockExcel({ sheets });
    await writeSummarySheet(context, report);
    expect(recorder.charts).toEqual([expect.objectContaining({ sheet: 'Мониторинг', type: 'ColumnClustered', source: 'A4:C5' })]);
    expect(recorder.charts[0].chart.title.text).toBe('Мероприятия по статусу');
    expect(recorder.frozenRows).toEqual([{ sheet: 'Мониторинг', rows: 4 }]);
    expect(recorder.ranges.find((entry) => entry.address === 'A1')?.range.format.columnWidth).toBe(characterWidthToPoints(60));
    expect(recorder.addedNames).toEqual([{ name: 'RoadmapMonitor_Summary', reference: 'A1' }]);
  });

  test('replaces the sheet it owns', async () => {
    const { context, recorder } = createMockExcel({
      sheets: [...sheets, { name: 'Мониторинг', rows: [['старая сводка']] }],
      names: { RoadmapMonitor_Summary: "='Мониторинг'!$A$1" },
    });
    expect(await writeSummarySheet(context, report)).toEqual({ name: 'Мониторинг' });
    expect(recorder.deletedNames).toEqual(['RoadmapMonitor_Summary']);
    expect(recorder.deletedSheets).toEqual(['Мониторинг']);
    expect(recorder.addedSheets).toEqual(['Мониторинг']);
  });

  test('never deletes a user’s sheet of the same name', async () => {
    const { context, recorder } = createMockExcel({ sheets: [...sheets, { name: 'Мониторинг', rows: [['мои заметки']] }] });
    expect(await writeSummarySheet(context, report)).toEqual({ name: 'Мониторинг (2)' });
    expect(recorder.deletedSheets).toEqual([]);
  });

  test('renders the real «Мониторинг» sheet of the seed roadmap', async () => {
    const roadmap = analyzeSheet(sheetFromRows('Программа', pilotRoadmapRows()), { today: '2021-09-01' });
    if (!roadmap) throw new Error('no roadmap');
    const real = summarySheet(summarize(roadmap), { lang: 'ru', dueSoonDays: 14 });
    const { context, recorder } = createMockExcel({ sheets });
    await writeSummarySheet(context, real);
    const written = recorder.ranges.filter((entry) => entry.sheet === real.name && Array.isArray(entry.range.values)).flatMap((entry) => entry.range.values);
    expect(written).toHaveLength(real.rows.length);
    expect(written.flat()).toContain('1.1');
    expect(recorder.charts.length).toBe(real.charts.length);
  });

  test.each([10, 10_000])('two syncs for a sheet listing %i overdue items', async (count) => {
    const rows = Array.from({ length: count }, (_, n) => [{ value: `Мероприятие ${n}` }, { value: { date: '2021-07-31' } }, { value: n }]);
    const { context, recorder } = createMockExcel({ sheets });
    await writeSummarySheet(context, { ...report, rows: [...report.rows, ...rows] });
    expect(recorder.syncs).toBe(2);
  });
});

describe('report sheet helpers', () => {
  test('looks go out as few rectangles', () => {
    const runs = lookRuns(sheetLooks(report.rows)).map(({ look, address }) => `${address} ${look.horizontal} ${look.numberFormat}${look.bold ? ' bold' : ''}`);
    expect(runs).toEqual([
      'A1:A1 left @ bold',
      'A2:A3 left @',
      // The header row: left over text, right over the numbers of «Дней».
      'A4:B4 left @ bold',
      'A5:A5 left @',
      'B2:B2 right dd.mm.yyyy',
      'B3:B3 right 0.0%',
      'B5:B5 left @',
      'C4:C4 right @ bold',
      'C5:C5 right General',
    ]);
  });

  test('rows with wrapped or merged text get their heights; every cell is top-aligned, headers aside', async () => {
    const merged: ReportSheet = {
      ...report,
      rows: [[{ value: 'Справка '.repeat(40), style: 'wrap' }], [{ value: 'коротко' }, { value: 5 }]],
      merges: ['A1:C1'],
      columnWidths: [20, 20, 20],
      charts: [],
      frozenRows: 0,
    };
    const { context, recorder } = createMockExcel({ sheets: [{ name: 'Мониторинг', rows: [] }] });
    await renderReportSheet(context.workbook.worksheets.getItem('Мониторинг'), merged, async () => undefined, false);
    const heights = recorder.ranges.filter((entry) => entry.range.format.rowHeight !== undefined).map((entry) => [entry.address, entry.range.format.rowHeight]);
    // 320 characters across three merged columns of 20 wrap to 6 lines: without a height Excel shows one.
    expect(heights).toEqual([['A1:A1', reportRowHeights(merged)[0]]]);
    expect(reportRowHeights(merged)[0]).toBeGreaterThanOrEqual(5 * 15);
    const aligned = recorder.ranges.filter((entry) => entry.range.format.verticalAlignment !== undefined).map((entry) => entry.range.format.verticalAlignment);
    expect(new Set(aligned)).toEqual(new Set(['Top']));
  });

  test('a sheet larger than Excel’s request limit is cut into row chunks', () => {
    const long = 'д'.repeat(1000);
    const rows = Array.from({ length: 1000 }, () => [long, long]);
    const chunks = splitIntoChunks(rows);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.reduce((sum, chunk) => sum + chunk.count, 0)).toBe(1000);
    expect(splitIntoChunks([['a']])).toEqual([{ start: 0, count: 1 }]);
  });
});
