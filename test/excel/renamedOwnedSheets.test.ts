import { excelHistoryPort } from '../../src/excel/historyPort';
import { excelWorkbookPort } from '../../src/excel/excelWorkbookPort';
import { writeMonitoringSummary, type ActionContext } from '../../src/host/actions';
import { recordWorkbookSnapshot } from '../../src/host/workingGroupActions';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import { BRIEF_SHEET_NAME } from '../../src/roadmap/workingGroup';
import { createOfficeHost, type ApiTier, type HostSeed } from '../e2e/officeHost';
import { pilotSheet } from './fixtures';

/**
 * A tool's sheet the user renamed to keep it (Excel moves the marker name with the sheet) is theirs: the add-in leaves
 * it as it is and writes its own sheet anew, as the CLI does (src/xlsx/history/ownedSheets.ts).
 */

const SETTINGS = { reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: null, chair: null };

function open(seed: HostSeed, tier: ApiTier) {
  const host = createOfficeHost(seed, { tier, locale: 'ru-RU' });
  Object.assign(globalThis, { Excel: host.Excel, Office: host.Office });
  const isSetSupported = host.Office.context.requirements.isSetSupported;
  const context: ActionContext = { port: excelWorkbookPort({ newSheetName: 'Дорожная карта', isSetSupported }), settings: SETTINGS, lang: 'ru' };
  return { context, history: excelHistoryPort(isSetSupported), inspect: host.inspect };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

/** Everything the fake host keeps of a sheet: cells with their formats, conditional formats, charts, merges. */
function sheetState(inspect: ReturnType<typeof open>['inspect'], name: string): string {
  return JSON.stringify([inspect.cells(name), inspect.formats(name), inspect.charts(name), inspect.merges(name), inspect.frozenRows(name)]);
}

const KEPT_SUMMARY = { name: 'Мониторинг (мой)', rows: [['Сводка к заседанию 20.08'], ['Просрочено', 5], ['Комментарий', 'согласовано с куратором']] };

describe.each<ApiTier>(['1.1', '1.8', 'current'])('ExcelApi %s', (tier) => {
  test('a renamed «Мониторинг (мой)» the marker names is kept byte for byte; a new «Мониторинг» is written', async () => {
    const { context, inspect } = open({ sheets: [pilotSheet(), KEPT_SUMMARY], names: { RoadmapMonitor_Summary: "'Мониторинг (мой)'!$A$1" } }, tier);
    const before = sheetState(inspect, KEPT_SUMMARY.name);

    const summary = await writeMonitoringSummary(context, summarySheet);

    expect(summary?.written.name).toBe('Мониторинг');
    expect(inspect.sheetNames()).toEqual(['Программа', 'Мониторинг (мой)', 'Мониторинг']);
    expect(sheetState(inspect, KEPT_SUMMARY.name)).toBe(before);
    expect(inspect.rows('Мониторинг').flat()).toContain('1.1');
    // Where Excel can add names, the marker now names the new sheet, so the next run replaces that one.
    if (tier !== '1.1') expect(inspect.names().RoadmapMonitor_Summary).toMatch(/^=?'?Мониторинг'?!\$?A\$?1$/);
  });

  test('a renamed «История» and «Справка к заседанию» are kept; the snapshot and the brief go to new sheets', async () => {
    const keptHistory = { name: 'История 2021 (моя)', rows: [['Срез на 20.08.2021'], ['Дата среза', 'Выполнено, %'], ['ручная правка', 40]] };
    const keptBrief = { name: 'Справка к 20.08 (моя)', rows: [['Справка к заседанию'], ['подписана председателем']] };
    const { context, history, inspect } = open({
      sheets: [pilotSheet(), keptHistory, keptBrief],
      names: { RoadmapMonitor_History: "'История 2021 (моя)'!$A$1", RoadmapMonitor_Brief: "'Справка к 20.08 (моя)'!$A$1" },
    }, tier);
    const before = [sheetState(inspect, keptHistory.name), sheetState(inspect, keptBrief.name)];

    const recorded = await recordWorkbookSnapshot(context, history);
    const brief = await history.writeBriefSheet({ name: BRIEF_SHEET_NAME, rows: [[{ value: 'Справка' }]], columnWidths: [40], merges: [], charts: [], frozenRows: 0 });

    expect(recorded?.written.name).toBe('История');
    expect(brief.name).toBe(BRIEF_SHEET_NAME);
    expect([sheetState(inspect, keptHistory.name), sheetState(inspect, keptBrief.name)]).toEqual(before);
    expect(inspect.sheetNames()).toEqual(['Программа', keptHistory.name, keptBrief.name, 'История', BRIEF_SHEET_NAME]);
    // The renamed sheet is not read as the history: the new «История» holds this one snapshot only.
    expect((await history.readHistory()).sheet?.name).toBe('История');
  });
});
