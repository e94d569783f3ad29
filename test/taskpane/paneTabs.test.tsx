/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { WorkingGroupView } from '../../src/taskpane/workingGroup/WorkingGroupView';
import { UI_TEXT } from '../../src/i18n/ui';
import { DEFAULT_SETTINGS, type MonitorSettings } from '../../src/host/settings';
import type { HistoryPort, HistorySource } from '../../src/host/historyPort';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import type { Lang } from '../../src/roadmap/types';
import { fakePort, memorySettings, pilot } from './fakePort';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

/** A workbook with no «История» yet; readHistory can be held back to play a slow Excel. */
function emptyHistory() {
  const port = {
    readHistory: jest.fn(async (): Promise<HistorySource> => ({ sheet: null, marked: false })),
    writeHistory: jest.fn(async () => ({ name: 'История' })),
    writeBriefSheet: jest.fn(async () => ({ name: 'Справка к заседанию' })),
  } satisfies HistoryPort;
  return port;
}

function renderPane(lang: Lang = 'ru', settings = memorySettings()) {
  const port = fakePort(pilot());
  const historyPort = emptyHistory();
  render(
    <App
      port={port}
      historyPort={historyPort}
      settingsStore={settings}
      lang={lang}
      text={UI_TEXT[lang]}
      buildSummarySheet={summarySheet}
      theme="light"
      today={() => '2021-09-01'}
    />,
  );
  return { port, historyPort, settings };
}

describe('the pane’s tabs', () => {
  test('Проверка · Рабочая группа · Параметры, the report date above them, one primary button per view', async () => {
    const { historyPort } = renderPane();
    expect(screen.getAllByRole('tab')).toEqual(['Проверка', 'Рабочая группа', 'Параметры'].map((name) => screen.getByRole('tab', { name })));
    expect(screen.getByText('Дата отчёта: 01.09.2021')).toBeTruthy();
    await screen.findByText('Лист «Программа»: 15 мероприятий.');
    expect(screen.getByRole('button', { name: 'Проверить и подсветить' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Сводка' })).toBeNull();
    // The working group is read only when its tab opens.
    expect(historyPort.readHistory).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('tab', { name: 'Рабочая группа' }));
    expect(await screen.findByRole('button', { name: 'Зафиксировать срез' })).toBeTruthy();
    expect(historyPort.readHistory).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Обновить' })).toBeNull();
    expect(document.body.textContent).not.toContain('roadmap snapshot');

    await userEvent.click(screen.getByRole('button', { name: 'Изменить дату' }));
    expect((screen.getByRole('tab', { name: 'Параметры' }) as HTMLElement).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByLabelText('Дата отчёта')).toBeTruthy();
  });

  test('findings look and act as links', async () => {
    const { port } = renderPane();
    const [first] = await screen.findAllByRole('button', { name: /^Строка 7 \(п\. 1\.1\)/ });
    expect(first.className).toContain('fui-Link');
    await userEvent.click(first);
    expect(port.selectCell).toHaveBeenCalledWith('Программа', 'C7');
  });
});

describe('dates are typed and shown as ДД.ММ.ГГГГ whatever the browser’s locale', () => {
  const language = Object.getOwnPropertyDescriptor(window.navigator, 'language');
  beforeAll(() => Object.defineProperty(window.navigator, 'language', { value: 'en-US', configurable: true }));
  afterAll(() => {
    if (language) Object.defineProperty(window.navigator, 'language', language);
    else delete (window.navigator as unknown as { language?: string }).language;
  });

  test('under an en-US browser, in Russian and in English', async () => {
    expect(navigator.language).toBe('en-US');
    for (const lang of ['ru', 'en'] as const) {
      const { settings } = renderPane(lang);
      await userEvent.click(screen.getByRole('tab', { name: lang === 'ru' ? 'Параметры' : 'Settings' }));
      const field = screen.getByLabelText(lang === 'ru' ? 'Дата отчёта' : 'Report date') as HTMLInputElement;
      expect(field.type).toBe('text');
      expect(field.value).toBe('01.09.2021');
      expect(field.placeholder).toBe(lang === 'ru' ? 'ДД.ММ.ГГГГ' : 'DD.MM.YYYY');

      // The American way is refused with a message, and nothing is saved.
      await userEvent.clear(field);
      await userEvent.type(field, '10/15/2021');
      expect(screen.getByText(lang === 'ru' ? /Введите дату как ДД\.ММ\.ГГГГ/ : /Type the date as DD\.MM\.YYYY/)).toBeTruthy();
      await userEvent.clear(field);
      await userEvent.type(field, '15.10.2021');
      await waitFor(() => expect(settings.save).toHaveBeenLastCalledWith(expect.objectContaining({ reportDate: '2021-10-15' })));
      expect(settings.save.mock.calls.every(([saved]) => saved.reportDate === null || saved.reportDate === '2021-10-15')).toBe(true);
      expect(screen.getByText(lang === 'ru' ? 'Дата отчёта: 15.10.2021' : 'Report date: 15.10.2021')).toBeTruthy();
      document.body.innerHTML = '';
    }
  });
});

describe('the settings race', () => {
  test('a date typed keystroke by keystroke is saved once, the last value', async () => {
    const { settings } = renderPane();
    await userEvent.click(screen.getByRole('tab', { name: 'Параметры' }));
    const end = screen.getByLabelText('Дата окончания плана') as HTMLInputElement;
    await userEvent.type(end, '31.12.2022');
    await waitFor(() => expect(settings.save).toHaveBeenCalled());
    expect(settings.save.mock.calls).toEqual([[{ reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: '2022-12-31', chair: null }]]);
  });

  test('settings changed while the working group is being read: read again with the last settings, nothing dropped', async () => {
    const port = fakePort(pilot());
    const historyPort = emptyHistory();
    let release: () => void = () => undefined;
    historyPort.readHistory.mockImplementationOnce(
      () => new Promise<HistorySource>((resolve) => (release = () => resolve({ sheet: null, marked: false }))),
    );
    const view = (settings: MonitorSettings) => (
      <FluentProvider theme={webLightTheme}>
        <WorkingGroupView port={port} historyPort={historyPort} settings={settings} lang="ru" text={UI_TEXT.ru} />
      </FluentProvider>
    );
    const { rerender } = render(view({ ...DEFAULT_SETTINGS, reportDate: '2021-08-20' }));
    await waitFor(() => expect(historyPort.readHistory).toHaveBeenCalledTimes(1));
    // Two changes arrive while the first read waits on Excel: only the last one matters, and it must not be lost.
    rerender(view({ ...DEFAULT_SETTINGS, reportDate: '2021-09-10' }));
    rerender(view({ ...DEFAULT_SETTINGS, reportDate: '2021-09-20' }));
    await act(async () => release());
    expect(await screen.findByText(/Дата отчёта: 20\.09\.2021/)).toBeTruthy();
    expect(historyPort.readHistory).toHaveBeenCalledTimes(2);
  });
});
