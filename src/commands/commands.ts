import { documentSettingsStore } from '../excel/documentSettings';
import { excelWorkbookPort } from '../excel/excelWorkbookPort';
import { validateRoadmap, writeMonitoringSummary, type ActionContext, type BuildSummarySheet } from '../host/actions';
import { UI_TEXT, uiLanguage } from '../i18n/ui';
import { summarySheet } from '../roadmap/report/summarySheet';

/**
 * The ribbon's Проверить and Сводка (ExecuteFunction): they run without the pane and always complete the event,
 * also after an error, or Office would keep the button busy.
 */

export type CommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

export interface CommandDeps {
  context: () => ActionContext;
  buildSummarySheet: BuildSummarySheet;
  /** Where a failure goes (there is no pane to show it in). */
  report: (error: unknown) => void;
}

function completing(action: () => Promise<unknown>, report: (error: unknown) => void): CommandHandler {
  return async (event) => {
    try {
      await action();
    } catch (error) {
      report(error);
    } finally {
      event.completed();
    }
  };
}

export function createCommands({ context, buildSummarySheet, report }: CommandDeps): { validate: CommandHandler; summary: CommandHandler } {
  return {
    validate: completing(() => validateRoadmap(context()), report),
    summary: completing(() => writeMonitoringSummary(context(), buildSummarySheet), report),
  };
}

/** The function names the manifest's ExecuteFunction actions call. */
export const COMMAND_IDS = { validate: 'validateRoadmap', summary: 'writeMonitoringSummary' } as const;

export function registerCommands(): void {
  const lang = uiLanguage(Office.context.displayLanguage);
  const port = excelWorkbookPort({ newSheetName: UI_TEXT[lang].newSheetName });
  const settings = documentSettingsStore();
  const commands = createCommands({
    context: () => ({ port, settings: settings.load(), lang }),
    buildSummarySheet: summarySheet,
    report: (error) => console.error('Roadmap Monitor:', error),
  });
  Office.actions.associate(COMMAND_IDS.validate, commands.validate);
  Office.actions.associate(COMMAND_IDS.summary, commands.summary);
}

if (typeof Office !== 'undefined') Office.onReady(() => registerCommands());
