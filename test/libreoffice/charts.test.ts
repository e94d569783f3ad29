import { mkdtempSync, promises as fs, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { NS } from '../../src/xlsx/packageParts';
import { runCli } from '../consolidate/runCli';
import { TODAY, writeInbox } from '../consolidate/inbox';
import { sofficeConvert } from './soffice';

/**
 * The tools write chart XML by hand. Our own parser reading it back proves little, so the written workbooks go through
 * headless LibreOffice, a real reader: it must find every chart, of the right kind, on the right sheet, with series
 * bound to the right cells, and save them again. A chart LibreOffice cannot read is dropped from what it saves.
 */

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples/pilot-roadmap.xlsx');

interface ReadChart {
  sheet: string;
  kinds: string[];
  /** Each series' value range, without $ and quotes: История!B5:B7. */
  values: string[];
  /** Each series' cached numbers, as LibreOffice computed them from the cells. */
  cached: string[][];
  valueAxes: { position: string; crosses: string | null }[];
}

function xml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml');
}

function elements(parent: Document | Element, namespace: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, name));
}

function plainRef(formula: string): string {
  return formula.replace(/\$/g, '').replace(/'/g, '');
}

/** Resolves a relationship target relative to the part that holds it. */
function resolve(from: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(from), target));
}

async function relsOf(zip: JSZip, part: string): Promise<Map<string, string>> {
  const relsPath = path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
  const text = await zip.file(relsPath)?.async('string');
  const map = new Map<string, string>();
  if (!text) return map;
  for (const rel of Array.from(xml(text).getElementsByTagName('Relationship'))) map.set(rel.getAttribute('Id') ?? '', resolve(part, rel.getAttribute('Target') ?? ''));
  return map;
}

/** Every chart of a saved workbook, with the sheet whose drawing holds it. */
async function chartsOf(file: string): Promise<ReadChart[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = xml(await zip.file('xl/workbook.xml')!.async('string'));
  const workbookRels = await relsOf(zip, 'xl/workbook.xml');
  const charts: ReadChart[] = [];
  for (const sheet of elements(workbook, NS.main, 'sheet')) {
    const sheetPart = workbookRels.get(sheet.getAttributeNS(NS.rel, 'id') ?? '') ?? '';
    const sheetXml = xml((await zip.file(sheetPart)?.async('string')) ?? '<x/>');
    const drawing = elements(sheetXml, NS.main, 'drawing')[0];
    if (!drawing) continue;
    const drawingPart = (await relsOf(zip, sheetPart)).get(drawing.getAttributeNS(NS.rel, 'id') ?? '') ?? '';
    const drawingRels = await relsOf(zip, drawingPart);
    const drawingXml = xml(await zip.file(drawingPart)!.async('string'));
    for (const chartRef of elements(drawingXml, NS.chart, 'chart')) {
      const chartXml = xml(await zip.file(drawingRels.get(chartRef.getAttributeNS(NS.rel, 'id') ?? '') ?? '')!.async('string'));
      const plot = elements(chartXml, NS.chart, 'plotArea')[0];
      const kinds = Array.from(plot.childNodes)
        .filter((node): node is Element => node.nodeType === 1 && /Chart$/.test((node as Element).localName))
        .map((node) => node.localName);
      const series = elements(chartXml, NS.chart, 'ser');
      charts.push({
        sheet: sheet.getAttribute('name') ?? '',
        kinds,
        values: series.map((ser) => plainRef(elements(elements(ser, NS.chart, 'val')[0], NS.chart, 'f')[0]?.textContent ?? '')),
        cached: series.map((ser) => elements(elements(ser, NS.chart, 'val')[0], NS.chart, 'v').map((v) => v.textContent ?? '')),
        valueAxes: elements(chartXml, NS.chart, 'valAx')
          .filter((axis) => elements(axis, NS.chart, 'delete')[0]?.getAttribute('val') !== '1')
          .map((axis) => ({
            position: elements(axis, NS.chart, 'axPos')[0]?.getAttribute('val') ?? '',
            crosses: elements(axis, NS.chart, 'crosses')[0]?.getAttribute('val') ?? null,
          })),
      });
    }
  }
  return charts;
}

describe('charts held to a real reader: the written workbooks round-tripped through headless LibreOffice', () => {
  let dir: string;
  let monitoring: ReadChart[];
  let history: ReadChart[];
  let consolidation: ReadChart[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lo-charts-'));
    const written = path.join(dir, 'written');
    const inbox = path.join(dir, 'inbox');
    await fs.mkdir(written);
    await fs.mkdir(inbox);
    await writeInbox(inbox);
    const run = async (args: string[]) => {
      const result = await runCli(args, dir);
      if (result.status !== 0 && result.status !== 1) throw new Error(`roadmap ${args.join(' ')}: ${result.stderr}`);
    };
    await run(['summary', EXAMPLE, '-o', path.join(written, 'monitoring.xlsx'), '--today', '2021-09-01']);
    await run(['snapshot', EXAMPLE, '-o', path.join(dir, 'first.xlsx'), '--today', '2021-08-20']);
    await run(['snapshot', path.join(dir, 'first.xlsx'), '-o', path.join(dir, 'second.xlsx'), '--today', '2021-09-20']);
    await run(['snapshot', path.join(dir, 'second.xlsx'), '-o', path.join(written, 'history.xlsx'), '--today', '2021-12-20']);
    await run(['consolidate', inbox, '-o', path.join(written, 'svod.xlsx'), '--today', TODAY]);
    const back = path.join(dir, 'back');
    await fs.mkdir(back);
    const files = ['monitoring', 'history', 'svod'].map((name) => path.join(written, `${name}.xlsx`));
    [monitoring, history, consolidation] = await Promise.all((await sofficeConvert(files, 'xlsx', back)).map(chartsOf));
  }, 400_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('«Мониторинг»: one column chart of items by status, bound to the counts table', () => {
    expect(monitoring).toEqual([
      expect.objectContaining({ sheet: 'Мониторинг', kinds: ['barChart'], values: ['Мониторинг!B7:B11'], cached: [['0', '5', '0', '8', '2']] }),
    ]);
  });

  test('«История»: a line chart with completion % on an axis of its own, right, and overdue items on the left', () => {
    expect(history).toHaveLength(1);
    const [chart] = history;
    expect(chart.sheet).toBe('История');
    expect(chart.kinds).toEqual(['lineChart', 'lineChart']);
    expect([...chart.values].sort()).toEqual(['История!B5:B7', 'История!C5:C7']);
    // Overdue on 20.08, 20.09 and 20.12.2021: 5, 5, 13.
    expect(chart.cached).toContainEqual(['5', '5', '13']);
    expect(chart.valueAxes.map((axis) => axis.position).sort()).toEqual(['l', 'r']);
  });

  test('«Диаграмма»: the chart of the most overdue institutions in the consolidated report', () => {
    expect(consolidation).toHaveLength(1);
    expect(consolidation[0].sheet).toBe('Диаграмма');
    expect(consolidation[0].kinds).toEqual(['barChart']);
    expect(consolidation[0].values[0]).toMatch(/^Диаграмма!/);
    expect(consolidation[0].cached[0].length).toBeGreaterThan(0);
  });
});
