/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import { TextEncoder } from 'util';
import { DEFAULT_SETTINGS } from '../../src/host/settings';
import type { RoadmapSource, WorkbookPort } from '../../src/host/workbookPort';
import { UI_TEXT } from '../../src/i18n/ui';
import { locateTable } from '../../src/roadmap';
import type { ReportSheet } from '../../src/roadmap/report/reportSheet';
import { sheetFromRows } from '../../src/roadmap/template/pilotGrid';
import type { HistoryLayout } from '../../src/roadmap/workingGroup';
import type { HistoryPort } from '../../src/host/historyPort';
import { WorkingGroupView } from '../../src/taskpane/workingGroup/WorkingGroupView';
import { layoutToSheet, pilotWithStatus, setCell, type Rows } from './helpers';

/** A workbook in memory: the roadmap rows, and what the view wrote to «История» and «Справка к заседанию». */
class FakeWorkbook {
  rows: Rows = pilotWithStatus();
  history: HistoryLayout | null = null;
  brief: ReportSheet | null = null;

  readonly port: WorkbookPort = {
    findRoadmap: async (): Promise<RoadmapSource> => {
      const sheet = sheetFromRows('Программа', this.rows);
      return { sheet, layout: locateTable(sheet)!, table: null };
    },
    applyHighlighting: () => Promise.reject(new Error('not used')),
    writeSummarySheet: () => Promise.reject(new Error('not used')),
    createRoadmap: () => Promise.reject(new Error('not used')),
    addMonitoringColumns: () => Promise.reject(new Error('not used')),
    selectCell: () => Promise.reject(new Error('not used')),
  };

  readonly historyPort: HistoryPort = {
    readHistory: async () => ({ sheet: this.history ? layoutToSheet(this.history) : null, marked: this.history !== null }),
    writeHistory: async (layout) => {
      this.history = layout;
      return { name: 'История' };
    },
    writeBriefSheet: async (sheet) => {
      this.brief = sheet;
      return { name: sheet.name };
    },
  };
}

function renderView(workbook: FakeWorkbook, reportDate: string, download?: (blob: Blob, name: string) => void, chair: string | null = null) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WorkingGroupView
        port={workbook.port}
        historyPort={workbook.historyPort}
        settings={{ ...DEFAULT_SETTINGS, reportDate, chair }}
        lang="ru"
        text={UI_TEXT.ru}
        download={download}
      />
    </FluentProvider>,
  );
}

/** jsdom has no ResizeObserver; Fluent's MessageBar only needs it to exist. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

beforeAll(() => {
  // jsdom lacks TextEncoder, which every browser the pane runs in has (the docx package writes its XML with it).
  Object.assign(window, { ResizeObserver: NoResizeObserver, TextEncoder });
});

describe('the «Рабочая группа» view', () => {
  test('Зафиксировать срез writes «История»; a later brief shows what changed; the brief goes to a sheet', async () => {
    const user = userEvent.setup();
    const workbook = new FakeWorkbook();
    const first = renderView(workbook, '2021-08-20');
    expect(await screen.findByText(/В книге нет среза до 20\.08\.2021/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Зафиксировать срез' }));
    expect(await screen.findByText('Срез на 20.08.2021 записан на лист «История». Срез за ту же дату заменяется.')).toBeTruthy();
    expect(workbook.history?.counts.rows).toHaveLength(1);
    expect(screen.getByRole('img', { name: /20\.08\.2021: 0 %, 5/ })).toBeTruthy();
    first.unmount();

    setCell(workbook.rows, '1.2', 'status', 'Выполнено');
    setCell(workbook.rows, '1.8', 'deadline', 'до 15.12.2021 г.');
    renderView(workbook, '2021-09-20');
    const done = await screen.findByRole('region', { name: 'Выполнено с прошлого среза' });
    expect(within(done).getByText(/п\. 1\.2 «Принятие руководителем ЦЗН приказа/)).toBeTruthy();
    const moved = screen.getByRole('region', { name: 'Переносы сроков (требуют одобрения рабочей группы)' });
    expect(within(moved).getByText(/срок 01\.11\.2021 → 15\.12\.2021 \(\+44 дня\) — требует одобрения рабочей группы/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Записать справку на лист' }));
    expect(await screen.findByText('Справка к заседанию записана на лист «Справка к заседанию».')).toBeTruthy();
    expect(workbook.brief?.rows[0][0].value).toBe('Справка к заседанию рабочей группы');
  });

  test('the meeting documents download as Word files, signed by the chair in the settings', async () => {
    const user = userEvent.setup();
    const workbook = new FakeWorkbook();
    setCell(workbook.rows, '2.1.5', 'status', 'Разногласия: ЦЗН против');
    const files: { blob: Blob; name: string }[] = [];
    renderView(workbook, '2021-09-20', (blob, name) => files.push({ blob, name }), 'И.И. Петрова');
    await user.click(await screen.findByRole('button', { name: 'Скачать лист разногласий' }));
    await waitFor(() => expect(files).toHaveLength(1), { timeout: 15000 });
    expect(screen.getByText('Документ «Лист разногласий 2021-09-20.docx» сохранён в папку загрузок.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Скачать проект протокола' }));
    await waitFor(() => expect(files).toHaveLength(2), { timeout: 15000 });
    expect(screen.getByText('Документ «Проект протокола 2021-09-20.docx» сохранён в папку загрузок.')).toBeTruthy();
    expect(files.map((file) => file.name)).toEqual(['Лист разногласий 2021-09-20.docx', 'Проект протокола 2021-09-20.docx']);
    const zip = await JSZip.loadAsync(files[0].blob);
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('ЛИСТ РАЗНОГЛАСИЙ');
    expect(text).toContain('ЦЗН против');
    expect(text).toContain('И.И. Петрова');
    expect(workbook.brief).toBeNull(); // nothing written to the workbook
  }, 30000);

  test('a request is copied to the clipboard as a letter to send', async () => {
    const user = userEvent.setup();
    const workbook = new FakeWorkbook();
    renderView(workbook, '2021-09-20');
    await user.click(await screen.findByRole('button', { name: 'Копировать запрос: пилотные регионы' }));
    expect(await screen.findByText('Запрос скопирован в буфер обмена.')).toBeTruthy();
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^Кому: пилотные регионы\nТема: дорожная карта — информация к заседанию рабочей группы 30\.09\.2021/);
  });
});
