import { promises as fs, type Stats } from 'fs';
import path from 'path';
import { fileSystemFailure, type ReadFailure } from '../../i18n/readFailures';
import { classifyByExtension, isLockFileName } from './classify';

/** A file found: where to read it, and how the report names it (relative to the folder given, with «/»). */
export interface FoundFile {
  path: string;
  name: string;
}

export interface ListedFile {
  name: string;
  reason: ReadFailure;
}

export interface Discovered {
  /** .xlsx and .xlsm workbooks (and files named on the command line), each file once, in a stable order. */
  workbooks: FoundFile[];
  /** .xls and .ods workbooks: read once LibreOffice has converted them. */
  conversions: FoundFile[];
  /** What could not be looked at, with why: a path that does not exist, a folder that does not open, a broken link. */
  failures: ListedFile[];
  /** What is passed over on purpose, with why: documents that are not workbooks, link loops, a file reached twice. */
  skipped: ListedFile[];
  /** Excel's «~$…» and LibreOffice's «.~lock.…#» lock files passed over. */
  lockFiles: number;
}

export { CONVERTED_EXTENSIONS, isLockFileName } from './classify';

const identity = (stat: Stats): string => `${stat.dev}:${stat.ino}`;

/** Names in natural order, the same on every machine. */
const COLLATOR = new Intl.Collator('ru', { numeric: true });

class Search {
  readonly found: Discovered = { workbooks: [], conversions: [], failures: [], skipped: [], lockFiles: 0 };
  /** Files taken so far by device and inode: a link to a file already taken is not read twice. */
  private readonly files = new Map<string, string>();
  /** Folders searched so far: a link back into one of them would search forever. */
  private readonly folders = new Set<string>();

  constructor(private readonly excluded: ReadonlySet<string>) {}

  /** Takes a file by its extension; `named` when the user named it on the command line (read whatever it is called). */
  file(file: string, name: string, stat: Stats, named: boolean): void {
    const taken = classifyByExtension(name, named);
    if (taken.kind === 'document') this.found.skipped.push({ name, reason: taken.reason });
    if (taken.kind !== 'workbook' && taken.kind !== 'convert') return;
    const list = taken.kind === 'convert' ? this.found.conversions : this.found.workbooks;
    const key = identity(stat);
    const first = this.files.get(key);
    if (first !== undefined) {
      this.found.skipped.push({ name, reason: { code: 'same-file', other: first } });
      return;
    }
    this.files.set(key, name);
    list.push({ path: file, name });
  }

  async folder(folder: string, prefix: string, stat: Stats): Promise<void> {
    const key = identity(stat);
    if (this.folders.has(key)) {
      this.found.skipped.push({ name: prefix || '.', reason: { code: 'link-loop' } });
      return;
    }
    this.folders.add(key);
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      // One folder that does not open costs its own files, never the run.
      const errno = (error as NodeJS.ErrnoException).code ?? String(error);
      this.found.failures.push({ name: prefix || folder, reason: { code: 'folder-unreadable', errno } });
      return;
    }
    entries.sort((a, b) => COLLATOR.compare(a.name, b.name) || (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (isLockFileName(entry.name)) {
        this.found.lockFiles++;
        continue;
      }
      if (this.excluded.has(path.resolve(full))) continue;
      if (!entry.isDirectory() && !entry.isFile() && !entry.isSymbolicLink()) continue;
      let target: Stats;
      try {
        // stat follows links: a linked workbook is read like any other, a linked folder searched like any other.
        target = await fs.stat(full);
      } catch (error) {
        const failure = fileSystemFailure(error);
        if (entry.isSymbolicLink() && failure.code === 'not-found') this.found.failures.push({ name, reason: { code: 'broken-link' } });
        else if (failure.code === 'link-loop') this.found.skipped.push({ name, reason: failure });
        else this.found.failures.push({ name, reason: failure });
        continue;
      }
      if (target.isDirectory()) await this.folder(full, name, target);
      else if (target.isFile()) this.file(full, name, target, false);
    }
  }
}

/** The report's name for a path given on the command line: as typed when relative, else its last part. */
function givenName(given: string): string {
  const name = path.isAbsolute(given) ? path.basename(given) : path.normalize(given);
  return name.split(path.sep).join('/');
}

/**
 * What the command line names, for `consolidate`. A file is taken as named (so a bad one is reported rather than
 * passed over); a folder is searched through its subfolders and symbolic links (each folder once, so a link loop
 * ends). Files are named relative to the folder given when one folder is given, else under the name it was given by.
 * Lock files are counted, documents that are not workbooks listed as skipped; paths in `exclude` (the report being
 * written) are left out. Never throws for a path or folder it cannot read: that becomes a failure with its reason.
 */
export async function discoverWorkbooks(paths: readonly string[], exclude: readonly string[] = []): Promise<Discovered> {
  const search = new Search(new Set(exclude.map((file) => path.resolve(file))));
  const alone = paths.length === 1;
  for (const given of paths) {
    let stat: Stats;
    try {
      stat = await fs.stat(given);
    } catch (error) {
      search.found.failures.push({ name: givenName(given), reason: fileSystemFailure(error) });
      continue;
    }
    if (stat.isDirectory()) await search.folder(given, alone ? '' : givenName(given), stat);
    else search.file(given, givenName(given), stat, true);
  }
  return search.found;
}
