import { promises as fs } from 'fs';
import path from 'path';
import { PILOT_ROWS } from '../../src/roadmap/template/pilotRoadmap';
import type { SummaryCounts } from '../../src/roadmap/types';
import {
  addCustomProperty, writeEnglishWorkbook, writeNoTableWorkbook, writePasswordProtected, writePastedWordWorkbook, writeTypedTableWorkbook,
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
  reportDate: string;
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
    reportDate: '2021-08-27',
    overdue: PILOT_OVERDUE,
    errors: [],
  },
  {
    file: 'region-1/plan.xlsx',
    institution: 'ГКУ ЦЗН г. Бийска',
    counts: { items: 5, done: 1, overdue: 2, dueSoon: 1, open: 1, undated: 0, doneLate: 0, withdrawn: 0, errors: 1, warnings: 2 },
    reportDate: '2021-08-31',
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
    reportDate: '2021-08-25',
    overdue: [{ no: '1', activity: 'Kick-off meeting', deadline: '31.08.2021', due: '2021-08-31', responsible: 'Director', days: 1 }],
    errors: [],
  },
  {
    file: 'region-2/копия (3).xlsx',
    institution: 'Центр занятости населения г. Камень-на-Оби',
    counts: PILOT_COUNTS,
    reportDate: '2021-08-27',
    overdue: PILOT_OVERDUE,
    errors: [],
  },
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
}
