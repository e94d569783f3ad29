import type { Command } from 'commander';
import { z } from 'zod';
import type { ReportTexts } from '../i18n/report';
import { DEFAULT_DUE_SOON_DAYS } from '../roadmap/analyze';
import { isIsoDate, localToday } from '../roadmap/dates';
import type { AnalyzeOptions, Lang } from '../roadmap/types';
import { CommandError } from './errors';

/** The options every command over a roadmap shares, checked. */
export interface RoadmapCliOptions extends Required<Omit<AnalyzeOptions, 'periodEnd'>> {
  periodEnd: string | null;
  sheet?: string;
}

/** Declares --sheet, --today, --period-end, --lang and --due-soon on a command. */
export function addRoadmapOptions(command: Command, texts: ReportTexts): Command {
  return command
    .option('--sheet <name>', texts.cli.sheetOption)
    .option('--today <date>', texts.cli.todayOption)
    .option('--period-end <date>', texts.cli.periodEndOption)
    .option('--lang <lang>', texts.cli.langOption, 'ru')
    .option('--due-soon <days>', texts.cli.dueSoonOption, String(DEFAULT_DUE_SOON_DAYS));
}

const isoDate = (option: string) =>
  z.string().refine(isIsoDate, { message: `${option}: expected a date YYYY-MM-DD / ожидается дата ГГГГ-ММ-ДД` });

const RAW_OPTIONS = z.object({
  sheet: z.string().min(1, { message: '--sheet: empty sheet name / пустое имя листа' }).optional(),
  today: isoDate('--today').optional(),
  periodEnd: isoDate('--period-end').optional(),
  lang: z.enum(['ru', 'en'], { message: '--lang: expected ru or en / ожидается ru или en' }),
  dueSoon: z
    .string()
    .regex(/^\d{1,3}$/, { message: '--due-soon: expected a whole number of days 0–365 / ожидается число дней 0–365' })
    .transform(Number)
    .refine((days) => days <= 365, { message: '--due-soon: expected a whole number of days 0–365 / ожидается число дней 0–365' }),
});

/** Checks the shared options as commander parsed them; a bad value is a CommandError naming the option and the value. */
export function parseRoadmapOptions(raw: Record<string, unknown>): RoadmapCliOptions {
  const parsed = RAW_OPTIONS.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const value = issue.path.length > 0 ? raw[String(issue.path[0])] : undefined;
    throw new CommandError(value === undefined ? issue.message : `${issue.message} (got “${String(value)}”)`);
  }
  const { sheet, today, periodEnd, lang, dueSoon } = parsed.data;
  return { sheet, today: today ?? localToday(), periodEnd: periodEnd ?? null, lang, dueSoonDays: dueSoon };
}

/** The --lang of a command line, read before commander runs so that help and errors speak it too. */
export function languageOf(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return 'ru';
  const value = argv[index].startsWith('--lang=') ? argv[index].slice('--lang='.length) : argv[index + 1];
  return value === 'en' ? 'en' : 'ru';
}
