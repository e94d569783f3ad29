import { documentSettingsStore } from '../excel/documentSettings';
import { excelWorkbookPort } from '../excel/excelWorkbookPort';
import { excelHistoryPort } from '../excel/historyPort';
import { validateRoadmap, writeMonitoringSummary, type ActionContext, type BuildSummarySheet } from '../host/actions';
import { UI_TEXT, uiLanguage } from '../i18n/ui';
import { summarySheet } from '../roadmap/report/summarySheet';
import type { Lang } from '../roadmap/types';
import type { HistoryPort } from '../host/historyPort';
import { supportOf, type WorkbookPort } from '../host/workbookPort';
import { recordWorkbookSnapshot } from '../host/workingGroupActions';
import { showMessageDialog } from './messageDialog';
import type { CommandMessage } from './messageQuery';
import { findingsMessage, noRoadmapMessage, problemMessage, snapshotMessage } from './messages';

/**
 * The ribbon's Проверить, Сводка and Зафиксировать срез (ExecuteFunction): they run without the pane, tell the user in a
 * small dialog what went wrong (or what there is to see), and always complete the event, also after an error,
 * or Office would keep the button busy.
 */

export type CommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

export interface CommandDeps {
  /** What a command works with, read afresh for each command (settings included: see `commandContext`). */
  context: () => ActionContext | Promise<ActionContext>;
  historyPort: HistoryPort;
  buildSummarySheet: BuildSummarySheet;
  /** The language of the messages, also when reading the context fails. */
  lang: Lang;
  /** Shows a message to the user (there is no pane) and resolves when it is dismissed; never rejects. */
  tell: (message: CommandMessage) => Promise<void>;
}

/** A command's outcome worth a message, or null when the workbook itself shows it. */
type Command = () => Promise<CommandMessage | null>;

function completing(command: Command, { lang, tell }: CommandDeps): CommandHandler {
  return async (event) => {
    try {
      let message: CommandMessage | null;
      try {
        message = await command();
      } catch (error) {
        console.error('Roadmap Monitor:', error);
        message = problemMessage(error, lang);
      }
      if (message) await tell(message);
    } catch (error) {
      console.error('Roadmap Monitor: could not show the message:', error);
    } finally {
      event.completed();
    }
  };
}

export function createCommands(deps: CommandDeps): Record<keyof typeof COMMAND_IDS, CommandHandler> {
  const { context, historyPort, buildSummarySheet, lang } = deps;
  return {
    validate: completing(async () => {
      const action = await context();
      const analysis = await validateRoadmap(action);
      return analysis ? findingsMessage(analysis.roadmap.counts, lang, supportOf(action.port)) : noRoadmapMessage(lang);
    }, deps),
    summary: completing(async () => ((await writeMonitoringSummary(await context(), buildSummarySheet)) ? null : noRoadmapMessage(lang)), deps),
    snapshot: completing(async () => {
      const recorded = await recordWorkbookSnapshot(await context(), historyPort);
      return recorded ? snapshotMessage(recorded.snapshot.date, recorded.written.name, lang) : noRoadmapMessage(lang);
    }, deps),
  };
}

/** The function names the manifest's ExecuteFunction actions call. */
export const COMMAND_IDS = { validate: 'validateRoadmap', summary: 'writeMonitoringSummary', snapshot: 'recordSnapshot' } as const;

/**
 * The context of one ribbon command. The function file keeps its own copy of the document settings, loaded when it
 * started: it is refreshed first, or the command would miss the report date the pane saved since.
 */
export function commandContext(port: WorkbookPort, settings: ReturnType<typeof documentSettingsStore>, lang: Lang): () => Promise<ActionContext> {
  return async () => {
    await settings.refresh();
    return { port, settings: settings.load(), lang };
  };
}

export function registerCommands(): void {
  const lang = uiLanguage(Office.context.displayLanguage);
  const port = excelWorkbookPort({ newSheetName: UI_TEXT[lang].newSheetName });
  const commands = createCommands({
    context: commandContext(port, documentSettingsStore(), lang),
    historyPort: excelHistoryPort(),
    buildSummarySheet: summarySheet,
    lang,
    // The dialog page sits beside this page (commands.html) on the add-in's host.
    tell: (message) => showMessageDialog(Office.context.ui, window.location.href, message),
  });
  for (const name of Object.keys(COMMAND_IDS) as (keyof typeof COMMAND_IDS)[]) {
    // Excel 2016/2019 (Internet Explorer 11) call a function file's global functions by name; newer Office uses associate.
    (globalThis as unknown as Record<string, CommandHandler>)[COMMAND_IDS[name]] = commands[name];
    if (Office.actions && typeof Office.actions.associate === 'function') Office.actions.associate(COMMAND_IDS[name], commands[name]);
  }
}

if (typeof Office !== 'undefined') Office.onReady(() => registerCommands());
