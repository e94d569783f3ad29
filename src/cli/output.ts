import { promises as fs } from 'fs';
import path from 'path';
import { outputTexts } from '../i18n/outputs';
import type { Lang } from '../roadmap/types';
import { CommandError } from './errors';

async function sameFile(a: string, b: string): Promise<boolean> {
  const [statA, statB] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return statA !== null && statB !== null && statA.dev === statB.dev && statA.ino === statB.ino;
}

/**
 * Where an output file will go, as a real path: refuses an output that is the input (by real path, links included),
 * a folder, or a folder that does not exist. Commands call it before their work, so a bad -o fails fast.
 */
export async function resolveOutputPath(inputFile: string, outputFile: string, lang: Lang = 'ru'): Promise<string> {
  const say = outputTexts(lang);
  const resolvedInput = await fs.realpath(inputFile).catch(() => path.resolve(inputFile));
  const directory = path.dirname(path.resolve(outputFile));
  const realDirectory = await fs.realpath(directory).catch(() => {
    throw new CommandError(say.noFolder(outputFile, directory));
  });
  const resolvedOutput = path.join(realDirectory, path.basename(outputFile));
  if (resolvedOutput === resolvedInput || (await sameFile(resolvedOutput, resolvedInput))) {
    throw new CommandError(say.isInput(outputFile, inputFile));
  }
  const existing = await fs.stat(resolvedOutput).catch(() => null);
  if (existing?.isDirectory()) throw new CommandError(say.notRegular(outputFile, say.kinds.folder));
  return resolvedOutput;
}

/**
 * Writes a command's output workbook without ever touching its input: checks the path with resolveOutputPath,
 * writes a temporary file next to the output and renames it into place, so a failure leaves no half-written file.
 */
export async function writeOutputFile(inputFile: string, outputFile: string, data: Buffer, lang: Lang = 'ru'): Promise<void> {
  const resolvedOutput = await resolveOutputPath(inputFile, outputFile, lang);
  const temporary = path.join(path.dirname(resolvedOutput), `.${path.basename(resolvedOutput)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temporary, data, { flag: 'wx' });
    await fs.rename(temporary, resolvedOutput);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new CommandError(outputTexts(lang).cannotWrite(outputFile, code));
  }
}
