import { cellAt, cellText, isDateValue, isEmptyOrPlaceholder, isErrorValue } from './cells';
import { HEADER_TEXT, REQUIRED_COLUMNS } from './columns';
import { daysBetween, formatRuDate } from './dates';
import { cachedDeadlineParser } from './deadlineCache';
import { countFindings } from './counts';
import { locateTable } from './layout';
import { compareItemNumbers, readItemNumber } from './numbering';
import { classifyRow } from './rows';
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
  return parse(cellText(cell));
}

function readCompletedOn(cell: Cell, parse: (text: string) => Deadline): string | null {
  if (isDateValue(cell.value)) return cell.value.iso;
  const parsed = parse(cellText(cell));
  return parsed.kind === 'date' ? parsed.due : null;
}

/**
 * Reads a roadmap sheet: finds the table, reads every section and item, computes each item's status
 * on the report date and validates the table. Null when the sheet holds no roadmap table.
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
    if (columns[key] === undefined) findings.add('missing-column', null, key, { header: HEADER_TEXT[key] });
  }

  const cellOf = (rowIndex: number, key: ColumnKey): Cell => {
    const column = columns[key];
    return column === undefined ? { value: null } : cellAt(sheet.cells, rowIndex, column - sheet.left);
  };
  const textOf = (rowIndex: number, key: ColumnKey): string => cellText(cellOf(rowIndex, key)).trim();

  const firstIndex = layout.firstRow - sheet.top;
  const lastIndex = layout.lastRow - sheet.top;
  const nextNumber = (afterIndex: number): string | null => {
    for (let index = afterIndex + 1; index <= lastIndex; index++) {
      const text = textOf(index, 'no');
      if (text !== '') return text;
    }
    return null;
  };

  const sections: Section[] = [];
  const items: Item[] = [];
  const firstRowOfNumber = new Map<string, number>();
  let currentSection: string | null = null;
  let previousNo: string | null = null;

  for (let rowIndex = firstIndex; rowIndex <= lastIndex; rowIndex++) {
    const row = sheet.top + rowIndex;
    const kind = classifyRow(sheet, layout, rowIndex, nextNumber);
    if (kind.kind === 'blank' || kind.kind === 'note') continue;
    if (kind.kind === 'section') {
      sections.push({ row, no: kind.no, title: kind.title });
      currentSection = kind.no;
      continue;
    }

    const reading = readItemNumber(cellOf(rowIndex, 'no'));
    let no = '';
    if (reading.kind === 'ok') no = reading.no;
    else if (reading.kind === 'missing') findings.add('missing-no', row, 'no');
    else if (reading.kind === 'invalid') {
      no = reading.text;
      findings.add('invalid-no', row, 'no', { text: reading.text });
    } else {
      no = reading.guess;
      findings.add('no-looks-like-date', row, 'no', { text: formatRuDate(reading.iso), guess: reading.guess });
    }
    const where = { no: no || null };

    if (reading.kind === 'ok') {
      const firstRow = firstRowOfNumber.get(no);
      if (firstRow !== undefined) findings.add('duplicate-no', row, 'no', { ...where, firstRow });
      else firstRowOfNumber.set(no, row);
      if (previousNo !== null && firstRow === undefined && compareItemNumbers(no, previousNo) <= 0) {
        findings.add('numbering-order', row, 'no', { ...where, previous: previousNo });
      }
      previousNo = no;
    }

    for (const key of Object.keys(columns) as ColumnKey[]) {
      const cell = cellOf(rowIndex, key);
      if (isErrorValue(cell.value)) findings.add('cell-error', row, key, { ...where, header: HEADER_TEXT[key], text: cell.value.code });
    }
    for (const [key, code] of REQUIRED_TEXT) {
      if (columns[key] !== undefined && isEmptyOrPlaceholder(textOf(rowIndex, key))) findings.add(code, row, key, where);
    }

    const deadline = readDeadline(cellOf(rowIndex, 'deadline'), parseDeadlineText);
    if (deadline.kind === 'unknown') findings.add('unparsed-deadline', row, 'deadline', { ...where, text: deadline.text.trim() });

    const statusText = textOf(rowIndex, 'status');
    const declaredStatus = readDeclaredStatus(statusText);
    if (declaredStatus === undefined) findings.add('invalid-status', row, 'status', { ...where, text: statusText });
    const completedCell = cellOf(rowIndex, 'completedOn');
    const completedFilled = cellText(completedCell).trim() !== '';
    const completedOn = completedFilled ? readCompletedOn(completedCell, parseCompletedText) : null;

    const status = itemStatus({
      due: deadline.due, checkpoints: deadline.checkpoints, declared: declaredStatus, completed: completedFilled, today: options.today, dueSoonDays,
    });
    const showDate = (iso: string): string => (lang === 'ru' ? formatRuDate(iso) : iso);
    if (status === 'overdue' && deadline.due) {
      findings.add('overdue', row, 'deadline', { ...where, due: showDate(deadline.due), days: daysBetween(deadline.due, options.today) });
    }
    const comment = textOf(rowIndex, 'comment');
    const result = textOf(rowIndex, 'result');
    if (status !== 'done' && status !== 'withdrawn') {
      const unmarked = unmarkedPassedCheckpoints(deadline, options.today, [statusText, comment, result]);
      if (unmarked.length > 0) findings.add('checkpoint-passed', row, 'deadline', { ...where, dates: unmarked.map(showDate) });
    }

    const item: Item = {
      row,
      no,
      section: currentSection,
      activity: textOf(rowIndex, 'activity'),
      responsible: textOf(rowIndex, 'responsible'),
      result,
      materials: textOf(rowIndex, 'materials'),
      deadline,
      status,
      completion: completionOf({ status, due: deadline.due, completedOn, statusText }),
    };
    if (columns.status !== undefined) {
      item.statusText = statusText;
      item.declaredStatus = declaredStatus ?? null;
    }
    if (columns.completedOn !== undefined) item.completedOn = completedOn;
    if (columns.comment !== undefined) item.comment = comment;
    items.push(item);
  }

  const counts = countFindings(items, findings.all);
  return { layout, today: options.today, sections, items, findings: findings.all, counts };
}
