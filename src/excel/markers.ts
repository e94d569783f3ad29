/**
 * The workbook-level names that mark the tools' own sheets (RoadmapMonitor_Summary, …_History, …_Brief). A name is
 * resolved through Excel (NamedItem.getRange → its worksheet), never by parsing NamedItem.value, which comes back in
 * R1C1 when the user works in R1C1 reference style. Works from ExcelApi 1.1 (names, type, getRange).
 */

export interface MarkerLookup {
  /** The sheet each marker names, once `context.sync()` has run; null when the name is absent or broken (#REF!). */
  sheetOf(name: string): string | null;
}

/**
 * Queues the lookup of the names in two steps: `start` loads the workbook's names (sync), `resolve` queues each
 * found name's range (sync), and the returned lookup answers after that second sync.
 */
export function markerLookup(context: Excel.RequestContext, markers: readonly string[]) {
  const names = context.workbook.names;
  names.load('items/name,items/type');
  return {
    /** Call after the first sync. */
    resolve(): MarkerLookup {
      const sheets = new Map<string, Excel.Worksheet>();
      for (const item of names.items) {
        // A name whose sheet was deleted has type Error (#REF!): getRange would fail the whole batch.
        if (!markers.includes(item.name) || item.type !== 'Range') continue;
        const worksheet = names.getItem(item.name).getRange().worksheet;
        worksheet.load('name');
        sheets.set(item.name, worksheet);
      }
      return { sheetOf: (name) => sheets.get(name)?.name ?? null };
    },
  };
}
