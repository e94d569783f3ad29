import { promises as fs } from 'fs';
import type ExcelJS from 'exceljs';
import { detectInstitution } from '../../consolidate/institution';
import { workbookReportDate } from '../../consolidate/reportDate';
import type { WorkbookOutcome } from '../../consolidate/types';
import { cellText } from '../../roadmap/cells';
import { dateToIso } from '../../roadmap/dates';
import { summarize } from '../../roadmap/summary';
import type { AnalyzeOptions, SheetData } from '../../roadmap/types';
import { readCustomProperties } from './customProperties';
import { loadWorkbook, WorkbookReadError } from '../open';
import { readRoadmapWorkbook } from '../readRoadmap';

export interface ReadOptions extends AnalyzeOptions {
  sheet?: string;
}

/**
 * The lines of text above the table's header, top down, left to right: where a pasted document keeps its titles.
 * Each cell, and each line of a multi-line cell, is a line of its own («КГКОУ ШИ 14» beside «УТВЕРЖДАЮ»).
 */
function titleLines(sheet: SheetData, headerRow: number): string[] {
  const lines: string[] = [];
  for (let index = 0; index < headerRow - sheet.top; index++) {
    for (const cell of sheet.cells[index] ?? []) {
      for (const line of cellText(cell).split('\n')) if (line.trim() !== '') lines.push(line.trim());
    }
  }
  return lines;
}

function savedOn(workbook: ExcelJS.Workbook): string | null {
  const modified = workbook.modified;
  return modified instanceof Date && !Number.isNaN(modified.getTime()) ? dateToIso(modified) : null;
}

async function readFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError(file, 'файл не найден / file not found');
    throw new WorkbookReadError(file, `не удалось прочитать файл / cannot read the file (${code ?? (error as Error).message})`);
  }
}

/**
 * Reads one workbook into the little the consolidated report needs. Never throws: a file that cannot be read
 * becomes an `unread` outcome with the reason, so one bad file never stops a run.
 */
export async function readWorkbookOutcome(file: string, options: ReadOptions): Promise<WorkbookOutcome> {
  try {
    const buffer = await readFile(file);
    const workbook = await loadWorkbook(buffer, file);
    const { sheet, roadmap } = readRoadmapWorkbook(workbook, file, options);
    const lines = titleLines(sheet, roadmap.layout.headerRow);
    const institution = detectInstitution({
      properties: [workbook.title, workbook.company, workbook.subject],
      customProperties: await readCustomProperties(buffer),
      titleLines: lines,
      file,
    });
    const summary = summarize(roadmap);
    return {
      kind: 'read',
      file,
      institution: institution.name,
      institutionSource: institution.source,
      reportDate: workbookReportDate(lines, savedOn(workbook)),
      sheet: roadmap.layout.sheet,
      counts: roadmap.counts,
      overdue: summary.overdue,
      findings: roadmap.findings,
    };
  } catch (error) {
    const reason = error instanceof WorkbookReadError ? error.reason : `не удалось прочитать / cannot read: ${(error as Error).message}`;
    return { kind: 'unread', file, reason };
  }
}
