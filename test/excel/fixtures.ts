import { pilotRoadmapRows } from '../../src/roadmap/template/pilotGrid';
import { PILOT_HEADER, PILOT_ROWS, PILOT_TITLE } from '../../src/roadmap/template/pilotRoadmap';
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

/**
 * A large roadmap made of seed 003's own items, as pasted from Word: title lines, header, numbering row, then
 * `items` items in sections of `perSection` (each section row merged across A:F), numbered «s.i».
 */
export function largePilotSheet(items: number, perSection = 8, name = 'Программа'): MockSheetSpec {
  const pilotItems = PILOT_ROWS.flatMap((row) => ('item' in row ? [row.item] : []));
  const rows: MockCell[][] = [...PILOT_TITLE.map((title) => [title]), [...PILOT_HEADER], PILOT_HEADER.map((_, index) => String(index + 1))];
  const merges: string[] = [];
  for (let n = 0; n < items; n++) {
    const section = Math.floor(n / perSection) + 1;
    if (n % perSection === 0) {
      rows.push([`${section}. Организационные мероприятия по направлению ${section}`]);
      merges.push(`A${rows.length}:F${rows.length}`);
    }
    const [, ...rest] = pilotItems[n % pilotItems.length];
    rows.push([`${section}.${(n % perSection) + 1}`, ...rest.map((text) => (text === '' ? null : text))]);
  }
  return { name, rows, merges };
}
