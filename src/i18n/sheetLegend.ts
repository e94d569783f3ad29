import type { FindingCode, Lang } from '../roadmap/types';

/**
 * Words for what the sheets show people instead of codes: the kind of each finding, and the legend of the highlight
 * colours that «Мониторинг» carries beside its counts.
 */

export interface SheetLegendTexts {
  /** The findings table's column that names each finding's kind (instead of its code). */
  kindHeader: string;
  kind: Record<FindingCode, string>;
  legendTitle: (sheet: string) => string;
  overdue: string;
  dueSoon: (days: number) => string;
  missing: string;
  /** Why the highlighting and this sheet's counts may differ. */
  note: (reportDate: string) => string;
}

function ruDays(n: number): string {
  const rule = new Intl.PluralRules('ru-RU').select(n);
  return rule === 'one' ? 'день' : rule === 'few' ? 'дня' : 'дней';
}

const RU: SheetLegendTexts = {
  kindHeader: 'Вид замечания',
  kind: {
    'missing-column': 'нет столбца',
    'missing-no': 'нет номера',
    'invalid-no': 'неверный номер',
    'duplicate-no': 'повтор номера',
    'numbering-order': 'порядок нумерации',
    'no-looks-like-date': 'номер стал датой',
    'missing-activity': 'нет мероприятия',
    'missing-deadline': 'нет срока',
    'missing-responsible': 'нет ответственного',
    'missing-result': 'нет результата',
    'unparsed-deadline': 'срок не прочитан',
    'invalid-status': 'неизвестный статус',
    'cell-error': 'ошибка формулы',
    'guessed-column': 'столбец определён по содержимому',
    'no-result-column': 'нет столбца результатов',
    'no-number-column': 'нет столбца номеров',
    'inferred-year': 'год срока взят из плана',
    'conflicting-years': 'в плане разные годы',
    overdue: 'просрочено',
    'checkpoint-passed': 'контрольная точка прошла',
  },
  legendTitle: (sheet) => `Цвета на листе «${sheet}»`,
  overdue: 'Срок прошёл, мероприятие не выполнено',
  dueSoon: (days) => `Срок наступает в ближайшие ${days} ${ruDays(days)}`,
  missing: 'Не заполнено обязательное поле',
  note: (reportDate) =>
    `Цвета пересчитываются по сегодняшней дате при каждом открытии книги. Этот лист составлен на дату отчёта ${reportDate} и не меняется, поэтому числа могут расходиться с цветами.`,
};

const EN: SheetLegendTexts = {
  kindHeader: 'Kind',
  kind: {
    'missing-column': 'missing column',
    'missing-no': 'no number',
    'invalid-no': 'invalid number',
    'duplicate-no': 'duplicate number',
    'numbering-order': 'numbering order',
    'no-looks-like-date': 'number became a date',
    'missing-activity': 'no activity',
    'missing-deadline': 'no deadline',
    'missing-responsible': 'no one responsible',
    'missing-result': 'no result',
    'unparsed-deadline': 'deadline not read',
    'invalid-status': 'unknown status',
    'cell-error': 'formula error',
    'guessed-column': 'column recognised from its content',
    'no-result-column': 'no result column',
    'no-number-column': 'no number column',
    'inferred-year': "year taken from the plan",
    'conflicting-years': 'the plan names several years',
    overdue: 'overdue',
    'checkpoint-passed': 'checkpoint passed',
  },
  legendTitle: (sheet) => `Colours on the sheet «${sheet}»`,
  overdue: 'Past its deadline and not done',
  dueSoon: (days) => `Due within ${days} ${days === 1 ? 'day' : 'days'}`,
  missing: 'A required field is empty',
  note: (reportDate) =>
    `The colours follow today's date: they are recomputed whenever the workbook is opened. This sheet was made as of the report date ${reportDate} and does not change, so its counts may differ from the colours.`,
};

export function sheetLegendTexts(lang: Lang): SheetLegendTexts {
  return lang === 'en' ? EN : RU;
}
