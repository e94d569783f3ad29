import type ExcelJS from 'exceljs';
import { detectInstitution } from '../../consolidate/institution';
import { workbookAsOf } from '../../consolidate/reportDate';
import type { WorkbookOutcome } from '../../consolidate/types';
import { cellText } from '../../roadmap/cells';
import { dateToIso } from '../../roadmap/dates';
import { summarize } from '../../roadmap/summary';
import type { AnalyzeOptions, SheetData } from '../../roadmap/types';
import { readCustomProperties } from './customProperties';
import { loadWorkbook, readWorkbookFile, WorkbookReadError } from '../open';
import { readRoadmapWorkbook } from '../readRoadmap';
import { toolMarkOf } from '../toolMarker';

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

/**
 * Reads one workbook into the little the consolidated report needs. Never throws: a file that cannot be read
 * becomes an `unread` outcome with the reason, so one bad file never stops a run.
 */
export async function readWorkbookOutcome(file: string, options: ReadOptions): Promise<WorkbookOutcome> {
  try {
    const buffer = await readWorkbookFile(file);
    const customProperties = await readCustomProperties(buffer);
    const mark = toolMarkOf(customProperties);
    // Last run's report left among the roadmaps: its lists would count every overdue item a second time.
    if (mark?.kind === 'consolidated-report') return { kind: 'unread', file, reason: { code: 'tool-report' } };
    const workbook = await loadWorkbook(buffer, file);
    const { sheet, roadmap } = readRoadmapWorkbook(workbook, file, options);
    const lines = titleLines(sheet, roadmap.layout.headerRow);
    const institution = detectInstitution({
      properties: [workbook.title, workbook.company, workbook.subject],
      customProperties,
      titleLines: lines,
      file,
    });
    const summary = summarize(roadmap);
    return {
      kind: 'read',
      file,
      institution: institution.name,
      institutionSource: institution.source,
      asOf: workbookAsOf(lines, mark?.asOf ?? null),
      savedOn: savedOn(workbook),
      sheet: roadmap.layout.sheet,
      counts: roadmap.counts,
      overdue: summary.overdue,
      findings: roadmap.findings,
    };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { kind: 'unread', file, reason: error.failure };
    return { kind: 'unread', file, reason: { code: 'reader-failed', detail: error instanceof Error ? error.message : String(error) } };
  }
}
