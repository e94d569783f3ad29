import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';

const BIN = path.join(__dirname, '..', '..', 'bin', 'roadmap.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command, as a user would: `node bin/roadmap.js …`. */
export function runCli(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * runCli as a user without rights to what the test locked: as root (who reads every file) the CLI runs as «nobody».
 * The folders on the way must let that user through (chmod 755).
 */
export function runCliAsOtherUser(...args: string[]): CliRun {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'roadmap-cli-'));
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

export async function loadFile(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

interface CellSnapshot {
  type: number;
  value: unknown;
  numFmt?: string;
}

/** Everything of a workbook a user would see as content: sheets in order, cells, merges, rules, defined names. */
export function workbookSnapshot(workbook: ExcelJS.Workbook): unknown {
  return {
    sheets: workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      cells: sheetCells(sheet),
      merges: Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges).sort(),
      conditionalFormats: (sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings,
      columnWidths: Array.from({ length: sheet.columnCount }, (_, index) => sheet.getColumn(index + 1).width ?? null),
    })),
    definedNames: workbook.definedNames.model,
  };
}

export function sheetCells(sheet: ExcelJS.Worksheet): Record<string, CellSnapshot> {
  const cells: Record<string, CellSnapshot> = {};
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
      cells[cell.address] = cell.numFmt ? { type: cell.type, value, numFmt: cell.numFmt } : { type: cell.type, value };
    });
  });
  return cells;
}

/**
 * A small roadmap whose user cells hold text that a careless writer would turn into formulas. A lone «-» stands only
 * in the optional materials column: in a required column it is a placeholder for a missing value (an error).
 */
export function formulaTextWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('План');
  sheet.addRows([
    ['План мероприятий'],
    ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Дополнительные материалы'],
    ['1', '=HYPERLINK("http://example.org","подробнее")', 'до 01.08.2021', '+7 999 123-45-67', '- в работе', '@x'],
    ['2', '@SUM(A1:A2)', 'до 10.09.2021', 'Минтруд', '+1', '=1+1'],
    ['3', 'Отчёт', 'ежеквартально', '- отдел кадров', 'отчёт', '-'],
  ]);
  return workbook;
}

export function notAZip(dir: string): string {
  const file = path.join(dir, 'notes.xlsx');
  writeFileSync(file, 'это не книга Excel');
  return file;
}

/** The first bytes of an OLE compound file: what Excel writes for a workbook protected with a password to open. */
export function passwordProtected(dir: string): string {
  const file = path.join(dir, 'protected.xlsx');
  writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  return file;
}
