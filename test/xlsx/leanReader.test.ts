/**
 * The lean reader (src/xlsx/lean) must give the engine exactly what ExcelJS gives it: every visible sheet of every
 * workbook here is read both ways and compared cell by cell, then analysed both ways and compared item by item.
 * The workbooks: the committed examples, the test inbox of consolidate, the workbooks other tests generate, the
 * tool's own outputs (summary and snapshot copies), and a workbook of every kind of cell value a user can leave.
 */
import { promises as fs, readdirSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAt } from '../../src/roadmap/cells';
import { analyzeSheet } from '../../src/roadmap/analyze';
import { locateTable } from '../../src/roadmap/layout';
import type { SheetData } from '../../src/roadmap/types';
import { toSheetData } from '../../src/xlsx/cells';
import { readCustomProperties } from '../../src/xlsx/consolidate/customProperties';
import { pilotRoadmapWorkbook, typedRoadmapWorkbook } from '../../src/xlsx/exampleWorkbooks';
import { openLeanWorkbook } from '../../src/xlsx/lean/leanWorkbook';
import { formulaTextWorkbook, runCli, tempDir } from '../cli/workbooks';
import { writeInbox } from '../consolidate/inbox';
import { pilotWithPicture, USER_CHART, withExcelDrawings } from '../xlsx/keptChartsWorkbooks';

const ROOT = path.join(__dirname, '..', '..');
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Every kind of value a cell can hold, in the formats people give them. */
function everyValueWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.title = 'План мероприятий';
  workbook.company = 'КГКОУ ШИ 14';
  workbook.modified = utc('2021-08-27');
  const sheet = workbook.addWorksheet('Значения');
  sheet.getCell('A1').value = { richText: [{ text: 'Жир', font: { bold: true } }, { text: 'ный и ' }, { text: 'курсив', font: { italic: true } }] };
  sheet.getCell('B1').value = utc('2021-07-31');
  sheet.getCell('C1').value = 1.1;
  sheet.getCell('C1').numFmt = '0.00';
  sheet.getCell('D1').value = 2;
  sheet.getCell('D1').numFmt = '0.000';
  sheet.getCell('E1').value = 44408;
  sheet.getCell('E1').numFmt = 'dd.mm.yyyy';
  sheet.getCell('F1').value = 44408.5;
  sheet.getCell('F1').numFmt = '[$-419]d mmmm yyyy "г."';
  sheet.getCell('G1').value = 0.05;
  sheet.getCell('G1').numFmt = '0%';
  sheet.getCell('H1').value = 1234.5;
  sheet.getCell('H1').numFmt = '#,##0.00 "₽"';
  sheet.getCell('I1').value = 3;
  sheet.getCell('I1').numFmt = '0';
  sheet.getCell('A2').value = { formula: '1+1', result: 2 };
  sheet.getCell('B2').value = { formula: 'B1+30', result: utc('2021-08-30') };
  sheet.getCell('B2').numFmt = 'dd.mm.yyyy';
  sheet.getCell('C2').value = { formula: '"a"&"<b>"', result: 'a<b>' };
  sheet.getCell('D2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  sheet.getCell('E2').value = { formula: 'TRUE()', result: true };
  sheet.getCell('F2').value = { formula: 'A1' } as ExcelJS.CellFormulaValue;
  sheet.getCell('G2').value = { formula: 'C1*2', result: 2.2 };
  sheet.getCell('G2').numFmt = '0.00';
  sheet.getCell('A3').value = { formula: 'A2*2', result: 4, shareType: 'shared', ref: 'A3:A5' } as unknown as ExcelJS.CellFormulaValue;
  sheet.getCell('A4').value = { sharedFormula: 'A3', result: 8 } as ExcelJS.CellSharedFormulaValue;
  sheet.getCell('A5').value = { sharedFormula: 'A3', result: 16 } as ExcelJS.CellSharedFormulaValue;
  sheet.getCell('A6').value = true;
  sheet.getCell('B6').value = false;
  sheet.getCell('C6').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  sheet.getCell('D6').value = -0.1 + 0.3;
  sheet.getCell('E6').value = 1e21;
  sheet.getCell('A7').value = { text: 'сайт учреждения', hyperlink: 'https://example.org/plan' };
  sheet.getCell('B7').value = 'строка\r\nвторая\tс табуляцией';
  sheet.getCell('C7').value = 'буквально _x0041_ и & < > " \'';
  sheet.getCell('D7').value = '   пробелы по краям   ';
  sheet.getCell('E7').value = '=SUM(A1:A3)';
  sheet.getCell('A8').value = 'Раздел объединён';
  sheet.mergeCells('A8:F9');
  sheet.getCell('H8').value = 'вертикально';
  sheet.mergeCells('H8:H12');
  sheet.getCell('Z20').style = { font: { bold: true } };
  sheet.getCell('A15').value = 'после пустых строк';
  const hidden = workbook.addWorksheet('Скрытый', { state: 'hidden' });
  hidden.getCell('A1').value = 'не видно';
  const second = workbook.addWorksheet('Второй');
  second.getCell('C3').value = 'только C3';
  return workbook;
}

/** A package edited at the XML level, for what ExcelJS does not write itself. */
async function editPackage(xlsx: Buffer, edits: Record<string, (xml: string) => string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const [part, edit] of Object.entries(edits)) {
    const xml = await zip.file(part)!.async('string');
    zip.file(part, edit(xml));
  }
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function bytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The workbooks, by name: bytes of each. */
async function corpus(): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const name of readdirSync(path.join(ROOT, 'examples')).filter((file) => file.endsWith('.xlsx'))) {
    found.set(`examples/${name}`, await fs.readFile(path.join(ROOT, 'examples', name)));
  }
  const dir = tempDir();
  await writeInbox(path.join(dir, 'inbox'));
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.xlsx') && !entry.name.startsWith('~$')) {
        const content = await fs.readFile(full);
        if (content.length > 0 && content[0] === 0x50) found.set(`inbox/${path.relative(path.join(dir, 'inbox'), full)}`, content);
      }
    }
  };
  await walk(path.join(dir, 'inbox'));
  found.set('generated/pilot', await bytes(pilotRoadmapWorkbook()));
  found.set('generated/typed-ru', await bytes(typedRoadmapWorkbook('ru')));
  found.set('generated/typed-en', await bytes(typedRoadmapWorkbook('en')));
  found.set('generated/formula-text', await bytes(formulaTextWorkbook()));
  found.set('generated/drawings', await withExcelDrawings(await bytes(pilotWithPicture(pilotRoadmapWorkbook())), USER_CHART, 'Надпись'));
  const values = await bytes(everyValueWorkbook());
  found.set('generated/every-value', values);
  // A value left in a covered cell of a merge (Excel keeps it in the file; it shows only the master's).
  found.set('generated/every-value-covered', await editPackage(values, { 'xl/worksheets/sheet1.xml': (xml) => xml.replace(/<c r="B8"([^>]*?)\/>/, '<c r="B8" t="inlineStr"><is><t>скрыто</t></is></c>') }));
  found.set('generated/every-value-1904', await editPackage(values, { 'xl/workbook.xml': (xml) => xml.replace('<workbookPr', '<workbookPr date1904="1"') }));
  found.set(
    'generated/inline-strings',
    await editPackage(await bytes(pilotRoadmapWorkbook()), {
      // The first cells as inline strings, the way some exporters write them (plain and rich).
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          .replace(/<c r="A1"([^>]*?) t="s"><v>\d+<\/v><\/c>/, '<c r="A1"$1 t="inlineStr"><is><t>Встроенная строка _x0041_</t></is></c>')
          .replace(/<c r="A2"([^>]*?) t="s"><v>\d+<\/v><\/c>/, '<c r="A2"$1 t="inlineStr"><is><r><t>бога</t></r><r><rPr><b/></rPr><t>тая_x000A_строка</t></r></is></c>'),
    }),
  );
  // The tool's own outputs: a summary copy and a snapshot copy, which later runs read again.
  const pilot = path.join(dir, 'pilot.xlsx');
  await fs.writeFile(pilot, found.get('generated/pilot')!);
  const summary = path.join(dir, 'summary.xlsx');
  expect(runCli('summary', pilot, '-o', summary, '--today', '2021-09-01').status).toBe(0);
  found.set('output/summary', await fs.readFile(summary));
  const snapshot = path.join(dir, 'snapshot.xlsx');
  expect(runCli('snapshot', summary, '-o', snapshot, '--today', '2021-09-01').status).toBe(0);
  found.set('output/snapshot', await fs.readFile(snapshot));
  return found;
}

function differences(expected: SheetData, actual: SheetData): string[] {
  const out: string[] = [];
  const rows = Math.max(expected.cells.length, actual.cells.length);
  for (let r = 0; r < rows; r++) {
    const columns = Math.max(expected.cells[r]?.length ?? 0, actual.cells[r]?.length ?? 0);
    for (let c = 0; c < columns; c++) {
      const want = cellAt(expected.cells, r, c);
      const got = cellAt(actual.cells, r, c);
      if (JSON.stringify(want) !== JSON.stringify(got)) out.push(`R${r + 1}C${c + 1}: ExcelJS ${JSON.stringify(want)}, lean ${JSON.stringify(got)}`);
    }
  }
  return out;
}

let workbooks: Map<string, Buffer>;

beforeAll(async () => {
  workbooks = await corpus();
}, 120000);

describe('the lean reader against ExcelJS', () => {
  it('reads the same cells on every sheet of every workbook, and the engine finds the same roadmap in them', async () => {
    expect(workbooks.size).toBeGreaterThanOrEqual(15);
    let sheetsCompared = 0;
    let cellsCompared = 0;
    for (const [name, xlsx] of workbooks) {
      const excel = new ExcelJS.Workbook();
      await excel.xlsx.load(xlsx as unknown as ArrayBuffer);
      const lean = await openLeanWorkbook(xlsx, name);
      expect({ name, sheets: lean.sheets.map((sheet) => [sheet.name, sheet.state]) }).toEqual({ name, sheets: excel.worksheets.map((sheet) => [sheet.name, sheet.state]) });
      for (const [index, worksheet] of excel.worksheets.entries()) {
        const expected = toSheetData(worksheet);
        const actual = await lean.readSheet(lean.sheets[index]);
        expect({ name, sheet: worksheet.name, differences: differences(expected, actual) }).toEqual({ name, sheet: worksheet.name, differences: [] });
        sheetsCompared++;
        cellsCompared += expected.cells.reduce((sum, row) => sum + row.length, 0);
        const layout = locateTable(expected);
        expect(locateTable(actual)).toEqual(layout);
        if (layout) expect(analyzeSheet(actual, { today: '2021-09-01' })).toEqual(analyzeSheet(expected, { today: '2021-09-01' }));
      }
      const properties = await lean.properties();
      expect({ name, title: properties.title, company: properties.company, subject: properties.subject, modified: properties.modified?.toISOString() }).toEqual({
        name,
        title: excel.title,
        company: excel.company,
        subject: excel.subject,
        modified: excel.modified?.toISOString(),
      });
      expect(properties.custom).toEqual(await readCustomProperties(xlsx));
    }
    // Pinned so that a corpus that silently shrinks fails: every workbook above, every sheet of each.
    expect(sheetsCompared).toBeGreaterThanOrEqual(25);
    expect(cellsCompared).toBeGreaterThan(1000);
  });

  it('reads every kind of value as the engine expects it', async () => {
    const lean = await openLeanWorkbook(workbooks.get('generated/every-value')!, 'every-value.xlsx');
    const sheet = await lean.readSheet(lean.sheets[0]);
    const at = (ref: string): unknown => {
      const column = ref.charCodeAt(0) - 64;
      return cellAt(sheet.cells, Number(ref.slice(1)) - 1, column - 1);
    };
    expect(at('A1')).toEqual({ value: 'Жирный и курсив' });
    expect(at('B1')).toEqual({ value: { kind: 'date', iso: '2021-07-31' } });
    expect(at('C1')).toEqual({ value: 1.1, text: '1.10' });
    expect(at('D1')).toEqual({ value: 2, text: '2.000' });
    expect(at('E1')).toEqual({ value: { kind: 'date', iso: '2021-07-31' } });
    expect(at('B2')).toEqual({ value: { kind: 'date', iso: '2021-08-30' } });
    expect(at('C2')).toEqual({ value: 'a<b>' });
    expect(at('D2')).toEqual({ value: { kind: 'error', code: '#DIV/0!' } });
    expect(at('E2')).toEqual({ value: true });
    expect(at('F2')).toEqual({ value: null });
    expect(at('A4')).toEqual({ value: 8 });
    expect(at('A7')).toEqual({ value: 'сайт учреждения' });
    expect(at('E7')).toEqual({ value: '=SUM(A1:A3)' });
    expect(at('A8')).toEqual({ value: 'Раздел объединён' });
    expect(at('B8')).toEqual({ value: null });
    const inline = await openLeanWorkbook(workbooks.get('generated/inline-strings')!, 'inline.xlsx');
    const inlineSheet = await inline.readSheet(inline.sheets[0]);
    expect([inlineSheet.cells[0][0], inlineSheet.cells[1][0]]).toEqual([{ value: 'Встроенная строка _x0041_' }, { value: 'богатая\nстрока' }]);
    const covered = await openLeanWorkbook(workbooks.get('generated/every-value-covered')!, 'covered.xlsx');
    expect(cellAt((await covered.readSheet(covered.sheets[0])).cells, 7, 1)).toEqual({ value: null });
    const in1904 = await openLeanWorkbook(workbooks.get('generated/every-value-1904')!, 'every-value-1904.xlsx');
    const shifted = await in1904.readSheet(in1904.sheets[0]);
    expect(cellAt(shifted.cells, 0, 1)).toEqual({ value: { kind: 'date', iso: '2025-08-01' } });
  });
});
