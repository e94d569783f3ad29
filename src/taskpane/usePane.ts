import { useCallback, useEffect, useRef, useState } from 'react';
import {
  addMonitoringColumns, inspectRoadmap, validateRoadmap, writeMonitoringSummary, type ActionContext, type Analysis, type BuildSummarySheet,
} from '../host/actions';
import { asHostProblem, type HostProblem } from '../host/problems';
import type { MonitorSettings, SettingsStore } from '../host/settings';
import type { WorkbookPort } from '../host/workbookPort';
import type { UiText } from '../i18n/ui';
import { HEADER_TEXT } from '../roadmap/columns';
import type { Finding, Lang } from '../roadmap/types';
import { findingCell } from './findingCell';
import { useOneAtATime } from './useOneAtATime';

/** How long the settings wait after the last change before they are saved and the views re-read, in ms. */
export const SETTINGS_DEBOUNCE_MS = 500;

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: string;
}

export type View =
  | { kind: 'no-roadmap' }
  | { kind: 'roadmap'; analysis: Analysis; notices: Notice[] }
  | { kind: 'problem'; problem: HostProblem };

export interface PaneDeps {
  port: WorkbookPort;
  settingsStore: SettingsStore;
  lang: Lang;
  text: UiText;
  buildSummarySheet: BuildSummarySheet;
  today?: () => string;
}

/**
 * The pane's state and what its buttons do. One action at a time; every action reads the workbook afresh.
 * `settings` follow the form at once; `savedSettings` follow SETTINGS_DEBOUNCE_MS after the last change, when the
 * settings are also saved (saves in order, the last change always saved): the views that re-read the workbook on a
 * change follow those, so typing a date does not re-read the workbook on every keystroke.
 */
export function usePane({ port, settingsStore, lang, text, buildSummarySheet, today }: PaneDeps) {
  const [settings, setSettings] = useState<MonitorSettings>(() => settingsStore.load());
  const [savedSettings, setSavedSettings] = useState<MonitorSettings>(settings);
  const [view, setView] = useState<View | null>(null);
  const { working, run } = useOneAtATime(true);
  const settingsRef = useRef(settings);
  const pendingSave = useRef<{ timer: ReturnType<typeof setTimeout>; settings: MonitorSettings } | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const context = useCallback((): ActionContext => ({ port, settings: settingsRef.current, lang, today }), [port, lang, today]);

  const perform = useCallback(
    (action: () => Promise<View>) =>
      run(async () => {
        try {
          setView(await action());
        } catch (error) {
          setView({ kind: 'problem', problem: asHostProblem(error) });
        }
      }),
    [run],
  );

  const roadmapView = (analysis: Analysis | null, notices: Notice[] = []): View =>
    analysis ? { kind: 'roadmap', analysis, notices } : { kind: 'no-roadmap' };

  const inspect = useCallback(() => perform(async () => roadmapView(await inspectRoadmap(context()))), [perform, context]);

  useEffect(() => {
    void inspect();
  }, [inspect]);

  const validate = useCallback(
    () => perform(async () => roadmapView(await validateRoadmap(context()), [{ intent: 'success', text: text.highlighted }])),
    [perform, context, text],
  );

  const summary = useCallback(
    () =>
      perform(async () => {
        const result = await writeMonitoringSummary(context(), buildSummarySheet);
        return roadmapView(result, result ? [{ intent: 'success', text: text.summaryWritten(result.written.name) }] : []);
      }),
    [perform, context, text, buildSummarySheet],
  );

  const addColumns = useCallback(
    () =>
      perform(async () => {
        const result = await addMonitoringColumns(context());
        const notices: Notice[] = [];
        if (result.kind === 'present') notices.push({ intent: 'info', text: text.columnsPresent });
        if (result.kind === 'added') {
          notices.push({ intent: 'success', text: text.columnsAdded(result.added.map((key) => `«${HEADER_TEXT[key]}»`)) });
          if (!result.dropDown) notices.push({ intent: 'warning', text: text.dropDownUnsupported });
        }
        return roadmapView(await inspectRoadmap(context()), notices);
      }),
    [perform, context, text],
  );

  const create = useCallback(
    (template: boolean) =>
      perform(async () => {
        const written = await context().port.createRoadmap({ template, lang });
        return roadmapView(await inspectRoadmap(context()), [{ intent: 'success', text: text.roadmapCreated(written.name) }]);
      }),
    [perform, context, text, lang],
  );

  const showFinding = useCallback(
    async (finding: Finding, analysis: Analysis) => {
      try {
        await port.selectCell(analysis.source.layout.sheet, findingCell(finding, analysis.source.layout));
      } catch (error) {
        setView({ kind: 'problem', problem: asHostProblem(error) });
      }
    },
    [port],
  );

  /** Saves the settings after the others queued before them; a failure shows as a problem. */
  const save = useCallback(
    (next: MonitorSettings) => {
      setSavedSettings(next);
      saving.current = saving.current.then(() =>
        settingsStore.save(next).catch((error: unknown) => setView({ kind: 'problem', problem: asHostProblem(error) })),
      );
      return saving.current;
    },
    [settingsStore],
  );

  const changeSettings = useCallback(
    (next: MonitorSettings) => {
      setSettings(next);
      settingsRef.current = next;
      if (pendingSave.current) clearTimeout(pendingSave.current.timer);
      const timer = setTimeout(() => {
        pendingSave.current = null;
        void save(next);
      }, SETTINGS_DEBOUNCE_MS);
      pendingSave.current = { timer, settings: next };
    },
    [save],
  );

  // The pane closing within the debounce still saves the last change.
  useEffect(
    () => () => {
      const pending = pendingSave.current;
      if (pending) {
        clearTimeout(pending.timer);
        void settingsStore.save(pending.settings);
      }
    },
    [settingsStore],
  );

  return { settings, savedSettings, view, working, inspect, validate, summary, addColumns, create, showFinding, changeSettings };
}
