import { COMMAND_WORDS } from '../../i18n/workingGroup';
import { snapshotCopy } from '../../xlsx/operations/snapshotCopy';
import { readWorkbookFile } from '../../xlsx/workbookFile';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { printNotices } from '../notices';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { resolveOutputPath, writeOutputFile } from '../output';

async function snapshot(file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const output = String(raw.output);
  await resolveOutputPath(file, output, options.lang);
  const copy = await snapshotCopy({ name: file, bytes: await readWorkbookFile(file) }, options, { outputName: output });
  printNotices(io, copy.notices, options.lang);
  await writeOutputFile(file, output, copy.bytes, options.lang);
  io.out(`${copy.message}\n`);
  return EXIT.ok;
}

export const registerSnapshot: RegisterCommand = (program, context) => {
  const words = COMMAND_WORDS[context.lang];
  addRoadmapOptions(program.command('snapshot').description(words.snapshotDescription), context.texts)
    .argument('<file>', context.texts.cli.fileArgument)
    .requiredOption('-o, --output <file>', words.snapshotOutputOption)
    .action((file: string, raw: Record<string, unknown>) => context.run(() => snapshot(file, raw, context)));
};
