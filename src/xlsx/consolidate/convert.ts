import { execFile } from 'child_process';
import { accessSync, constants, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { fileSystemFailure, type ReadFailure } from '../../i18n/readFailures';
import type { FoundFile, ListedFile } from './discover';

/**
 * .xls (Excel 97–2003) and .ods (LibreOffice) workbooks, which ExcelJS cannot read, converted to .xlsx by
 * LibreOffice when it is installed: `soffice --headless --convert-to xlsx`, in a temporary folder of its own.
 * The input is copied there first and never opened where it lies (LibreOffice leaves lock files beside what it opens).
 */

/** The `soffice` program on the PATH, or null when LibreOffice is not installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const folder of (env.PATH ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    const candidate = path.join(folder, process.platform === 'win32' ? 'soffice.exe' : 'soffice');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder of the PATH: look in the next.
    }
  }
  return null;
}

export interface Conversion {
  /** Each file converted: its .xlsx in the temporary folder, under the name the report gives the original. */
  converted: FoundFile[];
  failures: ListedFile[];
  /** Removes the temporary folder; call it once the converted files are read. */
  cleanup(): Promise<void>;
}

/**
 * Seconds LibreOffice gets for a batch: its start-up (a fresh profile: ~20 s on a busy machine) plus a few seconds
 * a workbook. A file that hangs it costs the batch this long, never the run.
 */
export function conversionSeconds(files: number): number {
  return 120 + 10 * files;
}

function extensionOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase();
}

/** Splits files into batches whose base names differ: LibreOffice names each output after its input. */
function batches(files: readonly FoundFile[]): FoundFile[][] {
  const result: { stems: Set<string>; files: FoundFile[] }[] = [];
  for (const file of files) {
    const stem = path.parse(file.path).name.toLowerCase();
    let batch = result.find((candidate) => !candidate.stems.has(stem));
    if (!batch) {
      batch = { stems: new Set(), files: [] };
      result.push(batch);
    }
    batch.stems.add(stem);
    batch.files.push(file);
  }
  return result.map((batch) => batch.files);
}

function runSoffice(soffice: string, args: readonly string[], timeoutMs: number): Promise<'done' | 'timeout' | 'failed'> {
  return new Promise((resolve) => {
    execFile(soffice, [...args], { timeout: timeoutMs, killSignal: 'SIGKILL', windowsHide: true }, (error) => {
      if (!error) resolve('done');
      else resolve((error as { killed?: boolean }).killed ? 'timeout' : 'failed');
    });
  });
}

export interface ConvertOptions {
  soffice: string;
  /** Overrides conversionSeconds (tests). */
  timeoutMs?: number;
}

/**
 * Converts the workbooks to .xlsx with LibreOffice (headless, its own user profile so that parallel runs never
 * share one, a time limit per batch). A file LibreOffice does not convert, or not in time, becomes a failure.
 */
export async function convertWorkbooks(files: readonly FoundFile[], options: ConvertOptions): Promise<Conversion> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'roadmap-convert-'));
  const cleanup = () => fs.rm(folder, { recursive: true, force: true });
  const converted: FoundFile[] = [];
  const failures: ListedFile[] = [];
  try {
    const profile = pathToFileURL(path.join(folder, 'profile')).href;
    let index = 0;
    for (const batch of batches(files)) {
      const input = path.join(folder, `in-${index}`);
      const output = path.join(folder, `out-${index}`);
      index++;
      await fs.mkdir(input);
      await fs.mkdir(output);
      const copies: { file: FoundFile; copy: string }[] = [];
      for (const file of batch) {
        const copy = path.join(input, path.basename(file.path));
        try {
          await fs.copyFile(file.path, copy);
          copies.push({ file, copy });
        } catch (error) {
          failures.push({ name: file.name, reason: fileSystemFailure(error) });
        }
      }
      if (copies.length === 0) continue;
      const seconds = options.timeoutMs === undefined ? conversionSeconds(copies.length) : options.timeoutMs / 1000;
      const status = await runSoffice(
        options.soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--invisible', '--norestore', '--nolockcheck', '--convert-to', 'xlsx', '--outdir', output, ...copies.map(({ copy }) => copy)],
        seconds * 1000,
      );
      for (const { file, copy } of copies) {
        const result = path.join(output, `${path.parse(copy).name}.xlsx`);
        const exists = await fs.stat(result).then((stat) => stat.isFile() && stat.size > 0, () => false);
        if (exists) {
          converted.push({ path: result, name: file.name });
          continue;
        }
        const extension = extensionOf(file.path);
        const reason: ReadFailure =
          status === 'timeout' ? { code: 'conversion-timeout', seconds: Math.round(seconds) } : { code: 'conversion-failed', extension };
        failures.push({ name: file.name, reason });
      }
    }
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { converted, failures, cleanup };
}
