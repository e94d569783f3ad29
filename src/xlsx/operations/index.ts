/**
 * The operations the CLI and the browser page share: bytes in, bytes and values out, no file system, no Node built-in
 * anywhere in their import graph (test/operations/importGraph.test.ts keeps it so). The CLI does the file I/O,
 * the atomic writes and the printing around these same functions.
 *
 * What a page (or any browser bundle) must provide before calling them:
 * - a zip backend, once: `import { useBrowserZip } from '.../xlsx/zip/useBrowserZip'; useBrowserZip();` (fflate). The
 *   CLI sets yauzl + zlib (useNodeZip) instead. Without one, the first workbook read throws «no zip backend».
 * - `Buffer`: checkWorkbook, checkRoadmap and readOutcome (what a reader worker runs per file) need none
 *   (test/operations/noBuffer.test.ts). The copies, documents and the report go through ExcelJS, JSZip and docx, which
 *   use Buffer inside: webpack `new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] })`, with the `buffer`
 *   package added to package.json (today it is only in node_modules through exceljs → archiver → bl).
 *   Operations take and return Uint8Array; a Buffer is a Uint8Array too.
 * - ExcelJS's browser build: `resolve.alias: { exceljs$: 'exceljs/dist/exceljs.min.js' }` (its Node build needs
 *   fs and streams). The consolidated report is written in memory (ExcelJS's browser build has no streaming writer).
 * - `resolve.fallback: { fs: false, path: false, stream: false, zlib: false, os: false }` is not needed by this
 *   code; if webpack asks for one, something outside src/xlsx/operations's graph was imported.
 * - TextDecoder (every browser the page targets has it).
 * - A reader worker should import `readOutcome` from './readOutcome' (and `checkWorkbook` from './check'), not from
 *   this index: those two reach neither ExcelJS nor docx (test/operations/importGraph.test.ts), this index reaches both.
 *
 * Errors: every operation that reads one workbook throws WorkbookReadError (src/xlsx/readError.ts) for a file that is
 * no workbook, is broken, encrypted, over an input budget or holds no roadmap: `error.text(lang)` is the one line to
 * show. readOutcome never throws (an `unread` outcome instead).
 */
export { bufferOf, bytesOf, type InputWorkbook, type Notice, type OperationOptions } from './input';
export { noticeText } from '../../i18n/notices';
export { checkRoadmap, checkWorkbook, type CheckJson, type CheckResult } from './check';
export { summaryCopy, type SummaryCopy } from './summaryCopy';
export { snapshotCopy, type SnapshotCopy } from './snapshotCopy';
export {
  DOCUMENT_KINDS, workingGroupDocument, workingGroupDocuments, type DocumentKind, type DocumentOptions, type WorkingGroupDocument,
} from './documents';
export { workbookRequests, type Requests, type RequestsJson, type RequestsOptions } from './requests';
export {
  classifyInput, consolidate, consolidationReportBytes, isLockFileName, readOutcome, unreadByName,
  type ConsolidateOptions, type Consolidation, type InputClass, type ReadOptions, type WorkbookOutcome,
} from './consolidate';
export { WorkbookReadError, InputBudgetError } from '../readError';
export { setZipBackend, type ZipBackend } from '../zip/backend';
