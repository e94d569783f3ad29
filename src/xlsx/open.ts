import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { toSheetData } from './cells';
import type { Lang, SheetData } from '../roadmap/types';
import { fileSystemFailure, readFailureText, type ReadFailure } from '../i18n/readFailures';

/**
 * A workbook that cannot be read: the file and a typed reason; `text(lang)` is the line a person reads
 * (the CLI prints it in the language asked for). `message` is the Russian text, for logs.
 */
export class WorkbookReadError extends Error {
  readonly failure: ReadFailure;

  /** `failure` typed, or a text the reader has already put in the language asked for (see ReadFailure 'stated'). */
  constructor(
    readonly file: string,
    failure: ReadFailure | string,
  ) {
    const typed: ReadFailure = typeof failure === 'string' ? { code: 'stated', text: failure } : failure;
    super(`${file}: ${readFailureText(typed, 'ru')}`);
    this.failure = typed;
    this.name = 'WorkbookReadError';
  }

  /** The reason alone, in Russian (the default language). */
  get reason(): string {
    return readFailureText(this.failure, 'ru');
  }

  text(lang: Lang): string {
    return `${this.file}: ${readFailureText(this.failure, lang)}`;
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b];
/** OLE compound files: legacy .xls, and .xlsx files protected with a password to open. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buffer: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, index) => buffer[index] === byte);
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readWorkbookFile(file), file);
}

/** The bytes of a workbook file, or a WorkbookReadError saying why they can't be read. */
export async function readWorkbookFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new WorkbookReadError(file, fileSystemFailure(error));
  }
}

export async function loadWorkbook(buffer: Buffer, file: string): Promise<ExcelJS.Workbook> {
  if (buffer.length === 0) throw new WorkbookReadError(file, { code: 'empty' });
  if (startsWith(buffer, OLE_SIGNATURE)) {
    throw new WorkbookReadError(file, { code: 'protected-or-xls' });
  }
  if (!startsWith(buffer, ZIP_SIGNATURE)) {
    throw new WorkbookReadError(file, { code: 'not-xlsx' });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookReadError(file, { code: 'damaged', detail: (error as Error).message });
  }
  return workbook;
}

/** The workbook's sheets as the engine reads them, converted one at a time as they are asked for. */
export function* engineSheets(workbook: ExcelJS.Workbook): Generator<SheetData> {
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') continue;
    yield toSheetData(worksheet);
  }
}
