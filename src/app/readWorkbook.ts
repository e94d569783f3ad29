import { detectInstitution } from '../consolidate/institution';
import { workbookAsOf } from '../consolidate/reportDate';
import type { WorkbookOutcome } from '../consolidate/types';
import { checkJson, type CheckJson } from '../cli/report/checkJson';
import { cellText } from '../roadmap/cells';
import { dateToIso } from '../roadmap/dates';
import { summarize, type MonitoringSummary } from '../roadmap/summary';
import type { AnalyzeOptions, SheetData } from '../roadmap/types';
import { openLeanWorkbook } from '../xlsx/lean/leanWorkbook';
import { readLeanRoadmap } from '../xlsx/lean/readLeanRoadmap';
import { WorkbookReadError } from '../xlsx/readError';
import { toolMarkOf } from '../xlsx/toolMarker';

/** One workbook chosen in the page: its name as the list shows it (relative to the folder chosen) and its bytes. */
export interface InputWorkbook {
  name: string;
  bytes: Uint8Array;
}

/** What the page shows for one workbook: the consolidation's outcome and, when read, what `roadmap check --json` prints. */
export interface PageRead {
  outcome: WorkbookOutcome;
  check: { json: CheckJson; summary: MonitoringSummary } | null;
}

/** The lines of text above the table's header (as src/xlsx/consolidate/readOutcome.ts reads them for the institution). */
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
 * Reads one workbook's bytes through the lean reader, as `roadmap check` and `roadmap consolidate` do. Never throws:
 * a file that cannot be read becomes an `unread` outcome with the reason, so one bad file stops nothing.
 */
export async function readPageWorkbook({ name, bytes }: InputWorkbook, options: AnalyzeOptions & { sheet?: string }): Promise<PageRead> {
  try {
    // The lean reader is typed for Node's Buffer; in the page it reads any Uint8Array (src/app/zipPackage.ts).
    const lean = await openLeanWorkbook(bytes as Buffer, name);
    const properties = await lean.properties();
    const mark = toolMarkOf(properties.custom);
    if (mark?.kind === 'consolidated-report') return { outcome: { kind: 'unread', file: name, reason: { code: 'tool-report' } }, check: null };
    const { sheet, roadmap } = await readLeanRoadmap(lean, options);
    const lines = titleLines(sheet, roadmap.layout.headerRow);
    const institution = detectInstitution({
      properties: [properties.title, properties.company, properties.subject],
      customProperties: properties.custom,
      titleLines: lines,
      file: name,
    });
    const summary = summarize(roadmap);
    return {
      outcome: {
        kind: 'read',
        file: name,
        institution: institution.name,
        institutionSource: institution.source,
        asOf: workbookAsOf(lines, mark?.asOf ?? null),
        savedOn: savedOn(properties.modified),
        sheet: roadmap.layout.sheet,
        counts: roadmap.counts,
        overdue: summary.overdue,
        findings: roadmap.findings,
      },
      check: { json: checkJson(name, roadmap, summary.completionPercent), summary },
    };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { outcome: { kind: 'unread', file: name, reason: error.failure }, check: null };
    return { outcome: { kind: 'unread', file: name, reason: { code: 'reader-failed', detail: error instanceof Error ? error.message : String(error) } }, check: null };
  }
}
