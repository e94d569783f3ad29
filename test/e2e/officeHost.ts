/**
 * A fake Office host that behaves like Excel where it matters to the add-in: `Office` and `Excel` over an in-memory
 * workbook. The unit tests import `createOfficeHost`; the end-to-end test serves this file as a plain script in place
 * of office.js (no imports; it installs itself on `window` when the page carries `__E2E_SEED__`).
 *
 * Like Excel:
 * - properties are read only after `load` and `sync` (PropertyNotLoaded otherwise), with the values of that sync;
 * - each sync's request and response are capped at 5 MB (UTF-8 JSON), failing with RichApi.Error
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded; requests and payload sizes are counted;
 * - `isSetSupported('ExcelApi', v)` answers for a tier (1.1 = Excel 2016, 1.8 = Excel 2019, current), and a member
 *   above the tier fails with ApiNotFound;
 * - a named item's `value` follows the reference style (R1C1 or A1), and `Range.text` the locale (ru-RU: «1,1»);
 * - merged cells read empty but for their top-left cell;
 * - document settings are held per runtime (the pane and the ribbon each have a copy until refreshAsync/saveAsync);
 * - a string written into a cell becomes a formula when it starts with "=" and a number when it reads as one,
 *   unless the cell is formatted as text.
 * Writes apply when queued (a real host applies them at sync, in the same order).
 */

type HostValue = string | number | boolean;

interface HostCell {
  value: HostValue;
  formula?: string;
  format?: string;
  error?: boolean;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface HostFormat {
  range: string;
  type: string;
  custom: { rule: { formula: string }; format: { fill: { color?: string }; font: { color?: string } } };
  priority?: number;
  deleted?: boolean;
}

interface HostSheet {
  name: string;
  cells: Map<string, HostCell>;
  formats: HostFormat[];
  /** secondarySeries: the series put on a secondary axis (ExcelApi 1.8). */
  charts: { type: string; source: string; title: { text?: string }; position?: [string, string]; secondarySeries: number[]; deleted?: boolean }[];
  validations: { range: string; rule: unknown }[];
  frozenRows: number;
  /** What the add-in set of the sheet's print layout (orientation, zoom). */
  pageLayout: Record<string, unknown>;
  merges: string[];
  columnWidths: Record<string, number>;
  /** What prints: the rows repeated on each page and the cells new pages start at (ExcelApi 1.9). */
  printing: { titleRows: string | null; breaksBefore: string[] };
}

interface HostTable extends Box {
  name: string;
  sheet: HostSheet;
  style?: string;
}

export interface HostSeedSheet {
  name: string;
  rows: (HostValue | null)[][];
  /** Number formats by "row,column" (1-based). */
  formats?: Record<string, string>;
  /** Excel error values by "row,column", e.g. "#REF!". */
  errors?: Record<string, string>;
  tables?: { name: string; address: string }[];
  conditionalFormats?: { type: string; formula: string | null }[];
  merges?: string[];
}

export interface HostSeed {
  sheets: HostSeedSheet[];
  displayLanguage?: string;
  /** Document settings as saved in the workbook. */
  settings?: Record<string, unknown>;
  /** Workbook names and the cells they refer to, e.g. { RoadmapMonitor_Summary: "'Мониторинг'!A1" }. */
  names?: Record<string, string>;
  /** The selected cell, e.g. "Таблица!B3"; default A1 of the first sheet. */
  selection?: string;
  /** What Office.onReady reports as the host: null when the page is opened in a browser, outside Office. */
  host?: string | null;
}

export type ApiTier = '1.1' | '1.8' | 'current';

export interface HostOptions {
  /** The ExcelApi sets this Excel answers for: 1.1 (Excel 2016), 1.8 (Excel 2019), current (Microsoft 365, web). */
  tier?: ApiTier;
  /** Display locale of Range.text: ru-RU shows 1.1 as «1,1». */
  locale?: 'ru-RU' | 'en-US';
  referenceStyle?: 'A1' | 'R1C1';
  /** Bytes per request and per response (Excel on the web: 5 MB). */
  payloadLimit?: number;
}

/** What a test reads of the run: syncs, requests and the largest payloads. */
export interface HostStats {
  syncs: number;
  /** Syncs Excel refused as over the payload cap. The largest payloads count only the accepted ones. */
  refused: number;
  largestRequest: number;
  largestResponse: number;
  selected: null | { sheet: string; address: string };
  active: string;
}

export interface HostLog {
  writes: { sheet: string; address: string; range: Record<string, any> }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  addedFormats: { sheet: string; address: string; type: string; format: HostFormat }[];
  deletedFormulas: string[];
  addedSheets: string[];
  deletedSheets: string[];
  addedNames: { name: string; reference: string }[];
  deletedNames: string[];
  addedTableColumns: { table: string; name: string | undefined }[];
  addedTables: { sheet: string; address: string; hasHeaders: boolean; table: HostTable }[];
  charts: { sheet: string; type: string; source: string; chart: { title: { text?: string } } }[];
  frozenRows: { sheet: string; rows: number }[];
  activated: string[];
  selected: { sheet: string; address: string }[];
}

const FIVE_MB = 5 * 1024 * 1024;
const TIER_VERSION: Record<ApiTier, number> = { '1.1': 1.1, '1.8': 1.8, current: 1.99 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Api = Record<string, any>;

export function createOfficeHost(seed: HostSeed, options: HostOptions = {}) {
  const tier = TIER_VERSION[options.tier ?? 'current'];
  const locale = options.locale ?? 'en-US';
  const referenceStyle = options.referenceStyle ?? 'A1';
  const payloadLimit = options.payloadLimit ?? FIVE_MB;

  const key = (row: number, column: number) => `${row},${column}`;
  const letters = (column: number): string => {
    let text = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    return text;
  };
  const quote = (name: string) => (/^[\p{L}\d_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
  const parse = (address: string): Box => {
    const cells = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
    const [a, b = a] = cells.replace(/\$/g, '').split(':');
    const cell = (text: string) => {
      const match = /^([A-Z]+)(\d+)$/.exec(text);
      if (!match) throw excelError('InvalidArgument', `host: bad address ${address}`);
      let column = 0;
      for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
      return { row: Number(match[2]), column };
    };
    const start = cell(a);
    const end = cell(b);
    return { top: start.row, left: start.column, bottom: end.row, right: end.column };
  };
  const boxText = (box: Box) => `${letters(box.left)}${box.top}:${letters(box.right)}${box.bottom}`;
  function excelError(code: string, message: string): Error {
    return Object.assign(new Error(message), { name: 'RichApi.Error', code, debugInfo: { code, message } });
  }
  /** A member above the tier fails as Excel fails it. */
  const need = (version: number, what: string) => {
    if (tier < version) throw excelError('ApiNotFound', `${what} needs ExcelApi ${version}; this Excel has ${options.tier ?? 'current'}`);
  };
  const encoder = new TextEncoder();
  const bytes = (value: unknown) => encoder.encode(JSON.stringify(value) ?? '').length;

  const sheets: HostSheet[] = [];
  const tables: HostTable[] = [];
  /** Workbook names: the sheet and cells they refer to (a deleted sheet leaves #REF!). */
  const names = new Map<string, { sheet: HostSheet; box: Box }>();
  const stats: HostStats = { syncs: 0, refused: 0, largestRequest: 0, largestResponse: 0, selected: null, active: '' };
  const log: HostLog = {
    writes: [], addedFormats: [], deletedFormulas: [], addedSheets: [], deletedSheets: [], addedNames: [], deletedNames: [],
    addedTableColumns: [], addedTables: [], charts: [], frozenRows: [], activated: [], selected: [],
  };
  const requests: number[] = [];
  const responses: number[] = [];

  const newSheet = (name: string): HostSheet => {
    const printing: HostSheet['printing'] = { titleRows: null, breaksBefore: [] };
    // The method is not enumerable: pageLayout() hands back the plain settings.
    const pageLayout = Object.defineProperty({}, 'setPrintTitleRows', {
      value: (rows: string) => {
        queued({ setPrintTitleRows: rows });
        printing.titleRows = rows;
      },
      enumerable: false,
    });
    const sheet: HostSheet = { name, cells: new Map(), formats: [], charts: [], validations: [], frozenRows: 0, merges: [], pageLayout, columnWidths: {}, printing };
    sheets.push(sheet);
    return sheet;
  };
  for (const spec of seed.sheets) {
    const sheet = newSheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') sheet.cells.set(key(r + 1, c + 1), { value });
      }),
    );
    for (const [position, format] of Object.entries(spec.formats ?? {})) {
      const cell = sheet.cells.get(position) ?? { value: '' };
      sheet.cells.set(position, { ...cell, format });
    }
    for (const [position, code] of Object.entries(spec.errors ?? {})) sheet.cells.set(position, { value: code, error: true });
    for (const table of spec.tables ?? []) tables.push({ name: table.name, sheet, ...parse(table.address) });
    for (const format of spec.conditionalFormats ?? []) {
      sheet.formats.push({ range: 'A1:A1', type: format.type, custom: { rule: { formula: format.formula ?? '' }, format: { fill: {}, font: {} } } });
    }
    sheet.merges.push(...(spec.merges ?? []));
  }
  for (const [name, reference] of Object.entries(seed.names ?? {})) {
    const text = reference.replace(/^=/, '');
    const bang = text.lastIndexOf('!');
    const sheetName = text.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const sheet = sheets.find((candidate) => candidate.name === sheetName);
    if (sheet) names.set(name, { sheet, box: parse(text.slice(bang + 1)) });
  }
  stats.active = sheets[0]?.name ?? '';

  // ---- the request being built: loads to answer at the next sync, and the bytes it carries ----
  let requestBytes = 0;
  let pendingLoads: { target: Api; properties: string[]; read: (property: string) => unknown }[] = [];
  const queued = (operation: unknown) => {
    requestBytes += 40 + bytes(operation);
  };

  /** `isNullObject`, known after the next sync like Excel's. */
  function nullable(target: Api, isNull: () => boolean): Api {
    let known: boolean | undefined;
    pendingLoads.push({ target, properties: [], read: () => undefined });
    const check = () => (known = isNull());
    nullChecks.push(check);
    Object.defineProperty(target, 'isNullObject', {
      get: () => {
        if (known === undefined) throw excelError('PropertyNotLoaded', "The property 'isNullObject' is not available before context.sync().");
        return known;
      },
    });
    return target;
  }
  let nullChecks: (() => void)[] = [];

  async function sync(): Promise<void> {
    stats.syncs++;
    const request = requestBytes;
    requests.push(request);
    requestBytes = 0;
    const loads = pendingLoads;
    const checks = nullChecks;
    pendingLoads = [];
    nullChecks = [];
    if (request > payloadLimit) {
      stats.refused++;
      throw excelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization for more information.');
    }
    for (const check of checks) check();
    let response = 0;
    const answers: { target: Api; values: Map<string, unknown> }[] = [];
    for (const { target, properties, read } of loads) {
      const values = new Map<string, unknown>();
      for (const property of properties) values.set(property, read(property));
      response += 20 + bytes(Object.fromEntries(values));
      answers.push({ target, values });
    }
    responses.push(response);
    if (response > payloadLimit) {
      stats.refused++;
      throw excelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization for more information.');
    }
    stats.largestRequest = Math.max(stats.largestRequest, request);
    stats.largestResponse = Math.max(stats.largestResponse, response);
    for (const { target, values } of answers) {
      const loaded = (target as { __loaded?: Map<string, unknown> }).__loaded;
      for (const [property, value] of values) loaded?.set(property, value);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  // ---- cells ----
  const serialToText = (serial: number) => {
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
    return `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;
  };
  const decimal = (text: string) => (locale === 'ru-RU' ? text.replace('.', ',') : text);
  function displayText(cell: HostCell | undefined): string {
    if (cell === undefined) return '';
    const { value, format = 'General' } = cell;
    if (typeof value === 'number') {
      if (/[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, '')) && format !== 'General') return serialToText(value);
      const fixed = /^0\.(0+)$/.exec(format);
      return decimal(fixed ? value.toFixed(fixed[1].length) : String(value));
    }
    if (typeof value === 'boolean') return locale === 'ru-RU' ? (value ? 'ИСТИНА' : 'ЛОЖЬ') : value ? 'TRUE' : 'FALSE';
    return value;
  }
  /** The cells each merge covers but its top-left one, by sheet; rebuilt when the merges change. */
  const covered = new Map<HostSheet, { merges: string[]; count: number; cells: Set<string> }>();
  function coveredCells(sheet: HostSheet): Set<string> {
    const cached = covered.get(sheet);
    if (cached && cached.merges === sheet.merges && cached.count === sheet.merges.length) return cached.cells;
    const cells = new Set<string>();
    for (const merge of sheet.merges) {
      const box = parse(merge);
      for (let row = box.top; row <= box.bottom; row++) for (let column = box.left; column <= box.right; column++) cells.add(key(row, column));
      cells.delete(key(box.top, box.left));
    }
    covered.set(sheet, { merges: sheet.merges, count: sheet.merges.length, cells });
    return cells;
  }
  /** The cell as Excel shows it through the API: the covered cells of a merge are empty. */
  function cellAt(sheet: HostSheet, row: number, column: number): HostCell | undefined {
    if (sheet.merges.length > 0 && coveredCells(sheet).has(key(row, column))) return undefined;
    return sheet.cells.get(key(row, column));
  }

  function writeValue(sheet: HostSheet, row: number, column: number, value: unknown) {
    const existing = sheet.cells.get(key(row, column));
    const format = existing?.format;
    if (value === '' || value === null) {
      if (format) sheet.cells.set(key(row, column), { value: '', format });
      else sheet.cells.delete(key(row, column));
      return;
    }
    const cell: HostCell = { value: value as HostValue, format };
    if (typeof value === 'string' && format !== '@') {
      if (value.startsWith('=')) cell.formula = value;
      else if (value.trim() !== '' && !Number.isNaN(Number(value))) cell.value = Number(value);
    }
    sheet.cells.set(key(row, column), cell);
  }

  function sheetNamed(name: string): HostSheet {
    const sheet = sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw excelError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}`);
    return sheet;
  }

  // ---- ranges ----
  function range(sheet: HostSheet, box: Box, label?: string): Api {
    const { top, left, bottom, right } = box;
    const matrix = <T>(read: (cell: HostCell | undefined) => T): T[][] =>
      Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => read(cellAt(sheet, top + r, left + c))));
    const write = (values: unknown[][], apply: (row: number, column: number, value: unknown) => void) =>
      values.forEach((row, r) => row.forEach((value, c) => apply(top + r, left + c, value)));
    const address = label ?? boxText(box);
    let record: Api | null = null;
    /** What the add-in wrote through this range object, for the tests to inspect. */
    const written = (): Api => {
      if (!record) {
        record = { format: { font: {}, fill: {} }, dataValidation: {} };
        log.writes.push({ sheet: sheet.name, address, range: record });
      }
      return record;
    };
    const font: Api = {};
    const fill: Api = {};
    for (const [target, name] of [[font, 'font'], [fill, 'fill']] as const) {
      for (const property of ['bold', 'size', 'color'] as const) {
        Object.defineProperty(target, property, {
          set: (value: unknown) => {
            queued({ [property]: value });
            written().format[name][property] = value;
          },
        });
      }
    }
    const format: Api = {
      font,
      fill,
      borders: { getItem: () => ({}) },
      autofitRows: () => need(1.2, 'RangeFormat.autofitRows'),
    };
    for (const property of ['wrapText', 'verticalAlignment', 'columnWidth', 'rowHeight'] as const) {
      Object.defineProperty(format, property, {
        set: (value: unknown) => {
          if (property === 'columnWidth' || property === 'rowHeight') need(1.2, `RangeFormat.${property}`);
          queued({ [property]: value });
          written().format[property] = value;
          if (property === 'columnWidth') sheet.columnWidths[letters(left)] = value as number;
        },
      });
    }
    const object: Api = {
      format,
      worksheet: undefined as unknown,
      merge: () => {
        need(1.2, 'Range.merge');
        queued('merge');
        sheet.merges.push(address);
      },
      unmerge: () => {
        need(1.2, 'Range.unmerge');
        sheet.merges = sheet.merges.filter((merge) => !overlaps(parse(merge), box));
      },
      clear: () => {
        queued('clear');
        for (const position of Array.from(sheet.cells.keys())) {
          const [row, column] = position.split(',').map(Number);
          if (row >= top && row <= bottom && column >= left && column <= right) sheet.cells.delete(position);
        }
      },
      select: () => {
        queued('select');
        stats.selected = { sheet: sheet.name, address };
        log.selected.push({ sheet: sheet.name, address });
      },
    };
    Object.defineProperty(object, 'worksheet', { get: () => worksheet(sheet) });
    Object.defineProperty(object, 'dataValidation', {
      get: () => {
        need(1.8, 'Range.dataValidation');
        return {
          clear: () => queued('clearValidation'),
          set rule(rule: unknown) {
            queued(rule);
            sheet.validations.push({ range: address, rule });
            written().dataValidation.rule = rule;
          },
          set errorAlert(alert: unknown) {
            queued(alert);
            written().dataValidation.errorAlert = alert;
          },
        };
      },
    });
    Object.defineProperty(object, 'conditionalFormats', {
      get: () => {
        need(1.6, 'Range.conditionalFormats');
        const collection: Api = {
          add: (type: string) => {
            queued({ add: type });
            const added: HostFormat = { range: address, type, custom: { rule: { formula: '' }, format: { fill: {}, font: {} } } };
            const tracked = trackRequest(added);
            sheet.formats.push(added);
            log.addedFormats.push({ sheet: sheet.name, address, type, format: added });
            return tracked;
          },
        };
        return conditionalFormatCollection(sheet, collection);
      },
    });
    Object.defineProperty(object, 'values', {
      configurable: true,
      set: (values: unknown[][]) => {
        queued(values);
        write(values, (row, column, value) => writeValue(sheet, row, column, value));
        written().values = values;
      },
    });
    Object.defineProperty(object, 'numberFormat', {
      configurable: true,
      set: (formats: string[][]) => {
        queued(formats);
        write(formats, (row, column, value) => {
          const cell = sheet.cells.get(key(row, column)) ?? { value: '' };
          sheet.cells.set(key(row, column), { ...cell, format: String(value) });
        });
        written().numberFormat = formats;
      },
    });
    const readers: Record<string, () => unknown> = {
      address: () => `${quote(sheet.name)}!${boxText(box)}`,
      rowIndex: () => top - 1,
      columnIndex: () => left - 1,
      rowCount: () => bottom - top + 1,
      columnCount: () => right - left + 1,
      values: () => matrix((cell) => (cell ? cell.value : '')),
      text: () => matrix(displayText),
      numberFormat: () => matrix((cell) => cell?.format ?? 'General'),
      valueTypes: () =>
        matrix((cell) =>
          cell === undefined || cell.value === '' ? 'Empty' : cell.error ? 'Error' : typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String',
        ),
    };
    // Setters defined above stay; readers take the getters.
    for (const [property, read] of Object.entries(readers)) {
      const setter = Object.getOwnPropertyDescriptor(object, property)?.set;
      loadableProperty(object, property, read, setter);
    }
    object.load = (properties: string) => {
      const wanted = properties.split(',').map((property) => property.trim());
      for (const property of wanted) if (!(property in readers)) throw excelError('InvalidArgument', `host: cannot load Range.${property}`);
      queued({ load: wanted });
      pendingLoads.push({ target: object, properties: wanted, read: (property) => readers[property]() });
      return object;
    };
    object.__loaded = new Map<string, unknown>();
    // Ranges remember where they are, so tables.add and names.add take them without a load, as Excel does.
    object.__box = box;
    object.__sheet = sheet;
    return object;
  }

  /** A property readable after load and sync (the value of that sync), writable through `setter` if given. */
  function loadableProperty(target: Api, property: string, _read: () => unknown, setter?: (value: never) => void) {
    Object.defineProperty(target, property, {
      configurable: true,
      get: () => {
        const loaded = target.__loaded as Map<string, unknown>;
        if (!loaded.has(property)) {
          throw excelError(
            'PropertyNotLoaded',
            `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
          );
        }
        return loaded.get(property);
      },
      set: setter,
    });
  }

  /** Property writes on an object the add-in configures (a conditional format, a chart title) count in the request. */
  function trackRequest<T extends object>(target: T): T {
    return new Proxy(target, {
      get: (object, property) => {
        const value = Reflect.get(object, property);
        return typeof value === 'object' && value !== null ? trackRequest(value) : value;
      },
      set: (object, property, value) => {
        queued({ [String(property)]: value });
        return Reflect.set(object, property, value);
      },
    });
  }

  const overlaps = (a: Box, b: Box) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

  function conditionalFormatCollection(sheet: HostSheet, collection: Api): Api {
    collection.load = () => {
      queued({ load: 'conditionalFormats' });
      pendingLoads.push({
        target: collection,
        properties: ['items'],
        read: () => sheet.formats.filter((format) => !format.deleted).map((format) => ({ type: format.type, formula: format.custom.rule.formula })),
      });
      return collection;
    };
    collection.__loaded = new Map<string, unknown>();
    Object.defineProperty(collection, 'items', {
      get: () => {
        if (!collection.__loaded.has('items')) throw excelError('PropertyNotLoaded', "The property 'items' is not available.");
        const live = sheet.formats.filter((format) => !format.deleted);
        return live.map((format) => ({
          type: format.type,
          customOrNullObject: { isNullObject: format.type !== 'Custom', rule: { formula: format.custom.rule.formula } },
          delete: () => {
            queued('delete');
            format.deleted = true;
            log.deletedFormulas.push(format.custom.rule.formula);
          },
        }));
      },
    });
    return collection;
  }

  function usedBox(sheet: HostSheet, valuesOnly: boolean): Box | null {
    let box: Box | null = null;
    for (const [position, cell] of sheet.cells) {
      if (valuesOnly && cell.value === '') continue;
      const [row, column] = position.split(',').map(Number);
      box = box
        ? { top: Math.min(box.top, row), left: Math.min(box.left, column), bottom: Math.max(box.bottom, row), right: Math.max(box.right, column) }
        : { top: row, left: column, bottom: row, right: column };
    }
    return box;
  }

  /** A collection whose `items` are readable after `load('items/…')` and a sync: the items of that sync. */
  function collectionOf<T>(items: () => T[], describe: (item: T) => Record<string, () => unknown>, api: (item: T) => Api): Api {
    const collection: Api = { __loaded: new Map<string, unknown>() };
    let identities: T[] = [];
    collection.load = (properties: string) => {
      const paths = properties.split(',').map((path) => path.trim().replace(/^items\//, ''));
      queued({ load: properties });
      pendingLoads.push({
        target: collection,
        properties: ['items'],
        read: () => {
          identities = items();
          return identities.map((item) => {
            const readers = describe(item);
            return Object.fromEntries(
              paths.map((path) => {
                if (!(path in readers)) throw excelError('InvalidArgument', `host: cannot load items/${path}`);
                return [path, readers[path]()];
              }),
            );
          });
        },
      });
      return collection;
    };
    Object.defineProperty(collection, 'items', {
      get: () => {
        if (!collection.__loaded.has('items')) {
          throw excelError('PropertyNotLoaded', "The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.");
        }
        const snapshot = collection.__loaded.get('items') as Record<string, unknown>[];
        return snapshot.map((properties, index) => {
          const item = api(identities[index]);
          for (const [property, value] of Object.entries(properties)) {
            if (item.__loaded instanceof Map) item.__loaded.set(property, value);
            else if (!Object.getOwnPropertyDescriptor(item, property)?.get) item[property] = value;
          }
          return item;
        });
      },
    });
    return collection;
  }

  // ---- worksheets, tables, names ----
  function worksheet(sheet: HostSheet): Api {
    const api: Api = {
      getRange: (address?: string) =>
        address === undefined ? range(sheet, { top: 1, left: 1, bottom: 1048576, right: 16384 }, 'A:XFD') : range(sheet, parse(address), address.replace(/\$/g, '')),
      getUsedRange: (valuesOnly?: boolean) => {
        if (valuesOnly !== undefined) need(1.2, 'Worksheet.getUsedRange(valuesOnly)');
        return range(sheet, usedBox(sheet, valuesOnly === true) ?? { top: 1, left: 1, bottom: 1, right: 1 });
      },
      getUsedRangeOrNullObject: (valuesOnly = false) => {
        need(1.4, 'Worksheet.getUsedRangeOrNullObject');
        const box = usedBox(sheet, valuesOnly);
        return nullable(range(sheet, box ?? { top: 1, left: 1, bottom: 1, right: 1 }), () => box === null);
      },
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
        need(1.7, 'Worksheet.getRangeByIndexes');
        return range(sheet, { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns });
      },
      tables: withMembers(collectionOf(() => tables.filter((table) => table.sheet === sheet), (table) => ({ name: () => table.name }), tableApi), {
        add: (target: Api, hasHeaders: boolean) => {
          queued('addTable');
          const box = target.__box as Box;
          const table: HostTable = { name: `Table${tables.length + 1}`, sheet, ...box };
          tables.push(table);
          log.addedTables.push({ sheet: sheet.name, address: boxText(box), hasHeaders, table });
          return tableApi(table);
        },
      }),
      charts: withMembers(
        collectionOf(
          () => sheet.charts.filter((chart) => !chart.deleted),
          (chart) => ({ name: () => chart.title.text ?? '' }),
          (chart) => ({ delete: () => (chart.deleted = true) }),
        ),
        {
          add: (type: string, source: Api) => {
            queued('addChart');
            const entry: HostSheet['charts'][number] = { type, source: `${quote(sheet.name)}!${boxText(source.__box as Box)}`, title: {}, secondarySeries: [] };
            sheet.charts.push(entry);
            const series = {
              getItemAt: (index: number) => ({
                set axisGroup(group: string) {
                  need(1.8, 'ChartSeries.axisGroup');
                  queued({ axisGroup: group });
                  if (group === 'Secondary') entry.secondarySeries.push(index);
                },
              }),
            };
            const chart = trackRequest({ title: entry.title, series, setPosition: (from: string, to: string) => (entry.position = [from, to]) });
            log.charts.push({ sheet: sheet.name, type, source: boxText(source.__box as Box), chart: { title: entry.title } });
            return chart;
          },
        },
      ),
      activate: () => {
        queued('activate');
        stats.active = sheet.name;
        log.activated.push(sheet.name);
      },
      delete: () => {
        queued('delete');
        sheets.splice(sheets.indexOf(sheet), 1);
        log.deletedSheets.push(sheet.name);
      },
    };
    Object.defineProperty(api, 'freezePanes', {
      get: () => {
        need(1.7, 'Worksheet.freezePanes');
        return {
          freezeRows: (rows: number) => {
            sheet.frozenRows = rows;
            log.frozenRows.push({ sheet: sheet.name, rows });
          },
        };
      },
    });
    Object.defineProperty(api, 'pageLayout', {
      get: () => {
        need(1.9, 'Worksheet.pageLayout');
        return sheet.pageLayout;
      },
    });
    Object.defineProperty(api, 'horizontalPageBreaks', {
      get: () => {
        need(1.9, 'Worksheet.horizontalPageBreaks');
        return {
          add: (address: string) => {
            queued({ pageBreak: address });
            sheet.printing.breaksBefore.push(address);
          },
        };
      },
    });
    api.__loaded = new Map<string, unknown>();
    loadableProperty(api, 'name', () => sheet.name);
    loadableProperty(api, 'position', () => sheets.indexOf(sheet), (position: never) => {
      queued({ position });
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
    api.load = (properties: string) => {
      const wanted = properties.split(',').map((property) => property.trim());
      queued({ load: wanted });
      pendingLoads.push({ target: api, properties: wanted, read: (property) => (property === 'name' ? sheet.name : sheets.indexOf(sheet)) });
      return api;
    };
    return api;
  }

  /** Methods beside a collection's load and items (add, getItem…). */
  function withMembers(collection: Api, members: Api): Api {
    return Object.assign(collection, members);
  }

  function tableApi(table: HostTable): Api {
    const api: Api = {
      getRange: () => range(table.sheet, table),
      getHeaderRowRange: () => range(table.sheet, { ...table, bottom: table.top }),
      delete: () => {
        queued('deleteTable');
        tables.splice(tables.indexOf(table), 1);
      },
      columns: {
        add: (index: number | undefined, values: unknown, columnName?: string) => {
          if (index === undefined || index === null || columnName !== undefined) need(1.4, 'TableColumnCollection.add without an index or with a name');
          queued({ addColumn: columnName, values });
          table.right++;
          writeValue(table.sheet, table.top, table.right, columnName ?? `Column${table.right - table.left + 1}`);
          log.addedTableColumns.push({ table: table.name, name: columnName });
          return {};
        },
      },
    };
    Object.defineProperty(api, 'name', {
      get: () => table.name,
      set: (name: string) => {
        queued({ name });
        table.name = name;
      },
    });
    Object.defineProperty(api, 'style', { set: (style: string) => (table.style = style) });
    return api;
  }

  const r1c1 = (box: Box) => (box.top === box.bottom && box.left === box.right ? `R${box.top}C${box.left}` : `R${box.top}C${box.left}:R${box.bottom}C${box.right}`);
  const a1 = (box: Box) => (box.top === box.bottom && box.left === box.right ? `$${letters(box.left)}$${box.top}` : `$${letters(box.left)}$${box.top}:$${letters(box.right)}$${box.bottom}`);
  const nameBroken = (entry: { sheet: HostSheet }) => !sheets.includes(entry.sheet);
  const nameValue = (entry: { sheet: HostSheet; box: Box }) =>
    nameBroken(entry) ? '#REF!' : `=${quote(entry.sheet.name)}!${referenceStyle === 'R1C1' ? r1c1(entry.box) : a1(entry.box)}`;

  function namedItem(name: string): Api {
    const api: Api = {
      getRange: () => {
        const entry = names.get(name);
        if (!entry || nameBroken(entry)) throw excelError('InvalidReference', `This reference isn't valid: ${name}`);
        return range(entry.sheet, entry.box);
      },
      delete: () => {
        need(1.4, 'NamedItem.delete');
        queued('deleteName');
        names.delete(name);
        log.deletedNames.push(name);
      },
    };
    return api;
  }

  const workbookNames: Api = withMembers(
    collectionOf(
      () => Array.from(names.keys()),
      (name) => ({
        name: () => name,
        type: () => (nameBroken(names.get(name) as { sheet: HostSheet }) ? 'Error' : 'Range'),
        value: () => nameValue(names.get(name) as { sheet: HostSheet; box: Box }),
      }),
      (name) => namedItem(name),
    ),
    {
    getItem: (name: string) => {
      if (!names.has(name)) throw excelError('ItemNotFound', `The requested resource doesn't exist: name ${name}`);
      return namedItem(name);
    },
    getItemOrNullObject: (name: string) => {
      need(1.4, 'NamedItemCollection.getItemOrNullObject');
      const item = namedItem(name);
      item.__loaded = new Map<string, unknown>();
      loadableProperty(item, 'value', () => null);
      item.load = (properties: string) => {
        queued({ load: properties });
        pendingLoads.push({ target: item, properties: ['value'], read: () => { const entry = names.get(name); return entry ? nameValue(entry) : ''; } });
        return item;
      };
      return nullable(item, () => !names.has(name));
    },
    add: (name: string, reference: Api) => {
      need(1.4, 'NamedItemCollection.add');
      queued({ addName: name });
      const box = reference.__box as Box;
      const sheet = reference.__sheet as HostSheet;
      names.set(name, { sheet, box });
      log.addedNames.push({ name, reference: boxText(box) === 'A1:A1' ? 'A1' : boxText(box) });
    },
  });

  const worksheetsApi: Api = withMembers(collectionOf(() => sheets.slice(), (sheet) => ({ name: () => sheet.name, position: () => sheets.indexOf(sheet) }), worksheet), {
    getItem: (name: string) => worksheet(sheetNamed(name)),
    getActiveWorksheet: () => worksheet(sheetNamed(stats.active)),
    add: (name: string) => {
      queued({ addSheet: name });
      if (sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) throw excelError('ItemAlreadyExists', `A sheet named ${name} already exists`);
      log.addedSheets.push(name);
      return worksheet(newSheet(name));
    },
  });

  const tablesApi: Api = withMembers(collectionOf(() => tables.slice(), (table) => ({ name: () => table.name }), tableApi), {
    getItem: (name: string) => {
      const table = tables.find((candidate) => candidate.name === name);
      if (!table) throw excelError('ItemNotFound', `The requested resource doesn't exist: table ${name}`);
      return tableApi(table);
    },
  });

  const workbook: Api = {
    getSelectedRange: () => {
      if (seed.selection && !stats.selected) {
        const text = seed.selection;
        const bang = text.lastIndexOf('!');
        return range(sheetNamed(text.slice(0, bang).replace(/^'(.*)'$/, '$1')), parse(text.slice(bang + 1)));
      }
      return range(sheetNamed(stats.active), { top: 1, left: 1, bottom: 1, right: 1 });
    },
    worksheets: worksheetsApi,
    tables: tablesApi,
    names: workbookNames,
  };

  // ---- Office: per-runtime settings, requirement sets ----
  const documentSettings = new Map<string, unknown>(Object.entries(seed.settings ?? {}));
  /** What a dialog page sent its opener through messageParent. */
  const dialogMessages: string[] = [];
  const isSetSupported = (name: string, version?: string) => name === 'ExcelApi' && (version === undefined || Number(version) <= tier + 1e-9);

  /** One JavaScript runtime (the pane, or the ribbon's function file): its own copy of the document settings. */
  function runtime() {
    let copy = new Map(documentSettings);
    return {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
      context: {
        ui: { messageParent: (message: string) => void dialogMessages.push(message) },
        displayLanguage: seed.displayLanguage ?? 'ru-RU',
        officeTheme: { bodyBackgroundColor: '#FFFFFF' },
        requirements: { isSetSupported },
        document: {
          settings: {
            get: (name: string) => (copy.has(name) ? structuredClone(copy.get(name)) : null),
            set: (name: string, value: unknown) => void copy.set(name, structuredClone(value)),
            remove: (name: string) => void copy.delete(name),
            saveAsync: (callback?: (result: { status: string }) => void) => {
              for (const [name, value] of copy) documentSettings.set(name, structuredClone(value));
              setTimeout(() => callback?.({ status: 'succeeded' }), 0);
            },
            refreshAsync: (callback?: (result: { status: string }) => void) => {
              copy = new Map(Array.from(documentSettings, ([name, value]) => [name, structuredClone(value)]));
              setTimeout(() => callback?.({ status: 'succeeded' }), 0);
            },
          },
        },
      },
      actions: { associate: () => undefined },
      onReady: (callback?: (info: { host: string | null; platform: string | null }) => void) => {
        const info = seed.host === null ? { host: null, platform: null } : { host: 'Excel', platform: 'OfficeOnline' };
        callback?.(info);
        return Promise.resolve(info);
      },
    };
  }

  const context = () => ({ workbook, sync });
  const Excel = {
    run: async <T>(batch: (context: unknown) => Promise<T>) => {
      pendingLoads = [];
      nullChecks = [];
      requestBytes = 0;
      const result = await batch(context());
      // Excel.run syncs what is still queued when the batch returns.
      if (requestBytes > 0) await sync();
      return result;
    },
  };

  /** What the tests read back. */
  const inspect = {
    state: stats,
    log,
    requests,
    responses,
    dialogMessages,
    documentSettings,
    sheetNames: () => sheets.map((sheet) => sheet.name),
    cell: (sheetName: string, address: string) => {
      const sheet = sheets.find((candidate) => candidate.name === sheetName);
      const { top, left } = parse(address);
      return sheet?.cells.get(key(top, left)) ?? null;
    },
    cells: (sheetName: string) => {
      const sheet = sheets.find((candidate) => candidate.name === sheetName);
      return sheet ? Array.from(sheet.cells.values()) : [];
    },
    /** Rows of values of a sheet from A1, as a person would read them. */
    rows: (sheetName: string) => {
      const sheet = sheetNamed(sheetName);
      const box = usedBox(sheet, true);
      if (!box) return [];
      return Array.from({ length: box.bottom }, (_, r) => Array.from({ length: box.right }, (_, c) => cellAt(sheet, r + 1, c + 1)?.value ?? null));
    },
    formats: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.formats.filter((format) => !format.deleted) ?? [],
    validations: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.validations ?? [],
    charts: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.charts.filter((chart) => !chart.deleted) ?? [],
    pageLayout: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.pageLayout ?? null,
    printing: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.printing ?? null,
    frozenRows: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.frozenRows ?? 0,
    merges: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.merges ?? [],
    tables: () => tables.map((table) => ({ name: table.name, sheet: table.sheet.name, address: boxText(table) })),
    names: () => Object.fromEntries(Array.from(names, ([name, entry]) => [name, nameValue(entry)])),
  };

  return { Office: runtime(), runtime, Excel, context, inspect };
}

declare const window: Record<string, unknown> | undefined;
if (typeof window !== 'undefined' && window.__E2E_SEED__) {
  const seed = window.__E2E_SEED__ as HostSeed & { options?: HostOptions };
  const host = createOfficeHost(seed, seed.options);
  Object.assign(window, { Office: host.Office, Excel: host.Excel, __workbook: host.inspect });
}
