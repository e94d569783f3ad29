import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readCustomProperties } from '../../src/xlsx/consolidate/customProperties';
import { readWorkbookOutcome } from '../../src/xlsx/consolidate/readOutcome';
import { isToolWrittenReport } from '../../src/xlsx/consolidate/toolReport';
import { pilotRoadmapWorkbook } from '../../src/xlsx/exampleWorkbooks';
import { isToolWorkbook, isToolWorkbookFile, markToolWorkbook, toolMarkOf } from '../../src/xlsx/toolMarker';
import { addCustomProperty } from '../consolidate/workbooks';
import { runCli, saveWorkbook, tempDir } from '../cli/workbooks';

const dir = tempDir();
let plain: Buffer;

beforeAll(async () => {
  plain = Buffer.from(await pilotRoadmapWorkbook().xlsx.writeBuffer());
});

test('a user\'s workbook carries no mark; a marked one says what it is, and opens as a workbook still', async () => {
  expect(await isToolWorkbook(plain)).toBe(false);
  const report = await markToolWorkbook(plain, { kind: 'consolidated-report', asOf: '2021-09-01' });
  expect(await isToolWorkbook(report)).toBe(true);
  expect(await isToolWorkbook(report, 'consolidated-report')).toBe(true);
  expect(await isToolWorkbook(report, 'roadmap-copy')).toBe(false);
  expect(toolMarkOf(await readCustomProperties(report))).toEqual({ kind: 'consolidated-report', asOf: '2021-09-01' });
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(report as unknown as ArrayBuffer);
  expect(reopened.worksheets.map((sheet) => sheet.name)).toEqual(['Программа']);
  // The package stays valid: the part is declared once, and related from the package once.
  const zip = await JSZip.loadAsync(await markToolWorkbook(report, { kind: 'roadmap-copy' }));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
  expect(types.match(/docProps\/custom\.xml/g)).toHaveLength(1);
  expect(rels.match(/custom-properties/g)).toHaveLength(1);
});

test('marking keeps the custom properties the user set (the ministry\'s «Учреждение»)', async () => {
  const file = path.join(dir, 'with-property.xlsx');
  await fs.writeFile(file, plain);
  await addCustomProperty(file, 'Учреждение', 'КГКОУ ШИ 14');
  const marked = await markToolWorkbook(await fs.readFile(file), { kind: 'roadmap-copy', asOf: '2021-09-01' });
  expect(await readCustomProperties(marked)).toEqual({ Учреждение: 'КГКОУ ШИ 14', 'Roadmap Monitor': 'roadmap-copy', 'Roadmap Monitor: as of': '2021-09-01' });
});

test('-o inside the folder read may replace a consolidated report only: decided by the mark', async () => {
  const report = path.join(dir, 'svod.xlsx');
  const copy = path.join(dir, 'copy.xlsx');
  await fs.writeFile(report, await markToolWorkbook(plain, { kind: 'consolidated-report' }));
  await fs.writeFile(copy, await markToolWorkbook(plain, { kind: 'roadmap-copy' }));
  await fs.writeFile(path.join(dir, 'plain.xlsx'), plain);
  expect(await isToolWrittenReport(report)).toBe(true);
  expect(await isToolWrittenReport(copy)).toBe(false);
  expect(await isToolWrittenReport(path.join(dir, 'plain.xlsx'))).toBe(false);
});

test('a file that is not a workbook, or not there, is not the tool\'s', async () => {
  const text = path.join(dir, 'notes.xlsx');
  await fs.writeFile(text, 'text');
  expect(await isToolWorkbookFile(text)).toBe(false);
  expect(await isToolWorkbookFile(path.join(dir, 'gone.xlsx'))).toBe(false);
});

test('`summary` marks its copy as a roadmap copy, which consolidate reads, «по состоянию на» the copy\'s report date', async () => {
  const input = await saveWorkbook(pilotRoadmapWorkbook(), path.join(dir, 'pilot.xlsx'));
  const copy = path.join(dir, 'pilot-summary.xlsx');
  expect(runCli('summary', input, '-o', copy, '--today', '01.09.2021').status).toBe(0);
  expect(await isToolWorkbookFile(copy, 'roadmap-copy')).toBe(true);
  expect(await isToolWorkbookFile(input)).toBe(false);
  const outcome = await readWorkbookOutcome(copy, { today: '2021-10-01' });
  expect(outcome).toMatchObject({ kind: 'read', asOf: '2021-09-01' });
});
