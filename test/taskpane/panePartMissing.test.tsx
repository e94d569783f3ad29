/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { UI_TEXT } from '../../src/i18n/ui';
import type { HistoryPort } from '../../src/host/historyPort';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import { fakePort, memorySettings, pilot } from './fakePort';

// The «Рабочая группа» tab is a chunk fetched on first opening; here the fetch fails, as when the network dropped.
jest.mock('../../src/taskpane/workingGroup/WorkingGroupView', () => {
  throw new Error('Loading chunk 529 failed. (error: https://localhost:3000/529.ece520fd.js)');
});

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

test('a tab whose code cannot be fetched says so, and the rest of the pane goes on working', async () => {
  const historyPort: HistoryPort = {
    readHistory: jest.fn(async () => ({ sheet: null, marked: false })),
    writeHistory: jest.fn(async () => ({ name: 'История' })),
    writeBriefSheet: jest.fn(async () => ({ name: 'Справка к заседанию' })),
  };
  render(
    <App port={fakePort(pilot())} historyPort={historyPort} settingsStore={memorySettings()} lang="ru" text={UI_TEXT.ru} buildSummarySheet={summarySheet} theme="light" today={() => '2021-09-01'} />,
  );
  await screen.findByText('Лист «Программа»: 15 мероприятий.');

  await userEvent.click(screen.getByRole('tab', { name: 'Рабочая группа' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Раздел не загрузился');
  expect(alert.textContent).toContain('Закройте панель и откройте её снова');
  expect(alert.textContent).toContain('Сообщение браузера: Loading chunk 529 failed.');
  expect(historyPort.readHistory).not.toHaveBeenCalled();

  await userEvent.click(screen.getByRole('tab', { name: 'Проверка' }));
  expect(await screen.findByRole('button', { name: 'Проверить и подсветить' })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});
