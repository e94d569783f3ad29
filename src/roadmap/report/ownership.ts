/**
 * A workbook-level defined name marks the monitoring sheet the tools wrote (it refers to the sheet's A1), so a rerun
 * replaces that sheet and never a user's sheet that happens to carry the same name. The add-in and the CLI use the same name.
 */
export const SUMMARY_OWNER_NAME = 'RoadmapMonitor_Summary';

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/** The sheet name to use: `wanted`, or «wanted (2)», «wanted (3)»… when a sheet the tools do not own has it. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${wanted.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * True when `name` is one the tools give their sheet (`wanted`, or «wanted (2)»… as freeSheetName makes it) for one
 * of the `wanted` names. A marked sheet whose name is no longer such a name was renamed by the user to keep it: it
 * is the user's now, and the tools write their sheet anew beside it rather than replace it.
 */
export function isToolSheetName(name: string, wanted: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return wanted.some((candidate) => {
    const base = candidate.toLowerCase();
    if (lower === base) return true;
    const match = /^(.*) \((\d+)\)$/.exec(lower);
    return match !== null && Number(match[2]) >= 2 && base.slice(0, MAX_SHEET_NAME - ` (${match[2]})`.length) === match[1];
  });
}
