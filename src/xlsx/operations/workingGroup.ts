import type { Notice } from './input';
import { bufferOf, type InputWorkbook, type OperationOptions } from './input';
import { readWorkingGroupBytes, type WorkingGroupFile } from '../history/workingGroupWorkbook';
import { readStoredSettings } from '../storedSettings';
import { hasUnkeptParts, unkeptParts } from '../unkeptParts';
import { assertWithinFileBudget } from '../workbookBytes';

export type { WorkingGroupFile } from '../history/workingGroupWorkbook';

/**
 * A roadmap workbook with its «История», from bytes, for the working group's operations (snapshot, brief, documents,
 * requests). Throws WorkbookReadError (InputBudgetError over a budget) naming `input.name`.
 */
export async function openWorkingGroup(input: InputWorkbook, options: OperationOptions): Promise<WorkingGroupFile> {
  assertWithinFileBudget(input.bytes.byteLength, input.name);
  return readWorkingGroupBytes(bufferOf(input.bytes), input.name, options);
}

/**
 * The notice that a copy of a working group file (snapshot, brief -o) will lack some of its parts, or null: «История»,
 * which those copies write anew, left out, but the cell notes on its tables that found no row (`unplacedNotes`, as
 * «C14») named. `keepVba`: the copy is an .xlsm.
 */
export async function workingGroupUnkept(input: WorkingGroupFile, keepVba: boolean, unplacedNotes: readonly string[]): Promise<Notice | null> {
  if (input.xlsx === null) return null;
  const history = input.history.sheet?.name;
  const parts = await unkeptParts(input.xlsx, history === undefined ? [] : [history], keepVba);
  const notes = history === undefined ? [] : unplacedNotes.map((cell) => `${history}!${cell}`);
  const all = { ...parts, notes };
  return hasUnkeptParts(all) ? { kind: 'unkept-parts', file: input.file, parts: all } : null;
}

/**
 * The chair who signs the working group's documents: `given` (the CLI's --chair, the page's field) when not blank,
 * else the name the add-in saved in the workbook's settings, else null (a line to sign and write the name by hand).
 */
export async function chairOf(input: WorkingGroupFile, given?: string): Promise<string | null> {
  if (given !== undefined && given.trim() !== '') return given.replace(/\s+/g, ' ').trim();
  if (input.xlsx === null) return null;
  return (await readStoredSettings(input.xlsx))?.chair ?? null;
}
