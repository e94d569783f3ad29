import { detectInstitution } from '../../consolidate/institution';
import { workbookReportDate } from '../../consolidate/reportDate';
import type { WorkbookOutcome } from '../../consolidate/types';
import { cellText } from '../../roadmap/cells';
import { dateToIso } from '../../roadmap/dates';
import { summarize } from '../../roadmap/summary';
import type { AnalyzeOptions, SheetData } from '../../roadmap/types';
import { openLeanWorkbook } from '../lean/leanWorkbook';
import { readLeanRoadmap } from '../lean/readLeanRoadmap';
import { WorkbookReadError } from '../readError';
import { readWorkbookFile } from '../workbookFile';

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

function savedOn(modified: Date | undefined): string | null {
  return modified instanceof Date && !Number.isNaN(modified.getTime()) ? dateToIso(modified) : null;
}

/**
 * Reads one workbook into the little the consolidated report needs. Never throws: a file that cannot be read
 * becomes an `unread` outcome with the reason, so one bad file never stops a run.
 */
export async function readWorkbookOutcome(file: string, options: ReadOptions): Promise<WorkbookOutcome> {
  try {
    const lean = await openLeanWorkbook(await readWorkbookFile(file, options.lang), file, { lang: options.lang });
    const { sheet, roadmap } = await readLeanRoadmap(lean, options);
    const lines = titleLines(sheet, roadmap.layout.headerRow);
    const properties = await lean.properties();
    const institution = detectInstitution({
      properties: [properties.title, properties.company, properties.subject],
      customProperties: properties.custom,
      titleLines: lines,
      file,
    });
    const summary = summarize(roadmap);
    return {
      kind: 'read',
      file,
      institution: institution.name,
      institutionSource: institution.source,
      reportDate: workbookReportDate(lines, savedOn(properties.modified)),
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
