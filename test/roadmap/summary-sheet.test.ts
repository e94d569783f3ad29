import { analyzeSheet, summarize, type Roadmap } from '../../src/roadmap';
import type { ReportCell, ReportSheet } from '../../src/roadmap/report/reportSheet';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import { pilotRoadmapRows, sheetFromRows } from '../../src/roadmap/template/pilotGrid';
import { parseRangeRef, parseCellRef } from '../../src/roadmap/a1';
import { LIVE_RULE_STYLES } from '../../src/roadmap/liveRules';
import { pageCapacityPoints } from '../../src/roadmap/report/pageBreaks';
import { reportRowHeights, rowHeightFor, sheetLooks, wrappedLines } from '../../src/roadmap/report/sheetLook';

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
    expect(report.rows[title + 2].slice(1).map((cell) => cell.value)).toEqual([7, 'предупреждение', 'просрочено']);
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

describe('the «Мониторинг» sheet reads and prints well', () => {
  const report = summarySheet(summarize(pilot()), { lang: 'ru', dueSoonDays: 14 });
  const looks = sheetLooks(report.rows);
  const lookAt = (row: number, column: number) => looks[row - 1][column - 1];

  it('says what each highlight colour means, in those colours, and that colours follow today while the sheet is as of its date', () => {
    const title = report.rows.findIndex((row) => row[0]?.value === 'Цвета на листе «Программа»');
    expect(title).toBeGreaterThan(0);
    const legend = report.rows.slice(title + 1, title + 5).map((row) => row[0]);
    expect(legend.map((cell) => cell.value)).toEqual([
      'Срок прошёл, мероприятие не выполнено',
      'Срок наступает в ближайшие 14 дней',
      'Не заполнено обязательное поле',
      expect.stringContaining('на дату отчёта 01.09.2021'),
    ]);
    expect(sheetLooks([[legend[0]], [legend[1]], [legend[2]]]).map(([look]) => look?.fill)).toEqual([
      LIVE_RULE_STYLES.overdue.fill,
      LIVE_RULE_STYLES['due-soon'].fill,
      LIVE_RULE_STYLES.missing.fill,
    ]);
    expect(legend[3].value).toContain('сегодняшней дате');
  });

  it('aligns every cell to the top, numbers right, and each header like its column', () => {
    const header = report.rows.findIndex((row) => row[0]?.value === 'Мероприятие' && row[0].style === 'header') + 1;
    // Мероприятие | № п/п | Срок | Плановая дата | Дней просрочки | Ответственный | Строка
    expect([1, 2, 3, 4, 5, 6, 7].map((column) => lookAt(header, column)?.horizontal)).toEqual(['left', 'left', 'left', 'right', 'right', 'left', 'right']);
    expect(lookAt(header + 1, 5)).toMatchObject({ horizontal: 'right', vertical: 'top' });
    expect(lookAt(header + 1, 1)).toMatchObject({ horizontal: 'left', vertical: 'top', wrap: true });
    expect(looks.flat().filter((look) => look && look.fill === null).every((look) => look?.vertical === 'top')).toBe(true);
  });

  it('gives wrapped rows a height for their text', () => {
    const heights = reportRowHeights(report);
    const longest = report.rows.findIndex((row) => typeof row[0]?.value === 'string' && row[0].value.length > 120 && row[0].style === 'wrap');
    expect(longest).toBeGreaterThan(0);
    expect(heights[longest]).toBeGreaterThanOrEqual(30);
  });

  it('never leaves a heading at the foot of a printed page', () => {
    // A roadmap with many findings: the tables fill more than a page.
    const long = summarySheet(summarize(pilot('2023-01-01')), { lang: 'ru', dueSoonDays: 14 });
    const breaks = long.print?.breaksBefore ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    for (const row of breaks) expect(long.rows[row - 1][0]?.style).toBe('subtitle');
    const heights = reportRowHeights(long).map((height) => height ?? 15);
    const capacity = pageCapacityPoints(long.columnWidths);
    // Walk the pages: no subtitle ends a page, and (for tables shorter than a page) none is split from its rows.
    const pageTops = [1, ...breaks];
    pageTops.forEach((top, index) => {
      const next = pageTops[index + 1] ?? long.rows.length + 1;
      let used = 0;
      for (let row = top; row < next; row++) {
        used += heights[row - 1];
        if (used > capacity) {
          const previous = long.rows[row - 2];
          expect(previous[0]?.style).not.toBe('subtitle');
          used = heights[row - 1];
        }
      }
    });
  });
});

describe('the one row-height estimate', () => {
  it('wraps by words and counts paragraphs', () => {
    expect(wrappedLines('короткий текст', 20)).toBe(1);
    expect(wrappedLines('первая строка\nвторая строка', 60)).toBe(2);
    // 12 words of 9 letters in a column of 20: two words a line.
    expect(wrappedLines(Array.from({ length: 12 }, () => 'мероприят').join(' '), 20)).toBe(6);
    expect(rowHeightFor([{ text: 'одна строка', width: 60 }])).toBeUndefined();
    expect(rowHeightFor([{ text: 'а '.repeat(200), width: 10 }])).toBeLessThanOrEqual(409);
  });
});
