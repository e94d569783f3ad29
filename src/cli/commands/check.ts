import { checkRoadmap } from '../../xlsx/operations/check';
import { readWorkbookFile } from '../../xlsx/workbookFile';
import type { CommandContext, RegisterCommand } from '../context';
import { EXIT } from '../errors';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { checkText } from '../report/checkText';
import { reportTexts } from '../../i18n/report';
import { explainTexts } from '../../i18n/explain';
import { explainTable } from '../../roadmap/explain';
import { explainText } from '../report/explainText';

async function check(file: string, raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const { roadmap, summary, json } = await checkRoadmap({ name: file, bytes: await readWorkbookFile(file) }, options);
  if (raw.json === true) io.out(`${JSON.stringify(json, null, 2)}\n`);
  else io.out(checkText(file, roadmap, summary, options.dueSoonDays, reportTexts(options.lang)));
  if (raw.explain === true) {
    const explanation = explainTable(roadmap);
    // With --json the explanation goes to stderr, so that stdout stays one JSON document.
    if (raw.json === true) io.err(`${JSON.stringify(explanation, null, 2)}\n`);
    else io.out(`\n${explainText(explanation, options.lang)}`);
  }
  return roadmap.counts.errors > 0 ? EXIT.findings : EXIT.ok;
}

export const registerCheck: RegisterCommand = (program, context) => {
  addRoadmapOptions(program.command('check').description(context.texts.cli.checkDescription), context.texts)
    .argument('<file>', context.texts.cli.fileArgument)
    .option('--json', context.texts.cli.jsonOption)
    .option('--explain', explainTexts(context.lang).option)
    .action((file: string, raw: Record<string, unknown>) => context.run(() => check(file, raw, context)));
};
