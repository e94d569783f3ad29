import './nodeGlobals';
import { fileCounts } from '../consolidate/model';
import { consolidateTexts } from '../i18n/consolidate';
// The operations one by one, not through their index: the Word documents (and `docx`) stay in a chunk of their own.
import { consolidate, consolidationReportBytes, type WorkbookOutcome } from '../xlsx/operations/consolidate';
import type { DocumentKind } from '../xlsx/operations/documents';
import type { InputWorkbook, OperationOptions } from '../xlsx/operations/input';
import { workbookRequests } from '../xlsx/operations/requests';
import { snapshotCopy } from '../xlsx/operations/snapshotCopy';
import { summaryCopy } from '../xlsx/operations/summaryCopy';
import { useBrowserZip } from '../xlsx/zip/useBrowserZip';

/**
 * What the page writes, on the main thread and loaded only when a download is asked for (ExcelJS is most of the
 * page's weight; docx comes in a chunk of its own): src/xlsx/operations, the functions the CLI calls, so each file is
 * the one the CLI writes for the same input and options.
 */

useBrowserZip();

export type { DocumentKind } from '../xlsx/operations/documents';

/** `roadmap summary FILE -o outputName`. */
export async function summaryBytes(input: InputWorkbook, options: OperationOptions, outputName: string): Promise<Uint8Array> {
  return (await summaryCopy(input, options, { outputName })).bytes;
}

/** `roadmap snapshot FILE -o outputName`. */
export async function snapshotBytes(input: InputWorkbook, options: OperationOptions, outputName: string): Promise<Uint8Array> {
  return (await snapshotCopy(input, options, { outputName })).bytes;
}

/** `roadmap brief|disagreements|protocol FILE --docx`, the chair being the one saved in the workbook (if any). */
export async function documentBytes(input: InputWorkbook, options: OperationOptions, kind: DocumentKind): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { workingGroupDocuments } = await documents();
  const [document] = await workingGroupDocuments(input, options, [kind]);
  return { bytes: document.bytes, fileName: document.fileName };
}

/** `roadmap requests FILE`: one letter per responsible, up to the end of the quarter. */
export async function requestLetters(input: InputWorkbook, options: OperationOptions): Promise<{ responsible: string; text: string }[]> {
  const { json } = await workbookRequests(input, options);
  return json.requests.map((request) => ({ responsible: request.name, text: request.text }));
}

/** `roadmap consolidate … -o`: the report of every outcome; null when there is nothing to report. */
export async function consolidationBytes(outcomes: readonly WorkbookOutcome[], today: string, lockFiles: number, lang: OperationOptions['lang']) {
  const consolidation = consolidate(outcomes, { today, lockFiles });
  if (consolidation === null) return null;
  const { overdue, errors } = consolidation.totals;
  // The closing line `roadmap consolidate` prints: read of how many, unreadable, passed over by reason, lock files.
  const line = consolidateTexts(lang).cli.done(fileCounts(consolidation), overdue, errors, null);
  return { consolidation, line, bytes: await consolidationReportBytes(consolidation, lang) };
}

/** The Word documents' chunk (with `docx`), loaded on first use, or in the background after the first view (offline use). */
export function documents(): Promise<typeof import('../xlsx/operations/documents')> {
  return import(/* webpackChunkName: "app-docx" */ '../xlsx/operations/documents');
}

export const preloadDocx = documents;
