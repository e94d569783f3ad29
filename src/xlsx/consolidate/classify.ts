import type { ReadFailure } from '../../i18n/readFailures';

/** Read as .xlsx: the macro-enabled workbook is the same package with a VBA part. */
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm']);
/** Workbooks ExcelJS cannot read, which LibreOffice converts to .xlsx. */
export const CONVERTED_EXTENSIONS = new Set(['xls', 'ods']);
/**
 * Files that look like a document someone meant to send, so they are listed with their reason rather than passed
 * over in silence; anything else (pictures, archives of mail…) is not a roadmap and not listed.
 */
const DOCUMENT_EXTENSIONS = new Set([
  'csv', 'tsv', 'txt', 'rtf', 'doc', 'docx', 'docm', 'odt', 'pdf', 'xlsb', 'xltx', 'xltm', 'xlt', 'fods', 'numbers', 'htm', 'html', 'xml', 'zip', 'rar', '7z',
]);

/** The lower-case extension of a file name («Отчёт.XLSX» → «xlsx»), '' when it has none (a leading dot is none). */
export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

/** Excel's owner file of an open workbook («~$plan.xlsx») and LibreOffice's («.~lock.plan.xlsx#»). */
export function isLockFileName(name: string): boolean {
  const base = baseName(name);
  return base.startsWith('~$') || base.startsWith('.~lock.');
}

/** What consolidation does with a file, by its name alone (see classifyInput). */
export type InputClass =
  /** A lock file: counted, never listed. */
  | { kind: 'lock-file' }
  /** Read as a workbook. */
  | { kind: 'workbook' }
  /** .xls or .ods: read after LibreOffice converts it; with no LibreOffice (never in a browser), unread «save as .xlsx». */
  | { kind: 'convert'; extension: string; reason: ReadFailure }
  /** A document that is not a workbook: listed with this reason, not read. */
  | { kind: 'document'; reason: ReadFailure }
  /** Anything else (pictures, archives of mail…): passed over in silence. */
  | { kind: 'ignored' };

/**
 * The rule on file names for one file, shared by the CLI's folder search and the page: without the lock-file test,
 * for a file already known not to be one. `named`: the user named this very file (the CLI's argument), so a file
 * with an unknown extension is read as a workbook rather than passed over.
 */
export function classifyByExtension(name: string, named = false): Exclude<InputClass, { kind: 'lock-file' }> {
  const extension = extensionOf(name);
  if (CONVERTED_EXTENSIONS.has(extension)) return { kind: 'convert', extension, reason: { code: 'needs-xlsx', extension } };
  if (WORKBOOK_EXTENSIONS.has(extension)) return { kind: 'workbook' };
  if (DOCUMENT_EXTENSIONS.has(extension)) return { kind: 'document', reason: { code: 'not-a-workbook', extension } };
  return named ? { kind: 'workbook' } : { kind: 'ignored' };
}

/**
 * What consolidation does with a file found in a folder (or chosen in the page), by its name (a relative path is
 * fine: the last part is judged): lock files «~$…» and «.~lock.…#» counted and passed over, .xlsx/.xlsm read,
 * .xls/.ods converted (or «save as .xlsx» where there is no LibreOffice), other documents listed with their reason,
 * anything else passed over. `named` as in classifyByExtension.
 */
export function classifyInput(name: string, { named = false }: { named?: boolean } = {}): InputClass {
  if (isLockFileName(name)) return { kind: 'lock-file' };
  return classifyByExtension(name, named);
}
