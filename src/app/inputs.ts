import type { WorkbookOutcome } from '../consolidate/types';
import type { AppText } from '../i18n/app';
import { classifyByExtension, isLockFileName } from '../xlsx/consolidate/classify';

/** A file the user chose or dropped, named as the report names it: relative to the folder chosen, with «/». */
export interface ChosenFile {
  name: string;
  file: File;
  /** Chosen by itself (not found in a folder): read whatever its extension, as the CLI reads a file named to it. */
  named: boolean;
}

/** What the page does with a chosen file, as `roadmap consolidate` does with what it finds (src/xlsx/consolidate/discover.ts). */
export type InputKind = { kind: 'workbook' } | { kind: 'lock' } | { kind: 'ignored' } | { kind: 'unread'; outcome: WorkbookOutcome };

export function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** Sorts the chosen files as the CLI walks a folder: each path segment in natural order (№ 2 before № 10). */
export function sortChosen(files: ChosenFile[]): ChosenFile[] {
  const collator = new Intl.Collator('ru', { numeric: true });
  const compare = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
  return [...files].sort((a, b) => {
    const left = a.name.split('/');
    const right = b.name.split('/');
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
      const order = compare(left[index], right[index]);
      if (order !== 0) return order;
    }
    return left.length - right.length;
  });
}

/**
 * Which files are read, by the rule `roadmap consolidate` applies to what it finds (src/xlsx/consolidate/classify.ts):
 * .xlsx/.xlsm read; a document that is not a workbook gets a line with why; lock files (~$…) are counted and passed
 * over; anything else found in a folder (pictures…) is not listed. An .xls/.ods gets the page's own line: there is no
 * LibreOffice to convert it in a browser, the user saves it as .xlsx.
 */
export function classify(chosen: ChosenFile, t: AppText): InputKind {
  if (isLockFileName(chosen.name)) return { kind: 'lock' };
  const taken = classifyByExtension(chosen.name, chosen.named);
  switch (taken.kind) {
    case 'convert':
      return { kind: 'unread', outcome: { kind: 'unread', file: chosen.name, reason: { code: 'stated', text: t.xlsOrOds(taken.extension) } } };
    case 'document':
      return { kind: 'unread', outcome: { kind: 'unread', file: chosen.name, reason: taken.reason } };
    default:
      return { kind: taken.kind };
  }
}

/** Files from an <input webkitdirectory>: names relative to the folder chosen (its own name dropped, as the CLI does). */
export function fromFolderInput(files: FileList): ChosenFile[] {
  return [...files].map((file) => {
    const relative = file.webkitRelativePath || file.name;
    const slash = relative.indexOf('/');
    return { name: slash < 0 ? relative : relative.slice(slash + 1), file, named: false };
  });
}

export function fromFileInput(files: FileList): ChosenFile[] {
  return [...files].map((file) => ({ name: file.name, file, named: true }));
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(success: (file: File) => void, failure: (error: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void };
}

async function walk(entry: Entry, prefix: string, into: ChosenFile[]): Promise<void> {
  const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((resolve, reject) => entry.file?.(resolve, reject));
    into.push({ name, file, named: false });
    return;
  }
  if (!entry.isDirectory || !entry.createReader) return;
  const reader = entry.createReader();
  // readEntries gives at most 100 entries a call: read until it gives none.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, name, into);
  }
}

/**
 * Files dropped on the page: loose files by their names, the files of one dropped folder relative to it, of several
 * folders under each folder's name (as the CLI names what it is given).
 */
export async function fromDrop(transfer: DataTransfer): Promise<ChosenFile[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === 'file' ? (item.webkitGetAsEntry?.() as Entry | null) : null))
    .filter((entry): entry is Entry => entry !== null);
  if (entries.length === 0) return fromFileInput(transfer.files);
  const folders = entries.filter((entry) => entry.isDirectory).length;
  const found: ChosenFile[] = [];
  for (const entry of entries) await walk(entry, '', found);
  // A single dropped folder: its files are named relative to it.
  if (folders === 1 && entries.length === 1) {
    return found.map((chosen) => ({ ...chosen, name: chosen.name.slice(chosen.name.indexOf('/') + 1) }));
  }
  return found.map((chosen) => ({ ...chosen, named: !chosen.name.includes('/') }));
}
