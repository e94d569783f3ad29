import type { Command } from 'commander';
import type { ReportTexts } from '../i18n/report';
import { DEFAULT_DUE_SOON_DAYS } from '../roadmap/analyze';
import { optionTexts, type OptionTexts } from '../i18n/options';
import { localToday } from '../roadmap/dates';
import type { AnalyzeOptions, Lang } from '../roadmap/types';
import { parseDateOption } from './dateOption';
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

function dateOption(option: string, raw: unknown, say: OptionTexts): string | undefined {
  if (raw === undefined) return undefined;
  const iso = typeof raw === 'string' ? parseDateOption(raw) : null;
  if (iso === null) throw new CommandError(say.badDate(option, String(raw)));
  return iso;
}

/**
 * Checks the shared options as commander parsed them; a bad value is a CommandError naming the option and the value,
 * in the language asked for (English only when --lang en is itself valid). Dates come as ДД.ММ.ГГГГ or YYYY-MM-DD.
 */
export function parseRoadmapOptions(raw: Record<string, unknown>): RoadmapCliOptions {
  const lang: Lang | null = raw.lang === 'en' || raw.lang === 'ru' ? raw.lang : null;
  const say = optionTexts(lang ?? 'ru');
  if (lang === null) throw new CommandError(say.badLang(String(raw.lang)));
  if (raw.sheet !== undefined && (typeof raw.sheet !== 'string' || raw.sheet === '')) throw new CommandError(say.emptySheet);
  const dueSoonText = String(raw.dueSoon);
  if (!/^\d{1,3}$/.test(dueSoonText) || Number(dueSoonText) > 365) throw new CommandError(say.badDueSoon(dueSoonText));
  const today = dateOption('--today', raw.today, say);
  const periodEnd = dateOption('--period-end', raw.periodEnd, say);
  return {
    sheet: raw.sheet as string | undefined,
    today: today ?? localToday(),
    periodEnd: periodEnd ?? null,
    lang,
    dueSoonDays: Number(dueSoonText),
  };
}

/** The --lang of a command line, read before commander runs so that help and errors speak it too. */
export function languageOf(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return 'ru';
  const value = argv[index].startsWith('--lang=') ? argv[index].slice('--lang='.length) : argv[index + 1];
  return value === 'en' ? 'en' : 'ru';
}

/**
 * The command line with a --lang given before the command moved after it: `roadmap --lang en check f.xlsx` is
 * `roadmap check --lang en f.xlsx`, the option being each command's own. With no command after it (`roadmap --lang en
 * --help`), the option is left out: languageOf has read it already. `argv` is node's (node, script, arguments…).
 */
export function languageAfterCommand(argv: readonly string[]): string[] {
  const [node, script, ...args] = argv;
  const lang: string[] = [];
  const leading: string[] = [];
  let index = 0;
  for (; index < args.length && args[index].startsWith('-'); index++) {
    if (args[index] === '--lang') {
      lang.push(args[index]);
      if (index + 1 < args.length) lang.push(args[++index]);
    } else if (args[index].startsWith('--lang=')) lang.push(args[index]);
    else leading.push(args[index]);
  }
  if (lang.length === 0) return [...argv];
  const rest = args.slice(index);
  return rest.length === 0 ? [node, script, ...leading] : [node, script, ...leading, rest[0], ...lang, ...rest.slice(1)];
}
