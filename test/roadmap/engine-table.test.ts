import { analyzeSheet, locateTable, type Cell, type CellValue, type Roadmap, type SheetData } from '../../src/roadmap';

const TODAY = '2021-09-01';

function sheet(rows: readonly (readonly CellValue[])[], top = 1, left = 1): SheetData {
  return { name: 'Лист', top, left, cells: rows.map((row) => row.map((value): Cell => ({ value }))) };
}

function analyze(rows: readonly (readonly CellValue[])[], options: { lang?: 'ru' | 'en' } = {}): Roadmap {
  const roadmap = analyzeSheet(sheet(rows), { today: TODAY, ...options });
  if (!roadmap) throw new Error('no roadmap table');
  return roadmap;
}

const ITEM = ['1', 'Совещание', 'до 01.10.2021', 'ЦЗН', 'протокол', 'повестка'];

describe('header recognition', () => {
  it.each([
    [['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Дополнительные материалы']],
    [['№', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный исполнитель', 'Ожидаемый результат', 'Материалы']],
    [['N п/п', 'Мероприятия', 'Сроки', 'Исполнители', 'Результат выполнения', 'Материалы']],
    [['Номер', 'МЕРОПРИЯТИЕ', 'срок реализации', 'ответственные', 'РЕЗУЛЬТАТ', 'Доп. материалы']],
    [['No.', 'Activity', 'Deadline', 'Responsible', 'Result', 'Materials']],
    [['#', 'activity', 'DEADLINE', 'responsible', 'result', 'materials']],
    [['  №  п / п ', 'Меро-\nприятие', ' Срок\nвыполнения ', 'Ответ­ственный', 'Результат.', 'Дополнительные\nматериалы']],
    [['№\nп/п', 'Наименование\nмероприятия', 'Срок\nисполнения\n(квартал, год)', 'Ответственный исполнитель (ФИО, должность)', 'Результат', 'Материалы']],
  ])('finds every column in %j', (header) => {
    const layout = locateTable(sheet([header, ITEM]));
    expect(layout?.columns).toMatchObject({ no: 1, activity: 2, deadline: 3, responsible: 4, result: 5, materials: 6 });
  });

  it.each([
    [['Статус', 'Дата выполнения', 'Комментарий'], { status: 7, completedOn: 8, comment: 9 }],
    [['Отметка об исполнении', 'Фактический срок', 'Причины невыполнения'], { status: 7, completedOn: 8, comment: 9 }],
    [['Status', 'Completed on', 'Comment'], { status: 7, completedOn: 8, comment: 9 }],
  ])('finds the optional monitoring columns %j', (extra, expected) => {
    const header = ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Материалы', ...extra];
    expect(locateTable(sheet([header, ITEM]))?.columns).toMatchObject(expected);
  });

  it('finds the header under title lines and the column-number row under it', () => {
    const layout = locateTable(sheet([
      ['ПЛАН МЕРОПРИЯТИЙ'],
      ['по внедрению стандарта'],
      [],
      ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Дополнительные материалы'],
      [1, 2, 3, 4, 5, 6],
      ITEM,
    ]));
    expect(layout).toMatchObject({ headerRow: 4, numberingRow: 5, firstRow: 6 });
  });

  it('finds a typed table at A1 that does not start in column A of the data', () => {
    const layout = locateTable(sheet([['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'], ITEM.slice(0, 5)], 3, 2));
    expect(layout).toMatchObject({ headerRow: 3, columns: { no: 2, activity: 3, deadline: 4, responsible: 5, result: 6 } });
  });

  it('reports a missing required column as an error and still reads the rest', () => {
    const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Результат'], ['1', 'Совещание', 'до 01.10.2021', 'протокол']]);
    expect(roadmap.findings).toContainEqual(expect.objectContaining({ code: 'missing-column', severity: 'error', column: 'responsible', row: null }));
    expect(roadmap.items).toHaveLength(1);
  });

  it('a table without a result column is complete: one info finding, no missing-result on its items', () => {
    const roadmap = analyze([['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', 'до 01.10.2021', 'ЦЗН'], ['2', 'Отчёт', 'до 01.11.2021', 'ЦЗН']]);
    expect(roadmap.findings.map((f) => [f.code, f.severity, f.row])).toEqual([['no-result-column', 'info', null]]);
    expect(roadmap.counts).toMatchObject({ items: 2, errors: 0, warnings: 0 });
  });

  it('finds no table on a sheet without a roadmap header', () => {
    expect(analyzeSheet(sheet([['Статья', 'Сумма'], ['Канцтовары', 1000]]), { today: TODAY })).toBeNull();
  });
});

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'];

describe('numbering defects', () => {
  it.each([
    [['1', '1'], 'duplicate-no', 3],
    [['1.2', '1.1'], 'numbering-order', 3],
    [['1', 'один'], 'invalid-no', 3],
    [['1', null], 'missing-no', 3],
  ] as const)('numbers %j give %s on row %i', (numbers, code, row) => {
    const roadmap = analyze([HEADER, ...numbers.map((no, index) => [no, `Мероприятие ${index}`, 'до 01.10.2021', 'ЦЗН', 'отчёт'])]);
    expect(roadmap.findings).toContainEqual(expect.objectContaining({ code, row }));
  });

  it('reads a date where a number should be as no-looks-like-date, guessing the number', () => {
    const roadmap = analyze([HEADER, [{ kind: 'date', iso: '2021-01-02' }, 'Совещание', 'до 01.10.2021', 'ЦЗН', 'протокол']]);
    const finding = roadmap.findings.find((candidate) => candidate.code === 'no-looks-like-date');
    expect(finding).toMatchObject({ severity: 'error', row: 2 });
    expect(finding?.message).toContain('2.1');
  });

  it('accepts 1.9 before 1.10 and a trailing dot', () => {
    const roadmap = analyze([HEADER, ['1.9', 'А', 'до 01.10.2021', 'ЦЗН', 'отчёт'], ['1.10.', 'Б', 'до 01.10.2021', 'ЦЗН', 'отчёт']]);
    expect(roadmap.items.map((item) => item.no)).toEqual(['1.9', '1.10']);
    expect(roadmap.findings.filter((finding) => finding.code === 'numbering-order')).toEqual([]);
  });
});

describe('statuses on the report date', () => {
  const STATUS_HEADER = [...HEADER, 'Статус', 'Дата выполнения'];
  it.each([
    ['до 31.08.2021', null, null, 'overdue'],
    ['до 01.09.2021', null, null, 'due-soon'],
    ['до 15.09.2021', null, null, 'due-soon'],
    ['до 16.09.2021', null, null, 'open'],
    ['ежеквартально', null, null, 'undated'],
    ['до 31.08.2021', 'Выполнено', null, 'done'],
    ['до 31.08.2021', 'ВЫПОЛНЕНО', null, 'done'],
    ['до 31.08.2021', 'done', null, 'done'],
    ['до 31.08.2021', null, { kind: 'date', iso: '2021-08-30' }, 'done'],
    ['до 31.08.2021', 'В работе', null, 'overdue'],
  ] as const)('%s, status %j, completed %j → %s', (deadline, status, completed, expected) => {
    const roadmap = analyze([STATUS_HEADER, ['1', 'Совещание', deadline, 'ЦЗН', 'протокол', status, completed]]);
    expect(roadmap.items[0].status).toBe(expected);
  });

  it('warns about a status it does not know', () => {
    const roadmap = analyze([STATUS_HEADER, ['1', 'Совещание', 'до 01.10.2021', 'ЦЗН', 'протокол', 'почти готово', null]]);
    expect(roadmap.findings).toContainEqual(expect.objectContaining({ code: 'invalid-status', severity: 'warning', row: 2 }));
  });
});

describe('missing cells', () => {
  it.each([
    [1, 'missing-activity'],
    [2, 'missing-deadline'],
    [3, 'missing-responsible'],
    [4, 'missing-result'],
  ] as const)('an empty column %i gives %s, an error on its row', (column, code) => {
    const row: CellValue[] = ['1', 'Совещание', 'до 01.10.2021', 'ЦЗН', 'протокол'];
    row[column] = null;
    const roadmap = analyze([HEADER, row]);
    expect(roadmap.findings).toContainEqual(expect.objectContaining({ code, severity: 'error', row: 2 }));
    expect(roadmap.counts.errors).toBe(1);
  });

  it('allows empty materials', () => {
    const roadmap = analyze([[...HEADER, 'Материалы'], ['1', 'Совещание', 'до 01.10.2021', 'ЦЗН', 'протокол', null]]);
    expect(roadmap.findings).toEqual([]);
  });

  it('writes its messages in English with lang en', () => {
    const roadmap = analyze([HEADER, ['1', 'Совещание', 'до 01.10.2021', null, 'протокол']], { lang: 'en' });
    expect(roadmap.findings[0].message).toMatch(/^Row 2 \(item 1\)/);
  });
});
