import { locateTable } from '../../src/roadmap/layout';
import { pilotRoadmapRows, sheetFromRows } from '../../src/roadmap/template/pilotGrid';
import type { SheetData } from '../../src/roadmap/types';
import type { MonitorSettings, SettingsStore } from '../../src/host/settings';
import type { WorkbookPort } from '../../src/host/workbookPort';

export const pilot = (): SheetData => sheetFromRows('Программа', pilotRoadmapRows());

/** A clean roadmap: two items with everything filled, due far in the future. */
export const cleanSheet = (): SheetData =>
  sheetFromRows('План', [
    ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Дополнительные материалы'],
    ['1', 'Приказ о рабочей группе', 'до 31.12.2030 г.', 'Директор', 'Приказ', ''],
    ['2', 'Первое совещание', 'до 31.12.2030 г.', 'Секретарь', 'Протокол', ''],
  ]);

/** A workbook port over one in-memory sheet; each method is a jest mock so tests see what the pane asked for. */
export function fakePort(sheet: SheetData | null) {
  let current = sheet;
  const port = {
    findRoadmap: jest.fn(async () => {
      const layout = current && locateTable(current);
      return current && layout ? { sheet: current, layout, table: null } : null;
    }),
    applyHighlighting: jest.fn(async () => undefined),
    writeSummarySheet: jest.fn(async (report: { name: string }) => ({ name: report.name })),
    createRoadmap: jest.fn(async () => {
      current = pilot();
      return { name: 'Дорожная карта' };
    }),
    addMonitoringColumns: jest.fn(async () => ({ added: ['status' as const, 'completedOn' as const], dropDown: true })),
    selectCell: jest.fn(async () => undefined),
  } satisfies WorkbookPort;
  return port;
}

export function memorySettings(initial: MonitorSettings = { reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: null, chair: null }) {
  let stored = initial;
  const store = {
    load: jest.fn(() => stored),
    save: jest.fn(async (settings: MonitorSettings) => {
      stored = settings;
    }),
  } satisfies SettingsStore;
  return store;
}
