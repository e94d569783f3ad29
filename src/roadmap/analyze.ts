import { cellAt, cellText, isDateValue, isEmptyOrPlaceholder, isErrorValue } from './cells';
import { HEADER_TEXT, REQUIRED_COLUMNS } from './columns';
import { daysBetween, formatRuDate } from './dates';
import { cachedDeadlineParser } from './deadlineCache';
import { countFindings } from './counts';
import { joinWrappedYear, parseDeadlineInYear, titleYears } from './deadline/planYear';
import { locateTable } from './layout';
import { compareItemNumbers, isDottedNumber, readItemNumber } from './numbering';
import { classifyRow, continuesItem } from './rows';
import { completionOf, itemStatus, readDeclaredStatus } from './status';
import { unmarkedPassedCheckpoints } from './checkpoints';
import { findingMessage, type FindingParams } from '../i18n/findings';
import type {
  AnalyzeOptions, Cell, ColumnKey, Deadline, Finding, FindingCode, Item, Lang, Roadmap, Section, Severity, SheetData, TableLayout,
} from './types';

const SEVERITY: Record<FindingCode, Severity> = {
  'missing-column': 'error',
  'missing-no': 'error',
  'invalid-no': 'error',
  'duplicate-no': 'error',
  'numbering-order': 'warning',
  'no-looks-like-date': 'error',
  'missing-activity': 'error',
  'missing-deadline': 'error',
  'missing-responsible': 'error',
  'missing-result': 'error',
  'unparsed-deadline': 'warning',
  'invalid-status': 'warning',
  'cell-error': 'error',
  overdue: 'warning',
  'checkpoint-passed': 'warning',
  'guessed-column': 'info',
  'no-result-column': 'info',
  'no-number-column': 'info',
  'inferred-year': 'info',
  'conflicting-years': 'warning',
};

export const DEFAULT_DUE_SOON_DAYS = 14;

const REQUIRED_TEXT: readonly [ColumnKey, FindingCode][] = [
  ['activity', 'missing-activity'],
  ['deadline', 'missing-deadline'],
  ['responsible', 'missing-responsible'],
  ['result', 'missing-result'],
];

class FindingList {
  readonly all: Finding[] = [];
  constructor(private readonly lang: Lang) {}

  add(code: FindingCode, row: number | null, column: ColumnKey | null, params: FindingParams = {}): void {
    const message = findingMessage(code, { row, column, ...params }, this.lang);
    this.all.push({ code, severity: SEVERITY[code], row, column, message });
  }
}

function readDeadline(cell: Cell, parse: (text: string) => Deadline): Deadline {
  if (isDateValue(cell.value)) {
    const iso = cell.value.iso;
    return { text: cellText(cell), kind: 'date', due: iso, checkpoints: [iso] };
  }
  return parse(joinWrappedYear(cellText(cell)));
}

/** An item's deadline over all its rows: one filled cell is read as it is; several are read as one text. */
function readItemDeadline(cells: Cell[], parse: (text: string) => Deadline): Deadline {
  const filled = cells.filter((cell) => cellText(cell).trim() !== '');
  if (filled.length <= 1) return readDeadline(filled[0] ?? cells[0] ?? { value: null }, parse);
  return parse(joinWrappedYear(filled.map((cell) => cellText(cell).trim()).join('\n')));
}

/** The rows of one item: its own row and the continuation rows under it (0-based sheet row indexes). */
interface ItemRows {
  rowIndexes: number[];
  section: Section | null;
  /** Index of the section among the table's sections, -1 before any: numbering restarts per section. */
  sectionIndex: number;
}

/** The plan's year for dates written without one: the title lines' one year, else the deadlines' one year. */
function planYears(sheet: SheetData, layout: TableLayout, deadlines: readonly Deadline[]): number[] {
  const titleLines: string[] = [];
  for (let index = 0; index < layout.headerRow - sheet.top; index++) {
    for (const cell of sheet.cells[index] ?? []) titleLines.push(cellText(cell));
  }
  const fromTitle = titleYears(titleLines);
  if (fromTitle.length > 0) return fromTitle;
  const fromDeadlines = new Set(deadlines.flatMap((deadline) => deadline.checkpoints.map((iso) => Number(iso.slice(0, 4)))));
  return [...fromDeadlines].sort((a, b) => a - b);
}

function readCompletedOn(cell: Cell, parse: (text: string) => Deadline): string | null {
  if (isDateValue(cell.value)) return cell.value.iso;
  const parsed = parse(cellText(cell));
  return parsed.kind === 'date' ? parsed.due : null;
}

/**
 * Reads a roadmap sheet: finds the table, reads every section and item, computes each item's status
 * on the report date and validates the table. Null when the sheet holds no roadmap table.
 *
 * Rows are read as people publish and keep plans: a section row («1.», «I.», «Раздел 2», «Этап 1») opens a
 * section that holds the items below it whatever their numbers (numbering may restart in each section);
 * footnotes, edition marks, totals and repeated header rows are skipped; rows with no number that continue
 * the item above (a Word table pasted into Excel, stages typed under their activity) join that item, their
 * texts joined with line breaks and their dates becoming its checkpoints. Dates without a year take the plan's
 * one year (from the title lines, else from the other deadlines) and are marked `inferredYear`.
 */
export function analyzeSheet(sheet: SheetData, options: AnalyzeOptions, layout: TableLayout | null = locateTable(sheet)): Roadmap | null {
  if (!layout) return null;
  const lang = options.lang ?? 'ru';
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const periodEnd = options.periodEnd ?? null;
  const findings = new FindingList(lang);
  const { columns } = layout;
  const parseDeadlineText = cachedDeadlineParser(periodEnd);
  const parseCompletedText = cachedDeadlineParser(null);

  for (const key of REQUIRED_COLUMNS) {
    if (columns[key] !== undefined) continue;
    // Most published plans have no result column: the table is complete, results just can't be checked.
    if (key === 'result') findings.add('no-result-column', null, key, { header: HEADER_TEXT[key] });
    // Event programmes often number nothing: items are known by their rows and wording.
    else if (key === 'no') findings.add('no-number-column', null, key, { header: HEADER_TEXT[key] });
    else findings.add('missing-column', null, key, { header: HEADER_TEXT[key] });
  }
  for (const key of layout.guessed ?? []) {
    findings.add('guessed-column', null, key, { header: HEADER_TEXT[key], text: layout.headers?.[key] ?? '' });
  }

  const cellOf = (rowIndex: number, key: ColumnKey): Cell => {
    const column = columns[key];
    return column === undefined ? { value: null } : cellAt(sheet.cells, rowIndex, column - sheet.left);
  };
  const textOf = (rowIndex: number, key: ColumnKey): string => cellText(cellOf(rowIndex, key)).trim();
  /** An item's text in a column over all its rows, one line per filled row. */
  const joinedText = (rows: ItemRows, key: ColumnKey): string =>
    rows.rowIndexes.map((index) => textOf(index, key)).filter((text) => text !== '').join('\n');
  /** The first filled cell of a column among an item's rows. */
  const firstFilled = (rows: ItemRows, key: ColumnKey): Cell => {
    for (const index of rows.rowIndexes) if (textOf(index, key) !== '') return cellOf(index, key);
    return cellOf(rows.rowIndexes[0], key);
  };

  const firstIndex = layout.firstRow - sheet.top;
  const lastIndex = layout.lastRow - sheet.top;
  const nextNumber = (afterIndex: number): string | null => {
    for (let index = afterIndex + 1; index <= lastIndex; index++) {
      const text = textOf(index, 'no');
      if (text !== '') return text;
    }
    return null;
  };

  // First pass: what each row is, and which rows make up each item.
  const sections: Section[] = [];
  const groups: ItemRows[] = [];
  let open: ItemRows | null = null;
  for (let rowIndex = firstIndex; rowIndex <= lastIndex; rowIndex++) {
    const kind = classifyRow(sheet, layout, rowIndex, nextNumber);
    if (kind.kind === 'blank' || kind.kind === 'header') continue;
    if (kind.kind === 'note') {
      open = null;
      continue;
    }
    if (kind.kind === 'section') {
      sections.push({ row: sheet.top + rowIndex, no: kind.no, title: kind.title });
      open = null;
      continue;
    }
    if (open && continuesItem(sheet, layout, rowIndex)) {
      open.rowIndexes.push(rowIndex);
      continue;
    }
    const section = sections.length > 0 ? sections[sections.length - 1] : null;
    open = { rowIndexes: [rowIndex], section, sectionIndex: sections.length - 1 };
    groups.push(open);
  }

  // Second pass: deadlines, then the plan's year for those written without one.
  const deadlines = groups.map((rows) => readItemDeadline(rows.rowIndexes.map((index) => cellOf(index, 'deadline')), parseDeadlineText));
  const yearless = deadlines
    .map((deadline, index) => ({ deadline, index }))
    .filter(({ deadline }) => deadline.kind === 'unknown' && parseDeadlineInYear(deadline.text, 2000) !== null);
  if (yearless.length > 0) {
    const years = planYears(sheet, layout, deadlines);
    if (years.length === 1) {
      for (const { deadline, index } of yearless) deadlines[index] = parseDeadlineInYear(deadline.text, years[0]) ?? deadline;
      findings.add('inferred-year', null, 'deadline', { text: String(years[0]), count: yearless.length });
    } else if (years.length > 1) {
      findings.add('conflicting-years', null, 'deadline', { text: years.join(', '), count: yearless.length });
    }
  }

  // Third pass: each item, its findings in row order.
  const items: Item[] = [];
  const firstRowOfNumber = new Map<string, number>();
  let previousNo: string | null = null;
  let previousSectionIndex = -1;

  groups.forEach((rows, groupIndex) => {
    const rowIndex = rows.rowIndexes[0];
    const row = sheet.top + rowIndex;
    const lastRow = sheet.top + rows.rowIndexes[rows.rowIndexes.length - 1];
    if (rows.sectionIndex !== previousSectionIndex) {
      previousNo = null;
      previousSectionIndex = rows.sectionIndex;
    }

    const reading = readItemNumber(cellOf(rowIndex, 'no'));
    let no = '';
    if (reading.kind === 'ok') no = reading.no;
    else if (reading.kind === 'missing') {
      if (columns.no !== undefined) findings.add('missing-no', row, 'no');
    } else if (reading.kind === 'invalid') {
      no = reading.text;
      findings.add('invalid-no', row, 'no', { text: reading.text });
    } else {
      no = reading.guess;
      findings.add('no-looks-like-date', row, 'no', { text: formatRuDate(reading.iso), guess: reading.guess });
    }
    const where = { no: no || null };

    if (reading.kind === 'ok') {
      // Numbering that restarts in each section is normal: numbers are unique within their section.
      const key = `${rows.sectionIndex}\u0000${no}`;
      const firstRow = firstRowOfNumber.get(key);
      if (firstRow !== undefined) findings.add('duplicate-no', row, 'no', { ...where, firstRow });
      else firstRowOfNumber.set(key, row);
      if (previousNo !== null && firstRow === undefined && isDottedNumber(no) && isDottedNumber(previousNo) && compareItemNumbers(no, previousNo) <= 0) {
        findings.add('numbering-order', row, 'no', { ...where, previous: previousNo });
      }
      previousNo = no;
    }

    for (const key of Object.keys(columns) as ColumnKey[]) {
      for (const index of rows.rowIndexes) {
        const cell = cellOf(index, key);
        if (isErrorValue(cell.value)) findings.add('cell-error', sheet.top + index, key, { ...where, header: HEADER_TEXT[key], text: cell.value.code });
      }
    }
    for (const [key, code] of REQUIRED_TEXT) {
      if (columns[key] !== undefined && isEmptyOrPlaceholder(joinedText(rows, key))) findings.add(code, row, key, where);
    }

    const deadline = deadlines[groupIndex];
    if (deadline.kind === 'unknown') findings.add('unparsed-deadline', row, 'deadline', { ...where, text: deadline.text.trim() });

    const statusText = cellText(firstFilled(rows, 'status')).trim();
    const declaredStatus = readDeclaredStatus(statusText);
    if (declaredStatus === undefined) findings.add('invalid-status', row, 'status', { ...where, text: statusText });
    const completedCell = firstFilled(rows, 'completedOn');
    const completedFilled = cellText(completedCell).trim() !== '';
    const completedOn = completedFilled ? readCompletedOn(completedCell, parseCompletedText) : null;

    const status = itemStatus({
      due: deadline.due, checkpoints: deadline.checkpoints, declared: declaredStatus, completed: completedFilled, today: options.today, dueSoonDays,
    });
    const showDate = (iso: string): string => (lang === 'ru' ? formatRuDate(iso) : iso);
    if (status === 'overdue' && deadline.due) {
      findings.add('overdue', row, 'deadline', { ...where, due: showDate(deadline.due), days: daysBetween(deadline.due, options.today) });
    }
    const comment = joinedText(rows, 'comment');
    const result = joinedText(rows, 'result');
    if (status !== 'done' && status !== 'withdrawn') {
      const unmarked = unmarkedPassedCheckpoints(deadline, options.today, [statusText, comment, result]);
      if (unmarked.length > 0) findings.add('checkpoint-passed', row, 'deadline', { ...where, dates: unmarked.map(showDate) });
    }

    const item: Item = {
      row,
      no,
      section: rows.section?.no ?? null,
      activity: joinedText(rows, 'activity'),
      responsible: joinedText(rows, 'responsible'),
      result,
      materials: joinedText(rows, 'materials'),
      deadline,
      status,
      completion: completionOf({ status, due: deadline.due, completedOn, statusText }),
      rows: [row, lastRow],
      sectionRow: rows.section?.row ?? null,
    };
    if (columns.status !== undefined) {
      item.statusText = statusText;
      item.declaredStatus = declaredStatus ?? null;
    }
    if (columns.completedOn !== undefined) item.completedOn = completedOn;
    if (columns.comment !== undefined) item.comment = comment;
    items.push(item);
  });

  const counts = countFindings(items, findings.all);
  return { layout, today: options.today, sections, items, findings: findings.all, counts };
}
