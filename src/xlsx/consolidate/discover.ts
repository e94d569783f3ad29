import { promises as fs } from 'fs';
import path from 'path';

export interface Discovered {
  /** Workbooks to read, each once, in a stable order. */
  files: string[];
  /** Paths named on the command line that do not exist. */
  missing: string[];
}

/** Excel's owner files («~$plan.xlsx») sit next to an open workbook; they are locks, not workbooks. */
function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$');
}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile() && isWorkbookName(entry.name)) found.push(full);
  }
}

/**
 * The workbooks named by the command line: a file is taken as named (whatever its extension, so a bad one is
 * reported rather than skipped); a folder is searched recursively for .xlsx files. Paths in `exclude` (the report
 * being written) are left out of folder searches.
 */
export async function discoverWorkbooks(paths: readonly string[], exclude: readonly string[] = []): Promise<Discovered> {
  const excluded = new Set(exclude.map((file) => path.resolve(file)));
  const seen = new Set<string>();
  const files: string[] = [];
  const missing: string[] = [];
  const add = (file: string): void => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      missing.push(given);
      continue;
    }
    if (!stat.isDirectory()) {
      add(given);
      continue;
    }
    const found: string[] = [];
    await walk(given, found);
    for (const file of found) if (!excluded.has(path.resolve(file))) add(file);
  }
  return { files, missing };
}
