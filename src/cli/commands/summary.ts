import { markToolWorkbook } from '../../xlsx/toolMarker';
import { reportTexts } from '../../i18n/report';
import { loadWorkbook } from '../../xlsx/open';
import { readWorkbookFile } from '../../xlsx/workbookFile';
import { readRoadmapWorkbook } from '../../xlsx/readRoadmap';
import { ownedSummarySheet } from '../../xlsx/summaryOwnership';
import { buildSummaryWorkbook } from '../../xlsx/summaryWorkbook';
import { unkeptParts } from '../../xlsx/unkeptParts';
import { isMacroEnabledName } from '../../xlsx/workbookCopy';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { resolveOutputPath, writeOutputFile } from '../output';
import { warnUnkept } from './workingGroupOptions';

async function summary(file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const texts = reportTexts(options.lang);
  const output = String(raw.output);
  await resolveOutputPath(file, output, options.lang);

  const xlsx = await readWorkbookFile(file);
  const workbook = await loadWorkbook(xlsx, file);
  const owned = ownedSummarySheet(workbook);
  warnUnkept(file, await unkeptParts(xlsx, owned === null ? [] : [owned], isMacroEnabledName(output)), texts, io, options.lang);

  const source = readRoadmapWorkbook(workbook, file, options);
  const result = await buildSummaryWorkbook(source, { ...options, keepVba: isMacroEnabledName(output) }, xlsx);
  if (result.displaced) io.err(`roadmap: ${texts.cli.renamedSummary(texts.summary.sheetName, result.summarySheet)}\n`);
  await writeOutputFile(file, output, await markToolWorkbook(result.xlsx, { kind: 'roadmap-copy', asOf: options.today }), options.lang);
  io.out(`${texts.cli.written(output)}\n`);
  return source.roadmap.counts.errors > 0 ? EXIT.findings : EXIT.ok;
}

export const registerSummary: RegisterCommand = (program, context) => {
  addRoadmapOptions(program.command('summary').description(context.texts.cli.summaryDescription), context.texts)
    .argument('<file>', context.texts.cli.fileArgument)
    .requiredOption('-o, --output <file>', context.texts.cli.outputOption)
    .action((file: string, raw: Record<string, unknown>) => context.run(() => summary(file, raw, context)));
};
