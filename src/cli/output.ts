import { promises as fs, type Stats, unlinkSync } from 'fs';
import path from 'path';
import { outputTexts, type OutputTexts } from '../i18n/outputs';
import type { Lang } from '../roadmap/types';
import { CommandError } from './errors';

/**
 * A command's output files (-o, --docx). The rules, for every command:
 * - an output is a regular file or a new path: a folder, a device (`/dev/null`, `/dev/stdout`), a FIFO or a socket is
 *   refused with one line (exit 2), never replaced. `-o /dev/null` is refused rather than read as "discard": the
 *   command would otherwise report a copy written that is not there; `roadmap check` is the command that only checks;
 * - an output is never one of the inputs, however it is spelt (links, `./`, hard links): compared by device and inode;
 * - two outputs of one command never share a file (`brief --docx X -o X`);
 * - the file is written to a temporary file beside it and renamed into place, keeping an existing target's
 *   permissions; an interrupt (SIGINT, SIGTERM) while it is written removes the temporary file.
 */

function kindOf(stat: Stats, texts: OutputTexts): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return texts.kinds.folder;
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return texts.kinds.device;
  if (stat.isFIFO()) return texts.kinds.fifo;
  if (stat.isSocket()) return texts.kinds.socket;
  return texts.kinds.other;
}

const statOrNull = (file: string): Promise<Stats | null> => fs.stat(file).catch(() => null);

function sameNode(a: Stats | null, b: Stats | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Where an output file will go, as a real path (its folder's links resolved), checked against the rules above:
 * `inputs` are the files (or folders) the command reads. Throws a CommandError (one line, exit 2) naming the path.
 * Commands call it before their work, so a bad -o fails fast; writeOutputFile checks again just before writing.
 */
export async function resolveOutputPath(inputs: string | readonly string[], outputFile: string, lang: Lang = 'ru'): Promise<string> {
  const texts = outputTexts(lang);
  const directory = path.dirname(path.resolve(outputFile));
  const realDirectory = await fs.realpath(directory).catch(() => {
    throw new CommandError(texts.noFolder(outputFile, directory));
  });
  const resolvedOutput = path.join(realDirectory, path.basename(path.resolve(outputFile)));
  const existing = await statOrNull(resolvedOutput);
  const kind = existing === null ? null : kindOf(existing, texts);
  if (kind !== null) throw new CommandError(texts.notRegular(outputFile, kind));
  for (const input of typeof inputs === 'string' ? [inputs] : inputs) {
    const realInput = await fs.realpath(input).catch(() => path.resolve(input));
    if (realInput === resolvedOutput || sameNode(existing, await statOrNull(input))) {
      throw new CommandError(texts.isInput(outputFile, input));
    }
  }
  return resolvedOutput;
}

/**
 * Refuses two outputs of one command that name the same file, by any spelling (same real path, or the same existing
 * file by device and inode). `outputs` may hold undefined for outputs not asked for.
 */
export async function checkDistinctOutputs(outputs: ReadonlyArray<string | undefined>, lang: Lang = 'ru'): Promise<void> {
  const given = outputs.filter((output): output is string => output !== undefined);
  const seen: Array<{ output: string; resolved: string; stat: Stats | null }> = [];
  for (const output of given) {
    const directory = await fs.realpath(path.dirname(path.resolve(output))).catch(() => path.dirname(path.resolve(output)));
    const resolved = path.join(directory, path.basename(path.resolve(output)));
    const stat = await statOrNull(resolved);
    const twin = seen.find((other) => other.resolved === resolved || sameNode(other.stat, stat));
    if (twin) throw new CommandError(outputTexts(lang).sameOutputs(twin.output, output));
    seen.push({ output, resolved, stat });
  }
}

/** Temporary files being written now: removed if the process is interrupted before they are renamed into place. */
const pendingTemporaries = new Set<string>();
const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;

function onInterrupt(signal: NodeJS.Signals): void {
  for (const temporary of pendingTemporaries) {
    try {
      unlinkSync(temporary);
    } catch {
      // already renamed into place or removed: nothing left behind
    }
  }
  pendingTemporaries.clear();
  for (const name of INTERRUPTS) process.removeListener(name, onInterrupt);
  // Die of the same signal, so the shell sees an interrupted command (status 130 / 143), not a normal exit.
  process.kill(process.pid, signal);
}

function track(temporary: string): void {
  if (pendingTemporaries.size === 0) for (const name of INTERRUPTS) process.on(name, onInterrupt);
  pendingTemporaries.add(temporary);
}

function untrack(temporary: string): void {
  pendingTemporaries.delete(temporary);
  if (pendingTemporaries.size === 0) for (const name of INTERRUPTS) process.removeListener(name, onInterrupt);
}

/**
 * Writes a command's output file without ever touching its inputs: checks the path with resolveOutputPath,
 * writes a temporary file next to the output (with the existing target's permissions) and renames it into place,
 * so a failure or an interrupt leaves neither a half-written output nor a temporary file.
 */
export async function writeOutputFile(inputs: string | readonly string[], outputFile: string, data: Uint8Array, lang: Lang = 'ru'): Promise<void> {
  const resolvedOutput = await resolveOutputPath(inputs, outputFile, lang);
  const existing = await statOrNull(resolvedOutput);
  const temporary = path.join(path.dirname(resolvedOutput), `.${path.basename(resolvedOutput)}.${process.pid}.${Date.now()}.tmp`);
  track(temporary);
  try {
    await fs.writeFile(temporary, data, { flag: 'wx', mode: existing ? existing.mode & 0o7777 : 0o666 });
    // writeFile's mode passes through the umask; the target's own permissions are set exactly.
    if (existing) await fs.chmod(temporary, existing.mode & 0o7777);
    await fs.rename(temporary, resolvedOutput);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new CommandError(outputTexts(lang).cannotWrite(outputFile, code));
  } finally {
    untrack(temporary);
  }
}
