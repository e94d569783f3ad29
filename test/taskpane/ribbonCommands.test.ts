import { createCommands } from '../../src/commands/commands';
import { HostProblem } from '../../src/host/problems';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import { fakePort, pilot } from './fakePort';

const settings = { reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: null };

function event() {
  return { completed: jest.fn(), source: { id: 'button' } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

describe('ribbon commands (ExecuteFunction)', () => {
  test('Проверить highlights the roadmap and completes the event', async () => {
    const port = fakePort(pilot());
    const commands = createCommands({ context: () => ({ port, settings, lang: 'ru' }), buildSummarySheet: summarySheet, report: jest.fn() });
    const done = event();
    await commands.validate(done);
    expect(port.applyHighlighting).toHaveBeenCalledTimes(1);
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  test('Сводка writes the monitoring sheet and completes the event', async () => {
    const port = fakePort(pilot());
    const commands = createCommands({ context: () => ({ port, settings, lang: 'ru' }), buildSummarySheet: summarySheet, report: jest.fn() });
    const done = event();
    await commands.summary(done);
    expect(port.writeSummarySheet).toHaveBeenCalledWith(expect.objectContaining({ name: 'Мониторинг' }));
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  test.each(['validate', 'summary'] as const)('%s completes the event also when Excel refuses', async (name) => {
    const port = fakePort(pilot());
    port.findRoadmap.mockRejectedValue(new HostProblem('edit-mode', 'InvalidOperationInCellEditMode'));
    const report = jest.fn();
    const commands = createCommands({ context: () => ({ port, settings, lang: 'ru' }), buildSummarySheet: summarySheet, report });
    const done = event();
    await commands[name](done);
    expect(done.completed).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ kind: 'edit-mode' }));
  });

  test('on load, the page registers both functions with Office', async () => {
    const associate = jest.fn();
    (globalThis as unknown as { Office: unknown }).Office = {
      onReady: (callback: () => void) => callback(),
      actions: { associate },
      context: { displayLanguage: 'ru-RU', requirements: { isSetSupported: () => true }, document: { settings: { get: () => null } } },
    };
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/commands');
    });
    expect(associate.mock.calls.map(([id]) => id)).toEqual(['validateRoadmap', 'writeMonitoringSummary']);
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });
});
