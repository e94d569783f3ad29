import type { Lang } from '../roadmap/types';
import { budgetMessage, type BudgetBreach } from './inputBudgets';

/**
 * Why a file was not read, as data: the reader says what happened, the words come from here in the language
 * asked for. Used for the CLI's error line, the «Не прочитано» sheet and `--json` (its `code`).
 */
export type ReadFailure =
  | { code: 'not-found' }
  /** EACCES/EPERM: the file or folder is there, the user may not read it. */
  | { code: 'no-access' }
  | { code: 'io-error'; errno: string }
  | { code: 'is-folder' }
  /** A folder the search could not list (no permission, gone mid-run…). */
  | { code: 'folder-unreadable'; errno: string }
  /** A symbolic link whose target does not exist. */
  | { code: 'broken-link' }
  /** A link into a folder already being searched, or to itself: following it would go on forever. */
  | { code: 'link-loop' }
  /** The same file reached twice (a link to a file already read). */
  | { code: 'same-file'; other: string }
  | { code: 'empty' }
  /** An OLE compound file: an old .xls renamed, or an .xlsx protected with a password to open. */
  | { code: 'protected-or-xls' }
  | { code: 'not-xlsx' }
  | { code: 'damaged'; detail: string }
  /** Over one of the input budgets (src/xlsx/lean/budgets.ts): too large, too many cells, a zip bomb… */
  | { code: 'over-budget'; breach: BudgetBreach }
  | { code: 'no-sheet'; sheet: string; names: string[] }
  | { code: 'no-roadmap' }
  | { code: 'reader-failed'; detail: string }
  /** A consolidated report this tool wrote (last quarter's, left in the inbox). */
  | { code: 'tool-report' }
  /** .xls/.ods with no LibreOffice on this machine to convert it. */
  | { code: 'needs-xlsx'; extension: string }
  | { code: 'conversion-failed'; extension: string }
  | { code: 'conversion-timeout'; seconds: number }
  /** A document that is not a workbook at all (.csv, .docx, .pdf…). */
  | { code: 'not-a-workbook'; extension: string }
  /** A reason the reader has already put in the language asked for (an input budget's message, say). */
  | { code: 'stated'; text: string };

export type ReadFailureCode = ReadFailure['code'];

type Words = { [C in ReadFailureCode]: (failure: Extract<ReadFailure, { code: C }>) => string };

const HEADER_RU = '«№ п/п», «Мероприятие», «Срок», «Ответственный», «Результат»';
const HEADER_EN = 'No., Activity, Deadline, Responsible, Result';

const RU: Words = {
  'not-found': () => 'файл не найден',
  'no-access': () => 'нет прав на чтение',
  'io-error': ({ errno }) => `не удалось прочитать файл (${errno})`,
  'is-folder': () => 'это папка, а не файл',
  'folder-unreadable': ({ errno }) => `папку не удалось открыть (${errno === 'EACCES' || errno === 'EPERM' ? 'нет прав на чтение' : errno})`,
  'broken-link': () => 'ссылка ведёт на файл, которого нет',
  'link-loop': () => 'ссылка ведёт по кругу, в уже просмотренную папку или на саму себя: пропущена',
  'same-file': ({ other }) => `тот же файл, что и «${other}»: прочитан один раз`,
  empty: () => 'файл пуст',
  'protected-or-xls': () => 'файл защищён паролем или сохранён в старом формате .xls; снимите пароль или сохраните как .xlsx',
  'not-xlsx': () => 'это не книга Excel .xlsx',
  damaged: ({ detail }) => `книга повреждена и не читается (${detail})`,
  'over-budget': ({ breach }) => budgetMessage(breach, 'ru'),
  'no-sheet': ({ sheet, names }) => `нет листа «${sheet}» (есть: ${names.map((name) => `«${name}»`).join(', ')})`,
  'no-roadmap': () => `не найдена таблица дорожной карты: нужна строка заголовков со столбцами ${HEADER_RU}`,
  'reader-failed': ({ detail }) => `сбой при чтении (${detail})`,
  'tool-report': () => 'сводный отчёт Roadmap Monitor (прошлый свод), пропущен',
  'needs-xlsx': ({ extension }) => `книга .${extension}: LibreOffice (soffice) не найден, чтобы её преобразовать; сохраните как .xlsx`,
  'conversion-failed': ({ extension }) => `книгу .${extension} не удалось преобразовать через LibreOffice; сохраните как .xlsx`,
  'conversion-timeout': ({ seconds }) => `LibreOffice не преобразовал книгу за ${seconds} с; сохраните как .xlsx`,
  'not-a-workbook': ({ extension }) => `не книга Excel (.${extension}): дорожную карту нужно прислать книгой .xlsx`,
  stated: ({ text }) => text,
};

const EN: Words = {
  'not-found': () => 'file not found',
  'no-access': () => 'no permission to read it',
  'io-error': ({ errno }) => `cannot read the file (${errno})`,
  'is-folder': () => 'is a folder, not a file',
  'folder-unreadable': ({ errno }) => `the folder cannot be opened (${errno === 'EACCES' || errno === 'EPERM' ? 'no permission to read it' : errno})`,
  'broken-link': () => 'the link points to a file that does not exist',
  'link-loop': () => 'the link goes round in a loop, into a folder already searched or to itself: passed over',
  'same-file': ({ other }) => `the same file as “${other}”: read once`,
  empty: () => 'the file is empty',
  'protected-or-xls': () => 'the file is password-protected or an old .xls: remove the password or save it as .xlsx',
  'not-xlsx': () => 'not an Excel .xlsx workbook',
  damaged: ({ detail }) => `the workbook is damaged (${detail})`,
  'over-budget': ({ breach }) => budgetMessage(breach, 'en'),
  'no-sheet': ({ sheet, names }) => `no sheet “${sheet}” (sheets: ${names.map((name) => `“${name}”`).join(', ')})`,
  'no-roadmap': () => `no roadmap table: a header row with ${HEADER_EN} is needed`,
  'reader-failed': ({ detail }) => `the reader failed (${detail})`,
  'tool-report': () => 'a Roadmap Monitor consolidated report (a previous run): passed over',
  'needs-xlsx': ({ extension }) => `a .${extension} workbook and no LibreOffice (soffice) to convert it: save it as .xlsx`,
  'conversion-failed': ({ extension }) => `LibreOffice could not convert the .${extension} workbook: save it as .xlsx`,
  'conversion-timeout': ({ seconds }) => `LibreOffice did not convert the workbook within ${seconds} s: save it as .xlsx`,
  'not-a-workbook': ({ extension }) => `not an Excel workbook (.${extension}): the roadmap must come as an .xlsx workbook`,
  stated: ({ text }) => text,
};

/** The reason a person reads, in one language. */
export function readFailureText(failure: ReadFailure, lang: Lang): string {
  const words = (lang === 'en' ? EN : RU)[failure.code] as (failure: ReadFailure) => string;
  return words(failure);
}

/** The failure an operating-system error means when reading a file: a permission error is not «not found». */
export function fileSystemFailure(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'not-found' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'no-access' };
    case 'EISDIR':
      return { code: 'is-folder' };
    case 'ELOOP':
      return { code: 'link-loop' };
    default:
      return { code: 'io-error', errno: code ?? (error instanceof Error ? error.message : String(error)) };
  }
}
