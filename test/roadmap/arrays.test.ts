import { appendAll, maxOf, minOf } from '../../src/roadmap/arrays';
import { pilotRoadmapRows, sheetFromRows } from '../../src/roadmap/template/pilotGrid';
import { analyzeSheet, summarize } from '../../src/roadmap';
import { summarySheet } from '../../src/roadmap/report/summarySheet';

describe('arrays of any length', () => {
  test('maxOf, minOf and appendAll take more elements than an engine takes arguments', () => {
    const many = Array.from({ length: 1_000_000 }, (_, index) => index);
    expect(() => Math.max(...many)).toThrow(RangeError);
    expect(maxOf(many)).toBe(999_999);
    expect(minOf(many)).toBe(0);
    expect(maxOf([], 1)).toBe(1);
    expect(appendAll([-1], many)).toHaveLength(1_000_001);
  });

  test('the «Мониторинг» sheet lists 300,000 overdue items', () => {
    const rows = pilotRoadmapRows();
    const roadmap = analyzeSheet(sheetFromRows('Программа', rows), { today: '2021-09-01' });
    if (!roadmap) throw new Error('no roadmap');
    const summary = summarize(roadmap);
    const overdue = Array.from({ length: 300_000 }, () => summary.overdue[0]);
    const sheet = summarySheet({ ...summary, overdue }, { lang: 'ru', dueSoonDays: 14 });
    expect(sheet.rows.length).toBeGreaterThan(300_000);
  });
});
