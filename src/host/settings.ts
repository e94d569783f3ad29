import * as z from 'zod/mini';
import { DEFAULT_DUE_SOON_DAYS } from '../roadmap/analyze';
import { isIsoDate } from '../roadmap/dates';

/** The settings kept in the workbook (document settings), so whoever opens it next sees the same. */
export interface MonitorSettings {
  /** The report date, ISO; null means today. */
  reportDate: string | null;
  dueSoonDays: number;
  /** The plan's end date, ISO: the due date of «на протяжении всего периода». */
  periodEnd: string | null;
  /** The working group's chair as signed under its documents («И.О. Фамилия»); null leaves a line to fill by hand. */
  chair: string | null;
}

export const DEFAULT_SETTINGS: MonitorSettings = { reportDate: null, dueSoonDays: DEFAULT_DUE_SOON_DAYS, periodEnd: null, chair: null };

/** A name longer than this is no name: the setting falls back to the blank line. */
export const MAX_CHAIR_LENGTH = 120;

export const MAX_DUE_SOON_DAYS = 366;

/** The document-settings key the add-in saves under; the command line reads the same key from the .xlsx package. */
export const SETTINGS_KEY = 'roadmapMonitor';

const isoDate = z.nullable(z.string().check(z.refine(isIsoDate)));
const storedSettings = z.object({
  reportDate: z.optional(isoDate),
  dueSoonDays: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(MAX_DUE_SOON_DAYS))),
  periodEnd: z.optional(isoDate),
  chair: z.optional(z.nullable(z.string().check(z.maxLength(MAX_CHAIR_LENGTH)))),
});

/** Settings as stored by any version of the add-in: what is unreadable falls back to the default, field by field. */
export function readSettings(stored: unknown): MonitorSettings {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_SETTINGS };
  const fields = stored as Record<string, unknown>;
  const pick = <K extends keyof MonitorSettings>(key: K): MonitorSettings[K] => {
    const parsed = storedSettings.safeParse({ [key]: fields[key] });
    const value = parsed.success ? parsed.data[key] : undefined;
    return (value ?? DEFAULT_SETTINGS[key]) as MonitorSettings[K];
  };
  const chair = pick('chair')?.replace(/\s+/g, ' ').trim();
  return { reportDate: pick('reportDate'), dueSoonDays: pick('dueSoonDays'), periodEnd: pick('periodEnd'), chair: chair ? chair : null };
}

export interface SettingsStore {
  load(): MonitorSettings;
  save(settings: MonitorSettings): Promise<void>;
}
