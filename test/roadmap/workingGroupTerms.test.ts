/**
 * The working group's terms (seed 000 §3.2, §4.7; issue 14 item 2) and statuses as people write them (issue 9 kind 8),
 * on seed 003 with a «Статус» column, as the group keeps it.
 */
import { readDeclaredStatus, dateInText } from '../../src/roadmap/status';
import { checkpointLabel } from '../../src/roadmap/checkpoints';
import { summarize } from '../../src/roadmap/summary';
import { liveRules } from '../../src/roadmap/liveRules';
import { analyzeRows, pilotWithStatus, setCell, type Rows } from '../workingGroup/helpers';

const item = (roadmap: ReturnType<typeof analyzeRows>, no: string) => {
  const found = roadmap.items.find((candidate) => candidate.no === no);
  if (!found) throw new Error(`no item ${no}`);
  return found;
};
const findingsOf = (roadmap: ReturnType<typeof analyzeRows>, code: string, no: string) =>
  roadmap.findings.filter((finding) => finding.code === code && finding.message.includes(`(п. ${no})`));

describe('statuses as people write them', () => {
  it.each([
    ['Выполнено (приказ от 12.03.2022 № 45)', 'done'],
    ['Исполнено, протокол № 3', 'done'],
    ['выполнено с нарушением срока', 'done'],
    ['Исполнено частично', 'in-progress'],
    ['Выполнено не в полном объёме', 'in-progress'],
    ['в работе', 'in-progress'],
    ['В работе (ожидается согласование)', 'in-progress'],
    ['Перенесено на IV квартал', 'in-progress'],
    ['Снято с контроля', 'withdrawn'],
    ['снято с контроля (решение РГ от 20.09.2021)', 'withdrawn'],
    ['Отменено', 'withdrawn'],
    ['Отменён приказом', 'withdrawn'],
    ['Не выполнено (нет финансирования)', 'not-done'],
    ['Выполняется', 'in-progress'],
    ['Разногласия: позиции сторон в приложении', 'disagreement'],
  ])('«%s» is %s', (text, declared) => {
    expect(readDeclaredStatus(text)).toBe(declared);
  });

  it('leaves words that only look like a status unknown', () => {
    expect(readDeclaredStatus('Выполненность 50')).toBeUndefined();
    expect(readDeclaredStatus('Отменить?')).toBeUndefined();
  });

  it('reads the date a status names, and only a real one', () => {
    expect(dateInText('Выполнено (приказ от 12.03.2022 № 45)')).toBe('2022-03-12');
    expect(dateInText('Выполнено (приказ от 31.02.2022 № 45)')).toBeNull();
    expect(dateInText('Выполнено, протокол № 12.3')).toBeNull();
  });
});

describe('done on time or late («исполнено с нарушением срока»)', () => {
  // Item 1.1 of seed 003 is due 31.07.2021.
  const on = (status: string) => item(analyzeRows(setCell(pilotWithStatus(), '1.1', 'status', status), '2021-09-01'), '1.1');

  it('is late when the document confirming it is dated after the deadline', () => {
    expect(on('Выполнено (приказ от 12.08.2021 № 45)')).toMatchObject({ status: 'done', completion: 'late' });
  });
  it('is on time when dated on or before the deadline', () => {
    expect(on('Выполнено (приказ от 31.07.2021 № 45)')).toMatchObject({ status: 'done', completion: 'on-time' });
  });
  it('is late when the status says so, and unknown when nothing tells', () => {
    expect(on('Исполнено с нарушением срока').completion).toBe('late');
    expect(on('Выполнено').completion).toBeNull();
  });
  it('is null for an item not done', () => {
    expect(on('В работе')).toMatchObject({ status: 'overdue', completion: null });
  });

  it('counts done late among done items', () => {
    const rows = setCell(setCell(pilotWithStatus(), '1.1', 'status', 'Выполнено (приказ от 12.08.2021 № 45)'), '1.2', 'status', 'Выполнено (приказ от 10.08.2021)');
    const roadmap = analyzeRows(rows, '2021-09-01');
    expect(roadmap.counts).toMatchObject({ items: 15, done: 2, doneLate: 1, overdue: 3, withdrawn: 0 });
  });
});

describe('withdrawn («снято с контроля»)', () => {
  const withdraw = (rows: Rows) => setCell(setCell(rows, '1.1', 'status', 'Снято с контроля'), '1.2', 'status', 'Отменено');

  it('is never overdue and leaves the counts of the plan in force', () => {
    const roadmap = analyzeRows(withdraw(pilotWithStatus()), '2021-09-01');
    expect(item(roadmap, '1.1').status).toBe('withdrawn');
    expect(item(roadmap, '1.2').status).toBe('withdrawn');
    expect(roadmap.findings.filter((finding) => finding.code === 'overdue')).toHaveLength(3);
    expect(roadmap.counts).toMatchObject({ items: 13, overdue: 3, withdrawn: 2 });
    const summary = summarize(roadmap);
    expect(summary.overdue.map((listed) => listed.no)).toEqual(['1.3', '1.4', '2.1.1']);
    expect(summary.bySection.reduce((sum, section) => sum + section.items, 0)).toBe(13);
  });
});

describe('checkpoints of a multi-date deadline (seed item 2.1.6: four meetings)', () => {
  // 2.1.6: до 31.08.2021 – первое совещание, до 20.09.2021 – второе, до 11.10.2021 – третье, до 01.11.2021 – четвёртое.
  it('warns of a passed checkpoint with no mark, while the last date lies ahead', () => {
    const roadmap = analyzeRows(pilotWithStatus(), '2021-09-01');
    expect(item(roadmap, '2.1.6').status).not.toBe('overdue');
    const [finding] = findingsOf(roadmap, 'checkpoint-passed', '2.1.6');
    expect(finding).toMatchObject({ severity: 'warning', column: 'deadline' });
    expect(finding.message).toContain('31.08.2021');
  });

  it('names every passed checkpoint, and none that lies ahead', () => {
    const [finding] = findingsOf(analyzeRows(pilotWithStatus(), '2021-10-15'), 'checkpoint-passed', '2.1.6');
    expect(finding.message).toContain('31.08.2021, 20.09.2021, 11.10.2021');
    expect(finding.message).not.toContain('01.11.2021');
  });

  it('takes a mark naming the checkpoint’s date or its words', () => {
    const byWords = setCell(pilotWithStatus(), '2.1.6', 'status', 'В работе: первое совещание проведено');
    expect(findingsOf(analyzeRows(byWords, '2021-09-01'), 'checkpoint-passed', '2.1.6')).toEqual([]);
    const byDate = setCell(pilotWithStatus(), '2.1.6', 'result', 'протокол от 31.08.2021 № 1');
    expect(findingsOf(analyzeRows(byDate, '2021-09-01'), 'checkpoint-passed', '2.1.6')).toEqual([]);
    const notAll = setCell(pilotWithStatus(), '2.1.6', 'status', 'В работе: первое совещание проведено');
    const [finding] = findingsOf(analyzeRows(notAll, '2021-09-25'), 'checkpoint-passed', '2.1.6');
    expect(finding.message).toContain('20.09.2021');
    expect(finding.message).not.toContain('31.08.2021');
  });

  it('says nothing before the first checkpoint, nor for a done or withdrawn item', () => {
    expect(findingsOf(analyzeRows(pilotWithStatus(), '2021-08-20'), 'checkpoint-passed', '2.1.6')).toEqual([]);
    const done = setCell(pilotWithStatus(), '2.1.6', 'status', 'Выполнено');
    expect(findingsOf(analyzeRows(done, '2021-10-15'), 'checkpoint-passed', '2.1.6')).toEqual([]);
    const withdrawn = setCell(pilotWithStatus(), '2.1.6', 'status', 'Снято с контроля');
    expect(findingsOf(analyzeRows(withdrawn, '2021-10-15'), 'checkpoint-passed', '2.1.6')).toEqual([]);
  });

  it('is due soon when the next checkpoint is, though the last date is far', () => {
    // 20.09.2021 is 10 days after 10.09.2021; 01.11.2021 is 52 days after.
    expect(item(analyzeRows(pilotWithStatus(), '2021-09-10'), '2.1.6').status).toBe('due-soon');
    expect(item(analyzeRows(pilotWithStatus(), '2021-09-21'), '2.1.6').status).toBe('open');
  });

  it('reads a checkpoint’s words from its line', () => {
    const text = 'до 31.08.2021 – первое совещание\nдо 20.09.2021 – второе совещание';
    expect(checkpointLabel(text, '2021-09-20')).toBe('второе совещание');
    expect(checkpointLabel('31.08.2021', '2021-08-31')).toBeNull();
  });
});

describe('live highlighting reads statuses as the engine does', () => {
  it('treats a status starting with a done word as done, but not «частично», and never highlights a withdrawn item', () => {
    const roadmap = analyzeRows(pilotWithStatus(), '2021-09-01');
    const overdue = liveRules(roadmap, { plannedDateColumn: 8, dueSoonDays: 14 }).find((rule) => rule.kind === 'overdue')!;
    // «выполнен» covers «выполнено», «выполнена»; «Выполнено (приказ от …)» starts with it.
    expect(overdue.formula).toContain('OR(LEFT(LOWER(TRIM($G7)),8)<>"выполнен",ISNUMBER(SEARCH("частичн",LOWER(TRIM($G7)))))');
    expect(overdue.formula).toContain('LEFT(LOWER(TRIM($G7)),4)<>"снят"');
    expect(overdue.formula).toContain('LEFT(LOWER(TRIM($G7)),5)<>"отмен"');
    expect(overdue.formula).not.toContain('<>"выполнено"');
  });
});
