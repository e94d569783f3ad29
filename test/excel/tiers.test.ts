import fs from 'fs';
import path from 'path';
import { excelHistoryPort } from '../../src/excel/historyPort';
import { excelWorkbookPort } from '../../src/excel/excelWorkbookPort';
import { addMonitoringColumns, validateRoadmap, writeMonitoringSummary, type ActionContext } from '../../src/host/actions';
import { hostSupport } from '../../src/host/hostSupport';
import { recordWorkbookSnapshot } from '../../src/host/workingGroupActions';
import { hostSupportNotice } from '../../src/i18n/hostSupport';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import { createOfficeHost, type ApiTier, type HostOptions, type HostSeed } from '../e2e/officeHost';
import { largePilotSheet, pilotSheet } from './fixtures';

/**
 * The add-in's actions through the real Office.js layer (src/excel) over the fake host at each requirement-set tier:
 * ExcelApi 1.1 (Excel 2016), 1.8 (Excel 2019), current (Microsoft 365, Excel on the web).
 */

const SETTINGS = { reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: null, chair: null };
const FIVE_MB = 5 * 1024 * 1024;

function open(seed: HostSeed, options: HostOptions) {
  const host = createOfficeHost(seed, options);
  Object.assign(globalThis, { Excel: host.Excel, Office: host.Office });
  const isSetSupported = host.Office.context.requirements.isSetSupported;
  const port = excelWorkbookPort({ newSheetName: 'Дорожная карта', isSetSupported });
  const history = excelHistoryPort(isSetSupported);
  const context: ActionContext = { port, settings: SETTINGS, lang: 'ru' };
  return { host, port, history, context, inspect: host.inspect };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

describe.each<[ApiTier, string]>([
  ['1.1', 'Excel 2016'],
  ['1.8', 'Excel 2019'],
  ['current', 'Microsoft 365 and Excel on the web'],
])('ExcelApi %s (%s)', (tier) => {
  const newer = (version: number) => (tier === 'current' ? true : Number(tier) >= version);

  test('Проверить, Сводка and Зафиксировать срез run on the seed roadmap, leaving out only what this Excel lacks', async () => {
    const { port, history, context, inspect } = open({ sheets: [pilotSheet()] }, { tier, locale: 'ru-RU', referenceStyle: tier === 'current' ? 'A1' : 'R1C1' });
    const validated = await validateRoadmap(context);
    expect(validated?.roadmap.items).toHaveLength(15);
    expect(validated?.roadmap.counts.overdue).toBe(5);
    // Live highlighting needs conditional formats (ExcelApi 1.6).
    expect(inspect.formats('Программа').length > 0).toBe(newer(1.6));

    const summary = await writeMonitoringSummary(context, summarySheet);
    expect(summary?.written.name).toBe('Мониторинг');
    expect(inspect.rows('Мониторинг').flat()).toContain('1.1');
    expect(inspect.charts('Мониторинг')).toHaveLength(1);
    expect(Object.keys(inspect.pageLayout('Мониторинг') ?? {}).length > 0).toBe(newer(1.9));
    expect('RoadmapMonitor_Summary' in inspect.names()).toBe(newer(1.4));

    // Again: replaced where Excel can mark the sheet; below 1.4 an unmarked sheet is kept and a new one added.
    await writeMonitoringSummary(context, summarySheet);
    expect(inspect.sheetNames()).toEqual(newer(1.4) ? ['Программа', 'Мониторинг'] : ['Программа', 'Мониторинг', 'Мониторинг (2)']);

    const recorded = await recordWorkbookSnapshot(context, history);
    expect(recorded?.snapshot.items).toHaveLength(15);
    expect(inspect.sheetNames()).toContain('История');

    const notice = hostSupportNotice(port.support, 'ru');
    if (tier === 'current') expect(notice).toBeNull();
    else expect(notice?.missing.some((line) => line.includes('ExcelApi 1.9'))).toBe(true);
    if (tier === '1.1') {
      expect(notice?.title).toMatch(/^Excel 2016: Excel поддерживает ExcelApi 1\.1/);
      expect(notice?.missing.join(' ')).toMatch(/Нет живой подсветки.*ExcelApi 1\.6.*roadmap summary/);
    }
  });

  test('Добавить столбцы мониторинга: Статус with a drop-down where data validation exists (ExcelApi 1.8)', async () => {
    const { context, inspect } = open({ sheets: [pilotSheet()] }, { tier });
    const added = await addMonitoringColumns(context);
    expect(added).toMatchObject({ kind: 'added', added: ['status', 'completedOn'], dropDown: newer(1.8) });
    expect(inspect.cell('Программа', 'G4')?.value).toBe('Статус');
    expect(inspect.validations('Программа').length > 0).toBe(newer(1.8));
  });

  test('Новая дорожная карта: a typed table, with widths, frozen header and drop-down where supported', async () => {
    const { port, inspect } = open({ sheets: [{ name: 'Лист1', rows: [] }] }, { tier });
    expect(await port.createRoadmap({ template: true, lang: 'ru' })).toEqual({ name: 'Дорожная карта' });
    expect(inspect.tables()).toEqual([expect.objectContaining({ sheet: 'Дорожная карта' })]);
    expect(inspect.frozenRows('Дорожная карта') > 0).toBe(newer(1.7));
    expect(inspect.validations('Дорожная карта').length > 0).toBe(newer(1.8));
  });

  test('20,000 items: every request and response under 5 MB; requests and largest payloads reported', async () => {
    const { context, history, inspect } = open({ sheets: [largePilotSheet(20_000)] }, { tier, locale: 'ru-RU' });
    const before = inspect.state.syncs;
    const validated = await validateRoadmap(context);
    expect(validated?.roadmap.items).toHaveLength(20_000);
    const validateSyncs = inspect.state.syncs - before;
    await writeMonitoringSummary(context, summarySheet);
    await recordWorkbookSnapshot(context, history);
    // A second snapshot reads «История» back: 20,000 rows more, in chunks too.
    const again = await recordWorkbookSnapshot(context, history);
    expect(again?.snapshot.items).toHaveLength(20_000);
    expect(inspect.state.refused).toBe(0);
    expect(inspect.state.largestRequest).toBeLessThan(FIVE_MB);
    expect(inspect.state.largestResponse).toBeLessThan(FIVE_MB);
    if (newer(1.6)) expect(inspect.formats('Программа').length).toBeLessThanOrEqual(10);
    const figures = {
      tier,
      validateSyncs,
      requests: inspect.requests.length,
      largestRequest: inspect.state.largestRequest,
      largestResponse: inspect.state.largestResponse,
      rules: inspect.formats('Программа').length,
    };
    const out = path.resolve(__dirname, '../../test-output');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `tiers-${tier}.json`), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`20,000 items at ExcelApi ${tier}: ${JSON.stringify(figures)}`);
  }, 240_000);
});

test('support per tier: what each Excel lacks, by requirement set', () => {
  const at = (tier: string) => hostSupport((_name, version) => Number(version) <= Number(tier));
  expect(at('1.1').missing.map(({ feature, apiSet }) => `${feature} ${apiSet}`)).toEqual([
    'sheetLayout 1.2', 'sheetMarkers 1.4', 'tableColumns 1.4', 'liveHighlighting 1.6', 'frozenHeader 1.7', 'statusDropDown 1.8', 'secondaryAxis 1.8', 'printLayout 1.9',
  ]);
  expect(at('1.8').missing.map(({ feature }) => feature)).toEqual(['printLayout']);
  expect(at('1.9').missing).toEqual([]);
  expect(at('1.8').apiVersion).toBe('1.8');
});
