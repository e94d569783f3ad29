import { pilotRoadmapRows } from '../../src/roadmap/template/pilotGrid';
import type { MockCell, MockSheetSpec } from './mockExcel';

/** Seed 003 as pasted from Word: titles on rows 1–3, header on row 4, the column-number row, 15 items. */
export function pilotSheet(name = 'Программа'): MockSheetSpec {
  return { name, rows: pilotRoadmapRows().map((row) => row.map((text) => (text === '' ? null : text))) };
}

/** A typed roadmap of `items` rows under a header on row 1: item n is due on 1 July 2021 + n days (a real date cell). */
export function typedSheet(items: number, name = 'План'): MockSheetSpec {
  const rows: MockCell[][] = [['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Дополнительные материалы']];
  const formats: Record<string, string> = {};
  for (let n = 1; n <= items; n++) {
    rows.push([String(n), `Мероприятие ${n}`, 44378 + n, 'Отдел кадров', n % 3 === 0 ? null : `Результат ${n}`, null]);
    formats[`${n + 1},3`] = 'dd.mm.yyyy';
  }
  return { name, rows, formats };
}
