import { promises as fs } from 'fs';
import path from 'path';
import { PILOT_ROWS } from '../../src/roadmap/template/pilotRoadmap';
import type { SummaryCounts } from '../../src/roadmap/types';
import { consolidate } from '../../src/consolidate/model';
import { consolidationReport } from '../../src/xlsx/consolidate/writeReport';
import {
  addCustomProperty, makeMacroWorkbook, writeEnglishWorkbook, writeNoTableWorkbook, writePasswordProtected, writePastedWordWorkbook, writeTypedTableWorkbook,
} from './workbooks';

/** The report date every expectation below is computed for. */
export const TODAY = '2021-09-01';

export interface ExpectedOverdue {
  no: string;
  activity: string;
  deadline: string;
  due: string;
  responsible: string;
  days: number;
}

export interface ExpectedWorkbook {
  /** Path relative to the inbox folder. */
  file: string;
  institution: string;
  counts: SummaryCounts;
  /** The date the workbook states its data is as of, or null. */
  asOf: string | null;
  /** The date the workbook was saved, or 'any' where LibreOffice converted it (it stamps its own). */
  savedOn: string | 'any';
  overdue: ExpectedOverdue[];
  /** Messages of the error findings (warnings are one per overdue item). */
  errors: string[];
}

// Counted on 01.09.2021: the five overdue items and 2.1.6's first meeting (31.08.2021), passed with no mark, warn.
const PILOT_COUNTS: SummaryCounts = { items: 15, done: 0, overdue: 5, dueSoon: 0, open: 8, undated: 2, doneLate: 0, withdrawn: 0, errors: 0, warnings: 6 };
/** Seed 003 on 1 September 2021: five items past due; their text is the seed's own. */
const PILOT_OVERDUE: ExpectedOverdue[] = [
  { no: '1.1', due: '2021-07-31', days: 32 },
  { no: '1.2', due: '2021-08-16', days: 16 },
  { no: '1.3', due: '2021-08-16', days: 16 },
  { no: '1.4', due: '2021-08-16', days: 16 },
  { no: '2.1.1', due: '2021-08-16', days: 16 },
].map(({ no, due, days }) => {
  const row = PILOT_ROWS.find((candidate) => 'item' in candidate && candidate.item[0] === no);
  if (!row || !('item' in row)) throw new Error(`no item ${no} in the seed`);
  const [, activity, deadline, responsible] = row.item;
  return { no, activity, deadline: deadline.trim(), due, responsible, days };
});

export const READABLE: ExpectedWorkbook[] = [
  {
    file: 'region-1/shi14.xlsx',
    institution: 'КГКОУ ШИ 14',
    counts: PILOT_COUNTS,
    asOf: null,
    savedOn: '2021-08-27',
    overdue: PILOT_OVERDUE,
    errors: [],
  },
  {
    file: 'region-1/plan.xlsx',
    institution: 'ГКУ ЦЗН г. Бийска',
    counts: { items: 5, done: 1, overdue: 2, dueSoon: 1, open: 1, undated: 0, doneLate: 0, withdrawn: 0, errors: 1, warnings: 2 },
    asOf: null,
    savedOn: '2021-08-31',
    overdue: [
      { no: '5', activity: 'Анкетирование получателей услуг', deadline: '01.07.2021', due: '2021-07-01', responsible: 'Отдел качества', days: 62 },
      { no: '2', activity: '=SUM(A1:A3)', deadline: '10.08.2021', due: '2021-08-10', responsible: '@Отдел кадров', days: 22 },
    ],
    errors: ['Строка 6 (п. 5): не заполнен результат.'],
  },
  {
    file: 'region-2/Rubtsovsk_centre.xlsx',
    institution: 'Rubtsovsk centre',
    counts: { items: 3, done: 0, overdue: 1, dueSoon: 1, open: 0, undated: 1, doneLate: 0, withdrawn: 0, errors: 0, warnings: 1 },
    asOf: '2021-08-25',
    savedOn: '2021-08-30',
    overdue: [{ no: '1', activity: 'Kick-off meeting', deadline: '31.08.2021', due: '2021-08-31', responsible: 'Director', days: 1 }],
    errors: [],
  },
  {
    file: 'region-2/копия (3).xlsx',
    institution: 'Центр занятости населения г. Камень-на-Оби',
    counts: PILOT_COUNTS,
    asOf: null,
    savedOn: '2021-08-27',
    overdue: PILOT_OVERDUE,
    errors: [],
  },
  {
    file: 'region-2/КЦСОН.xlsm',
    institution: 'КГБУСО КЦСОН г. Рубцовска',
    counts: { items: 2, done: 0, overdue: 1, dueSoon: 0, open: 1, undated: 0, doneLate: 0, withdrawn: 0, errors: 0, warnings: 1 },
    asOf: null,
    savedOn: '2021-08-31',
    overdue: [{ no: '1', activity: 'Обучение специалистов по уходу', deadline: '25.08.2021', due: '2021-08-25', responsible: 'Заведующий отделением', days: 7 }],
    errors: [],
  },
];

/** .xls and .ods (test/fixtures/legacy, see scripts/make-legacy-fixtures.js): read when LibreOffice converts them. */
export const LEGACY: ExpectedWorkbook[] = [
  {
    file: 'region-3/school-10.ods',
    institution: 'МБОУ СОШ № 10',
    counts: { items: 2, done: 0, overdue: 1, dueSoon: 0, open: 1, undated: 0, doneLate: 0, withdrawn: 0, errors: 0, warnings: 1 },
    asOf: '2021-08-20',
    savedOn: 'any',
    overdue: [{ no: '1', activity: 'Утверждение плана мероприятий', deadline: '31.05.2021', due: '2021-05-31', responsible: 'Директор', days: 93 }],
    errors: [],
  },
  {
    file: 'region-3/school-5.xls',
    institution: 'МБОУ СОШ № 5',
    counts: { items: 3, done: 0, overdue: 2, dueSoon: 0, open: 1, undated: 0, doneLate: 0, withdrawn: 0, errors: 0, warnings: 2 },
    asOf: '2021-08-25',
    savedOn: 'any',
    overdue: [
      { no: '1', activity: 'Заседание рабочей группы по реализации плана', deadline: '30.06.2021', due: '2021-06-30', responsible: 'Директор', days: 63 },
      { no: '2', activity: 'Курсы повышения квалификации педагогов', deadline: '15.08.2021', due: '2021-08-15', responsible: 'Заместитель директора по УВР', days: 17 },
    ],
    errors: [],
  },
];

/** Files passed over on purpose, with the code of their reason. */
export const SKIPPED: { file: string; code: string }[] = [
  { file: 'region-1/notes.txt', code: 'not-a-workbook' },
  { file: 'region-1/письмо.docx', code: 'not-a-workbook' },
  { file: 'region-3/plan.csv', code: 'not-a-workbook' },
  { file: 'свод за II квартал.xlsx', code: 'tool-report' },
];

export const UNREADABLE: { file: string; reason: RegExp }[] = [
  { file: 'broken/empty.xlsx', reason: /пуст/ },
  { file: 'broken/no-table.xlsx', reason: /не найдена таблица дорожной карты/ },
  { file: 'broken/not-a-zip.xlsx', reason: /не книга Excel/ },
  { file: 'broken/protected.xlsx', reason: /защищён паролем/ },
];

/** Writes the inbox: every shape of readable workbook, the broken ones, and files a folder search must pass over. */
export async function writeInbox(folder: string): Promise<void> {
  const at = (file: string): string => path.join(folder, file);
  await writePastedWordWorkbook(at('region-1/shi14.xlsx'), 'КГКОУ ШИ 14');
  await writeTypedTableWorkbook(at('region-1/plan.xlsx'), 'ГКУ ЦЗН г. Бийска', [
    { no: '1', activity: 'Совещание рабочей группы', due: '2021-08-20', responsible: 'Директор', result: 'Протокол', status: 'Выполнено' },
    // User text that looks like a formula: it must reach the report as text.
    { no: '2', activity: '=SUM(A1:A3)', due: '2021-08-10', responsible: '@Отдел кадров', result: '+7 сертификатов' },
    { no: '3', activity: 'Обучение специалистов', due: '2021-09-10', responsible: 'Отдел кадров', result: 'Сертификаты' },
    { no: '4', activity: 'Итоговый отчёт', due: '2021-12-31', responsible: 'Директор', result: 'Отчёт' },
    { no: '5', activity: 'Анкетирование получателей услуг', due: '2021-07-01', responsible: 'Отдел качества', result: '' },
  ]);
  await writeEnglishWorkbook(at('region-2/Rubtsovsk_centre.xlsx'), [
    ['1', 'Kick-off meeting', '31.08.2021', 'Director', 'Minutes'],
    ['2', 'Training', 'до 15.09.2021 г.', 'HR', 'Certificates'],
    ['3', 'Survey', 'ежеквартально', 'Analyst', 'Report'],
  ]);
  await writePastedWordWorkbook(at('region-2/копия (3).xlsx'), '');
  await addCustomProperty(at('region-2/копия (3).xlsx'), 'Учреждение', 'Центр занятости населения г. Камень-на-Оби');

  await fs.mkdir(at('broken'), { recursive: true });
  await fs.writeFile(at('broken/empty.xlsx'), '');
  await fs.writeFile(at('broken/not-a-zip.xlsx'), 'Это текст, сохранённый с расширением .xlsx');
  await writePasswordProtected(at('broken/protected.xlsx'));
  await writeNoTableWorkbook(at('broken/no-table.xlsx'));
  // Not workbooks: Excel's lock file of an open workbook, and a note.
  await fs.writeFile(at('region-1/~$shi14.xlsx'), 'lock');
  await fs.writeFile(at('region-1/notes.txt'), 'письмо');
  await fs.writeFile(at('region-1/письмо.docx'), 'PK');

  // A macro-enabled workbook.
  await writeTypedTableWorkbook(at('region-2/КЦСОН.tmp.xlsx'), 'КГБУСО КЦСОН г. Рубцовска', [
    { no: '1', activity: 'Обучение специалистов по уходу', due: '2021-08-25', responsible: 'Заведующий отделением', result: 'Сертификаты' },
    { no: '2', activity: 'Открытие пункта проката', due: '2021-11-30', responsible: 'Директор', result: 'Приказ' },
  ]);
  await makeMacroWorkbook(at('region-2/КЦСОН.tmp.xlsx'), at('region-2/КЦСОН.xlsm'));

  // Old formats, and a table saved as text.
  await fs.mkdir(at('region-3'), { recursive: true });
  for (const legacy of LEGACY) await fs.copyFile(path.join(__dirname, '../fixtures/legacy', path.basename(legacy.file)), at(legacy.file));
  await fs.writeFile(at('region-3/plan.csv'), '№ п/п;Мероприятие;Срок;Ответственный;Результат\n1;Совещание;01.07.2021;Директор;Протокол\n');

  // Last quarter's report, left in the inbox: its «Просрочено» sheet has every column a roadmap has.
  const previous = consolidate('2021-06-30', [
    {
      kind: 'read', file: 'region-1/shi14.xlsx', institution: 'КГКОУ ШИ 14', institutionSource: 'title', asOf: null, savedOn: '2021-06-01', sheet: 'Программа',
      counts: { items: 2, done: 0, overdue: 2, dueSoon: 0, open: 0, undated: 0, doneLate: 0, withdrawn: 0, errors: 0, warnings: 2 },
      overdue: [1, 2].map((n) => ({ row: n + 3, no: String(n), activity: `Мероприятие ${n}`, deadlineText: '01.06.2021', due: '2021-06-01', responsible: 'Директор', days: 29 })),
      findings: [],
    },
  ]);
  await fs.writeFile(at('свод за II квартал.xlsx'), await consolidationReport(previous, 'ru'));
}
