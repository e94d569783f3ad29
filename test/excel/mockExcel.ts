import { OfficeMockObject } from 'office-addin-mock';
import { columnLetter } from '../../src/roadmap/columns';

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose package index pulls in an
// ES-module-only dependency that jest (CommonJS, Node 20) cannot load.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

/**
 * An Excel.RequestContext made of office-addin-mock objects, holding a small workbook. Every object the code gets is
 * an OfficeMockObject, so reading a property that was not loaded and synced yields the mock's error text instead of
 * data. Writes stay on the objects the code wrote to; the recorder lists them for the tests to inspect.
 */

export type MockCell = string | number | boolean | null;

export interface MockSheetSpec {
  name: string;
  /** Cells from A1 (rows of values). */
  rows: MockCell[][];
  /** Number formats by "row,column" (1-based), default General. */
  formats?: Record<string, string>;
  /** Excel error values by "row,column", e.g. "#REF!". */
  errors?: Record<string, string>;
  tables?: { name: string; address: string }[];
  conditionalFormats?: { type: string; formula: string | null }[];
}

export interface MockWorkbookSpec {
  sheets: MockSheetSpec[];
  selection?: string;
  /** What the RoadmapMonitor_Summary name refers to, if it exists. */
  names?: Record<string, string>;
}

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface WrittenRange {
  sheet: string;
  address: string;
  range: Mock;
}

export interface Recorder {
  syncs: number;
  ranges: WrittenRange[];
  addedFormats: { sheet: string; address: string; type: string; format: Mock }[];
  deletedFormulas: string[];
  addedSheets: string[];
  deletedSheets: string[];
  addedNames: { name: string; reference: string }[];
  deletedNames: string[];
  addedTableColumns: { table: string; name: string | undefined }[];
  addedTables: { sheet: string; address: string; hasHeaders: boolean; table: Mock }[];
  charts: { sheet: string; type: string; source: string; chart: Mock }[];
  frozenRows: { sheet: string; rows: number }[];
  activated: string[];
  selected: { sheet: string; address: string }[];
}

function parseA1(address: string): { top: number; left: number; bottom: number; right: number } {
  const cells = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = cells.replace(/\$/g, '').split(':');
  const parse = (cell: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!match) throw new Error(`mock: unsupported address ${address}`);
    let column = 0;
    for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
    return { row: Number(match[2]), column };
  };
  const start = parse(a);
  const end = parse(b);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

function quote(sheet: string): string {
  return /^[\p{L}\d_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function createMockExcel(spec: MockWorkbookSpec) {
  const created: Mock[] = [];
  const recorder: Recorder = {
    syncs: 0, ranges: [], addedFormats: [], deletedFormulas: [], addedSheets: [], deletedSheets: [], addedNames: [], deletedNames: [],
    addedTableColumns: [], addedTables: [], charts: [], frozenRows: [], activated: [], selected: [],
  };
  const mock = (data: Record<string, unknown>): Mock => {
    const object = new OfficeMockObject(data) as Mock;
    created.push(object);
    return object;
  };
  /** A collection: `load` is accepted as the real API accepts it; `items` are mocks. */
  const collection = (items: Mock[]): Mock => {
    const object = mock({});
    object.items = items;
    object.load = (properties: string | string[] | object) => {
      const paths = String(properties).split(',').map((path) => path.trim().replace(/^items\//, ''));
      for (const item of items) item.load(paths.join(','));
      return object;
    };
    return object;
  };
  /** Office.js knows `isNullObject` after a sync without a load. */
  const nullable = (isNull: boolean, data: Record<string, unknown>): Mock => Object.assign(mock(data), { isNullObject: isNull });
  const sheetsByName = new Map(spec.sheets.map((sheet) => [sheet.name, sheet]));

  const cellOf = (sheet: MockSheetSpec, row: number, column: number) => {
    const value = sheet.rows[row - 1]?.[column - 1] ?? null;
    const error = sheet.errors?.[`${row},${column}`];
    const format = sheet.formats?.[`${row},${column}`] ?? 'General';
    if (error) return { value: error, text: error, format, type: 'Error' };
    if (value === null || value === '') return { value: '', text: '', format, type: 'Empty' };
    const type = typeof value === 'number' ? 'Double' : typeof value === 'boolean' ? 'Boolean' : 'String';
    return { value, text: String(value), format, type };
  };

  const dataRange = (sheet: MockSheetSpec, top: number, left: number, bottom: number, right: number): Record<string, unknown> => {
    const rows = Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => cellOf(sheet, top + r, left + c)));
    return {
      address: `${quote(sheet.name)}!${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`,
      rowIndex: top - 1,
      columnIndex: left - 1,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
      values: rows.map((row) => row.map((cell) => cell.value)),
      text: rows.map((row) => row.map((cell) => cell.text)),
      numberFormat: rows.map((row) => row.map((cell) => cell.format)),
      valueTypes: rows.map((row) => row.map((cell) => cell.type)),
    };
  };

  const usedBox = (sheet: MockSheetSpec) => {
    const bottom = sheet.rows.length;
    const right = Math.max(0, ...sheet.rows.map((row) => row.length));
    return bottom === 0 || right === 0 ? null : { top: 1, left: 1, bottom, right };
  };

  const range = (sheetName: string, address: string, data: Record<string, unknown> = {}): Mock => {
    const object: Mock = mock({
      address,
      ...data,
      format: { font: {}, fill: {}, borders: { getItem: () => mock({}) } },
      conditionalFormats: {
        add: (type: string) => {
          const format = mock({ custom: { rule: {}, format: { fill: {}, font: {} } } });
          recorder.addedFormats.push({ sheet: sheetName, address, type, format });
          return format;
        },
      },
      dataValidation: { clear: () => undefined },
      merge: () => undefined,
      select: () => recorder.selected.push({ sheet: sheetName, address }),
    });
    object.where = address; // what the test reads back, without a load
    recorder.ranges.push({ sheet: sheetName, address, range: object });
    return object;
  };

  const worksheet = (name: string): Mock => {
    const sheet = sheetsByName.get(name);
    const formats = (sheet?.conditionalFormats ?? []).map((format) =>
      mock({
        type: format.type,
        customOrNullObject: { rule: { formula: format.formula ?? '' } },
        delete: () => recorder.deletedFormulas.push(format.formula ?? ''),
      }),
    );
    for (const [index, format] of formats.entries()) format.customOrNullObject.isNullObject = sheet?.conditionalFormats?.[index].formula === null;
    return mock({
      name,
      getRange: (address?: string) => {
        if (address === undefined) {
          const whole = range(name, 'A:XFD');
          whole.conditionalFormats = collection(formats);
          return whole;
        }
        return range(name, address);
      },
      getUsedRange: () => {
        const box = sheet && usedBox(sheet);
        if (!sheet || !box) throw new Error('mock: empty sheet has no used range');
        return range(name, 'used', dataRange(sheet, box.top, box.left, box.bottom, box.right));
      },
      getUsedRangeOrNullObject: () => {
        const box = sheet && usedBox(sheet);
        if (!sheet || !box) return nullable(true, { address: '', rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
        return nullable(false, dataRange(sheet, box.top, box.left, box.bottom, box.right));
      },
      getRangeByIndexes: (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => {
        const address = `${columnLetter(columnIndex + 1)}${rowIndex + 1}:${columnLetter(columnIndex + columnCount)}${rowIndex + rowCount}`;
        return range(name, address, sheet ? dataRange(sheet, rowIndex + 1, columnIndex + 1, rowIndex + rowCount, columnIndex + columnCount) : {});
      },
      tables: {
        add: (target: Mock, hasHeaders: boolean) => {
          const table = mock({});
          recorder.addedTables.push({ sheet: name, address: String(target.where), hasHeaders, table });
          return table;
        },
      },
      charts: {
        add: (type: string, source: Mock) => {
          const chart = mock({ title: {}, setPosition: () => undefined });
          recorder.charts.push({ sheet: name, type, source: String(source.where), chart });
          return chart;
        },
      },
      freezePanes: { freezeRows: (rows: number) => recorder.frozenRows.push({ sheet: name, rows }) },
      activate: () => recorder.activated.push(name),
      delete: () => recorder.deletedSheets.push(name),
    });
  };

  const allTables = spec.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => ({ ...table, sheet })));
  const table = (name: string): Mock => {
    const found = allTables.find((candidate) => candidate.name === name);
    if (!found) throw Object.assign(new Error(`mock: no table ${name}`), { code: 'ItemNotFound' });
    const box = parseA1(found.address);
    return mock({
      name,
      getRange: () => range(found.sheet.name, found.address, dataRange(found.sheet, box.top, box.left, box.bottom, box.right)),
      getHeaderRowRange: () => range(found.sheet.name, found.address, dataRange(found.sheet, box.top, box.left, box.top, box.right)),
      columns: {
        add: (_index: unknown, _values: unknown, columnName?: string) => {
          recorder.addedTableColumns.push({ table: name, name: columnName });
          return mock({});
        },
      },
    });
  };

  const names = spec.names ?? {};
  const workbook = mock({
    getSelectedRange: () => mock({ address: spec.selection ?? `${quote(spec.sheets[0]?.name ?? 'Sheet1')}!A1` }),
    worksheets: {
      getItem: (name: string) => worksheet(name),
      add: (name: string) => {
        recorder.addedSheets.push(name);
        return worksheet(name);
      },
    },
    tables: { getItem: (name: string) => table(name) },
    names: {
      getItemOrNullObject: (name: string) =>
        nullable(!(name in names), { value: names[name] ?? '', delete: () => recorder.deletedNames.push(name) }),
      add: (name: string, reference: Mock) => recorder.addedNames.push({ name, reference: String(reference.where) }),
    },
  });
  const sheetList = collection(spec.sheets.map((sheet) => mock({ name: sheet.name })));
  workbook.worksheets.load = sheetList.load;
  workbook.worksheets.items = sheetList.items;
  const tableList = collection(allTables.map((candidate) => mock({ name: candidate.name })));
  workbook.tables.load = tableList.load;
  workbook.tables.items = tableList.items;

  const context = {
    workbook,
    sync: jest.fn(async () => {
      recorder.syncs++;
      for (const object of [...created]) await object.sync();
      await new Promise((resolve) => setImmediate(resolve));
    }),
  };
  return { context: context as unknown as Excel.RequestContext, recorder };
}

/** The values the code wrote to the ranges at `address` on `sheet` (the last write wins). */
export function writtenValues(recorder: Recorder, sheet: string, address: string): unknown {
  const writes = recorder.ranges.filter((entry) => entry.sheet === sheet && entry.address === address && Array.isArray(entry.range.values));
  return writes.length ? writes[writes.length - 1].range.values : undefined;
}
