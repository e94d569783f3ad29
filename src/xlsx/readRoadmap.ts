import type { AnalyzeOptions } from '../roadmap/types';
import { openLeanWorkbook } from './lean/leanWorkbook';
import { readLeanRoadmap, type RoadmapRead } from './lean/readLeanRoadmap';
import { readWorkbookFile } from './workbookFile';

export type { RoadmapRead } from './lean/readLeanRoadmap';
export { readLeanRoadmap } from './lean/readLeanRoadmap';
export { readRoadmapWorkbook, type RoadmapWorkbook } from './roadmapWorkbook';

/**
 * Reads an .xlsx file and its roadmap through the lean reader (no ExcelJS model: for the commands that only
 * read). Throws WorkbookReadError when the file can't be read or holds no roadmap, InputBudgetError (a kind of
 * it) when the file is over an input budget.
 */
export async function readRoadmapFile(file: string, options: AnalyzeOptions & { sheet?: string }): Promise<RoadmapRead> {
  const lean = await openLeanWorkbook(await readWorkbookFile(file), file);
  return readLeanRoadmap(lean, options);
}
