import { reportTexts } from '../../i18n/report';
import { summaryCopy } from '../../xlsx/operations/summaryCopy';
import { readWorkbookFile } from '../../xlsx/workbookFile';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { printNotices } from '../notices';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { resolveOutputPath, writeOutputFile } from '../output';

async function summary(file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const texts = reportTexts(options.lang);
  const output = String(raw.output);
  await resolveOutputPath(file, output, options.lang);
  const copy = await summaryCopy({ name: file, bytes: await readWorkbookFile(file) }, options, { outputName: output });
  printNotices(io, copy.notices, options.lang);
  await writeOutputFile(file, output, copy.bytes, options.lang);
  io.out(`${texts.cli.written(output)}\n`);
  return copy.errors > 0 ? EXIT.findings : EXIT.ok;
}

export const registerSummary: RegisterCommand = (program, context) => {
  addRoadmapOptions(program.command('summary').description(context.texts.cli.summaryDescription), context.texts)
    .argument('<file>', context.texts.cli.fileArgument)
    .requiredOption('-o, --output <file>', context.texts.cli.outputOption)
    .action((file: string, raw: Record<string, unknown>) => context.run(() => summary(file, raw, context)));
};
