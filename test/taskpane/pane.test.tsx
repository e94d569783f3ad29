/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { UI_TEXT } from '../../src/i18n/ui';
import { HostProblem } from '../../src/host/problems';
import { hostSupport } from '../../src/host/hostSupport';
import { summarySheet } from '../../src/roadmap/report/summarySheet';
import type { Lang } from '../../src/roadmap/types';
import { cleanSheet, fakePort, memorySettings, pilot } from './fakePort';

// jsdom has no ResizeObserver (Fluent's MessageBar watches its own width); browsers all do.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

function renderPane(port: ReturnType<typeof fakePort>, lang: Lang = 'ru', settings = memorySettings()) {
  render(
    <App port={port} settingsStore={settings} lang={lang} text={UI_TEXT[lang]} buildSummarySheet={summarySheet} theme="light" today={() => '2021-09-01'} />,
  );
  return { port, settings };
}

describe('the task pane', () => {
  test('no roadmap found: offers to create one, then shows it', async () => {
    const { port } = renderPane(fakePort(null));
    expect(await screen.findByText('Дорожная карта не найдена')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Создать по образцу' }));
    expect(port.createRoadmap).toHaveBeenCalledWith({ template: true, lang: 'ru' });
    expect(await screen.findByText('Лист «Программа»: 15 мероприятий.')).toBeTruthy();
    expect(screen.getByText('Создан лист «Дорожная карта» с таблицей дорожной карты.')).toBeTruthy();
  });

  test('in Excel 2016 (ExcelApi 1.1) the pane says what this Excel lacks and what still works', async () => {
    const port = Object.assign(fakePort(pilot()), { support: hostSupport((_name, version) => version === '1.1') });
    renderPane(port);
    expect(await screen.findByText(/^Excel 2016: Excel поддерживает ExcelApi 1\.1/)).toBeTruthy();
    expect(screen.getByText(/Нет живой подсветки.*ExcelApi 1\.6.*roadmap summary/)).toBeTruthy();
    expect(screen.getByText(/^Работают: «Проверить»/)).toBeTruthy();
  });

  test('where Excel has every API set the add-in uses, no such note', async () => {
    renderPane(Object.assign(fakePort(pilot()), { support: hostSupport(() => true) }));
    await screen.findByText('Лист «Программа»: 15 мероприятий.');
    expect(screen.queryByText(/поддерживает ExcelApi/)).toBeNull();
  });

  test('findings grouped by severity; clicking one selects its cell', async () => {
    const { port } = renderPane(fakePort(pilot()));
    const warnings = await screen.findByRole('list', { name: 'Предупреждения (6)' });
    const items = within(warnings).getAllByRole('button');
    expect(items).toHaveLength(6);
    expect(items[0].textContent).toBe('Строка 7 (п. 1.1): просрочено: срок 31.07.2021, прошло 32 дня.');
    expect(screen.queryByRole('list', { name: /Ошибки/ })).toBeNull();
    await userEvent.click(items[0]);
    expect(port.selectCell).toHaveBeenCalledWith('Программа', 'C7');
  });

  test('«Проверить и подсветить» writes the highlighting and says so; the legend explains the colours', async () => {
    const { port } = renderPane(fakePort(pilot()));
    await screen.findByText('Лист «Программа»: 15 мероприятий.');
    await userEvent.click(screen.getByRole('button', { name: 'Проверить и подсветить' }));
    expect(await screen.findByText(/Подсветка в таблице обновлена/)).toBeTruthy();
    expect(port.applyHighlighting).toHaveBeenCalledWith(expect.objectContaining({ sheet: 'Программа', plannedColumn: 7 }));
    expect(screen.getByText('Срок прошёл, мероприятие не выполнено')).toBeTruthy();
    expect(screen.getByText('Срок наступает в ближайшие 14 дней')).toBeTruthy();
  });

  test('Сводка writes the «Мониторинг» sheet', async () => {
    const { port } = renderPane(fakePort(pilot()));
    await screen.findByText('Лист «Программа»: 15 мероприятий.');
    await userEvent.click(screen.getByRole('button', { name: 'Записать лист «Мониторинг»' }));
    expect(await screen.findByText('Лист «Мониторинг» с итогами мониторинга обновлён.')).toBeTruthy();
    expect(port.writeSummarySheet).toHaveBeenCalledTimes(1);
  });

  test('all clean', async () => {
    renderPane(fakePort(cleanSheet()));
    expect(await screen.findByText('Замечаний нет')).toBeTruthy();
    expect(screen.queryByRole('list', { name: /Предупреждения/ })).toBeNull();
  });

  test('working: a spinner, and the buttons wait', async () => {
    const port = fakePort(pilot());
    let finish: () => void = () => undefined;
    port.findRoadmap.mockImplementationOnce(
      () => new Promise((resolve) => (finish = () => resolve(null))),
    );
    renderPane(port);
    expect(screen.getByText('Excel выполняет действие…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Проверить и подсветить' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish());
    expect(await screen.findByText('Дорожная карта не найдена')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Проверить и подсветить' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test('Excel error: what happened and what to do', async () => {
    const port = fakePort(pilot());
    port.findRoadmap.mockRejectedValueOnce(new HostProblem('protected', 'AccessDenied: The sheet is protected'));
    renderPane(port);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Excel не выполнил действие');
    expect(alert.textContent).toContain('Снимите защиту');
    expect(alert.textContent).toContain('AccessDenied: The sheet is protected');
  });

  test('settings are saved in the workbook once typing stops, the last change included', async () => {
    const { settings } = renderPane(fakePort(pilot()));
    await screen.findByText('Лист «Программа»: 15 мероприятий.');
    await userEvent.click(screen.getByRole('tab', { name: 'Параметры' }));
    const days = screen.getByLabelText('Срок скоро: за сколько дней');
    await userEvent.clear(days);
    await userEvent.type(days, '30');
    await waitFor(() => expect(settings.save).toHaveBeenLastCalledWith({ reportDate: '2021-09-01', dueSoonDays: 30, periodEnd: null, chair: null }));
    // One save for the whole edit, not one per keystroke («», «3», «30»).
    expect(settings.save).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('tab', { name: 'Проверка' }));
    expect(screen.getByText('Срок наступает в ближайшие 30 дней')).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Параметры' }));
    await userEvent.type(screen.getByLabelText('Председатель рабочей группы'), 'И.И. Петрова');
    await waitFor(() => expect(settings.save).toHaveBeenLastCalledWith({ reportDate: '2021-09-01', dueSoonDays: 30, periodEnd: null, chair: 'И.И. Петрова' }));
  });
});

describe('in English', () => {
  test('no roadmap found', async () => {
    renderPane(fakePort(null), 'en');
    expect(await screen.findByText('No roadmap found')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create a roadmap' })).toBeTruthy();
  });

  test('findings, in English', async () => {
    renderPane(fakePort(pilot()), 'en');
    const warnings = await screen.findByRole('list', { name: 'Warnings (6)' });
    expect(within(warnings).getAllByRole('button')[0].textContent).toMatch(/^Row 7 \(item 1\.1\)/);
    expect(screen.getByRole('button', { name: 'Check and highlight' })).toBeTruthy();
  });

  test('all clean, working and an Excel error', async () => {
    const port = fakePort(cleanSheet());
    port.findRoadmap.mockRejectedValueOnce(new HostProblem('edit-mode', 'InvalidOperationInCellEditMode'));
    renderPane(port, 'en');
    expect(screen.getByText('Excel is working…')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('A cell is being edited');
    await userEvent.click(screen.getByRole('button', { name: 'Check and highlight' }));
    expect(await screen.findByText('No findings')).toBeTruthy();
  });
});
