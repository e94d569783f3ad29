import type { Lang } from '../roadmap/types';

/** What made an input too large to read safely: each is one budget of src/xlsx/lean/budgets.ts. */
export type BudgetBreach =
  | { kind: 'file-size'; bytes: number; limit: number }
  | { kind: 'part-count'; parts: number; limit: number }
  | { kind: 'part-size'; part: string; bytes: number; limit: number }
  | { kind: 'total-size'; bytes: number; limit: number }
  | { kind: 'cells'; sheet: string; limit: number }
  | { kind: 'far-cell'; sheet: string; ref: string }
  | { kind: 'merged-area'; sheet: string; limit: number }
  | { kind: 'validation-area'; sheet: string; limit: number }
  | { kind: 'time'; seconds: number }
  | { kind: 'memory'; megabytes: number };

const MB = 1024 * 1024;
const mb = (bytes: number): string => `${Math.ceil(bytes / MB).toLocaleString('ru-RU')}`;
const count = (n: number): string => n.toLocaleString('ru-RU');
const countEn = (n: number): string => n.toLocaleString('en-US');
const mbEn = (bytes: number): string => `${Math.ceil(bytes / MB).toLocaleString('en-US')}`;

function russian(breach: BudgetBreach): string {
  switch (breach.kind) {
    case 'file-size':
      return `файл слишком велик для дорожной карты: ${mb(breach.bytes)} МБ при пределе ${mb(breach.limit)} МБ`;
    case 'part-count':
      return `в книге слишком много частей: ${count(breach.parts)} при пределе ${count(breach.limit)}; книга не читается`;
    case 'part-size':
      return `часть книги «${breach.part}» после распаковки больше ${mb(breach.limit)} МБ; книга не читается (возможно, это «zip-бомба»)`;
    case 'total-size':
      return `книга после распаковки больше ${mb(breach.limit)} МБ; книга не читается (возможно, это «zip-бомба»)`;
    case 'cells':
      return `на листе «${breach.sheet}» больше ${count(breach.limit)} ячеек; такой лист не читается`;
    case 'far-cell':
      return `на листе «${breach.sheet}» ячейка ${breach.ref} лежит за пределами листа Excel; книга повреждена`;
    case 'merged-area':
      return `объединённые ячейки на листе «${breach.sheet}» охватывают больше ${count(breach.limit)} ячеек; снимите объединение лишних строк и столбцов`;
    case 'validation-area':
      return `проверка данных на листе «${breach.sheet}» охватывает больше ${count(breach.limit)} ячеек; ограничьте её строками таблицы`;
    case 'time':
      return `книга читалась дольше ${count(breach.seconds)} с и была пропущена`;
    case 'memory':
      return `книге не хватило ${count(breach.megabytes)} МБ памяти, отведённых на одну книгу; она пропущена`;
  }
}

function english(breach: BudgetBreach): string {
  switch (breach.kind) {
    case 'file-size':
      return `the file is too large for a roadmap: ${mbEn(breach.bytes)} MB, the limit is ${mbEn(breach.limit)} MB`;
    case 'part-count':
      return `the workbook has too many parts: ${countEn(breach.parts)}, the limit is ${countEn(breach.limit)}; it is not read`;
    case 'part-size':
      return `the workbook part “${breach.part}” inflates to more than ${mbEn(breach.limit)} MB; it is not read (possibly a zip bomb)`;
    case 'total-size':
      return `the workbook inflates to more than ${mbEn(breach.limit)} MB; it is not read (possibly a zip bomb)`;
    case 'cells':
      return `the sheet “${breach.sheet}” holds more than ${countEn(breach.limit)} cells; it is not read`;
    case 'far-cell':
      return `the sheet “${breach.sheet}” has a cell ${breach.ref} beyond Excel's last row or column; the workbook is damaged`;
    case 'merged-area':
      return `merged cells on the sheet “${breach.sheet}” cover more than ${countEn(breach.limit)} cells; unmerge the spare rows and columns`;
    case 'validation-area':
      return `data validation on the sheet “${breach.sheet}” covers more than ${countEn(breach.limit)} cells; limit it to the table's rows`;
    case 'time':
      return `reading the workbook took longer than ${countEn(breach.seconds)} s; it was skipped`;
    case 'memory':
      return `the workbook needed more than the ${countEn(breach.megabytes)} MB of memory allowed for one workbook; it was skipped`;
  }
}

/** The one line that says why a file over budget was not read, in the user's language (Russian by default). */
export function budgetMessage(breach: BudgetBreach, lang: Lang = 'ru'): string {
  return lang === 'en' ? english(breach) : russian(breach);
}
