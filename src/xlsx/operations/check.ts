import { checkJson, type CheckJson } from '../../cli/report/checkJson';
import { summarize, type MonitoringSummary } from '../../roadmap/summary';
import type { Roadmap } from '../../roadmap/types';
import { openLeanWorkbook, type LeanWorkbook } from '../lean/leanWorkbook';
import { readLeanRoadmap } from '../lean/readLeanRoadmap';
import { assertWithinFileBudget } from '../workbookBytes';
import type { InputWorkbook, OperationOptions } from './input';

export type { CheckJson } from '../../cli/report/checkJson';

/** A roadmap read for checking: the engine's model, its summary and the `check --json` object. */
export interface CheckResult {
  roadmap: Roadmap;
  summary: MonitoringSummary;
  json: CheckJson;
}

/**
 * Reads the roadmap of a workbook's bytes through the lean reader, as `roadmap check` does. Throws WorkbookReadError
 * (InputBudgetError over a budget) naming `input.name` when the bytes are no workbook or hold no roadmap.
 */
export async function checkRoadmap(input: InputWorkbook, options: OperationOptions): Promise<CheckResult> {
  const { roadmap } = await readLeanRoadmap(await openInput(input), options);
  const summary = summarize(roadmap);
  return { roadmap, summary, json: checkJson(input.name, roadmap, summary.completionPercent) };
}

/** A workbook's bytes opened by the lean reader, within the file budget. Throws as checkRoadmap. */
export async function openInput(input: InputWorkbook): Promise<LeanWorkbook> {
  assertWithinFileBudget(input.bytes.byteLength, input.name);
  return openLeanWorkbook(input.bytes, input.name);
}

/**
 * Exactly the object `roadmap check --json` prints for the same file (named `input.name`) and options.
 * Throws WorkbookReadError as checkRoadmap.
 */
export async function checkWorkbook(input: InputWorkbook, options: OperationOptions): Promise<CheckJson> {
  return (await checkRoadmap(input, options)).json;
}
