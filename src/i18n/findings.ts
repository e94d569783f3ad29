import type { ColumnKey, FindingCode, Lang } from '../roadmap/types';
import { daysText } from './numbers';

/** Everything a finding's message may mention. */
export interface FindingParams {
  row?: number | null;
  no?: string | null;
  column?: ColumnKey | null;
  header?: string;
  text?: string;
  guess?: string;
  previous?: string;
  firstRow?: number;
  due?: string;
  days?: number;
  /** Checkpoint dates, as shown. */
  dates?: string[];
  count?: number;
}

const COLUMN_NAMES: Record<Lang, Record<ColumnKey, string>> = {
  ru: {
    no: '№ п/п', activity: 'Мероприятие', deadline: 'Срок', responsible: 'Ответственный', result: 'Результат',
    materials: 'Дополнительные материалы', status: 'Статус', completedOn: 'Дата выполнения', comment: 'Комментарий',
    plannedDate: 'Плановая дата',
  },
  en: {
    no: 'No.', activity: 'Activity', deadline: 'Deadline', responsible: 'Responsible', result: 'Result',
    materials: 'Materials', status: 'Status', completedOn: 'Completed on', comment: 'Comment', plannedDate: 'Planned date',
  },
};

export function columnName(column: ColumnKey, lang: Lang): string {
  return COLUMN_NAMES[lang][column];
}

function where(p: FindingParams, lang: Lang): string {
  if (p.row == null) return '';
  if (lang === 'en') return p.no ? `Row ${p.row} (item ${p.no}): ` : `Row ${p.row}: `;
  return p.no ? `Строка ${p.row} (п. ${p.no}): ` : `Строка ${p.row}: `;
}

type Template = (p: FindingParams) => string;

const TEMPLATES: Record<Lang, Record<FindingCode, Template>> = {
  ru: {
    'missing-column': (p) => `В таблице нет столбца «${p.header}».`,
    'missing-no': () => 'не указан номер мероприятия.',
    'invalid-no': (p) => `номер «${p.text}» не похож на номер пункта (ожидается 1, 1.2, 2.1.3).`,
    'duplicate-no': (p) => `номер ${p.no} уже встречался в строке ${p.firstRow}.`,
    'numbering-order': (p) => `номер ${p.no} идёт после ${p.previous}: нарушен порядок нумерации.`,
    'no-looks-like-date': (p) =>
      `Excel превратил номер в дату (${p.text}); вероятно, имелось в виду «${p.guess}». Задайте столбцу «№ п/п» текстовый формат и введите номер заново.`,
    'missing-activity': () => 'не заполнено мероприятие.',
    'missing-deadline': () => 'не указан срок.',
    'missing-responsible': () => 'не указан ответственный.',
    'missing-result': () => 'не заполнен результат.',
    'unparsed-deadline': (p) => `срок «${p.text}» не удалось прочитать как дату или период.`,
    'invalid-status': (p) => `статус «${p.text}» не распознан (допустимо: Выполнено, В работе, Не начато, Не выполнено, Разногласия, Снято с контроля).`,
    'cell-error': (p) => `в столбце «${p.header}» ошибка формулы ${p.text}.`,
    overdue: (p) => `просрочено: срок ${p.due}, прошло ${daysText(p.days ?? 0, 'ru')}.`,
    'checkpoint-passed': (p) =>
      (p.dates?.length ?? 0) > 1
        ? `контрольные точки ${p.dates?.join(', ')} прошли, отметки об их выполнении нет (в статусе, комментарии или результате).`
        : `контрольная точка ${p.dates?.[0]} прошла, отметки о её выполнении нет (в статусе, комментарии или результате).`,
    'guessed-column': (p) =>
      `Столбец «${p.header}» определён по содержимому${p.text ? ` (заголовок «${p.text}»)` : ' (заголовок пуст)'}; проверьте.`,
    'no-result-column': () => 'В таблице нет столбца «Результат»: результаты мероприятий проверить нельзя.',
    'no-number-column': () => 'В таблице нет столбца «№ п/п»: мероприятия определяются по строкам и названиям.',
    'inferred-year': (p) => `Сроки без года (${p.count}) прочитаны в году плана: ${p.text}.`,
    'conflicting-years': (p) => `Сроки без года (${p.count}) не прочитаны: в плане названы разные годы (${p.text}).`,
  },
  en: {
    'missing-column': (p) => `The table has no “${p.header}” column.`,
    'missing-no': () => 'the item has no number.',
    'invalid-no': (p) => `“${p.text}” is not an item number (expected 1, 1.2, 2.1.3).`,
    'duplicate-no': (p) => `number ${p.no} already appears in row ${p.firstRow}.`,
    'numbering-order': (p) => `number ${p.no} comes after ${p.previous}: the numbering is out of order.`,
    'no-looks-like-date': (p) =>
      `Excel turned the number into a date (${p.text}); it was probably “${p.guess}”. Format the No. column as Text and type the number again.`,
    'missing-activity': () => 'the activity is empty.',
    'missing-deadline': () => 'no deadline.',
    'missing-responsible': () => 'no one is responsible.',
    'missing-result': () => 'the result is empty.',
    'unparsed-deadline': (p) => `the deadline “${p.text}” could not be read as a date or a period.`,
    'invalid-status': (p) => `status “${p.text}” is not recognised (use Done, In progress, Not started, Not done, Disagreement, Withdrawn).`,
    'cell-error': (p) => `the “${p.header}” cell holds the formula error ${p.text}.`,
    overdue: (p) => `overdue: due ${p.due}, ${daysText(p.days ?? 0, 'en')} ago.`,
    'checkpoint-passed': (p) =>
      (p.dates?.length ?? 0) > 1
        ? `checkpoints ${p.dates?.join(', ')} have passed with no mark that they were met (in the status, comment or result).`
        : `checkpoint ${p.dates?.[0]} has passed with no mark that it was met (in the status, comment or result).`,
    'guessed-column': (p) =>
      `The “${p.header}” column was recognised from its content${p.text ? ` (header “${p.text}”)` : ' (empty header)'}; please check.`,
    'no-result-column': () => 'The table has no “Result” column: results cannot be checked.',
    'no-number-column': () => 'The table has no “No.” column: items are known by their rows and wording.',
    'inferred-year': (p) => `Deadlines without a year (${p.count}) were read in the plan's year: ${p.text}.`,
    'conflicting-years': (p) => `Deadlines without a year (${p.count}) could not be read: the plan names several years (${p.text}).`,
  },
};

export function findingMessage(code: FindingCode, params: FindingParams, lang: Lang): string {
  const text = TEMPLATES[lang][code](params);
  const prefix = where(params, lang);
  return prefix === '' ? text : prefix + text;
}
