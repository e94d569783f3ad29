import { compareWithSnapshot, takeSnapshot, type Changes } from '../../src/roadmap/workingGroup';
import { analyzeRows, pilotWithStatus, rowOf, setCell, type Rows } from './helpers';

const SNAPSHOT_DATE = '2021-08-20';
const REPORT_DATE = '2021-09-20';

function changesAfter(edit: (rows: Rows) => Rows, today = REPORT_DATE): Changes {
  const snapshot = takeSnapshot(analyzeRows(pilotWithStatus(), SNAPSHOT_DATE));
  const now = analyzeRows(edit(pilotWithStatus()), today);
  return compareWithSnapshot(snapshot, now.items);
}

type Tuple = (string | number | boolean | null)[];
interface ChangeSummary {
  done: string[];
  newlyOverdue: string[];
  moved: Tuple[];
  changed: Tuple[];
  added: string[];
  removed: string[];
}

/** The changes as short tuples, so each case states exactly what it expects and nothing else appears. */
function summary(changes: Changes): ChangeSummary {
  return {
    done: changes.done.map((item) => item.no),
    newlyOverdue: changes.newlyOverdue.map((item) => item.no),
    moved: changes.deadlineMoved.map((move) => [move.no, move.from, move.to, move.days, move.needsApproval, move.milestone]),
    changed: changes.changed.map((change) => [change.no, change.field, change.from, change.to]),
    added: changes.added.map((item) => item.no),
    removed: changes.removed.map((item) => item.no),
  };
}

const NOTHING: ChangeSummary = { done: [], newlyOverdue: [], moved: [], changed: [], added: [], removed: [] };

/** Inserts a new item as 1.3 and renumbers the rest of section 1. */
function insertItem(rows: Rows): Rows {
  const at = rows.indexOf(rowOf(rows, '1.3'));
  const inserted = ['1.3', 'Проведение опроса сотрудников ЦЗН о готовности к пилотной апробации', 'до 10.09.2021 г.', 'пилотные регионы', 'итоги опроса', '', ''];
  for (const row of rows.slice(at)) {
    const match = /^1\.(\d+)$/.exec(row[0]);
    if (match) row[0] = `1.${Number(match[1]) + 1}`;
  }
  rows.splice(at, 0, inserted);
  return rows;
}

describe('changes since the last snapshot', () => {
  test.each<[string, (rows: Rows) => Rows, Partial<ChangeSummary>]>([
    ['nothing edited', (rows) => rows, {}],
    ['an item marked done', (rows) => setCell(rows, '1.2', 'status', 'Выполнено'), { done: ['1.2'] }],
    [
      'a plain deadline moved later',
      (rows) => setCell(rows, '1.8', 'deadline', 'до 15.12.2021 г.'),
      { moved: [['1.8', '2021-11-01', '2021-12-15', 44, true, false]] },
    ],
    [
      'a milestone inside a multi-date deadline moved, the last date kept',
      (rows) => setCell(rows, '2.1.6', 'deadline', rowOf(rows, '2.1.6')[2].replace('до 20.09.2021', 'до 27.09.2021')),
      { moved: [['2.1.6', '2021-09-20', '2021-09-27', 7, true, true]] },
    ],
    [
      'a dated item turned into «по мере необходимости» loses its control date',
      (rows) => setCell(rows, '2.1.5', 'deadline', 'по мере необходимости'),
      { moved: [['2.1.5', '2021-10-22', null, null, true, false]] },
    ],
    [
      'a continuous item given a date is not a move, only a new wording',
      (rows) => setCell(rows, '1.5', 'deadline', 'до 31.12.2021 г.'),
      { changed: [['1.5', 'deadline', 'на протяжении всего периода проведения пилотной апробации', 'до 31.12.2021 г.']] },
    ],
    ['the same date reworded is no move', (rows) => setCell(rows, '1.8', 'deadline', '01.11.2021'), {
      changed: [['1.8', 'deadline', 'до 01.11.2021 г.', '01.11.2021']],
    }],
    ['a responsible written differently (case, spaces, punctuation) is the same', (rows) => setCell(rows, '1.1', 'responsible', 'фцк; Пилотные  регионы.'), {}],
    [
      'a responsible renamed',
      (rows) => setCell(rows, '1.6', 'responsible', 'ФЦК,\nминистерство'),
      { changed: [['1.6', 'responsible', 'ФЦК', 'ФЦК,\nминистерство']] },
    ],
    [
      'a result edited',
      (rows) => setCell(rows, '2.1.7', 'result', 'приказ ЦЗН'),
      { changed: [['2.1.7', 'result', 'нормативный акт ЦЗН', 'приказ ЦЗН']] },
    ],
    [
      'an item inserted and the rest renumbered: one added, the others renumbered, none removed',
      insertItem,
      {
        added: ['1.3'],
        changed: [
          ['1.4', 'no', '1.3', '1.4'], ['1.5', 'no', '1.4', '1.5'], ['1.6', 'no', '1.5', '1.6'],
          ['1.7', 'no', '1.6', '1.7'], ['1.8', 'no', '1.7', '1.8'], ['1.9', 'no', '1.8', '1.9'],
        ],
      },
    ],
    [
      'an item deleted',
      (rows) => rows.filter((row) => row[0] !== '2.1.7'),
      { removed: ['2.1.7'] },
    ],
    [
      'an item reworded under its number is the same item',
      (rows) => setCell(rows, '2.1.7', 'activity', 'Закрепление разработанных Рабочей группой документов приказом ЦЗН'),
      {
        changed: [['2.1.7', 'activity', 'Закрепление разработанных Рабочей группой документов нормативным актом ЦЗН', 'Закрепление разработанных Рабочей группой документов приказом ЦЗН']],
      },
    ],
    [
      'another activity under an old number is removed + added',
      (rows) => setCell(rows, '2.1.7', 'activity', 'Проведение итогового опроса клиентов'),
      { added: ['2.1.7'], removed: ['2.1.7'] },
    ],
  ])('%s', (_name, edit, expected) => {
    expect(summary(changesAfter(edit))).toEqual({ ...NOTHING, ...expected });
  });

  test('items that became overdue between the snapshot and the report date', () => {
    expect(summary(changesAfter((rows) => rows, '2021-10-01'))).toEqual({ ...NOTHING, newlyOverdue: ['2.1.2', '2.1.4'] });
  });

  test('a snapshot that kept only its counts says nothing item by item', () => {
    const snapshot = { ...takeSnapshot(analyzeRows(pilotWithStatus(), SNAPSHOT_DATE)), items: [] };
    const changes = compareWithSnapshot(snapshot, analyzeRows(pilotWithStatus(), REPORT_DATE).items);
    expect(changes.itemsRecorded).toBe(false);
    expect(changes.added).toEqual([]);
  });

  test('fields a damaged history lost are not reported as changed', () => {
    const full = takeSnapshot(analyzeRows(pilotWithStatus(), SNAPSHOT_DATE));
    const snapshot = { ...full, items: full.items.map((item) => ({ ...item, result: '' })), unknownFields: ['result' as const] };
    expect(summary(compareWithSnapshot(snapshot, analyzeRows(pilotWithStatus(), REPORT_DATE).items))).toEqual(NOTHING);
  });
});
