import { commandContext, createCommands, type CommandDeps } from '../../src/commands/commands';
import { documentSettingsStore } from '../../src/excel/documentSettings';
import { hostSupport } from '../../src/host/hostSupport';
import { createOfficeHost } from '../e2e/officeHost';
import { showMessageDialog, type DialogUi } from '../../src/commands/messageDialog';
import { readMessageQuery, type CommandMessage } from '../../src/commands/messageQuery';
import { HostProblem } from '../../src/host/problems';
import { UI_TEXT } from '../../src/i18n/ui';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import type { Lang, SheetData } from '../../src/roadmap/types';
import { readHistorySheet, type HistoryLayout } from '../../src/roadmap/workingGroup';
import type { HistoryPort } from '../../src/host/historyPort';
import { layoutToSheet } from '../workingGroup/helpers';
import { cleanSheet, fakePort, pilot } from './fakePort';

const settings = { reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: null, chair: null };
const COMMANDS = ['validate', 'summary', 'snapshot'] as const;

function event() {
  return { completed: jest.fn(), source: { id: 'button' } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

/** «История» in memory: what the snapshot command wrote, read back as the next command would. */
function memoryHistory() {
  let written: HistoryLayout | null = null;
  const port = {
    readHistory: jest.fn(async () => ({ sheet: written ? layoutToSheet(written) : null, marked: written !== null })),
    writeHistory: jest.fn(async (layout: HistoryLayout) => {
      written = layout;
      return { name: 'История' };
    }),
    writeBriefSheet: jest.fn(async (sheet: { name: string }) => ({ name: sheet.name })),
  } satisfies HistoryPort;
  return { port, snapshots: () => (written ? readHistorySheet(layoutToSheet(written), 'ru').history.snapshots : []) };
}

function setup(sheet: SheetData | null = pilot(), lang: Lang = 'ru', tell: CommandDeps['tell'] = jest.fn(async () => undefined)) {
  const port = fakePort(sheet);
  const history = memoryHistory();
  const commands = createCommands({
    context: () => ({ port, settings, lang }),
    historyPort: history.port,
    buildSummarySheet: summarySheet,
    lang,
    tell,
  });
  return { port, history, commands, tell: tell as jest.Mock };
}

/** Office.context.ui with one dialog: records the URL it was asked to show; `close()` is what the page's Close button triggers. */
function fakeDialogUi() {
  const handlers = new Map<string, () => void>();
  const dialog = { close: jest.fn(), addEventHandler: jest.fn((type: string, handler: () => void) => handlers.set(type, handler)) };
  const ui = {
    displayDialogAsync: jest.fn((_url: string, _options: unknown, callback: (result: unknown) => void) =>
      callback({ status: 'succeeded', value: dialog }),
    ),
  };
  return {
    ui: ui as unknown as DialogUi & typeof ui,
    dialog,
    shown: (): CommandMessage => readMessageQuery(new URL(ui.displayDialogAsync.mock.calls[0][0]).search),
    pressClose: () => handlers.get('dialogMessageReceived')?.(),
  };
}

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  };
});
afterAll(() => delete (globalThis as unknown as { Office?: unknown }).Office);

describe('ribbon commands (ExecuteFunction)', () => {
  test('Проверить highlights the roadmap, says how many findings there are and where to see them, and completes the event', async () => {
    const { port, commands, tell } = setup();
    const done = event();
    await commands.validate(done);
    expect(port.applyHighlighting).toHaveBeenCalledTimes(1);
    expect(tell).toHaveBeenCalledTimes(1);
    const [message] = tell.mock.calls[0] as [CommandMessage];
    expect(message.title).toMatch(/^Замечания: [1-9]\d*$/);
    expect(message.body).toMatch(/^Ошибок: \d+, предупреждений: \d+\. .*«Открыть панель»/);
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  test('Проверить on a clean roadmap highlights without a dialog', async () => {
    const { port, commands, tell } = setup(cleanSheet());
    const done = event();
    await commands.validate(done);
    expect(port.applyHighlighting).toHaveBeenCalledTimes(1);
    expect(tell).not.toHaveBeenCalled();
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  test('Сводка writes the monitoring sheet (shown by Excel, no dialog) and completes the event', async () => {
    const { port, commands, tell } = setup();
    const done = event();
    await commands.summary(done);
    expect(port.writeSummarySheet).toHaveBeenCalledWith(expect.objectContaining({ name: 'Мониторинг' }));
    expect(tell).not.toHaveBeenCalled();
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  test('Зафиксировать срез records the report date’s snapshot on «История», says so, and completes the event', async () => {
    const { history, commands, tell } = setup();
    const done = event();
    await commands.snapshot(done);
    expect(history.port.writeHistory).toHaveBeenCalledTimes(1);
    expect(history.snapshots().map((snapshot) => [snapshot.date, snapshot.items.length])).toEqual([['2021-09-01', 15]]);
    expect(tell).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Зафиксировать срез', body: expect.stringMatching(/^Срез на 01\.09\.2021 записан на лист «История»/) }),
    );
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  test('Зафиксировать срез twice on one report date keeps one snapshot of that date', async () => {
    const { history, commands } = setup();
    await commands.snapshot(event());
    await commands.snapshot(event());
    expect(history.snapshots().map((snapshot) => snapshot.date)).toEqual(['2021-09-01']);
  });

  test.each(COMMANDS)('%s with no roadmap in the workbook says so, writes nothing, and completes the event', async (name) => {
    const { port, history, commands, tell } = setup(null);
    const done = event();
    await commands[name](done);
    expect(tell).toHaveBeenCalledWith({ lang: 'ru', title: UI_TEXT.ru.noRoadmapTitle, body: UI_TEXT.ru.noRoadmapBody });
    expect(port.applyHighlighting).not.toHaveBeenCalled();
    expect(history.port.writeHistory).not.toHaveBeenCalled();
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  test.each(COMMANDS)('%s: when Excel refuses, a dialog shows the pane’s friendly text, and the event completes once it is closed', async (name) => {
    const office = fakeDialogUi();
    const { port, commands } = setup(pilot(), 'ru', (message) => showMessageDialog(office.ui, 'https://localhost:3000/commands.html', message));
    port.findRoadmap.mockRejectedValue(new HostProblem('edit-mode', 'InvalidOperationInCellEditMode: the cell is being edited'));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const done = event();
    const running = commands[name](done);
    await new Promise((resolve) => setImmediate(resolve));

    expect(office.ui.displayDialogAsync).toHaveBeenCalledTimes(1);
    expect(office.ui.displayDialogAsync.mock.calls[0][0]).toMatch(/^https:\/\/localhost:3000\/message\.html\?/);
    expect(office.shown()).toEqual({
      lang: 'ru',
      title: 'Excel не выполнил действие',
      body: UI_TEXT.ru.problem['edit-mode'],
      detail: 'InvalidOperationInCellEditMode: the cell is being edited',
    });
    // Office may unload the function file once the event completes, and the dialog could no longer be closed.
    expect(done.completed).not.toHaveBeenCalled();

    office.pressClose();
    await running;
    expect(office.dialog.close).toHaveBeenCalledTimes(1);
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  test('a failure in English Office is told in English; an unexpected error gets the general advice', async () => {
    const { port, commands, tell } = setup(pilot(), 'en');
    port.findRoadmap.mockRejectedValue(new HostProblem('protected', 'AccessDenied'));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await commands.summary(event());
    expect(tell).toHaveBeenLastCalledWith(expect.objectContaining({ lang: 'en', title: UI_TEXT.en.problemTitle, body: UI_TEXT.en.problem.protected }));

    port.findRoadmap.mockRejectedValue(new TypeError('boom'));
    await commands.validate(event());
    expect(tell).toHaveBeenLastCalledWith(expect.objectContaining({ body: UI_TEXT.en.problem.unknown, detail: 'boom' }));
  });

  test('the event completes even when the dialog cannot be shown', async () => {
    const ui = {
      displayDialogAsync: jest.fn((_url: string, _options: unknown, callback: (result: unknown) => void) =>
        callback({ status: 'failed', error: { code: 12007, message: 'A dialog is already open' } }),
      ),
    } as unknown as DialogUi;
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { port, commands } = setup(pilot(), 'ru', (message) => showMessageDialog(ui, 'https://localhost:3000/commands.html', message));
    port.findRoadmap.mockRejectedValue(new HostProblem('protected', 'AccessDenied'));
    const done = event();
    await commands.validate(done);
    expect(done.completed).toHaveBeenCalledTimes(1);

    const throwing = setup(pilot(), 'ru', () => Promise.reject(new Error('no Office.context.ui')));
    const again = event();
    await throwing.commands.snapshot(again);
    expect(again.completed).toHaveBeenCalledTimes(1);
  });

  test('in Excel 2016 (ExcelApi 1.1) Проверить says nothing is highlighted, and where the highlighting can be had', async () => {
    const { port, commands, tell } = setup();
    Object.assign(port, { support: hostSupport((_name, version) => version === '1.1') });
    await commands.validate(event());
    const [message] = tell.mock.calls[0] as [CommandMessage];
    expect(message.body).not.toMatch(/подсвечены/);
    expect(message.body).toMatch(/Нет живой подсветки/);
    expect(message.body).toMatch(/ExcelApi 1\.6/);
    expect(message.body).toMatch(/roadmap summary/);
    expect(message.body).toMatch(/Ваш Excel: ExcelApi 1\.1/);
  });

  test('a ribbon command reads the settings the pane saved since the function file started (refreshAsync first)', async () => {
    const host = createOfficeHost({ sheets: [], settings: { roadmapMonitor: { reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: null } } });
    const ribbon = host.runtime();
    const pane = host.runtime();
    const ribbonStore = documentSettingsStore(ribbon.context.document.settings as unknown as Office.Settings);
    // The pane saves a new report date; the ribbon's runtime still holds the copy it loaded.
    await documentSettingsStore(pane.context.document.settings as unknown as Office.Settings).save({ reportDate: '2021-10-01', dueSoonDays: 7, periodEnd: null, chair: null });
    expect(ribbonStore.load().reportDate).toBe('2021-09-01');
    const context = await commandContext(fakePort(pilot()), ribbonStore, 'ru')();
    expect(context.settings).toEqual({ reportDate: '2021-10-01', dueSoonDays: 7, periodEnd: null, chair: null });
  });

  test('on load, the page registers the three functions with Office', async () => {
    const associate = jest.fn();
    const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
    Object.assign(office, {
      onReady: (callback: () => void) => callback(),
      actions: { associate },
      context: { displayLanguage: 'ru-RU', requirements: { isSetSupported: () => true }, document: { settings: { get: () => null } } },
    });
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/commands');
    });
    expect(associate.mock.calls.map(([id]) => id)).toEqual(['validateRoadmap', 'writeMonitoringSummary', 'recordSnapshot']);
    expect(associate.mock.calls.every(([, handler]) => typeof handler === 'function')).toBe(true);
    // Excel 2016/2019 call the function file's globals by the manifest's names.
    const globals = globalThis as unknown as Record<string, unknown>;
    expect(['validateRoadmap', 'writeMonitoringSummary', 'recordSnapshot'].map((name) => typeof globals[name])).toEqual(['function', 'function', 'function']);
  });
});

afterEach(() => jest.restoreAllMocks());
