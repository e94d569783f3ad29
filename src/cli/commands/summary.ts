import { reportTexts, type ReportTexts } from '../../i18n/report';
import { loadWorkbook, readWorkbookFile } from '../../xlsx/open';
import { readRoadmapWorkbook } from '../../xlsx/readRoadmap';
import { ownedSummarySheet } from '../../xlsx/summaryOwnership';
import { buildSummaryWorkbook } from '../../xlsx/summaryWorkbook';
import { hasUnkeptParts, unkeptParts, type UnkeptParts } from '../../xlsx/unkeptParts';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { resolveOutputPath, writeOutputFile } from '../output';

function unkeptList(parts: UnkeptParts, texts: ReportTexts): string {
  const kinds = texts.cli.drawingKinds;
  return [
    parts.charts > 0 ? `${kinds.charts} (${parts.charts})` : null,
    parts.shapes > 0 ? `${kinds.shapes} (${parts.shapes})` : null,
    parts.pivotTables > 0 ? `${kinds.pivotTables} (${parts.pivotTables})` : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

async function summary(file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const texts = reportTexts(options.lang);
  const output = String(raw.output);
  await resolveOutputPath(file, output);

  const xlsx = await readWorkbookFile(file);
  const workbook = await loadWorkbook(xlsx, file);
  const owned = ownedSummarySheet(workbook);
  const unkept = await unkeptParts(xlsx, owned === null ? [] : [owned]);
  if (hasUnkeptParts(unkept)) io.err(`roadmap: ${texts.cli.dropsDrawings(file, unkeptList(unkept, texts))}\n`);

  const source = readRoadmapWorkbook(workbook, file, options);
  const result = await buildSummaryWorkbook(source, options);
  if (result.displaced) io.err(`roadmap: ${texts.cli.renamedSummary(texts.summary.sheetName, result.summarySheet)}\n`);
  await writeOutputFile(file, output, result.xlsx);
  io.out(`${texts.cli.written(output)}\n`);
  return source.roadmap.counts.errors > 0 ? EXIT.findings : EXIT.ok;
}

export const registerSummary: RegisterCommand = (program, context) => {
  addRoadmapOptions(program.command('summary').description(context.texts.cli.summaryDescription), context.texts)
    .argument('<file>', context.texts.cli.fileArgument)
    .requiredOption('-o, --output <file>', context.texts.cli.outputOption)
    .action((file: string, raw: Record<string, unknown>) => context.run(() => summary(file, raw, context)));
};
