import type { Lang, Severity } from '../roadmap/types';

/** Texts of `roadmap consolidate`: the report's sheets and the command's messages. */
export interface ConsolidateTexts {
  sheets: { summary: string; overdue: string; findings: string; unreadable: string };
  summaryTitle: string;
  reportDateLabel: string;
  filesLine: (read: number, files: number, unreadable: number, unreadableSheet: string) => string;
  summaryHeader: {
    institution: string; file: string; items: string; done: string; overdue: string; dueSoon: string;
    undated: string; errors: string; warnings: string; completion: string; reportDate: string;
  };
  totalLabel: string;
  chartTitle: string;
  chartData: string;
  overdueTitle: string;
  overdueHeader: {
    institution: string; no: string; activity: string; deadline: string; due: string; responsible: string;
    days: string; file: string; row: string;
  };
  noOverdue: string;
  findingsTitle: string;
  findingsHeader: { institution: string; file: string; sheet: string; row: string; severity: string; code: string; message: string };
  severity: Record<Severity, string>;
  noFindings: string;
  unreadableTitle: string;
  unreadableHeader: { file: string; reason: string };
  allRead: string;
  cli: {
    description: string;
    paths: string;
    output: string;
    noInputs: string;
    notFound: (path: string) => string;
    noWorkbooks: string;
    progress: string;
    done: (read: number, files: number, unreadable: number, overdue: number, errors: number, output: string) => string;
    nothingRead: string;
    threads: string;
    badThreads: (text: string) => string;
  };
}

const RU: ConsolidateTexts = {
  sheets: { summary: 'Свод', overdue: 'Просрочено', findings: 'Замечания', unreadable: 'Не прочитано' },
  summaryTitle: 'Свод мониторинга дорожных карт',
  reportDateLabel: 'Дата свода',
  filesLine: (read, files, unreadable, sheet) =>
    `Прочитано книг: ${read} из ${files}` + (unreadable > 0 ? `; не прочитано: ${unreadable} (лист «${sheet}»)` : ''),
  summaryHeader: {
    institution: 'Учреждение', file: 'Файл', items: 'Мероприятий', done: 'Выполнено', overdue: 'Просрочено',
    dueSoon: 'Срок скоро', undated: 'Без срока', errors: 'Ошибок', warnings: 'Предупреждений',
    completion: 'Выполнение, %', reportDate: 'Дата отчёта',
  },
  totalLabel: 'Итого',
  chartTitle: 'Выполнение по учреждениям, %',
  chartData: 'Данные диаграммы',
  overdueTitle: 'Просроченные мероприятия',
  overdueHeader: {
    institution: 'Учреждение', no: '№ п/п', activity: 'Мероприятие', deadline: 'Срок', due: 'Плановая дата',
    responsible: 'Ответственный', days: 'Дней просрочки', file: 'Файл', row: 'Строка',
  },
  noOverdue: 'Просроченных мероприятий нет.',
  findingsTitle: 'Замечания к дорожным картам',
  findingsHeader: { institution: 'Учреждение', file: 'Файл', sheet: 'Лист', row: 'Строка', severity: 'Важность', code: 'Код', message: 'Замечание' },
  severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведения' },
  noFindings: 'Замечаний нет.',
  unreadableTitle: 'Файлы, которые не удалось прочитать',
  unreadableHeader: { file: 'Файл', reason: 'Причина' },
  allRead: 'Все файлы прочитаны.',
  cli: {
    description: 'свод по многим дорожным картам: книги .xlsx и папки с ними → один отчёт мониторинга',
    paths: 'книги .xlsx или папки (ищутся во вложенных папках)',
    output: 'куда записать отчёт (.xlsx); исходные книги не изменяются',
    noInputs: 'укажите хотя бы одну книгу или папку',
    notFound: (path) => `${path}: нет такого файла или папки`,
    noWorkbooks: 'не найдено ни одной книги .xlsx',
    progress: 'Книги {bar} {value}/{total}',
    done: (read, files, unreadable, overdue, errors, output) =>
      `Прочитано книг: ${read} из ${files}` + (unreadable > 0 ? `, не прочитано: ${unreadable}` : '') +
      `; просрочено мероприятий: ${overdue}; ошибок: ${errors}. Отчёт: ${output}`,
    nothingRead: 'ни одну книгу не удалось прочитать',
    threads: 'число потоков чтения (по умолчанию — число ядер)',
    badThreads: (text) => `--threads: ожидается целое число от 1, получено «${text}»`,
  },
};

const EN: ConsolidateTexts = {
  sheets: { summary: 'Summary', overdue: 'Overdue', findings: 'Findings', unreadable: 'Unreadable' },
  summaryTitle: 'Roadmap monitoring: consolidated report',
  reportDateLabel: 'Report date',
  filesLine: (read, files, unreadable, sheet) =>
    `Workbooks read: ${read} of ${files}` + (unreadable > 0 ? `; unreadable: ${unreadable} (sheet “${sheet}”)` : ''),
  summaryHeader: {
    institution: 'Institution', file: 'File', items: 'Items', done: 'Done', overdue: 'Overdue',
    dueSoon: 'Due soon', undated: 'Undated', errors: 'Errors', warnings: 'Warnings',
    completion: 'Completion, %', reportDate: 'Workbook date',
  },
  totalLabel: 'Total',
  chartTitle: 'Completion by institution, %',
  chartData: 'Chart data',
  overdueTitle: 'Overdue items',
  overdueHeader: {
    institution: 'Institution', no: 'No.', activity: 'Activity', deadline: 'Deadline', due: 'Planned date',
    responsible: 'Responsible', days: 'Days overdue', file: 'File', row: 'Row',
  },
  noOverdue: 'No overdue items.',
  findingsTitle: 'Findings in the roadmaps',
  findingsHeader: { institution: 'Institution', file: 'File', sheet: 'Sheet', row: 'Row', severity: 'Severity', code: 'Code', message: 'Finding' },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  noFindings: 'No findings.',
  unreadableTitle: 'Files that could not be read',
  unreadableHeader: { file: 'File', reason: 'Reason' },
  allRead: 'Every file was read.',
  cli: {
    description: 'consolidate many roadmaps: .xlsx workbooks and folders of them → one monitoring report',
    paths: '.xlsx workbooks or folders (searched recursively)',
    output: 'where to write the report (.xlsx); the workbooks read are never changed',
    noInputs: 'name at least one workbook or folder',
    notFound: (path) => `${path}: no such file or folder`,
    noWorkbooks: 'no .xlsx workbook found',
    progress: 'Workbooks {bar} {value}/{total}',
    done: (read, files, unreadable, overdue, errors, output) =>
      `Workbooks read: ${read} of ${files}` + (unreadable > 0 ? `, unreadable: ${unreadable}` : '') +
      `; overdue items: ${overdue}; errors: ${errors}. Report: ${output}`,
    nothingRead: 'no workbook could be read',
    threads: 'reader threads (default: the number of cores)',
    badThreads: (text) => `--threads: expected a whole number from 1, got “${text}”`,
  },
};

export function consolidateTexts(lang: Lang): ConsolidateTexts {
  return lang === 'en' ? EN : RU;
}
