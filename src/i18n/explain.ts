import type { Lang } from '../roadmap/types';

/** Texts of `roadmap check --explain`. */
export interface ExplainTexts {
  title: string;
  option: string;
  header: (row: number, sub: number | null, numbering: number | null) => string;
  column: (letter: string, key: string, header: string, guessed: boolean) => string;
  section: (row: number, no: string | null, title: string) => string;
  item: (first: number, last: number, no: string) => string;
  deadline: (text: string, kind: string, due: string | null, inferred: boolean) => string;
  finder: (finder: string, text: string) => string;
  phrases: (kinds: string) => string;
  noFinder: string;
}

const TEXTS: Record<Lang, ExplainTexts> = {
  ru: {
    title: 'Как прочитана таблица (--explain):',
    option: 'показать, как прочитана таблица: заголовок, столбцы, разделы и какой распознаватель прочитал каждый срок',
    header: (row, sub, numbering) =>
      `  заголовок: строка ${row}${sub === null ? '' : `, подзаголовок: строка ${sub}`}${numbering === null ? '' : `, нумерация столбцов: строка ${numbering}`}`,
    column: (letter, key, header, guessed) => `  столбец ${letter} → ${key}: «${header}»${guessed ? ' (определён по содержимому)' : ''}`,
    section: (row, no, title) => `  раздел, строка ${row}: ${no ?? '—'} ${title}`,
    item: (first, last, no) => `  п. ${no || '—'}, ${first === last ? `строка ${first}` : `строки ${first}–${last}`}`,
    deadline: (text, kind, due, inferred) => `    срок «${text}» → ${kind}${due ? `, ${due}` : ''}${inferred ? ' (год плана)' : ''}`,
    finder: (finder, text) => `      ${finder}: «${text}»`,
    phrases: (kinds) => `      фразы: ${kinds}`,
    noFinder: '      ни один распознаватель дат не сработал',
  },
  en: {
    title: 'How the table was read (--explain):',
    option: 'show how the table was read: header, columns, sections and which finder read each deadline',
    header: (row, sub, numbering) =>
      `  header: row ${row}${sub === null ? '' : `, sub-header: row ${sub}`}${numbering === null ? '' : `, column numbers: row ${numbering}`}`,
    column: (letter, key, header, guessed) => `  column ${letter} → ${key}: “${header}”${guessed ? ' (recognised from its content)' : ''}`,
    section: (row, no, title) => `  section, row ${row}: ${no ?? '—'} ${title}`,
    item: (first, last, no) => `  item ${no || '—'}, ${first === last ? `row ${first}` : `rows ${first}–${last}`}`,
    deadline: (text, kind, due, inferred) => `    deadline “${text}” → ${kind}${due ? `, ${due}` : ''}${inferred ? ' (plan year)' : ''}`,
    finder: (finder, text) => `      ${finder}: “${text}”`,
    phrases: (kinds) => `      phrases: ${kinds}`,
    noFinder: '      no date finder matched',
  },
};

export function explainTexts(lang: Lang): ExplainTexts {
  return TEXTS[lang];
}
