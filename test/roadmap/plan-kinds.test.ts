/**
 * The kinds of real plans the engine must read (issue 9): each kind's minimal invented case, plus variants.
 * The real published plans themselves are in test/roadmap/real-plans.test.ts.
 */
import { analyzeSheet, summarize, splitResponsible, type Cell, type CellValue, type Roadmap, type SheetData } from '../../src/roadmap';

function sheet(rows: readonly (readonly CellValue[])[]): SheetData {
  return { name: 'Лист', top: 1, left: 1, cells: rows.map((row) => row.map((value): Cell => ({ value }))) };
}

function analyze(rows: readonly (readonly CellValue[])[], today = '2022-03-15'): Roadmap {
  const roadmap = analyzeSheet(sheet(rows), { today });
  if (!roadmap) throw new Error('no roadmap table');
  return roadmap;
}

const codes = (roadmap: Roadmap): string[] => roadmap.findings.filter((f) => f.code !== 'overdue').map((f) => f.code);

describe('1. header words', () => {
  it('reads «N | Направления деятельности | Сроки | Ответственные лица»', () => {
    const roadmap = analyze([
      ['N', 'Направления деятельности', 'Сроки', 'Ответственные лица'],
      ['1.', 'Подготовка нормативной базы', 'до 1 марта 2016 г.', 'Отдел общего образования'],
    ]);
    expect(roadmap.layout.columns).toEqual({ no: 1, activity: 2, deadline: 3, responsible: 4 });
    expect(roadmap.items).toEqual([expect.objectContaining({ no: '1', deadline: expect.objectContaining({ due: '2016-03-01' }) })]);
    expect(roadmap.counts.errors).toBe(0);
  });

  it.each([
    [['NN п/п', 'Содержание работы', 'Дата проведения', 'Ответственность']],
    [['N п.', 'Задачи, мероприятия', 'Контрольный срок', 'Ответственный за исполнение']],
    [['п/п', 'Содержание этапа', 'Период исполнения', 'Ответственные органы']],
    [['№', 'Наименование', 'Предельный срок', 'Ответственный*']],
    [['№ п/п', 'Номер и наименование мероприятия', 'Сроки 2', 'Ответственные исполнители 3']],
    [['№', 'Мероприятие', 'Время проведения', 'Ответственные']],
  ])('names every column in %j, footnote marks and all', (header) => {
    const roadmap = analyze([header, ['1', 'Совещание', 'до 01.10.2022', 'Отдел']]);
    expect(roadmap.layout.columns).toMatchObject({ activity: 2, deadline: 3, responsible: 4 });
    if (header[1] !== 'Номер и наименование мероприятия') expect(roadmap.layout.columns.no).toBe(1);
  });

  it('reads an abbreviated header in a narrow column: «Ответствен.», «Исполн.»', () => {
    for (const header of ['Ответствен.', 'Исполн.']) {
      const roadmap = analyze([['№', 'Мероприятие', 'Срок', header], ['1', 'Совещание', 'до 01.10.2022', 'Отдел']]);
      expect(roadmap.layout.columns.responsible).toBe(4);
    }
  });

  it('«Номер и наименование мероприятия» is the activity, not the number', () => {
    const roadmap = analyze([['Номер и наименование мероприятия', 'Срок', 'Ответственный'], ['1. Совещание', 'до 01.10.2022', 'Отдел']]);
    expect(roadmap.layout.columns.activity).toBe(1);
    expect(roadmap.layout.columns.no).toBeUndefined();
  });

  it('an activity header with a qualifier inside («Номер и наименование основного мероприятия») is the activity', () => {
    for (const header of ['Номер и наименование основного мероприятия', 'Наименование программного мероприятия', 'Содержание основного мероприятия']) {
      const roadmap = analyze([['N', header, 'Срок', 'Ответственный'], ['1', 'Совещание', 'до 01.10.2022', 'Отдел']]);
      expect(roadmap.layout.columns).toMatchObject({ no: 1, activity: 2, deadline: 3, responsible: 4 });
    }
  });

  it('guesses a number column and a deadline column from their content, with info findings', () => {
    const roadmap = analyze([
      ['', 'Мероприятие', 'Когда', 'Ответственный'],
      ['1', 'Совещание', 'до 01.10.2022', 'Отдел'],
      ['2', 'Отчёт', 'IV квартал 2022 г.', 'Отдел'],
      ['3', 'Семинар', 'ежеквартально', 'Отдел'],
    ]);
    expect(roadmap.layout.columns).toMatchObject({ no: 1, activity: 2, deadline: 3, responsible: 4 });
    expect(roadmap.findings.filter((f) => f.code === 'guessed-column').map((f) => [f.column, f.severity])).toEqual([
      ['no', 'info'],
      ['deadline', 'info'],
    ]);
    expect(roadmap.layout.headers).toMatchObject({ no: '', deadline: 'Когда', activity: 'Мероприятие' });
    expect(roadmap.items.map((i) => i.deadline.due)).toEqual(['2022-10-01', '2022-12-31', null]);
  });

  it('does not guess a deadline column from a column of names', () => {
    const roadmap = analyze([
      ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Соисполнитель'],
      ['1', 'Совещание', 'до 01.10.2022', 'Отдел', 'Иванов И.И.'],
      ['2', 'Отчёт', 'до 01.11.2022', 'Отдел', 'Петров П.П.'],
    ]);
    expect(roadmap.layout.guessed).toEqual([]);
  });
});

describe('1. two columns headed as deadlines', () => {
  it('reads the one that holds dates, not the legal rule beside it', () => {
    const roadmap = analyze([
      ['№', 'Мероприятие', 'Сроки, предусмотренные законодательством', 'Срок исполнения', 'Исполнители'],
      ['1', 'Назначение выборов', 'не позднее чем за 80 дней до дня голосования', 'не позднее 14 декабря 2011 года', 'Совет'],
      ['2', 'Образование участков', 'не позднее чем за 45 дней до дня голосования', 'не позднее 18 января 2012 года', 'Глава'],
    ]);
    expect(roadmap.layout.columns.deadline).toBe(4);
    expect(roadmap.layout.headers?.deadline).toBe('Срок исполнения');
    expect(roadmap.items.map((i) => i.deadline.due)).toEqual(['2011-12-14', '2012-01-18']);
  });
});

describe('2. two-row headers', () => {
  it('«Срок» over «начало | окончание»: the deadline is the end column and row 2 is no item', () => {
    const roadmap = analyze([
      ['№', 'Мероприятие', 'Срок', null, 'Ответственный'],
      [null, null, 'начало', 'окончание', null],
      ['1', 'Разработка положения', 'февраль 2022 г.', 'апрель 2022 г.', 'Методист'],
    ]);
    expect(roadmap.layout).toMatchObject({ headerRow: 1, subHeaderRow: 2, firstRow: 3, columns: { deadline: 4, responsible: 5 } });
    expect(roadmap.items).toHaveLength(1);
    expect(roadmap.items[0]).toMatchObject({ row: 3, status: 'open', deadline: { due: '2022-04-30' } });
    expect(roadmap.counts.errors).toBe(0);
    expect(roadmap.layout.headers?.deadline).toBe('Срок / окончание');
  });

  it('«Срок исполнения» over «план | факт», with a column-number row: the fact is the completion date', () => {
    const roadmap = analyze([
      ['№ п/п', 'Мероприятие', 'Срок исполнения', null, 'Ответственный'],
      [null, null, 'план', 'факт', null],
      ['1', '2', '3', '4', '5'],
      ['1', 'Совещание', '01.02.2022', '28.01.2022', 'Отдел'],
      ['2', 'Отчёт', '01.03.2022', null, 'Отдел'],
    ]);
    expect(roadmap.layout).toMatchObject({ columns: { deadline: 3, completedOn: 4 }, numberingRow: 3, firstRow: 4 });
    expect(roadmap.items.map((i) => [i.no, i.status, i.completedOn])).toEqual([['1', 'done', '2022-01-28'], ['2', 'overdue', null]]);
  });

  it('«Сроки реализации» over «начала реализации | окончания реализации»', () => {
    const roadmap = analyze([
      ['№', 'Мероприятие', 'Сроки реализации', null, 'Ответственный'],
      [null, null, 'начала реализации', 'окончания реализации', null],
      ['1', 'Совещание', '2022', '2024', 'Отдел'],
    ]);
    expect(roadmap.items[0].deadline.due).toBe('2024-12-31');
  });
});

describe('2. finance groups over years', () => {
  it('a group «Объем финансирования» over «всего | 2022 | 2023» makes a sub-header row, never an item', () => {
    const roadmap = analyze([
      ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Объем финансирования, тыс. руб.', null, null],
      [null, null, null, null, 'всего', '2022 год', '2023 год'],
      ['1', 'Ремонт', 'IV квартал 2022 г.', 'Отдел', '100', '60', '40'],
    ]);
    expect(roadmap.layout).toMatchObject({ subHeaderRow: 2, firstRow: 3, columns: { deadline: 3 } });
    expect(roadmap.items.map((i) => [i.no, i.deadline.due])).toEqual([['1', '2022-12-31']]);
    expect(codes(roadmap)).toEqual(['no-result-column']);
  });
});

describe('3. no result column', () => {
  it('says once, as info, that results cannot be checked; exit-worthy errors only for real defects', () => {
    const roadmap = analyze([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1', 'Совещание', 'до 01.10.2022', 'Отдел'],
      ['2', 'Отчёт', 'до 01.10.2022', null],
    ]);
    expect(codes(roadmap)).toEqual(['no-result-column', 'missing-responsible']);
    expect(roadmap.counts.errors).toBe(1);
  });
});

describe('4. sections', () => {
  const rows = [
    ['№', 'Мероприятие', 'Срок', 'Ответственный'],
    ['I. Организационные мероприятия'],
    ['1', 'Совещание', 'до 01.02.2022', 'Отдел'],
    ['2', 'Приказ', 'до 01.03.2022', 'Отдел'],
    ['Раздел 2. Методическое сопровождение'],
    ['1', 'Семинар', 'до 01.04.2022', 'Методист'],
    ['2.', 'Вебинар', 'до 01.05.2022', 'Методист'],
    ['3.', 'Информационное сопровождение', null, null],
    ['1', 'Публикации', 'ежемесячно', 'Пресс-служба'],
    ['Этап 4'],
    ['а)', 'Анкетирование', 'до 01.06.2022', 'Психолог'],
    ['б)', 'Анализ', 'до 01.07.2022', 'Психолог'],
  ];

  it('items belong to the nearest section row above, numbering restarts without duplicate-no', () => {
    const roadmap = analyze(rows);
    expect(roadmap.sections.map((s) => [s.row, s.no])).toEqual([[2, 'I'], [5, '2'], [8, '3'], [10, '4']]);
    expect(roadmap.items.map((i) => [i.no, i.sectionRow])).toEqual([
      ['1', 2], ['2', 2], ['1', 5], ['2', 5], ['1', 8], ['а', 10], ['б', 10],
    ]);
    expect(codes(roadmap)).toEqual(['no-result-column']);
  });

  it('«По разделам» groups by section row', () => {
    const summary = summarize(analyze(rows));
    expect(summary.bySection.map((s) => [s.title, s.items])).toEqual([
      ['Организационные мероприятия', 2],
      ['Методическое сопровождение', 2],
      ['Информационное сопровождение', 1],
      ['Этап 4', 2],
    ]);
  });

  it.each(['I этап', '1)', '1.2.3.', 'а)', 'Этап 2'])('«%s» is a valid item number', (no) => {
    const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Ответственный'], [no, 'Совещание', 'до 01.10.2022', 'Отдел']]);
    expect(roadmap.items).toHaveLength(1);
    expect(codes(roadmap)).toEqual(['no-result-column']);
  });

  it('a duplicate number inside one section is still a defect', () => {
    const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'А', 'до 01.10.2022', 'Отдел'], ['1', 'Б', 'до 01.10.2022', 'Отдел']]);
    expect(codes(roadmap)).toContain('duplicate-no');
  });

  it('a last numbered row without deadline and responsible, with nothing under it, is an item with defects', () => {
    const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'А', 'до 01.10.2022', 'Отдел'], ['2', 'Б', null, null]]);
    expect(roadmap.items).toHaveLength(2);
    expect(codes(roadmap)).toEqual(['no-result-column', 'missing-deadline', 'missing-responsible']);
  });
});

describe('5. rows that are not items', () => {
  it.each([
    ['<*> Мероприятие выполняется за счёт средств учреждения.'],
    ['* по согласованию'],
    ['Примечание: сроки уточняются.'],
    ['(в ред. постановления от 12.03.2021 N 45)'],
    ['(Позиция в редакции постановления от 01.02.2020 N 7)'],
    ['Итого'],
    ['Всего:'],
  ])('«%s» is neither item nor section, in the first or the activity column', (text) => {
    for (const row of [[text], [null, text], [null, text, null, null]]) {
      const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', 'до 01.10.2022', 'Отдел'], row]);
      expect(roadmap.items).toHaveLength(1);
      expect(roadmap.items[0].activity).toBe('Совещание');
      expect(roadmap.sections).toEqual([]);
    }
  });

  it('a totals row with sums is not an item', () => {
    const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Ремонт', '2022 год', 'Отдел'], ['Итого', null, null, '120,5']]);
    expect(roadmap.items).toHaveLength(1);
  });

  it('a header repeated on every printed page is neither item nor section (issue 10)', () => {
    const header = ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'];
    const roadmap = analyze([
      header, ['1', '2', '3', '4', '5'],
      ['1', 'Совещание', 'до 01.10.2022', 'Отдел', 'протокол'],
      header, ['1', '2', '3', '4', '5'],
      ['2', 'Отчёт', 'до 01.11.2022', 'Отдел', 'отчёт'],
    ]);
    expect(roadmap.items.map((i) => i.no)).toEqual(['1', '2']);
    expect(roadmap.findings).toEqual([]);
  });
});

describe('6. continuation rows', () => {
  it('a Word paste: stages of one deadline on their own rows join item 3.1, due on the last, three checkpoints', () => {
    const roadmap = analyze([
      ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'],
      ['3.1', 'Апробация модели', 'до 01.03.2022 – этап 1', 'Методист', 'отчёт'],
      [null, null, 'до 01.06.2022 – этап 2', null, null],
      [null, null, 'до 01.09.2022 – этап 3', null, null],
    ]);
    expect(roadmap.items).toHaveLength(1);
    expect(roadmap.items[0]).toMatchObject({
      no: '3.1',
      rows: [2, 4],
      status: 'open',
      deadline: { kind: 'milestones', due: '2022-09-01', checkpoints: ['2022-03-01', '2022-06-01', '2022-09-01'] },
    });
    // The continuation rows raise nothing of their own; on 15.03.2022 stage 1 (01.03.2022) has passed unmarked.
    expect(roadmap.findings.map((finding) => [finding.code, finding.row])).toEqual([['checkpoint-passed', 2]]);
    expect(roadmap.findings[0].message).toContain('01.03.2022');
  });

  it('paragraphs of several cells join with line breaks; a numbered row starts the next item', () => {
    const roadmap = analyze([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1', 'Подготовка приказа', 'до 01.02.2022', 'Иванов И.И.'],
      [null, 'о рабочей группе', null, 'Петров П.П.'],
      ['2', 'Совещание', 'до 01.10.2022', 'Отдел'],
    ]);
    expect(roadmap.items.map((i) => [i.no, i.activity, i.responsible, i.rows])).toEqual([
      ['1', 'Подготовка приказа\nо рабочей группе', 'Иванов И.И.\nПетров П.П.', [2, 3]],
      ['2', 'Совещание', 'Отдел', [4, 4]],
    ]);
  });

  it('a row with no number but its own activity, deadline and responsible is an item missing its number', () => {
    const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'А', 'до 01.10.2022', 'Отдел'], [null, 'Б', 'до 01.11.2022', 'Отдел']]);
    expect(roadmap.items).toHaveLength(2);
    expect(codes(roadmap)).toContain('missing-no');
  });
});

describe('7. dates without a year', () => {
  const table = (title: string[], deadlines: string[]): CellValue[][] => [
    ...title.map((line) => [line]),
    ['№', 'Мероприятие', 'Срок', 'Ответственный'],
    ...deadlines.map((deadline, index) => [String(index + 1), `Мероприятие ${index + 1}`, deadline, 'Отдел']),
  ];

  it('take the one year of the title lines, marked inferredYear, with one info finding', () => {
    const roadmap = analyze(table(['План мероприятий', 'на 2005 год'], ['до 5 мая', '22 июня 10.00 ч.', 'до 01.11', 'июнь', 'до 31.12.2005']), '2005-05-10');
    expect(roadmap.items.map((i) => [i.deadline.due, i.deadline.inferredYear ?? false])).toEqual([
      ['2005-05-05', true], ['2005-06-22', true], ['2005-11-01', true], ['2005-06-30', true], ['2005-12-31', false],
    ]);
    expect(roadmap.items[0].status).toBe('overdue');
    expect(roadmap.findings.filter((f) => f.code === 'inferred-year')).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringContaining('2005') })]);
    expect(roadmap.counts.warnings).toBe(1);
  });

  it('take the one year of the other deadlines when the title names none', () => {
    const roadmap = analyze(table([], ['до 5 мая', 'до 01.09.2022']));
    expect(roadmap.items[0].deadline).toMatchObject({ due: '2022-05-05', inferredYear: true });
  });

  it('stay unknown with a warning naming the years when they conflict', () => {
    const roadmap = analyze(table(['Утвержден приказом от 20.12.2022 № 5', 'План на 2023 год'], ['до 5 мая']));
    expect(roadmap.items[0].deadline).toMatchObject({ kind: 'unknown', due: null });
    const warning = roadmap.findings.find((f) => f.code === 'conflicting-years');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning?.message).toContain('2022, 2023');
  });
});

describe('9. names', () => {
  it('«Бойко Е.В.» keeps its final dot; a sentence dot goes', () => {
    expect(splitResponsible('Бойко Е.В.; отдел образования.')).toEqual(['Бойко Е.В.', 'отдел образования']);
    const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'А', 'до 01.10.2022', 'Бойко Е.В.']]);
    expect(summarize(roadmap).byResponsible.map((r) => r.name)).toEqual(['Бойко Е.В.']);
  });
});

describe('deadline lines that belong together', () => {
  it.each([
    ['До 25 апреля\n2008 года', 'date', '2008-04-25'],
    ['Июнь - август\n2010 г.', 'period', '2010-08-31'],
    ['Не ранее\n4 декабря 2011 года\nи не позднее\n14 декабря 2011 года', 'date', '2011-12-14'],
    ['до 01.03.2022 – этап 1\nдо 01.06.2022 – этап 2', 'milestones', '2022-06-01'],
  ])('%j reads as %s due %s', (text, kind, due) => {
    const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', text, 'Отдел']]);
    expect(roadmap.items[0].deadline).toMatchObject({ kind, due });
  });
});
