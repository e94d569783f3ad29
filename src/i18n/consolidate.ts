import type { Lang, Severity } from '../roadmap/types';
import type { ReadFailureCode } from './readFailures';

/** What the closing line and «Свод» count: workbooks read, not read, files passed over (by why) and lock files. */
export interface FileCounts {
  read: number;
  /** Workbooks looked at: read plus not read. */
  files: number;
  unreadable: number;
  /** Files passed over on purpose, by reason, in a stable order. */
  skipped: readonly { code: ReadFailureCode; count: number }[];
  lockFiles: number;
}

/** Texts of `roadmap consolidate`: the report's sheets and the command's messages. */
export interface ConsolidateTexts {
  sheets: { summary: string; chart: string; overdue: string; findings: string; unreadable: string };
  summaryTitle: string;
  reportDateLabel: string;
  /** «Свод»'s line under the date: what was read, not read and passed over, and where to see which. */
  filesLine: (counts: FileCounts) => string;
  /** A short name for each reason a file is passed over, for the counts. */
  skipKinds: Partial<Record<ReadFailureCode, string>>;
  summaryHeader: {
    institution: string; file: string; items: string; done: string; overdue: string; dueSoon: string;
    undated: string; errors: string; warnings: string; completion: string; asOf: string; savedOn: string;
  };
  totalLabel: string;
  /** The chart's title: the `shown` most overdue of `withOverdue` institutions with overdue items. */
  chartTitle: (shown: number, withOverdue: number) => string;
  chartData: string;
  chartValue: string;
  noChart: string;
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
  unreadableHeader: { file: string; reason: string; outcome: string };
  outcome: { unread: string; skipped: string };
  allRead: string;
  cli: {
    description: string;
    paths: string;
    output: string;
    json: string;
    noOutput: string;
    noInputs: string;
    notFound: (path: string) => string;
    noWorkbooks: string;
    progress: string;
    converting: (files: number) => string;
    /** The closing line; `output` null when --json printed the report and no file was written. */
    done: (counts: FileCounts, overdue: number, errors: number, output: string | null) => string;
    nothingRead: string;
    threads: string;
    badThreads: (text: string) => string;
  };
}

const SKIP_RU: Partial<Record<ReadFailureCode, string>> = {
  'tool-report': 'отчёты Roadmap Monitor',
  'not-a-workbook': 'не книги Excel',
  'link-loop': 'петли ссылок',
  'same-file': 'повторы файла',
};
const SKIP_EN: Partial<Record<ReadFailureCode, string>> = {
  'tool-report': 'Roadmap Monitor reports',
  'not-a-workbook': 'not Excel workbooks',
  'link-loop': 'link loops',
  'same-file': 'the same file again',
};

const skippedList = (counts: FileCounts, kinds: Partial<Record<ReadFailureCode, string>>): string =>
  counts.skipped.map(({ code, count }) => `${kinds[code] ?? code}: ${count}`).join(', ');

function countsRu(counts: FileCounts): string {
  const total = counts.skipped.reduce((sum, { count }) => sum + count, 0);
  return (
    `Прочитано книг: ${counts.read} из ${counts.files}` +
    (counts.unreadable > 0 ? `, не прочитано: ${counts.unreadable}` : '') +
    (total > 0 ? `; пропущено файлов: ${total} (${skippedList(counts, SKIP_RU)})` : '') +
    (counts.lockFiles > 0 ? `; файлов блокировки «~$» не учтено: ${counts.lockFiles}` : '')
  );
}

function countsEn(counts: FileCounts): string {
  const total = counts.skipped.reduce((sum, { count }) => sum + count, 0);
  return (
    `Workbooks read: ${counts.read} of ${counts.files}` +
    (counts.unreadable > 0 ? `, unreadable: ${counts.unreadable}` : '') +
    (total > 0 ? `; files passed over: ${total} (${skippedList(counts, SKIP_EN)})` : '') +
    (counts.lockFiles > 0 ? `; lock files «~$» ignored: ${counts.lockFiles}` : '')
  );
}

const RU: ConsolidateTexts = {
  sheets: { summary: 'Свод', chart: 'Диаграмма', overdue: 'Просрочено', findings: 'Замечания', unreadable: 'Не прочитано' },
  summaryTitle: 'Свод мониторинга дорожных карт',
  reportDateLabel: 'Дата свода',
  filesLine: (counts) => countsRu(counts) + (counts.unreadable + counts.skipped.length > 0 ? ' (см. лист «Не прочитано»)' : ''),
  skipKinds: SKIP_RU,
  summaryHeader: {
    institution: 'Учреждение', file: 'Файл', items: 'Мероприятий', done: 'Выполнено', overdue: 'Просрочено',
    dueSoon: 'Срок скоро', undated: 'Без срока', errors: 'Ошибок', warnings: 'Предупреждений',
    completion: 'Выполнение, %', asOf: 'По состоянию на', savedOn: 'Файл сохранён',
  },
  totalLabel: 'Итого',
  chartTitle: (shown, withOverdue) =>
    shown < withOverdue
      ? `${shown} учреждений с наибольшим числом просроченных мероприятий (из ${withOverdue} с просрочкой)`
      : 'Просроченные мероприятия по учреждениям',
  chartData: 'Данные диаграммы (не печатаются)',
  chartValue: 'Просрочено',
  noChart: 'Просроченных мероприятий нет: диаграмме нечего показать.',
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
  unreadableTitle: 'Файлы, которые не прочитаны или пропущены',
  unreadableHeader: { file: 'Файл', reason: 'Причина', outcome: 'Итог' },
  outcome: { unread: 'не прочитан', skipped: 'пропущен' },
  allRead: 'Все файлы прочитаны.',
  cli: {
    description: 'свод по многим дорожным картам: книги (.xlsx, .xlsm; .xls и .ods через LibreOffice) и папки с ними → один отчёт мониторинга',
    paths: 'книги или папки (ищутся и во вложенных папках)',
    output: 'куда записать отчёт (.xlsx); исходные книги не изменяются',
    json: 'вывести свод в JSON (без -o файл не записывается)',
    noOutput: 'укажите, куда записать отчёт: -o ФАЙЛ.xlsx (или --json, чтобы только вывести свод)',
    noInputs: 'укажите хотя бы одну книгу или папку',
    notFound: (path) => `${path}: нет такого файла или папки`,
    noWorkbooks: 'не найдено ни одной книги',
    progress: 'Книги {bar} {value}/{total}',
    converting: (files) => `LibreOffice преобразует книги .xls и .ods в .xlsx: ${files}…`,
    done: (counts, overdue, errors, output) =>
      `${countsRu(counts)}; просрочено мероприятий: ${overdue}; ошибок: ${errors}.` + (output === null ? '' : ` Отчёт: ${output}`),
    nothingRead: 'ни одну книгу не удалось прочитать',
    threads: 'число потоков чтения (по умолчанию — число ядер)',
    badThreads: (text) => `--threads: ожидается целое число от 1, получено «${text}»`,
  },
};

const EN: ConsolidateTexts = {
  sheets: { summary: 'Summary', chart: 'Chart', overdue: 'Overdue', findings: 'Findings', unreadable: 'Unreadable' },
  summaryTitle: 'Roadmap monitoring: consolidated report',
  reportDateLabel: 'Report date',
  filesLine: (counts) => countsEn(counts) + (counts.unreadable + counts.skipped.length > 0 ? ' (see the sheet “Unreadable”)' : ''),
  skipKinds: SKIP_EN,
  summaryHeader: {
    institution: 'Institution', file: 'File', items: 'Items', done: 'Done', overdue: 'Overdue',
    dueSoon: 'Due soon', undated: 'Undated', errors: 'Errors', warnings: 'Warnings',
    completion: 'Completion, %', asOf: 'As of', savedOn: 'File saved',
  },
  totalLabel: 'Total',
  chartTitle: (shown, withOverdue) =>
    shown < withOverdue ? `The ${shown} institutions with the most overdue items (of ${withOverdue} with any)` : 'Overdue items by institution',
  chartData: 'Chart data (not printed)',
  chartValue: 'Overdue',
  noChart: 'No overdue items: nothing for the chart to show.',
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
  unreadableTitle: 'Files not read or passed over',
  unreadableHeader: { file: 'File', reason: 'Reason', outcome: 'Outcome' },
  outcome: { unread: 'not read', skipped: 'passed over' },
  allRead: 'Every file was read.',
  cli: {
    description: 'consolidate many roadmaps: workbooks (.xlsx, .xlsm; .xls and .ods through LibreOffice) and folders of them → one monitoring report',
    paths: 'workbooks or folders (searched with their subfolders)',
    output: 'where to write the report (.xlsx); the workbooks read are never changed',
    json: 'print the consolidation as JSON (without -o no file is written)',
    noOutput: 'say where to write the report: -o FILE.xlsx (or --json to print the consolidation only)',
    noInputs: 'name at least one workbook or folder',
    notFound: (path) => `${path}: no such file or folder`,
    noWorkbooks: 'no workbook found',
    progress: 'Workbooks {bar} {value}/{total}',
    converting: (files) => `LibreOffice is converting .xls and .ods workbooks to .xlsx: ${files}…`,
    done: (counts, overdue, errors, output) =>
      `${countsEn(counts)}; overdue items: ${overdue}; errors: ${errors}.` + (output === null ? '' : ` Report: ${output}`),
    nothingRead: 'no workbook could be read',
    threads: 'reader threads (default: the number of cores)',
    badThreads: (text) => `--threads: expected a whole number from 1, got “${text}”`,
  },
};

export function consolidateTexts(lang: Lang): ConsolidateTexts {
  return lang === 'en' ? EN : RU;
}
