import { isDateNumberFormat, toEngineCell } from '../../src/excel/cellValues';
import { parseRangeAddress } from '../../src/excel/address';
import { toHostProblem } from '../../src/excel/errors';
import { excelWorkbookPort } from '../../src/excel/excelWorkbookPort';
import { readSettings } from '../../src/host/settings';

describe('number formats that show dates', () => {
  test.each(['dd.mm.yyyy', 'DD.MM.YYYY', 'm/d/yyyy', '[$-419]d mmmm yyyy "г."', 'd-mmm-yy', 'yyyy-mm-dd h:mm'])('%s is a date', (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });
  test.each(['General', '0.00', '0%', '@', 'h:mm:ss', '"день "0', '# ##0,00 ₽', '[Red]0.0'])('%s is not', (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });
});

describe('cells as the engine sees them', () => {
  test('a date-formatted number is a date', () => {
    expect(toEngineCell(44408, 'dd.mm.yyyy', 'Double')).toEqual({ value: { kind: 'date', iso: '2021-07-31' } });
  });
  test('a number with fixed decimals reads as the CLI reads it (1.10 is not 1.1), whatever Excel displays', () => {
    expect(toEngineCell(1.1, '0.00', 'Double')).toEqual({ value: 1.1, text: '1.10' });
    // Russian Excel displays «1,1»; the display text is never loaded, the value is.
    expect(toEngineCell(1.1, 'General', 'Double')).toEqual({ value: 1.1 });
  });
  test('empty cells, errors, text', () => {
    expect(toEngineCell('', 'General', 'Empty')).toEqual({ value: null });
    expect(toEngineCell('#N/A', 'General', 'Error')).toEqual({ value: { kind: 'error', code: '#N/A' } });
    expect(toEngineCell('#N/A', 'General', 'String')).toEqual({ value: '#N/A' });
  });
});

test('addresses Excel reports', () => {
  expect(parseRangeAddress("'План (2)'!$B$2:$H$20")).toEqual({ sheet: 'План (2)', top: 2, left: 2, bottom: 20, right: 8 });
  expect(parseRangeAddress('=Лист1!A1')).toEqual({ sheet: 'Лист1', top: 1, left: 1, bottom: 1, right: 1 });
  expect(parseRangeAddress("'It''s'!AA10")).toMatchObject({ sheet: "It's", left: 27 });
  expect(parseRangeAddress('#REF!')).toBeNull();
});

describe('Excel refusals become problems the pane explains', () => {
  test.each([
    ['AccessDenied', 'protected'],
    ['InvalidOperationInCellEditMode', 'edit-mode'],
    ['ItemNotFound', 'not-found'],
    ['RequestPayloadSizeLimitExceeded', 'too-large'],
    ['ResponsePayloadSizeLimitExceeded', 'too-large'],
    ['ApiNotFound', 'unsupported'],
    ['GeneralException', 'unknown'],
  ])('%s → %s', (code, kind) => {
    const problem = toHostProblem(Object.assign(new Error('Excel said no'), { code }));
    expect(problem.kind).toBe(kind);
    expect(problem.detail).toContain('Excel said no');
  });

  test('the port turns a failed batch into a problem', async () => {
    const excel = { run: jest.fn(async () => Promise.reject(Object.assign(new Error('The sheet is protected'), { code: 'AccessDenied' }))) };
    (globalThis as unknown as { Excel: unknown }).Excel = excel;
    const port = excelWorkbookPort({ newSheetName: 'Дорожная карта', isSetSupported: () => true });
    await expect(port.findRoadmap()).rejects.toMatchObject({ name: 'HostProblem', kind: 'protected' });
  });
});

test('settings stored in the workbook: unreadable fields fall back to the defaults', () => {
  expect(readSettings({ reportDate: '2021-09-01', dueSoonDays: 7, periodEnd: '2021-12-31', chair: ' И.И.  Петрова ' })).toEqual({
    reportDate: '2021-09-01', dueSoonDays: 7, periodEnd: '2021-12-31', chair: 'И.И. Петрова',
  });
  expect(readSettings({ reportDate: '31.09.2021', dueSoonDays: -3, periodEnd: 5, chair: 7 })).toEqual({ reportDate: null, dueSoonDays: 14, periodEnd: null, chair: null });
  expect(readSettings({ chair: '   ' }).chair).toBeNull();
  expect(readSettings({ chair: 'И'.repeat(121) }).chair).toBeNull();
  // Settings saved by an add-in without the chair's name read as before.
  expect(readSettings({ reportDate: '2021-09-01' })).toEqual({ reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: null, chair: null });
  expect(readSettings(null)).toEqual({ reportDate: null, dueSoonDays: 14, periodEnd: null, chair: null });
});
