import { isIsoDate } from '../roadmap/dates';

/**
 * What the tool's mark says (see toolMark.ts, which writes it) and how to find it among a workbook's custom properties.
 * A module of its own, without the zip and XML libraries that write the mark, so that a reader thread checking every
 * file of an inbox loads only this (JSZip and xmldom cost each thread a tenth of a second to load).
 */

/** What a tool-written workbook is: a consolidated report, or a copy of a roadmap (summary, snapshot, brief). */
export type ToolWorkbookKind = 'consolidated-report' | 'roadmap-copy';

export interface ToolMark {
  kind: ToolWorkbookKind;
  /** The report date (ISO YYYY-MM-DD) the workbook's figures are computed for, when known. */
  asOf?: string | null;
}

export const TOOL_PROPERTY = 'Roadmap Monitor';
export const TOOL_AS_OF_PROPERTY = 'Roadmap Monitor: as of';

const KINDS: readonly ToolWorkbookKind[] = ['consolidated-report', 'roadmap-copy'];

/** The mark among a workbook's custom properties (as readCustomProperties gives them), or null. */
export function toolMarkOf(customProperties: Readonly<Record<string, string>>): ToolMark | null {
  const kind = customProperties[TOOL_PROPERTY] as ToolWorkbookKind | undefined;
  if (kind === undefined || !KINDS.includes(kind)) return null;
  const asOf = customProperties[TOOL_AS_OF_PROPERTY];
  return { kind, asOf: asOf !== undefined && isIsoDate(asOf) ? asOf : null };
}
