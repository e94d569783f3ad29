import type { ColumnKey } from './types';
import { isLetter, lettersAndDigits } from './letters';

export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['no', 'activity', 'deadline', 'responsible', 'result'];

/** The six columns of a roadmap, in the order documents print them. */
export const STANDARD_COLUMNS: readonly ColumnKey[] = [...REQUIRED_COLUMNS, 'materials'];

/** Headers the tools write, in Russian (the language of the documents). */
export const HEADER_TEXT: Record<ColumnKey, string> = {
  no: '№ п/п',
  activity: 'Мероприятие',
  deadline: 'Срок',
  responsible: 'Ответственный',
  result: 'Результат',
  materials: 'Дополнительные материалы',
  status: 'Статус',
  completedOn: 'Дата выполнения',
  comment: 'Комментарий',
  plannedDate: 'Плановая дата',
};

/** Header texts recognised for each column, before normalisation. */
const HEADER_ALIASES: Record<ColumnKey, readonly string[]> = {
  // Legal databases print «№» as «N» (and «№№» as «NN»).
  no: [
    '№ п/п', '№', 'N п/п', '№ п.п.', 'Номер', 'Номер п/п', 'No.', 'No', 'Nr', '#', 'Item', 'N', 'NN', 'NN п/п', '№№ п/п',
    'N п.', '№ п.', 'п/п', 'п.п.', 'N пункта', '№ пункта',
  ],
  activity: [
    'Мероприятие', 'Мероприятия', 'Наименование мероприятия', 'Наименование мероприятий',
    'Содержание мероприятия', 'Наименование', 'Activity', 'Activities', 'Action',
    'Номер и наименование мероприятия', 'Направления деятельности', 'Направление деятельности', 'Содержание работы',
    'Содержание работ', 'Задачи, мероприятия', 'Содержание этапа', 'Наименование этапа', 'Наименование работ',
    'Наименование мероприятия (контрольного события)', 'Вид работы', 'Содержание', 'Виды работ', 'Наименования',
    'Наименования мероприятий', 'Перечень мероприятий', 'Дела, события, мероприятия',
  ],
  deadline: [
    'Срок', 'Сроки', 'Срок исполнения', 'Сроки исполнения', 'Срок реализации', 'Сроки реализации',
    'Срок выполнения', 'Сроки выполнения', 'Срок проведения', 'Плановый срок', 'Deadline', 'Due', 'Due date',
    'Дата', 'Дата проведения', 'Даты проведения', 'Время проведения', 'Контрольный срок', 'Период исполнения',
    'Период реализации', 'Период проведения', 'Предельный срок', 'Сроки проведения', 'Срок исполнения (план)',
    'Дата и время проведения', 'Время и место проведения', 'Дата и место проведения',
  ],
  responsible: [
    'Ответственный', 'Ответственные', 'Ответственный исполнитель', 'Ответственные исполнители',
    'Исполнитель', 'Исполнители', 'Ответственный за исполнение', 'Responsible', 'Owner',
    'Ответственность', 'Ответственные лица', 'Ответственное лицо', 'Ответственные за исполнение',
    'Ответственные органы', 'Ответственный орган', 'Ответственные за выполнение', 'Ответственный за выполнение',
    'Соисполнители', 'Исполнитель (соисполнитель)', 'Кто проводит', 'Ответственные за проведение',
  ],
  result: [
    'Результат', 'Результаты', 'Ожидаемый результат', 'Ожидаемые результаты', 'Результат выполнения',
    'Результат реализации', 'Планируемый результат', 'Result', 'Expected result', 'Outcome', 'Deliverable',
  ],
  materials: ['Дополнительные материалы', 'Материалы', 'Доп. материалы', 'Materials', 'Additional materials'],
  status: ['Статус', 'Отметка об исполнении', 'Отметка о выполнении', 'Статус выполнения', 'Статус исполнения', 'Status'],
  completedOn: ['Дата фактического исполнения', 'Фактическая дата исполнения', 'Дата фактического выполнения', 'Дата выполнения', 'Дата исполнения', 'Фактический срок', 'Фактическая дата', 'Фактический срок исполнения', 'Completed on', 'Completion date'],
  comment: ['Комментарий', 'Комментарии', 'Причины невыполнения', 'Примечание', 'Примечания', 'Comment', 'Comments', 'Notes'],
  plannedDate: ['Плановая дата', 'Planned date'],
};

/** Lower case, ё as е, and nothing but letters, digits, № and # — how headers are compared. */
export function normalizeHeader(text: string): string {
  return lettersAndDigits(text.toLowerCase().replace(/ё/g, 'е'), '№#');
}

const ALIAS_TO_KEY: ReadonlyMap<string, ColumnKey> = new Map(
  (Object.entries(HEADER_ALIASES) as [ColumnKey, readonly string[]][]).flatMap(([key, aliases]) =>
    aliases.map((alias) => [normalizeHeader(alias), key] as const),
  ),
);

/** Longest aliases first, so «Номер и наименование…» is an activity before «Номер» makes it the number. */
const ALIASES_LONGEST_FIRST = [...ALIAS_TO_KEY].sort(([a], [b]) => b.length - a.length);

/** Characters an alias must have to head a longer header («Срок исполнения (квартал, год)»): four. */
const PREFIX = 4;

/**
 * The aliases of PREFIX characters or more by their first PREFIX characters, longest first: a cell of the rows searched
 * for the header is compared with the few aliases it could begin with, not with all of them.
 */
const ALIASES_BY_PREFIX: ReadonlyMap<string, readonly (readonly [string, ColumnKey])[]> = (() => {
  const groups = new Map<string, (readonly [string, ColumnKey])[]>();
  for (const entry of ALIASES_LONGEST_FIRST) {
    if (entry[0].length < PREFIX) continue;
    const prefix = entry[0].slice(0, PREFIX);
    groups.set(prefix, [...(groups.get(prefix) ?? []), entry]);
  }
  return groups;
})();

/** A footnote mark after a header word: «Сроки 2», «Ответственный*», «Срок¹» (the `*` is dropped by normalising). */
const FOOTNOTE_MARK = /([\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S])[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}$/;

/** «(номер и) наименование|содержание <qualifier> мероприятия», normalised (no spaces). */
const QUALIFIED_ACTIVITY = /^(?:номери)?(?:наименовани|содержани)е[а-я]{1,40}мероприяти/;

/** The column a header names, or null. */
export function columnForHeader(text: string): ColumnKey | null {
  const normalized = normalizeHeader(text).replace(FOOTNOTE_MARK, (mark, before: string) => (isLetter(before) ? before : mark));
  if (normalized === '') return null;
  const exact = ALIAS_TO_KEY.get(normalized);
  if (exact) return exact;
  // Programme tables name the activity with a qualifier inside: «Номер и наименование основного мероприятия»,
  // «Наименование программного мероприятия» — an activity, never the number column that «Номер» would make it.
  if (QUALIFIED_ACTIVITY.test(normalized)) return 'activity';
  // Long headers such as «Срок исполнения (квартал, год)» or «Ответственный исполнитель (ФИО, должность)».
  for (const [alias, key] of ALIASES_BY_PREFIX.get(normalized.slice(0, PREFIX)) ?? []) {
    if (normalized.startsWith(alias)) return key;
  }
  // An abbreviated header in a narrow column: «Ответствен.», «Исполн.».
  if (/\.\s*$/.test(text) && normalized.length >= 6) {
    for (const [alias, key] of ALIASES_LONGEST_FIRST) if (alias.startsWith(normalized)) return key;
  }
  return null;
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
