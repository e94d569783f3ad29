import ExcelJS from 'exceljs';
import { analyzeSheet, UNDATED_MARK } from '../../src/roadmap';
import { pilotRoadmapRows, sheetFromRows } from '../../src/roadmap/template/pilotGrid';
import { fillPlannedDates } from '../../src/xlsx/plannedDates';

/** «Плановая дата» marks every item row for the live rules: a date Excel can hold, else «—», never an empty cell. */
describe('fillPlannedDates', () => {
  test('a due date Excel cannot hold (before 1900) is written as «—», so the row stays an item row', () => {
    const roadmap = analyzeSheet(sheetFromRows('Программа', pilotRoadmapRows()), { today: '2021-09-01' });
    if (!roadmap) throw new Error('no roadmap');
    const [first, second] = roadmap.items;
    const items = [{ ...first, deadline: { ...first.deadline, due: '1899-12-31' } }, second];
    const worksheet = new ExcelJS.Workbook().addWorksheet('Программа');
    fillPlannedDates(worksheet, { ...roadmap, items }, 7);
    expect(worksheet.getCell(first.row, 7).value).toBe(UNDATED_MARK);
    expect(worksheet.getCell(second.row, 7).value).toBeInstanceOf(Date);
  });
});
