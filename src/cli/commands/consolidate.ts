import { SingleBar } from 'cli-progress';
import { promises as fs } from 'fs';
import path from 'path';
import { z } from 'zod';
import { consolidationJson } from '../../consolidate/json';
import { consolidationExitStatus } from '../../consolidate/model';
import { consolidateTexts } from '../../i18n/consolidate';
import { outputTexts } from '../../i18n/outputs';
import type { Lang } from '../../roadmap/types';
import { consolidateFiles } from '../../xlsx/consolidate/consolidateFiles';
import { defaultThreads } from '../../xlsx/consolidate/pool';
import { isToolWrittenReport } from '../../xlsx/consolidate/toolReport';
import { consolidationReport } from '../../xlsx/consolidate/writeReport';
import type { CommandContext, RegisterCommand } from '../context';
import { CommandError } from '../errors';
import { addRoadmapOptions, parseRoadmapOptions } from '../options';
import { resolveOutputPath, writeOutputFile } from '../output';

const MAX_THREADS = 256;

function threadCount(raw: unknown, badThreads: (text: string) => string): number {
  if (raw === undefined) return defaultThreads();
  const parsed = z.coerce.number().int().min(1).max(MAX_THREADS).safeParse(raw);
  if (!parsed.success || !/^\d+$/.test(String(raw))) throw new CommandError(badThreads(String(raw)));
  return parsed.data;
}

/**
 * Refuses an existing -o inside a folder being consolidated unless it is a report this tool wrote: the workbook there
 * is someone's roadmap, to be read, never to be written over.
 */
async function refuseOutputInsideInbox(paths: readonly string[], output: string, resolvedOutput: string, lang: Lang): Promise<void> {
  if (!(await fs.stat(resolvedOutput).then((stat) => stat.isFile(), () => false))) return;
  for (const given of paths) {
    const folder = await fs.realpath(given).catch(() => null);
    if (folder === null || !(await fs.stat(folder)).isDirectory()) continue;
    const relative = path.relative(folder, resolvedOutput);
    const inside = relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
    if (inside && !(await isToolWrittenReport(resolvedOutput))) throw new CommandError(outputTexts(lang).insideInbox(output, given));
  }
}

/** A progress bar with the count of files done, on a terminal only: piped or logged output stays clean. */
function progressBar(format: string): { start(total: number): void; update(done: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format, stream: process.stderr, hideCursor: true, clearOnComplete: true });
  let started = false;
  return {
    start: (total) => {
      bar.start(total, 0);
      started = true;
    },
    update: (done) => bar.update(done),
    stop: () => {
      if (started) bar.stop();
    },
  };
}

async function consolidateCommand(paths: readonly string[], raw: Record<string, unknown>, { io }: CommandContext): Promise<number> {
  const options = parseRoadmapOptions(raw);
  const t = consolidateTexts(options.lang);
  const threads = threadCount(raw.threads, t.cli.badThreads);
  const output = String(raw.output);
  if (paths.length === 0) throw new CommandError(t.cli.noInputs);
  // Every input named on the command line is checked against -o before anything is read (never an input, never a
  // device); inside a folder being read, -o may only replace a report this tool wrote (a previous run's), which the
  // run then passes over.
  const resolvedOutput = await resolveOutputPath(paths, output, options.lang);
  await refuseOutputInsideInbox(paths, output, resolvedOutput, options.lang);

  const progress = progressBar(t.cli.progress);
  let consolidation;
  try {
    consolidation = await consolidateFiles({
      paths,
      exclude: [resolvedOutput, path.resolve(output)],
      read: { today: options.today, periodEnd: options.periodEnd, dueSoonDays: options.dueSoonDays, lang: options.lang, sheet: options.sheet },
      threads,
      onStart: (files) => progress.start(files),
      onProgress: (done) => progress.update(done),
    });
  } finally {
    progress.stop();
  }
  if (consolidation === null) throw new CommandError(t.cli.noWorkbooks);

  await writeOutputFile(paths, output, await consolidationReport(consolidation, options.lang), options.lang);
  const { workbooks, files, unreadable, totals } = consolidation;
  const line = `${t.cli.done(workbooks.length, files, unreadable.length, totals.overdue, totals.errors, output)}\n`;
  if (raw.json === true) {
    io.out(`${JSON.stringify(consolidationJson(consolidation, output), null, 2)}\n`);
    io.err(line);
  } else {
    io.out(line);
  }
  if (workbooks.length === 0) io.err(`roadmap: ${t.cli.nothingRead}\n`);
  return consolidationExitStatus(consolidation);
}

export const registerConsolidate: RegisterCommand = (program, context) => {
  const t = consolidateTexts(context.lang);
  addRoadmapOptions(program.command('consolidate').description(t.cli.description), context.texts)
    .argument('<paths...>', t.cli.paths)
    .requiredOption('-o, --output <file>', t.cli.output)
    .option('--json', context.texts.cli.jsonOption)
    .option('--threads <count>', t.cli.threads)
    .action((paths: string[], raw: Record<string, unknown>) => context.run(() => consolidateCommand(paths, raw, context)));
};
