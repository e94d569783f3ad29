import { createOfficeHost, type HostOptions, type HostSeedSheet } from '../e2e/officeHost';

/**
 * An Excel.RequestContext over the fake host (test/e2e/officeHost.ts), holding a small workbook: reads need a load
 * and a sync, each sync's payload is capped at 5 MB, members above the tier fail. The recorder lists what the code
 * wrote, for the tests to inspect.
 */

export type MockCell = string | number | boolean | null;

export type MockSheetSpec = HostSeedSheet;

export interface MockWorkbookSpec {
  sheets: MockSheetSpec[];
  selection?: string;
  /** Workbook names and what they refer to, e.g. { RoadmapMonitor_Summary: "='Мониторинг'!$A$1" }. */
  names?: Record<string, string>;
}

export function createMockExcel(spec: MockWorkbookSpec, options: HostOptions = {}) {
  const host = createOfficeHost({ sheets: spec.sheets, selection: spec.selection, names: spec.names }, options);
  const { log, state } = host.inspect;
  const recorder = {
    get syncs() {
      return state.syncs;
    },
    ranges: log.writes,
    addedFormats: log.addedFormats,
    deletedFormulas: log.deletedFormulas,
    addedSheets: log.addedSheets,
    deletedSheets: log.deletedSheets,
    addedNames: log.addedNames,
    deletedNames: log.deletedNames,
    addedTableColumns: log.addedTableColumns,
    addedTables: log.addedTables,
    charts: log.charts,
    frozenRows: log.frozenRows,
    activated: log.activated,
    selected: log.selected,
  };
  return { context: host.context() as unknown as Excel.RequestContext, recorder, host };
}

export type Recorder = ReturnType<typeof createMockExcel>['recorder'];

/** The values the code wrote to the ranges at `address` on `sheet` (the last write wins). */
export function writtenValues(recorder: Recorder, sheet: string, address: string): unknown {
  const writes = recorder.ranges.filter((entry) => entry.sheet === sheet && entry.address === address && Array.isArray(entry.range.values));
  return writes.length ? writes[writes.length - 1].range.values : undefined;
}
