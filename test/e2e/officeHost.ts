/**
 * A scripted Office host for the end-to-end test, served in place of office.js: `Office` and `Excel` globals
 * backed by an in-memory workbook. It runs in the browser as a plain script (no imports), transpiled by the test.
 * Writes apply at once (a real host applies them at sync, in the same order); syncs are counted.
 * Like Excel, a string written into a cell becomes a formula when it starts with "=" and a number when it reads
 * as one — unless the cell is formatted as text — so the test sees what the add-in really asked for.
 */

interface HostCell {
  value: string | number | boolean;
  formula?: string;
  format?: string;
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
  charts: { type: string; source: string; title: { text?: string }; position?: [string, string]; secondarySeries: number[] }[];
  validations: { range: string; rule: unknown }[];
  frozenRows: number;
  /** What the add-in set of the sheet's print layout (orientation, zoom). */
  pageLayout: Record<string, unknown>;
  merges: string[];
  /** What prints: the rows repeated on each page and the cells new pages start at (ExcelApi 1.9). */
  printing: { titleRows: string | null; breaksBefore: string[] };
}

interface HostTable {
  name: string;
  sheet: HostSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
  style?: string;
}

interface HostSeed {
  sheets: { name: string; rows: (string | number | null)[][] }[];
  displayLanguage: string;
  /** Document settings as saved in the workbook. */
  settings: Record<string, unknown>;
}

(() => {
  const seed = (window as unknown as { __E2E_SEED__: HostSeed }).__E2E_SEED__;
  const key = (row: number, column: number) => `${row},${column}`;
  const letters = (column: number): string => {
    let text = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    return text;
  };
  const quote = (name: string) => (/^[\p{L}\d_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
  const parse = (address: string) => {
    const [a, b = a] = address.replace(/\$/g, '').split(':');
    const cell = (text: string) => {
      const match = /^([A-Z]+)(\d+)$/.exec(text);
      if (!match) throw new Error(`host: bad address ${address}`);
      let column = 0;
      for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
      return { row: Number(match[2]), column };
    };
    const start = cell(a);
    const end = cell(b);
    return { top: start.row, left: start.column, bottom: end.row, right: end.column };
  };
  const excelError = (code: string, message: string) => Object.assign(new Error(message), { code });

  const sheets: HostSheet[] = [];
  const tables: HostTable[] = [];
  const names = new Map<string, string>();
  const state = { syncs: 0, selected: null as null | { sheet: string; address: string }, active: '' };

  const newSheet = (name: string): HostSheet => {
    const printing: HostSheet['printing'] = { titleRows: null, breaksBefore: [] };
    // The method is not enumerable: pageLayout() hands back the plain settings.
    const pageLayout = Object.defineProperty({}, 'setPrintTitleRows', { value: (rows: string) => (printing.titleRows = rows), enumerable: false });
    const sheet: HostSheet = { name, cells: new Map(), formats: [], charts: [], validations: [], frozenRows: 0, merges: [], pageLayout, printing };
    sheets.push(sheet);
    return sheet;
  };
  for (const { name, rows } of seed.sheets) {
    const sheet = newSheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => value !== null && value !== '' && sheet.cells.set(key(r + 1, c + 1), { value })));
  }
  state.active = sheets[0].name;

  const serialToText = (serial: number) => {
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
    return `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;
  };

  function writeValue(sheet: HostSheet, row: number, column: number, value: unknown) {
    const existing = sheet.cells.get(key(row, column));
    const format = existing?.format;
    if (value === '' || value === null) {
      if (format) sheet.cells.set(key(row, column), { value: '', format });
      else sheet.cells.delete(key(row, column));
      return;
    }
    const cell: HostCell = { value: value as string | number | boolean, format };
    if (typeof value === 'string' && format !== '@') {
      if (value.startsWith('=')) cell.formula = value;
      else if (value.trim() !== '' && !Number.isNaN(Number(value))) cell.value = Number(value);
    }
    sheet.cells.set(key(row, column), cell);
  }

  function range(sheet: HostSheet, top: number, left: number, bottom: number, right: number): Record<string, unknown> {
    const matrix = <T,>(read: (cell: HostCell | undefined) => T): T[][] =>
      Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => read(sheet.cells.get(key(top + r, left + c)))));
    const write = (values: unknown[][], apply: (row: number, column: number, value: unknown) => void) =>
      values.forEach((row, r) => row.forEach((value, c) => apply(top + r, left + c, value)));
    const boxAddress = `${letters(left)}${top}:${letters(right)}${bottom}`;
    const object: Record<string, unknown> = {
      isNullObject: false,
      load: () => object,
      rowIndex: top - 1,
      columnIndex: left - 1,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
      format: { font: {}, fill: {}, borders: { getItem: () => ({}) } },
      dataValidation: {
        clear: () => undefined,
        set rule(rule: unknown) {
          sheet.validations.push({ range: boxAddress, rule });
        },
      },
      conditionalFormats: {
        load: () => undefined,
        get items() {
          return sheet.formats.filter((format) => !format.deleted).map((format) => ({
            type: format.type,
            customOrNullObject: { isNullObject: format.type !== 'Custom', rule: format.custom.rule },
            delete: () => (format.deleted = true),
          }));
        },
        add: (type: string) => {
          const format: HostFormat = { range: boxAddress, type, custom: { rule: { formula: '' }, format: { fill: {}, font: {} } } };
          sheet.formats.push(format);
          return format;
        },
      },
      merge: () => sheet.merges.push(boxAddress),
      select: () => (state.selected = { sheet: sheet.name, address: boxAddress }),
    };
    Object.defineProperties(object, {
      address: { get: () => `${quote(sheet.name)}!${boxAddress}` },
      values: {
        get: () => matrix((cell) => (cell ? cell.value : '')),
        set: (values: unknown[][]) => write(values, (row, column, value) => writeValue(sheet, row, column, value)),
      },
      numberFormat: {
        get: () => matrix((cell) => cell?.format ?? 'General'),
        set: (formats: string[][]) =>
          write(formats, (row, column, format) => {
            const cell = sheet.cells.get(key(row, column)) ?? { value: '' };
            sheet.cells.set(key(row, column), { ...cell, format: String(format) });
          }),
      },
      text: {
        get: () => matrix((cell) => (cell === undefined ? '' : typeof cell.value === 'number' && /d|y/.test(cell.format ?? '') ? serialToText(cell.value) : String(cell.value))),
      },
      valueTypes: {
        get: () => matrix((cell) => (cell === undefined || cell.value === '' ? 'Empty' : typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String')),
      },
    });
    return object;
  }

  function usedBox(sheet: HostSheet, valuesOnly: boolean) {
    let box: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const [position, cell] of sheet.cells) {
      if (valuesOnly && cell.value === '') continue;
      const [row, column] = position.split(',').map(Number);
      box = box
        ? { top: Math.min(box.top, row), left: Math.min(box.left, column), bottom: Math.max(box.bottom, row), right: Math.max(box.right, column) }
        : { top: row, left: column, bottom: row, right: column };
    }
    return box;
  }

  function worksheet(sheet: HostSheet): Record<string, unknown> {
    return {
      name: sheet.name,
      load: () => undefined,
      getRange: (address?: string) => {
        if (address === undefined) return range(sheet, 1, 1, 1048576, 16384);
        const box = parse(address);
        return range(sheet, box.top, box.left, box.bottom, box.right);
      },
      getUsedRange: (valuesOnly = false) => {
        const box = usedBox(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 };
        return range(sheet, box.top, box.left, box.bottom, box.right);
      },
      getUsedRangeOrNullObject: (valuesOnly = false) => {
        const box = usedBox(sheet, valuesOnly);
        return box ? range(sheet, box.top, box.left, box.bottom, box.right) : { isNullObject: true, load: () => undefined };
      },
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => range(sheet, row + 1, column + 1, row + rows, column + columns),
      tables: {
        add: (target: { address: string }, hasHeaders: boolean) => {
          if (!hasHeaders) throw new Error('host: tables without headers are not scripted');
          const box = parse(target.address.slice(target.address.lastIndexOf('!') + 1));
          const table: HostTable = { name: `Table${tables.length + 1}`, sheet, ...box };
          tables.push(table);
          return table;
        },
      },
      charts: {
        add: (type: string, source: { address: string }) => {
          const chartEntry: HostSheet['charts'][number] = { type, source: source.address, title: {}, secondarySeries: [] };
          const chart = {
            type,
            source: source.address,
            title: chartEntry.title,
            setPosition: (from: string, to: string) => (chartEntry.position = [from, to]),
            series: {
              getItemAt: (index: number) => ({
                set axisGroup(group: string) {
                  if (group === 'Secondary') chartEntry.secondarySeries.push(index);
                },
              }),
            },
          };
          sheet.charts.push(chartEntry);
          return chart;
        },
      },
      freezePanes: { freezeRows: (rows: number) => (sheet.frozenRows = rows) },
      pageLayout: sheet.pageLayout,
      horizontalPageBreaks: { add: (address: string) => sheet.printing.breaksBefore.push(address) },
      activate: () => (state.active = sheet.name),
      delete: () => sheets.splice(sheets.indexOf(sheet), 1),
    };
  }

  function tableApi(table: HostTable): Record<string, unknown> {
    return {
      name: table.name,
      getRange: () => range(table.sheet, table.top, table.left, table.bottom, table.right),
      getHeaderRowRange: () => range(table.sheet, table.top, table.left, table.top, table.right),
      columns: {
        add: (_index: unknown, _values: unknown, name: string) => {
          table.right++;
          writeValue(table.sheet, table.top, table.right, name);
          return {};
        },
      },
    };
  }

  const workbook = {
    getSelectedRange: () => {
      const sheet = sheets.find((candidate) => candidate.name === state.active) ?? sheets[0];
      return range(sheet, 1, 1, 1, 1);
    },
    worksheets: {
      load: () => undefined,
      get items() {
        return sheets.map(worksheet);
      },
      getItem: (name: string) => {
        const sheet = sheets.find((candidate) => candidate.name === name);
        if (!sheet) throw excelError('ItemNotFound', `No sheet ${name}`);
        return worksheet(sheet);
      },
      add: (name: string) => {
        if (sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) throw excelError('ItemAlreadyExists', name);
        return worksheet(newSheet(name));
      },
    },
    tables: {
      load: () => undefined,
      get items() {
        return tables.map(tableApi);
      },
      getItem: (name: string) => {
        const table = tables.find((candidate) => candidate.name === name);
        if (!table) throw excelError('ItemNotFound', `No table ${name}`);
        return tableApi(table);
      },
    },
    names: {
      getItemOrNullObject: (name: string) => ({
        isNullObject: !names.has(name),
        value: names.get(name) ?? '',
        load: () => undefined,
        delete: () => names.delete(name),
      }),
      add: (name: string, reference: { address: string }) => names.set(name, `=${reference.address}`),
    },
  };

  const settings = new Map<string, unknown>(Object.entries(seed.settings));
  /** What a dialog page sent its opener through messageParent. */
  const dialogMessages: string[] = [];
  const host = {
    Office: {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
      context: {
        ui: { messageParent: (message: string) => void dialogMessages.push(message) },
        displayLanguage: seed.displayLanguage,
        officeTheme: { bodyBackgroundColor: '#FFFFFF' },
        requirements: { isSetSupported: () => true },
        document: {
          settings: {
            get: (name: string) => settings.get(name) ?? null,
            set: (name: string, value: unknown) => settings.set(name, value),
            saveAsync: (callback: (result: { status: string }) => void) => callback({ status: 'succeeded' }),
          },
        },
      },
      actions: { associate: () => undefined },
      onReady: (callback?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        callback?.(info);
        return Promise.resolve(info);
      },
    },
    Excel: {
      run: async <T,>(batch: (context: unknown) => Promise<T>) => batch({ workbook, sync: async () => void state.syncs++ }),
    },
  };
  Object.assign(window, host);

  /** What the test reads back. */
  (window as unknown as { __workbook: unknown }).__workbook = {
    state,
    dialogMessages,
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
    formats: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.formats.filter((format) => !format.deleted) ?? [],
    charts: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.charts ?? [],
    pageLayout: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.pageLayout ?? null,
    printing: (sheetName: string) => sheets.find((candidate) => candidate.name === sheetName)?.printing ?? null,
    names: () => Object.fromEntries(names),
  };
})();
