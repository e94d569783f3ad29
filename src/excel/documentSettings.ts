import { readSettings, SETTINGS_KEY, type MonitorSettings, type SettingsStore } from '../host/settings';

/**
 * The settings in the workbook itself (Office document settings), saved with the file. Each runtime (the pane, the
 * ribbon's function file) holds its own copy: `refresh` reads what another runtime saved since.
 */
export function documentSettingsStore(settings: Office.Settings = Office.context.document.settings): SettingsStore & { refresh(): Promise<void> } {
  return {
    refresh: () =>
      new Promise<void>((resolve, reject) => {
        settings.refreshAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(result.error?.message ?? 'refreshAsync failed'));
        });
      }),
    load: () => readSettings(settings.get(SETTINGS_KEY)),
    save: (value: MonitorSettings) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTINGS_KEY, { ...value });
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(result.error?.message ?? 'saveAsync failed'));
        });
      }),
  };
}
