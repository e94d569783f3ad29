import { consolidateTexts } from '../../i18n/consolidate';
import type { ChartSpec, ReportCell } from '../../roadmap/report/reportSheet';
import type { Lang } from '../../roadmap/types';
import { byText } from '../model';
import type { Consolidation, WorkbookRow } from '../types';
import { cell, headerRow, type ConsolidatedSheet } from './common';

/** Bars on the chart: few enough that every label reads, on screen and on a printed page, however many workbooks. */
export const CHART_BARS = 15;
/**
 * A longer institution name is cut in the middle with «…»: a long label would squeeze the bars to nothing, and the
 * end of a spelled-out name («…школа № 12» г. Барнаула») is what tells two of them apart.
 */
const LABEL_LENGTH = 45;
const LABEL_HEAD = 20;
/** The chart covers A3:L32 and prints on one landscape page; its data sits right of it, outside the print area. */
const CHART_FROM = 'A3';
const CHART_TO = 'L32';
/** Rows absolute: ExcelJS adds the columns' «$» only, and LibreOffice reads «$A1:$L32» as no print range. */
const PRINT_AREA = 'A$1:L$32';
const DATA_COLUMN = 14;

export function shortLabel(label: string): string {
  if (label.length <= LABEL_LENGTH) return label;
  const head = label.slice(0, LABEL_HEAD).trimEnd();
  const tail = label.slice(label.length - (LABEL_LENGTH - LABEL_HEAD - 1)).trimStart();
  return `${head}…${tail}`;
}

/** Chart labels: the institution, with the file when two workbooks name the same institution. */
function labels(workbooks: readonly WorkbookRow[]): Map<WorkbookRow, string> {
  const seen = new Map<string, number>();
  for (const { institution } of workbooks) seen.set(institution, (seen.get(institution) ?? 0) + 1);
  return new Map(workbooks.map((row) => [row, (seen.get(row.institution) ?? 0) > 1 ? `${row.institution} (${row.file})` : row.institution]));
}

/**
 * The institutions with the most overdue items, at most CHART_BARS, the most overdue first; ties by name.
 * Only institutions with an overdue item: a bar of zero says nothing.
 */
export function mostOverdue(workbooks: readonly WorkbookRow[]): { label: string; overdue: number }[] {
  const names = labels(workbooks);
  return workbooks
    .filter((row) => row.counts.overdue > 0)
    .map((row) => ({ label: shortLabel(names.get(row) ?? row.institution), overdue: row.counts.overdue }))
    .sort((a, b) => b.overdue - a.overdue || byText(a.label, b.label))
    .slice(0, CHART_BARS);
}

/**
 * «Диаграмма»: the most overdue institutions as horizontal bars, sorted, the most overdue on top. The chart reads the
 * same at 3 institutions or 300; its data sits to the right, outside the print area, so it never prints.
 */
export function chartSheet(consolidation: Consolidation, lang: Lang): ConsolidatedSheet {
  const t = consolidateTexts(lang);
  const bars = mostOverdue(consolidation.workbooks);
  const withOverdue = consolidation.workbooks.filter((row) => row.counts.overdue > 0).length;
  const rows: ReportCell[][] = [[cell(t.chartTitle(bars.length, withOverdue), 'title')], []];
  const charts: ChartSpec[] = [];
  if (bars.length === 0) {
    rows.push([cell(t.noChart)]);
  } else {
    const pad = (row: ReportCell[]): ReportCell[] => {
      while (row.length < DATA_COLUMN - 1) row.push(cell(null));
      return row;
    };
    rows[1] = pad([]).concat(cell(t.chartData, 'subtitle'));
    rows.push(pad([]).concat(headerRow([t.summaryHeader.institution, t.chartValue])));
    // A bar chart draws its first category at the bottom: the data runs least to most, so the most overdue is on top.
    [...bars].reverse().forEach(({ label, overdue }) => rows.push(pad([]).concat([cell(label), cell(overdue)])));
    const first = 3;
    const last = first + bars.length;
    charts.push({ type: 'bar', title: '', source: `N${first}:O${last}`, from: CHART_FROM, to: CHART_TO });
  }
  return {
    sheet: {
      name: t.sheets.chart,
      rows,
      columnWidths: [...Array<number>(12).fill(10), 3, 45, 12],
      merges: ['A1:L1'],
      charts,
      frozenRows: 0,
    },
    rules: [],
    printArea: PRINT_AREA,
  };
}
