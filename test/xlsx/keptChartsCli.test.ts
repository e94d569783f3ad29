import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { roadmapInProcess } from '../cli/inProcess';
import { reportTexts } from '../../src/i18n/report';
import { pilotRoadmapWorkbook } from '../../src/xlsx/exampleWorkbooks';
import { contentTypeOf, parseXml } from '../../src/xlsx/packageParts';
import { sheetCells } from '../cli/workbooks';
import {
  CHART_COLORS_TYPE, CHART_STYLE_TYPE, drawingsBySheet, pilotWithPicture, USER_CHART, withExcelDrawings, type SheetDrawingContents,
} from './keptChartsWorkbooks';

const roadmap = roadmapInProcess;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  return workbook;
}

const TEXT_BOX = 'Согласовано с министерством';
const MONITORING_CHART = reportTexts('ru').summary.chartTitle;
const HISTORY_CHART = 'Выполнение (%) и просроченные мероприятия по срезам';

/** The user's drawings on the roadmap sheet, exactly once each, the chart still over the same cells with its style and colours. */
function expectUserDrawings(roadmapSheet: SheetDrawingContents | undefined): void {
  expect(roadmapSheet?.charts.map((chart) => chart.title)).toEqual([USER_CHART.title]);
  expect(roadmapSheet?.charts[0].formulas).toEqual(['Программа!$M$1', 'Программа!$L$2:$L$3', 'Программа!$M$2:$M$3']);
  expect(roadmapSheet?.charts[0].rels.map((rel) => rel.type).sort()).toEqual([CHART_COLORS_TYPE, CHART_STYLE_TYPE]);
  expect(roadmapSheet?.charts[0].rels.every((rel) => rel.present)).toBe(true);
  expect(roadmapSheet?.pictures).toBe(1);
  expect(roadmapSheet?.shapes).toEqual([TEXT_BOX]);
  expect(new Set(roadmapSheet?.shapeIds).size).toBe(roadmapSheet?.shapeIds.length);
}

async function chartTitlesBySheet(file: string): Promise<Record<string, string[]>> {
  const drawings = await drawingsBySheet(await fs.readFile(file));
  return Object.fromEntries([...drawings].map(([sheet, contents]) => [sheet, contents.charts.map((chart) => chart.title)]));
}

describe('the user’s charts, shapes and pictures survive the commands that write a copy', () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'roadmap-kept-'));
    const workbook = pilotWithPicture(pilotRoadmapWorkbook());
    const bytes = await withExcelDrawings(Buffer.from(await workbook.xlsx.writeBuffer()), USER_CHART, TEXT_BOX);
    input = path.join(dir, 'pilot-with-chart.xlsx');
    await fs.writeFile(input, bytes);
  });

  test('summary keeps the user’s chart, text box and picture, and adds exactly one monitoring chart', async () => {
    const before = createHash('sha256').update(await fs.readFile(input)).digest('hex');
    const output = path.join(dir, 'summary.xlsx');
    const run = await roadmap('summary', input, '-o', output, '--today', '2021-09-01');
    expect(run.status).toBe(0);
    expect(run.err).toBe(''); // nothing is lost, so nothing to warn about
    expect(createHash('sha256').update(await fs.readFile(input)).digest('hex')).toBe(before);

    const drawings = await drawingsBySheet(await fs.readFile(output));
    expectUserDrawings(drawings.get('Программа'));
    expect(drawings.get('Мониторинг')?.charts.map((chart) => chart.title)).toEqual([MONITORING_CHART]);

    // Every part carried over is declared, and the hyperlink of the text box still leads out of the workbook.
    const zip = await JSZip.loadAsync(await fs.readFile(output));
    const contentTypes = parseXml(await zip.file('[Content_Types].xml')!.async('string'), '[Content_Types].xml');
    for (const part of zip.file(/^xl\/(charts|drawings)\/[^/]+\.xml$/)) expect([part.name, contentTypeOf(contentTypes, part.name)]).not.toContain(null);
    expect(zip.file(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(2);
    const drawingRels = await Promise.all(zip.file(/^xl\/drawings\/_rels\/.*\.rels$/).map((file) => file.async('string')));
    expect(drawingRels.join('')).toMatch(/Target="https:\/\/mintrud\.gov\.ru\/" TargetMode="External"/);

    const original = (await load(input)).getWorksheet('Программа') as ExcelJS.Worksheet;
    const copy = (await load(output)).getWorksheet('Программа') as ExcelJS.Worksheet;
    const copied = sheetCells(copy);
    for (const [address, cell] of Object.entries(sheetCells(original))) expect(copied[address]).toEqual(cell);
    expect(copy.getImages()).toHaveLength(1);
  });

  test('summary → snapshot → summary → brief -o: one monitoring chart, one history chart, the user’s chart, never duplicated', async () => {
    const first = path.join(dir, 'cycle-1-summary.xlsx');
    const snapshot = path.join(dir, 'cycle-2-snapshot.xlsx');
    const again = path.join(dir, 'cycle-3-summary.xlsx');
    const brief = path.join(dir, 'cycle-4-brief.xlsx');
    expect((await roadmap('summary', input, '-o', first, '--today', '2021-08-20')).status).toBe(0);
    const snapshotRun = await roadmap('snapshot', first, '-o', snapshot, '--today', '2021-08-20');
    expect(snapshotRun.status).toBe(0);
    expect(snapshotRun.err).toBe('');
    expect(await chartTitlesBySheet(snapshot)).toEqual({ Программа: [USER_CHART.title], Мониторинг: [MONITORING_CHART], История: [HISTORY_CHART] });

    const summaryRun = await roadmap('summary', snapshot, '-o', again, '--today', '2021-09-20');
    expect(summaryRun.status).toBe(0);
    expect(summaryRun.err).toBe('');
    expect(await chartTitlesBySheet(again)).toEqual({ Программа: [USER_CHART.title], Мониторинг: [MONITORING_CHART], История: [HISTORY_CHART] });

    expect((await roadmap('brief', again, '-o', brief, '--today', '2021-09-20')).status).toBe(0);
    expect(await chartTitlesBySheet(brief)).toEqual({
      Программа: [USER_CHART.title], Мониторинг: [MONITORING_CHART], История: [HISTORY_CHART], 'Справка к заседанию': [],
    });
    expectUserDrawings((await drawingsBySheet(await fs.readFile(brief))).get('Программа'));
    const zip = await JSZip.loadAsync(await fs.readFile(brief));
    expect(zip.file(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(3);

    // ExcelJS still reads every copy, the user's cells as they were.
    const original = sheetCells((await load(input)).getWorksheet('Программа') as ExcelJS.Worksheet);
    for (const file of [first, snapshot, again, brief]) {
      const cells = sheetCells((await load(file)).getWorksheet('Программа') as ExcelJS.Worksheet);
      for (const [address, cell] of Object.entries(original)) expect([file, address, cells[address]]).toEqual([file, address, cell]);
    }
  });
});
