import type { ColumnKey } from './types';

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
  no: ['№ п/п', '№', 'N п/п', '№ п.п.', 'Номер', 'Номер п/п', 'No.', 'No', 'Nr', '#', 'Item'],
  activity: [
    'Мероприятие', 'Мероприятия', 'Наименование мероприятия', 'Наименование мероприятий',
    'Содержание мероприятия', 'Наименование', 'Activity', 'Activities', 'Action',
  ],
  deadline: [
    'Срок', 'Сроки', 'Срок исполнения', 'Сроки исполнения', 'Срок реализации', 'Сроки реализации',
    'Срок выполнения', 'Сроки выполнения', 'Срок проведения', 'Плановый срок', 'Deadline', 'Due', 'Due date',
  ],
  responsible: [
    'Ответственный', 'Ответственные', 'Ответственный исполнитель', 'Ответственные исполнители',
    'Исполнитель', 'Исполнители', 'Ответственный за исполнение', 'Responsible', 'Owner',
  ],
  result: [
    'Результат', 'Результаты', 'Ожидаемый результат', 'Ожидаемые результаты', 'Результат выполнения',
    'Результат реализации', 'Планируемый результат', 'Result', 'Expected result', 'Outcome', 'Deliverable',
  ],
  materials: ['Дополнительные материалы', 'Материалы', 'Доп. материалы', 'Materials', 'Additional materials'],
  status: ['Статус', 'Отметка об исполнении', 'Отметка о выполнении', 'Статус выполнения', 'Статус исполнения', 'Status'],
  completedOn: ['Дата выполнения', 'Дата исполнения', 'Фактический срок', 'Фактическая дата', 'Фактический срок исполнения', 'Completed on', 'Completion date'],
  comment: ['Комментарий', 'Комментарии', 'Причины невыполнения', 'Примечание', 'Примечания', 'Comment', 'Comments', 'Notes'],
  plannedDate: ['Плановая дата', 'Planned date'],
};

/** Lower case, ё as е, and nothing but letters, digits, № and # — how headers are compared. */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}№#]/gu, '');
}

const ALIAS_TO_KEY: ReadonlyMap<string, ColumnKey> = new Map(
  (Object.entries(HEADER_ALIASES) as [ColumnKey, readonly string[]][]).flatMap(([key, aliases]) =>
    aliases.map((alias) => [normalizeHeader(alias), key] as const),
  ),
);

/** The column a header names, or null. */
export function columnForHeader(text: string): ColumnKey | null {
  const normalized = normalizeHeader(text);
  if (normalized === '') return null;
  const exact = ALIAS_TO_KEY.get(normalized);
  if (exact) return exact;
  // Long headers such as «Срок исполнения (квартал, год)» or «Ответственный исполнитель (ФИО, должность)».
  for (const [alias, key] of ALIAS_TO_KEY) {
    if (alias.length >= 4 && normalized.startsWith(alias)) return key;
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
