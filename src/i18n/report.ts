import { STATUS_NAMES, TERM_NAMES } from './statuses';
import { daysText, formatPercent } from './numbers';
import type { ItemStatus, Lang, Severity } from '../roadmap/types';

/** Texts of `roadmap check`, `roadmap summary` and the «Мониторинг» sheet. */
export interface ReportTexts {
  status: Record<ItemStatus, string>;
  terms: (typeof TERM_NAMES)[Lang];
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  check: {
    heading: (file: string, sheet: string, headerRow: number) => string;
    reportDate: (date: string) => string;
    items: (items: number, sections: number) => string;
    tally: (parts: string[]) => string;
    completion: (percent: number) => string;
    overdueTitle: (count: number) => string;
    dueSoonTitle: (count: number, days: number) => string;
    overdueLine: (days: number) => string;
    dueSoonLine: (days: number) => string;
    rowLabel: (row: number) => string;
    itemLabel: (no: string) => string;
    noFindings: string;
    overdueFindingsFolded: (count: number) => string;
    verdict: (errors: number, warnings: number) => string;
  };
  summary: {
    sheetName: string;
    title: string;
    sourceLine: (sheet: string) => string;
    reportDate: string;
    countsTitle: string;
    statusHeader: string;
    itemsHeader: string;
    total: string;
    completion: string;
    errors: string;
    warnings: string;
    bySectionTitle: string;
    sectionHeader: string;
    noSection: string;
    byResponsibleTitle: string;
    responsibleHeader: string;
    overdueTitle: string;
    dueSoonTitle: (days: number) => string;
    listHeader: { row: string; no: string; activity: string; responsible: string; deadline: string; due: string; daysOverdue: string; daysLeft: string };
    none: string;
    findingsTitle: string;
    findingsHeader: { row: string; severity: string; code: string; message: string };
    chartTitle: string;
  };
  cli: {
    description: string;
    checkDescription: string;
    summaryDescription: string;
    fileArgument: string;
    outputOption: string;
    jsonOption: string;
    sheetOption: string;
    todayOption: string;
    periodEndOption: string;
    langOption: string;
    dueSoonOption: string;
    written: (file: string) => string;
    dropsDrawings: (file: string, parts: string) => string;
    drawingKinds: { charts: string; shapes: string; pivotTables: string };
    renamedSummary: (wanted: string, name: string) => string;
  };
}

const RU: ReportTexts = {
  status: STATUS_NAMES.ru,
  terms: TERM_NAMES.ru,
  severity: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' },
  severityPlural: { error: 'Ошибки', warning: 'Предупреждения', info: 'Сведения' },
  check: {
    heading: (file, sheet, headerRow) => `Дорожная карта: ${file}, лист «${sheet}», заголовок в строке ${headerRow}`,
    reportDate: (date) => `Дата отчёта: ${date}`,
    items: (items, sections) => `Мероприятий: ${items}, разделов: ${sections}`,
    tally: (parts) => `  ${parts.join(' · ')}`,
    completion: (percent) => `  выполнение: ${formatPercent(percent, 'ru')}`,
    overdueTitle: (count) => `Просрочено (${count}):`,
    dueSoonTitle: (count, days) => `Срок скоро — в ближайшие ${daysText(days, 'ru')} (${count}):`,
    overdueLine: (days) => `просрочено на ${daysText(days, 'ru')}`,
    dueSoonLine: (days) => (days === 0 ? 'срок сегодня' : `осталось ${daysText(days, 'ru')}`),
    rowLabel: (row) => `стр. ${row}`,
    itemLabel: (no) => `п. ${no}`,
    noFindings: 'Замечаний нет.',
    overdueFindingsFolded: (count) => `  о просроченных сроках: ${count} (см. список выше)`,
    verdict: (errors, warnings) => `Итого: ошибок ${errors}, предупреждений ${warnings}.`,
  },
  summary: {
    sheetName: 'Мониторинг',
    title: 'Мониторинг исполнения дорожной карты',
    sourceLine: (sheet) => `Лист дорожной карты: «${sheet}»`,
    reportDate: 'Дата отчёта',
    countsTitle: 'Мероприятия по статусам',
    statusHeader: 'Статус',
    itemsHeader: 'Мероприятий',
    total: 'Всего',
    completion: 'Выполнение',
    errors: 'Ошибок в таблице',
    warnings: 'Предупреждений',
    bySectionTitle: 'По разделам',
    sectionHeader: 'Раздел',
    noSection: '(вне разделов)',
    byResponsibleTitle: 'По ответственным',
    responsibleHeader: 'Ответственный',
    overdueTitle: 'Просроченные мероприятия',
    dueSoonTitle: (days) => `Срок скоро — в ближайшие ${daysText(days, 'ru')}`,
    listHeader: {
      row: 'Строка', no: '№ п/п', activity: 'Мероприятие', responsible: 'Ответственный', deadline: 'Срок',
      due: 'Плановая дата', daysOverdue: 'Дней просрочки', daysLeft: 'Дней осталось',
    },
    none: 'нет',
    findingsTitle: 'Замечания',
    findingsHeader: { row: 'Строка', severity: 'Важность', code: 'Код', message: 'Описание' },
    chartTitle: 'Мероприятия по статусам',
  },
  cli: {
    description: 'Мониторинг дорожных карт в книгах Excel (.xlsx): сроки, просрочка, проверка таблицы, сводка.',
    checkDescription: 'проверить дорожную карту и вывести отчёт (код выхода 0 — без ошибок, 1 — есть ошибки, 2 — файл не читается)',
    summaryDescription: 'записать копию книги с плановыми датами, живым выделением просрочки и листом «Мониторинг»',
    fileArgument: 'книга .xlsx с дорожной картой',
    outputOption: 'куда записать копию (.xlsx); исходный файл не изменяется',
    jsonOption: 'вывести результат в JSON',
    sheetOption: 'лист с дорожной картой (по умолчанию — первый, где найдена таблица)',
    todayOption: 'дата отчёта ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (по умолчанию — сегодня)',
    periodEndOption: 'дата окончания плана ДД.ММ.ГГГГ или ГГГГ-ММ-ДД: срок мероприятий «на протяжении всего периода»',
    langOption: 'язык отчёта: ru или en',
    dueSoonOption: 'за сколько дней до срока мероприятие считается «срок скоро»',
    written: (file) => `Записано: ${file}`,
    dropsDrawings: (file, parts) =>
      `предупреждение: в книге ${file} есть ${parts}; в копии их не будет (исходный файл не изменяется).`,
    drawingKinds: { charts: 'диаграммы', shapes: 'фигуры и надписи', pivotTables: 'сводные таблицы' },
    renamedSummary: (wanted, name) => `лист «${wanted}» в книге создан не этой программой и оставлен как есть; сводка записана на лист «${name}».`,
  },
};

const EN: ReportTexts = {
  status: STATUS_NAMES.en,
  terms: TERM_NAMES.en,
  severity: { error: 'error', warning: 'warning', info: 'info' },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  check: {
    heading: (file, sheet, headerRow) => `Roadmap: ${file}, sheet “${sheet}”, header on row ${headerRow}`,
    reportDate: (date) => `Report date: ${date}`,
    items: (items, sections) => `Items: ${items}, sections: ${sections}`,
    tally: (parts) => `  ${parts.join(' · ')}`,
    completion: (percent) => `  completion: ${formatPercent(percent, 'en')}`,
    overdueTitle: (count) => `Overdue (${count}):`,
    dueSoonTitle: (count, days) => `Due soon — within ${daysText(days, 'en')} (${count}):`,
    overdueLine: (days) => `${daysText(days, 'en')} overdue`,
    dueSoonLine: (days) => (days === 0 ? 'due today' : `${daysText(days, 'en')} left`),
    rowLabel: (row) => `row ${row}`,
    itemLabel: (no) => `item ${no}`,
    noFindings: 'No findings.',
    overdueFindingsFolded: (count) => `  about overdue items: ${count} (listed above)`,
    verdict: (errors, warnings) => `Total: ${errors} errors, ${warnings} warnings.`,
  },
  summary: {
    sheetName: 'Monitoring',
    title: 'Roadmap monitoring',
    sourceLine: (sheet) => `Roadmap sheet: “${sheet}”`,
    reportDate: 'Report date',
    countsTitle: 'Items by status',
    statusHeader: 'Status',
    itemsHeader: 'Items',
    total: 'Total',
    completion: 'Completion',
    errors: 'Errors in the table',
    warnings: 'Warnings',
    bySectionTitle: 'By section',
    sectionHeader: 'Section',
    noSection: '(outside sections)',
    byResponsibleTitle: 'By responsible',
    responsibleHeader: 'Responsible',
    overdueTitle: 'Overdue items',
    dueSoonTitle: (days) => `Due soon — within ${daysText(days, 'en')}`,
    listHeader: {
      row: 'Row', no: 'No.', activity: 'Activity', responsible: 'Responsible', deadline: 'Deadline',
      due: 'Planned date', daysOverdue: 'Days overdue', daysLeft: 'Days left',
    },
    none: 'none',
    findingsTitle: 'Findings',
    findingsHeader: { row: 'Row', severity: 'Severity', code: 'Code', message: 'Message' },
    chartTitle: 'Items by status',
  },
  cli: {
    description: 'Monitor roadmaps kept in Excel workbooks (.xlsx): deadlines, overdue items, table checks, a summary.',
    checkDescription: 'check the roadmap and print a report (exit 0: no errors, 1: errors found, 2: the file cannot be read)',
    summaryDescription: 'write a copy of the workbook with planned dates, live overdue highlighting and a «Мониторинг» sheet',
    fileArgument: 'the .xlsx workbook holding the roadmap',
    outputOption: 'where to write the copy (.xlsx); the input file is never changed',
    jsonOption: 'print the result as JSON',
    sheetOption: 'the roadmap sheet (default: the first sheet where the table is found)',
    todayOption: 'report date DD.MM.YYYY or YYYY-MM-DD (default: today)',
    periodEndOption: 'the plan’s end date DD.MM.YYYY or YYYY-MM-DD: the deadline of activities running “throughout the period”',
    langOption: 'report language: ru or en',
    dueSoonOption: 'how many days ahead count as “due soon”',
    written: (file) => `Written: ${file}`,
    dropsDrawings: (file, parts) => `warning: ${file} has ${parts}; the copy will not keep them (the input file is not changed).`,
    drawingKinds: { charts: 'charts', shapes: 'shapes and text boxes', pivotTables: 'pivot tables' },
    renamedSummary: (wanted, name) => `the sheet «${wanted}» was not made by this tool and is left as it is; the summary went to «${name}».`,
  },
};

export function reportTexts(lang: Lang): ReportTexts {
  return lang === 'en' ? EN : RU;
}
