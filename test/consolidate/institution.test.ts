import { detectInstitution, institutionName, nameFromFile } from '../../src/consolidate/institution';
import { statedReportDate, workbookAsOf } from '../../src/consolidate/reportDate';

const noClues = { properties: [], titleLines: [] };

describe('the institution a workbook belongs to', () => {
  test.each([
    ['КГКОУ ШИ 14', 'КГКОУ ШИ 14'],
    ['ГКУ ЦЗН г. Бийска', 'ГКУ ЦЗН г. Бийска'],
    ['МБОУ «СОШ № 5»', 'МБОУ «СОШ № 5»'],
    ['ЦЗН Рубцовска', 'ЦЗН Рубцовска'],
    ['Центр занятости населения г. Барнаула', 'Центр занятости населения г. Барнаула'],
    ['Краевое государственное казённое общеобразовательное учреждение «Школа-интернат № 14»', 'Краевое государственное казённое общеобразовательное учреждение «Школа-интернат № 14»'],
    ['Учреждение: школа-интернат № 3', 'школа-интернат № 3'],
    ['  КГБУ   «Центр   помощи»  ', 'КГБУ «Центр помощи»'],
  ])('«%s» names an institution', (line, name) => {
    expect(institutionName(line)).toBe(name);
  });

  test.each([
    'ПРОГРАММА (РЕГЛАМЕНТ)',
    'Версия от 26.07.2021 г.',
    'Дорожная карта на 2022 год',
    'Microsoft',
    'Home',
    'У нас всё хорошо',
    'Бюджет',
  ])('«%s» does not', (line) => {
    expect(institutionName(line)).toBeNull();
  });

  test('a title line above the table names it', () => {
    const found = detectInstitution({ ...noClues, titleLines: ['Дорожная карта', 'КГКОУ ШИ 14'], file: 'inbox/plan.xlsx' });
    expect(found).toEqual({ name: 'КГКОУ ШИ 14', source: 'title' });
  });

  test('a document property that reads like a name is used when the titles say nothing', () => {
    const found = detectInstitution({ properties: ['План', 'КГБУ «Центр помощи детям»'], titleLines: ['ПРОГРАММА'], file: 'x.xlsx' });
    expect(found).toEqual({ name: 'КГБУ «Центр помощи детям»', source: 'property' });
  });

  test('a company field left by the installer is not taken for a name', () => {
    const found = detectInstitution({ properties: ['Microsoft', 'SPecialiST RePack'], titleLines: [], file: 'inbox/ЦЗН_Бийск.xlsx' });
    expect(found).toEqual({ name: 'ЦЗН Бийск', source: 'file' });
  });

  test('a custom property named «Учреждение» wins over everything else', () => {
    const found = detectInstitution({
      properties: ['КГБУ Другое'],
      customProperties: { Автор: 'Иванов', ' учреждение ': 'Школа № 7' },
      titleLines: ['КГКОУ ШИ 14'],
      file: 'a.xlsx',
    });
    expect(found).toEqual({ name: 'Школа № 7', source: 'property' });
  });

  test('else the file name, without folder and extension', () => {
    expect(nameFromFile('C:\\Входящие\\Школа_№_3 (копия).xlsx')).toBe('Школа № 3 (копия)');
    expect(nameFromFile('inbox/region/plan.XLSX')).toBe('plan');
  });
});

describe('the date a workbook reports for', () => {
  test('a title line stating it', () => {
    expect(statedReportDate(['Дорожная карта', 'по состоянию на 01.09.2021 г.'])).toBe('2021-09-01');
    expect(statedReportDate(['Отчёт на 5.3.22'])).toBe('2022-03-05');
    expect(statedReportDate(['as of 31.12.2023'])).toBe('2023-12-31');
  });

  test('an impossible date is not a date', () => {
    expect(statedReportDate(['по состоянию на 31.02.2021'])).toBeNull();
  });

  test('else the report date the tool wrote into its copy, else nothing: never the day the file was saved', () => {
    expect(workbookAsOf(['ПРОГРАММА'], '2021-08-30')).toBe('2021-08-30');
    expect(workbookAsOf(['по состоянию на 01.09.2021'], '2021-08-30')).toBe('2021-09-01');
    expect(workbookAsOf([], null)).toBeNull();
  });
});
