import { useCallback, useEffect, useRef, useState } from 'react';
import { useOneAtATime } from '../useOneAtATime';
import type { ActionContext } from '../../host/actions';
import { asHostProblem, type HostProblem } from '../../host/problems';
import type { MonitorSettings } from '../../host/settings';
import type { WorkbookPort } from '../../host/workbookPort';
import type { Lang } from '../../roadmap/types';
import { displayDate } from '../../roadmap/workingGroup/wording';
import { WORKING_GROUP_UI } from '../../i18n/workingGroup';
import type { HistoryPort } from '../../host/historyPort';
import { loadWorkingGroup, recordWorkbookSnapshot, writeBriefSheet, type WorkingGroupState } from '../../host/workingGroupActions';

export interface WorkingGroupDeps {
  port: WorkbookPort;
  historyPort: HistoryPort;
  settings: MonitorSettings;
  lang: Lang;
  today?: () => string;
}

export type WorkingGroupView =
  | { kind: 'loading' }
  | { kind: 'no-roadmap' }
  | { kind: 'ready'; state: WorkingGroupState; notice: string | null }
  | { kind: 'problem'; problem: HostProblem };

/**
 * The «Рабочая группа» view's state: the brief read afresh, and the buttons that write. One action at a time; a
 * re-read asked for while another action runs (the settings changed) is run after it, with the latest settings.
 */
export function useWorkingGroup({ port, historyPort, settings, lang, today }: WorkingGroupDeps) {
  const [view, setView] = useState<WorkingGroupView>({ kind: 'loading' });
  const { working, run } = useOneAtATime();
  const words = WORKING_GROUP_UI[lang];
  // Read when an action runs, not when it was asked for: a queued re-read uses the settings as they are by then.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const context = useCallback((): ActionContext => ({ port, settings: settingsRef.current, lang, today }), [port, lang, today]);

  const perform = useCallback(
    (action: () => Promise<string | null>, queue = false) =>
      run(async () => {
        try {
          const notice = await action();
          const state = await loadWorkingGroup(context(), historyPort);
          setView(state ? { kind: 'ready', state, notice } : { kind: 'no-roadmap' });
        } catch (error) {
          setView({ kind: 'problem', problem: asHostProblem(error) });
        }
      }, { queue }),
    [run, context, historyPort],
  );

  const refresh = useCallback(() => perform(async () => null, true), [perform]);

  // Read on opening and again whenever the (saved) settings change.
  useEffect(() => {
    void refresh();
  }, [refresh, settings]);

  const snapshot = useCallback(
    () =>
      perform(async () => {
        const result = await recordWorkbookSnapshot(context(), historyPort);
        return result ? words.snapshotTaken(displayDate(result.snapshot.date, lang), result.written.name) : null;
      }),
    [perform, context, historyPort, words, lang],
  );

  const brief = useCallback(
    () =>
      perform(async () => {
        const state = await loadWorkingGroup(context(), historyPort);
        if (!state) return null;
        return words.briefWritten((await writeBriefSheet(state, context(), historyPort)).name);
      }),
    [perform, context, historyPort, words],
  );

  return { view, working, refresh, snapshot, brief };
}
