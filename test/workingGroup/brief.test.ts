import {
  briefDocument, briefReportSheet, briefText, buildBrief, emptyHistory, endOfQuarter, recordSnapshot, requestsByResponsible, requestText,
  requestsText, takeSnapshot, type MeetingBrief,
} from '../../src/roadmap/workingGroup';
import { analyzeRows, pilotWithStatus, rowOf, setCell, type Rows } from './helpers';

function briefAfter(edit: (rows: Rows) => Rows, today = '2021-09-20', snapshotDate: string | null = '2021-08-20'): MeetingBrief {
  const history = snapshotDate ? recordSnapshot(emptyHistory(), takeSnapshot(analyzeRows(pilotWithStatus(), snapshotDate))) : emptyHistory();
  return buildBrief(analyzeRows(edit(pilotWithStatus()), today), history);
}

const nos = (items: readonly { no: string }[]): string[] => items.map((item) => item.no);

describe('the next meeting', () => {
  test.each([
    ['2021-01-01', '2021-03-31'],
    ['2021-03-31', '2021-03-31'],
    ['2021-09-20', '2021-09-30'],
    ['2021-11-02', '2021-12-31'],
    ['2024-05-15', '2024-06-30'],
  ])('on %s it is by default the end of the quarter, %s', (today, end) => {
    expect(endOfQuarter(today)).toBe(end);
  });
});

describe('the meeting brief', () => {
  test('compares with the latest snapshot and lists what the group must look at', () => {
    const brief = briefAfter((rows) => {
      setCell(rows, '1.2', 'status', 'Выполнено');
      setCell(rows, '1.8', 'deadline', 'до 15.12.2021 г.');
      setCell(rows, '2.1.5', 'status', 'Разногласия');
      return rows;
    });
    expect(brief).toMatchObject({ today: '2021-09-20', since: '2021-08-20', nextMeeting: '2021-09-30', itemsCompared: true });
    expect(brief.counts.then).toMatchObject({ items: 15, done: 0, overdue: 5 });
    expect(brief.counts.now).toMatchObject({ items: 15, done: 1, overdue: 4, completionPercent: 6.7 });
    expect(brief.counts.change).toMatchObject({ done: 1, overdue: -1, completionPercent: 6.7 });
    expect(nos(brief.done)).toEqual(['1.2']);
    expect(brief.deadlineMoved).toEqual([expect.objectContaining({ no: '1.8', from: '2021-11-01', to: '2021-12-15', days: 44, needsApproval: true })]);
    expect(nos(brief.disagreements)).toEqual(['2.1.5']);
    // 2.1.6's second meeting (20.09) falls before the next meeting, though its last date is 01.11.
    expect(nos(brief.dueBeforeNextMeeting)).toEqual(['2.1.2', '2.1.6', '2.1.4']);
  });

  test('with no snapshot yet it says so and reports today', () => {
    const brief = briefAfter((rows) => rows, '2021-09-20', null);
    expect(brief.since).toBeNull();
    expect(brief.counts.then).toBeNull();
    const text = briefText(briefDocument(brief));
    expect(text).toContain('В книге нет среза до 20.09.2021');
    expect(text).toContain('Просрочено по ответственным — 5');
    expect(text).not.toContain('Выполнено с прошлого среза');
  });

  test('the text names every section of the brief, in Russian and in English', () => {
    const brief = briefAfter((rows) => setCell(rows, '2.1.6', 'deadline', rowOf(rows, '2.1.6')[2].replace('до 11.10.2021', 'до 18.10.2021')));
    const ru = briefText(briefDocument(brief));
    for (const heading of [
      'СПРАВКА К ЗАСЕДАНИЮ РАБОЧЕЙ ГРУППЫ', 'Сравнение со срезом от 20.08.2021', 'Выполнено с прошлого среза — 0', 'Стали просроченными — 0',
      'Переносы сроков (требуют одобрения рабочей группы) — 1', 'Срок до следующего заседания (30.09.2021) — 3',
      'Разногласия (лист разногласий для директора) — 0', 'контрольная дата 11.10.2021 → 18.10.2021 (+7 дней) — требует одобрения рабочей группы',
      'Контрольные точки до следующего заседания (30.09.2021) — 1', 'Контрольные точки пройдены без отметки о выполнении — 1',
    ]) {
      expect(ru).toContain(heading);
    }
    const en = briefText(briefDocument(brief, 'en'), 'en');
    expect(en).toContain('checkpoint 2021-10-11 → 2021-10-18 (+7 days) — needs the working group’s approval');
    expect(en).toContain('Due before the next meeting (2021-09-30) — 3');
  });

  test('names every activity in full, never cut with «…»', () => {
    const text = briefText(briefDocument(briefAfter((rows) => rows)));
    expect(text).toContain(
      'п. 2.1.6 «Проведение регулярных встреч членов Рабочей группы для разработки и проведения мероприятий в рамках пилотирования»',
    );
    expect(text).not.toContain('…');
  });

  test('counts done late, lists checkpoints, and keeps withdrawn items apart', () => {
    const brief = briefAfter((rows) => {
      setCell(rows, '1.2', 'status', 'Выполнено (приказ от 01.09.2021 № 12)'); // due 16.08.2021: late
      setCell(rows, '1.3', 'status', 'Снято с контроля');
      return rows;
    });
    expect(brief.counts.now).toMatchObject({ items: 14, done: 1, doneLate: 1, overdue: 3, withdrawn: 1 });
    expect(nos(brief.withdrawn)).toEqual(['1.3']);
    expect(brief.checkpointsBeforeNextMeeting).toEqual([expect.objectContaining({ no: '2.1.6', date: '2021-09-20', label: 'второе совещание' })]);
    expect(brief.checkpointsPassed).toEqual([expect.objectContaining({ no: '2.1.6', date: '2021-08-31', label: 'первое совещание' })]);
    const text = briefText(briefDocument(brief));
    expect(text).toMatch(/в т\. ч\. исполнено с нарушением срока +1/);
    expect(text).toMatch(/Снято с контроля \(не входит в план\) +1/);
    expect(text).toMatch(/Выполнено, % +7,1 % +0,0 % +\+7,1 %/);
    expect(text).toContain('• п. 1.2 «Принятие руководителем ЦЗН приказа о проведении пилотной апробации');
    expect(text).toContain('— исполнено с нарушением срока');
    expect(text).toContain('Сняты с контроля (не входят в план) — 1');
    expect(text).toContain('• контрольная дата 20.09.2021 (второе совещание) — п. 2.1.6');
  });

  test('the brief sheet holds the same sections as plain values', () => {
    const sheet = briefReportSheet(briefDocument(briefAfter((rows) => rows)));
    const texts = sheet.rows.flat().map((cell) => cell.value);
    expect(sheet.name).toBe('Справка к заседанию');
    expect(texts).toContain('Справка к заседанию рабочей группы');
    expect(texts).toContain('Переносы сроков (требуют одобрения рабочей группы) — 0');
    expect(texts).toContain('пилотные регионы (5)');
  });
});

describe('requests to the responsible', () => {
  const roadmapOn = (today: string, edit: (rows: Rows) => Rows = (rows) => rows) => analyzeRows(edit(pilotWithStatus()), today);

  test('a cell naming several executors counts for each, names compared loosely', () => {
    const roadmap = roadmapOn('2021-09-20', (rows) => setCell(rows, '1.7', 'responsible', 'фцк;  Пилотные регионы.'));
    const requests = requestsByResponsible(roadmap.items, '2021-09-20', '2021-10-25');
    expect(requests.map((r) => [r.name, nos(r.overdue), nos(r.dueSoon), nos(r.missingResult)])).toEqual([
      ['пилотные регионы', ['1.1', '1.2', '1.3', '1.4', '2.1.1'], ['1.7', '2.1.2', '2.1.3', '2.1.4', '2.1.5', '2.1.6'], []],
      ['ФЦК', ['1.1'], ['1.7'], []],
    ]);
  });

  test('done items with no result are asked for their result; done items leave the other lists', () => {
    const roadmap = roadmapOn('2021-09-20', (rows) => {
      setCell(rows, '1.1', 'status', 'выполнено');
      setCell(rows, '1.1', 'result', '');
      return rows;
    });
    const requests = requestsByResponsible(roadmap.items, '2021-09-20', '2021-09-30');
    const fck = requests.find((r) => r.name === 'ФЦК');
    expect(fck && [nos(fck.overdue), nos(fck.dueSoon), nos(fck.missingResult)]).toEqual([[], [], ['1.1']]);
  });

  test('each request reads as a letter the chair can send', () => {
    const roadmap = roadmapOn('2021-09-20');
    const [regions] = requestsByResponsible(roadmap.items, '2021-09-20', '2021-09-30');
    const text = requestText(regions, { today: '2021-09-20', nextMeeting: '2021-09-30' });
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Кому: пилотные регионы',
      'Тема: дорожная карта — информация к заседанию рабочей группы 30.09.2021',
      '',
      'Прошу в срок до 27.09.2021 представить информацию о ходе исполнения мероприятий дорожной карты, за которые Вы отвечаете.',
    ]);
    expect(text).toContain('2) п. 1.2 «Принятие руководителем ЦЗН приказа о проведении пилотной апробации (включающего сроки пилотной апробации…» — срок 16.08.2021, просрочено на 35 дней');
    expect(text).toContain('3) п. 2.1.6 «Проведение регулярных встреч членов Рабочей группы для разработки и проведения мероприятий в рамках…» — контрольная дата 20.09.2021');
    expect(text.trimEnd().endsWith('Председатель рабочей группы')).toBe(true);
    expect(requestText(regions, { today: '2021-09-20', nextMeeting: '2021-09-30', lang: 'en' })).toContain('To: пилотные регионы');
  });

  test('nobody to ask is said in one sentence', () => {
    expect(requestsText([], { today: '2021-09-20', nextMeeting: '2021-09-30' })).toMatch(/^Запросов нет/);
  });
});
