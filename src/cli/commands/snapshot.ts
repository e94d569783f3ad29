import { markToolWorkbook } from '../../xlsx/toolMarker';
import { COMMAND_WORDS } from '../../i18n/workingGroup';
import { formatRuDate } from '../../roadmap/dates';
import { readWorkingGroupFile } from '../../xlsx/history/workingGroupFile';
import { snapshotWorkbook } from '../../xlsx/history/workingGroupOutputs';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { resolveOutputPath, writeOutputFile } from '../output';
import { warnUnkeptParts } from './workingGroupOptions';
import { isMacroEnabledName } from '../../xlsx/workbookCopy';
import { reportTexts } from '../../i18n/report';

async function snapshot(file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const output = String(raw.output);
  const words = COMMAND_WORDS[options.lang];
  await resolveOutputPath(file, output, options.lang);
  const input = await readWorkingGroupFile(file, options);
  const replaced = input.history.history.snapshots.some((taken) => taken.date === input.roadmap.today);
  // The copy is built first: the warning names the cell notes it had no place for.
  const result = await snapshotWorkbook(input, isMacroEnabledName(output));
  await warnUnkeptParts(input, reportTexts(options.lang), io, { keepVba: isMacroEnabledName(output), lang: options.lang, unplacedNotes: result.unplacedNotes });
  for (const finding of input.history.findings) io.err(`${words.historyNote}: ${finding.message}\n`);
  await writeOutputFile(file, output, await markToolWorkbook(result.bytes, { kind: 'roadmap-copy', asOf: options.today }), options.lang);
  const { counts, date } = result.snapshot;
  io.out(`${words.snapshotTaken({
    date: options.lang === 'ru' ? formatRuDate(date) : date,
    sheet: result.sheet,
    output,
    items: counts.items,
    done: counts.done,
    percent: counts.completionPercent,
    overdue: counts.overdue,
    snapshots: result.snapshots,
    replaced,
  })}\n`);
  return EXIT.ok;
}

export const registerSnapshot: RegisterCommand = (program, context) => {
  const words = COMMAND_WORDS[context.lang];
  addRoadmapOptions(program.command('snapshot').description(words.snapshotDescription), context.texts)
    .argument('<file>', context.texts.cli.fileArgument)
    .requiredOption('-o, --output <file>', words.snapshotOutputOption)
    .action((file: string, raw: Record<string, unknown>) => context.run(() => snapshot(file, raw, context)));
};
