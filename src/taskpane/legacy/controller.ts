import { inspectRoadmap, validateRoadmap, writeMonitoringSummary, type ActionContext, type Analysis, type BuildSummarySheet } from '../../host/actions';
import type { HistoryPort } from '../../host/historyPort';
import { asHostProblem, type HostProblem } from '../../host/problems';
import type { MonitorSettings, SettingsStore } from '../../host/settings';
import type { WorkbookPort } from '../../host/workbookPort';
import { loadWorkingGroup, recordWorkbookSnapshot } from '../../host/workingGroupActions';
import { OFFICE_HOST_TEXT } from '../../i18n/officeHost';
import type { UiText } from '../../i18n/ui';
import { WORKING_GROUP_UI } from '../../i18n/workingGroup';
import { isValidDate, toIso } from '../../roadmap/dates';
import type { Finding, Lang } from '../../roadmap/types';
import { briefDocument } from '../../roadmap/workingGroup';
import { displayDate } from '../../roadmap/workingGroup/wording';
import { findingCell } from '../findingCell';

/**
 * The simple pane's state and actions, without the DOM: the pane for Excel 2016/2019, whose webview (Internet
 * Explorer 11) cannot run React 19 or Fluent UI. The same host port and actions as the React pane (src/host),
 * the same engine; `view.ts` draws the state.
 */

export interface LegacyNotice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

/** The working group's counts now and at the last snapshot, as the brief writes them. */
export interface GroupCounts {
  reportLine: string;
  header: string[];
  rows: (string | number)[][];
}

export interface LegacyState {
  working: boolean;
  /** What the last reading found: null before the first, 'none' when the workbook holds no roadmap. */
  analysis: Analysis | 'none' | null;
  problem: HostProblem | null;
  notices: LegacyNotice[];
  settings: MonitorSettings;
  group: GroupCounts | null;
}

export interface LegacyDeps {
  port: WorkbookPort;
  historyPort: HistoryPort;
  settingsStore: SettingsStore;
  lang: Lang;
  text: UiText;
  buildSummarySheet: BuildSummarySheet;
  today?: () => string;
}

export interface LegacyController {
  state(): LegacyState;
  /** Reads the workbook (on opening, and after the user edited it). */
  refresh(): Promise<void>;
  validate(): Promise<void>;
  summary(): Promise<void>;
  snapshot(): Promise<void>;
  create(template: boolean): Promise<void>;
  /** The report date as typed: `ДД.ММ.ГГГГ` or `ГГГГ-ММ-ДД`, empty for today. False when it is not a date. */
  setReportDate(typed: string): Promise<boolean>;
  showFinding(finding: Finding): Promise<void>;
}

/** A date as a person types it into the simple pane's text box; null when it is not a real date. */
export function parseTypedDate(typed: string): string | null {
  const text = typed.trim();
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = ru ? [ru[3], ru[2], ru[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  return isValidDate(Number(year), Number(month), Number(day)) ? toIso(Number(year), Number(month), Number(day)) : null;
}

/** The controller; `onChange` gets every new state (to draw it). One action at a time; each reads the workbook afresh. */
export function legacyController(deps: LegacyDeps, onChange: (state: LegacyState) => void): LegacyController {
  const { port, historyPort, settingsStore, lang, text, buildSummarySheet, today } = deps;
  const words = WORKING_GROUP_UI[lang];
  let current: LegacyState = { working: false, analysis: null, problem: null, notices: [], settings: settingsStore.load(), group: null };

  const update = (change: Partial<LegacyState>) => {
    current = { ...current, ...change };
    onChange(current);
  };
  const context = (): ActionContext => ({ port, settings: current.settings, lang, today });

  async function groupCounts(): Promise<GroupCounts | null> {
    const state = await loadWorkingGroup(context(), historyPort);
    if (!state) return null;
    const document = briefDocument(state.brief, lang);
    return { reportLine: document.reportLine, header: document.countsHeader, rows: document.countsRows };
  }

  /** Runs an action, then reads the working group's counts again; a refusal by Excel becomes the problem shown. */
  async function perform(action: () => Promise<{ analysis: Analysis | null; notices: LegacyNotice[] }>): Promise<void> {
    if (current.working) return;
    update({ working: true, notices: [] });
    try {
      const { analysis, notices } = await action();
      const group = analysis ? await groupCounts() : null;
      update({ working: false, analysis: analysis || 'none', problem: null, notices, group });
    } catch (error) {
      update({ working: false, problem: asHostProblem(error), notices: [] });
    }
  }

  return {
    state: () => current,
    refresh: () => perform(async () => ({ analysis: await inspectRoadmap(context()), notices: [] })),
    validate: () =>
      perform(async () => {
        const analysis = await validateRoadmap(context());
        return { analysis, notices: analysis ? [{ intent: 'success', text: text.highlighted }] : [] };
      }),
    summary: () =>
      perform(async () => {
        const result = await writeMonitoringSummary(context(), buildSummarySheet);
        return { analysis: result, notices: result ? [{ intent: 'success', text: text.summaryWritten(result.written.name) }] : [] };
      }),
    snapshot: () =>
      perform(async () => {
        const recorded = await recordWorkbookSnapshot(context(), historyPort);
        const analysis = recorded ? await inspectRoadmap(context()) : null;
        const notices: LegacyNotice[] = recorded
          ? [{ intent: 'success', text: words.snapshotTaken(displayDate(recorded.snapshot.date, lang), recorded.written.name) }]
          : [];
        return { analysis, notices };
      }),
    create: (template) =>
      perform(async () => {
        const written = await port.createRoadmap({ template, lang });
        return { analysis: await inspectRoadmap(context()), notices: [{ intent: 'success', text: text.roadmapCreated(written.name) }] };
      }),
    async setReportDate(typed) {
      const reportDate = typed.trim() === '' ? null : parseTypedDate(typed);
      if (reportDate === null && typed.trim() !== '') {
        update({ notices: [{ intent: 'warning', text: OFFICE_HOST_TEXT[lang].badReportDate }] });
        return false;
      }
      const settings = { ...current.settings, reportDate };
      update({ settings });
      try {
        await settingsStore.save(settings);
      } catch (error) {
        update({ problem: asHostProblem(error) });
        return true;
      }
      await this.refresh();
      return true;
    },
    async showFinding(finding) {
      const analysis = current.analysis;
      if (!analysis || analysis === 'none') return;
      try {
        await port.selectCell(analysis.source.layout.sheet, findingCell(finding, analysis.source.layout));
      } catch (error) {
        update({ problem: asHostProblem(error) });
      }
    },
  };
}
