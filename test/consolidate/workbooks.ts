import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { pilotRoadmapRows } from '../../src/roadmap/template/pilotGrid';

/**
 * A folder of workbooks of every shape the engine accepts, plus broken ones, as institutions really send them.
 * Each is described with what it holds, so the tests can compare the report with the inputs.
 */

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

async function save(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}

/**
 * Seed 003 pasted from Word under a title line naming the school, beside an approval stamp; section rows merged
 * across the table.
 */
export async function writePastedWordWorkbook(file: string, titleLine: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.modified = utc('2021-08-27');
  const sheet = workbook.addWorksheet('Программа');
  if (titleLine !== '') sheet.addRow([titleLine, null, null, null, 'УТВЕРЖДАЮ\nДиректор']);
  for (const row of pilotRoadmapRows()) {
    const added = sheet.addRow(row.map((text) => (text === '' ? null : text)));
    const isSingle = row.slice(1).every((text) => text === '') && row[0] !== '';
    if (isSingle && /^\d/.test(row[0])) sheet.mergeCells(added.number, 1, added.number, 6);
  }
  await save(workbook, file);
}

export interface TypedItem {
  no: string;
  activity: string;
  due: string;
  responsible: string;
  result: string;
  status?: string;
}

/** A typed Excel table at A1 with real date cells and a status column; the institution in the document properties. */
export async function writeTypedTableWorkbook(file: string, company: string, items: readonly TypedItem[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.company = company;
  workbook.title = 'Дорожная карта';
  workbook.modified = utc('2021-08-31');
  const sheet = workbook.addWorksheet('Дорожная карта');
  sheet.addTable({
    name: 'Roadmap',
    ref: 'A1',
    headerRow: true,
    columns: ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Дополнительные материалы', 'Статус'].map((name) => ({ name })),
    rows: items.map((item) => [item.no, item.activity, utc(item.due), item.responsible, item.result, '', item.status ?? '']),
  });
  sheet.getColumn(3).numFmt = 'dd.mm.yyyy';
  await save(workbook, file);
}

/** English headers, the date the state is given for in a title line, no institution named anywhere but the file. */
export async function writeEnglishWorkbook(file: string, rows: readonly (readonly string[])[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.modified = utc('2021-08-30');
  const sheet = workbook.addWorksheet('Plan');
  sheet.addRow(['Roadmap, as of 25.08.2021']);
  sheet.addRow([]);
  sheet.addRow(['No.', 'Activity', 'Deadline', 'Responsible', 'Result', 'Materials']);
  for (const row of rows) sheet.addRow([...row]);
  await save(workbook, file);
}

/** A valid workbook with no roadmap table in it. */
export async function writeNoTableWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Бюджет');
  sheet.addRow(['Статья', 'Сумма']);
  sheet.addRow(['Канцтовары', 1200]);
  await save(workbook, file);
}

/** What a workbook protected with a password to open looks like: an OLE compound file, not a zip. */
export async function writePasswordProtected(file: string): Promise<void> {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await fs.writeFile(file, Buffer.concat([header, Buffer.alloc(504)]));
}

/** Adds a custom document property (File › Properties › Custom) to a saved workbook, as Excel stores it. */
export async function addCustomProperty(file: string, name: string, value: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  zip.file(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${escape(name)}"><vt:lpwstr>${escape(value)}</vt:lpwstr></property>` +
      '</Properties>',
  );
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'),
  );
  const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
  zip.file(
    '_rels/.rels',
    rels.replace('</Relationships>', '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'),
  );
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/**
 * Turns a saved .xlsx into what Excel saves as .xlsm: the macro-enabled workbook content type and a VBA project part
 * (a placeholder: nothing reads it but Excel).
 */
export async function makeMacroWorkbook(xlsx: string, xlsm: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(xlsx));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  zip.file('xl/vbaProject.bin', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(504).fill(0)]));
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
  );
  await fs.mkdir(path.dirname(xlsm), { recursive: true });
  await fs.writeFile(xlsm, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  await fs.rm(xlsx);
}
