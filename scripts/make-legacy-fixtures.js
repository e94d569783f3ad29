#!/usr/bin/env node
/**
 * Rebuilds test/fixtures/legacy/: two school roadmaps as schools send them to the ministry in old formats,
 * «МБОУ СОШ № 5» as an Excel 97–2003 .xls and «МБОУ СОШ № 10» as a LibreOffice .ods. Each is written as .xlsx
 * with ExcelJS, then saved in its format by LibreOffice (soffice must be installed). Names are invented; the
 * activities follow published school plans («план мероприятий … срок исполнения … ответственный исполнитель»).
 * Usage: node scripts/make-legacy-fixtures.js
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const OUT = path.resolve(__dirname, '../test/fixtures/legacy');
const utc = (iso) => new Date(`${iso}T00:00:00Z`);

const SCHOOLS = [
  {
    file: 'school-5', format: 'xls', title: 'МБОУ СОШ № 5', asOf: '25.08.2021',
    items: [
      ['1', 'Заседание рабочей группы по реализации плана', utc('2021-06-30'), 'Директор', 'Протокол заседания'],
      ['2', 'Курсы повышения квалификации педагогов', utc('2021-08-15'), 'Заместитель директора по УВР', 'Удостоверения'],
      ['3', 'Анкетирование родителей', utc('2021-10-01'), 'Социальный педагог', 'Аналитическая справка'],
    ],
  },
  {
    file: 'school-10', format: 'ods', title: 'МБОУ СОШ № 10', asOf: '20.08.2021',
    items: [
      ['1', 'Утверждение плана мероприятий', utc('2021-05-31'), 'Директор', 'Приказ'],
      ['2', 'Оснащение кабинета информатики', utc('2021-12-31'), 'Заместитель директора по АХЧ', 'Акт'],
    ],
  },
];

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'legacy-fixtures-'));
  fs.mkdirSync(OUT, { recursive: true });
  for (const school of SCHOOLS) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('План');
    sheet.addRow([school.title]);
    sheet.addRow([`План мероприятий по состоянию на ${school.asOf}`]);
    sheet.addRow(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат']);
    for (const item of school.items) sheet.addRow(item).getCell(3).numFmt = 'dd.mm.yyyy';
    const xlsx = path.join(work, `${school.file}.xlsx`);
    await workbook.xlsx.writeFile(xlsx);
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', school.format, '--outdir', OUT, xlsx], { stdio: 'inherit' });
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
