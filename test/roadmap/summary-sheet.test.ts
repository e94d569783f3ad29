import { analyzeSheet, summarize, type Roadmap } from '../../src/roadmap';
import type { ReportCell, ReportSheet } from '../../src/roadmap/report/reportSheet';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import { pilotRoadmapRows, sheetFromRows } from '../../src/roadmap/template/pilotGrid';
import { parseRangeRef, parseCellRef } from '../../src/xlsx/a1';

function pilot(today = '2021-09-01'): Roadmap {
  return analyzeSheet(sheetFromRows('Программа', pilotRoadmapRows()), { today }) as Roadmap;
}

function at(report: ReportSheet, address: string): ReportCell | undefined {
  const ref = parseCellRef(address);
  if (!ref) throw new Error(address);
  return report.rows[ref.row - 1]?.[ref.column - 1];
}

function rowStartingWith(report: ReportSheet, text: string): ReportCell[] {
  const row = report.rows.find((cells) => cells[0]?.value === text);
  if (!row) throw new Error(`no row «${text}»`);
  return row;
}

describe('the «Мониторинг» sheet', () => {
  const report = summarySheet(summarize(pilot()), { lang: 'ru', dueSoonDays: 14 });

  it('opens with the title and the report date as a real date', () => {
    expect(report.name).toBe('Мониторинг');
    expect(at(report, 'A1')).toEqual({ value: 'Мониторинг исполнения дорожной карты', style: 'title' });
    expect(at(report, 'B3')).toEqual({ value: { date: '2021-09-01' }, style: 'date' });
  });

  it('counts items by status, with the total and the completion as a fraction', () => {
    expect(rowStartingWith(report, 'Просрочено')[1].value).toBe(5);
    expect(rowStartingWith(report, 'Срок впереди')[1].value).toBe(8);
    expect(rowStartingWith(report, 'Без срока')[1].value).toBe(2);
    expect(rowStartingWith(report, 'Всего')[1]).toEqual({ value: 15, style: 'total' });
    expect(rowStartingWith(report, 'Выполнение')[1]).toEqual({ value: 0, style: 'percent' });
  });

  it('charts the status counts it lists, and keeps the chart clear of the tables', () => {
    const [chart] = report.charts;
    const source = parseRangeRef(chart.source);
    if (!source) throw new Error(chart.source);
    expect(at(report, `A${source.top}`)?.value).toBe('Статус');
    expect(report.rows.slice(source.top, source.bottom).map((row) => row[0].value)).toEqual([
      'Выполнено', 'Просрочено', 'Срок скоро', 'Срок впереди', 'Без срока',
    ]);
    const anchorBottom = parseCellRef(chart.to)?.row ?? 0;
    const anchorLeft = parseCellRef(chart.from)?.column ?? 0;
    const overlapped = report.rows
      .slice(parseCellRef(chart.from)!.row - 1, anchorBottom)
      .some((row) => row.slice(anchorLeft - 1).some((cell) => cell && cell.value !== null));
    expect(overlapped).toBe(false);
  });

  it('lists sections and responsibles with their counts, a shared cell counting for each', () => {
    const first = report.rows.find((row) => String(row[0]?.value).startsWith('1. Подготовительные'));
    expect(first?.slice(1, 4).map((cell) => cell.value)).toEqual([8, 0, 4]);
    expect(rowStartingWith(report, 'ФЦК')[1].value).toBe(4);
    expect(rowStartingWith(report, 'пилотные регионы')[1].value).toBe(13);
  });

  it('lists the overdue items, most overdue first, with due dates as dates', () => {
    const title = report.rows.findIndex((row) => row[0]?.value === 'Просроченные мероприятия (5)');
    const listed = report.rows.slice(title + 2, title + 7);
    expect(listed.map((row) => row[1].value)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1.1']);
    expect(listed[0][3]).toEqual({ value: { date: '2021-07-31' }, style: 'date' });
    expect(listed[0][4].value).toBe(32);
  });

  it('lists every finding with its row and severity', () => {
    // The five overdue items and the passed first meeting of 2.1.6.
    const title = report.rows.findIndex((row) => row[0]?.value === 'Замечания (6)');
    expect(report.rows[title + 2].slice(1).map((cell) => cell.value)).toEqual([7, 'предупреждение', 'overdue']);
  });

  it('is the same for the same roadmap, whatever file it came from', () => {
    expect(summarySheet(summarize(pilot()), { lang: 'ru', dueSoonDays: 14 })).toEqual(report);
  });

  it('speaks English with lang en', () => {
    const english = summarySheet(summarize(pilot()), { lang: 'en', dueSoonDays: 14 });
    expect(english.name).toBe('Monitoring');
    expect(rowStartingWith(english, 'Overdue')[1].value).toBe(5);
  });

  it('says «нет» under an empty list', () => {
    const early = summarySheet(summarize(pilot('2021-01-01')), { lang: 'ru', dueSoonDays: 14 });
    const title = early.rows.findIndex((row) => row[0]?.value === 'Просроченные мероприятия (0)');
    expect(early.rows[title + 2][0].value).toBe('нет');
  });
});
