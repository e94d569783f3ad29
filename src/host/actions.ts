import { analyzeSheet } from '../roadmap/analyze';
import { localToday } from '../roadmap/dates';
import type { ReportSheet } from '../roadmap/report/reportSheet';
import { summarize, type MonitoringSummary } from '../roadmap/summary';
import type { Lang, Roadmap } from '../roadmap/types';
import { highlightPlan, monitoringColumnsPlan } from './plans';
import type { MonitorSettings } from './settings';
import type { AddedColumns, RoadmapSource, WorkbookPort, WrittenSheet } from './workbookPort';

/**
 * What the buttons do, host-neutral: read the roadmap through the port, let the engine judge it,
 * write back through the port. Every action reads the workbook afresh (the user may have edited it meanwhile).
 */

/** The «Мониторинг» sheet of a summary (the engine's `summarySheet`, shared with `roadmap summary`). */
export type BuildSummarySheet = (summary: MonitoringSummary, options: { lang: Lang; dueSoonDays: number }) => ReportSheet;

export interface ActionContext {
  port: WorkbookPort;
  settings: MonitorSettings;
  lang: Lang;
  /** Today where the add-in runs; injectable for tests. */
  today?: () => string;
}

export interface Analysis {
  source: RoadmapSource;
  roadmap: Roadmap;
}

export function reportDate({ settings, today = localToday }: ActionContext): string {
  return settings.reportDate ?? today();
}

function analyze(source: RoadmapSource, context: ActionContext): Roadmap {
  const { settings, lang } = context;
  const options = { today: reportDate(context), periodEnd: settings.periodEnd, dueSoonDays: settings.dueSoonDays, lang };
  const roadmap = analyzeSheet(source.sheet, options, source.layout);
  // The port only returns sheets whose header the engine recognised, so this cannot be null.
  if (!roadmap) throw new Error(`No roadmap table on sheet ${source.layout.sheet}`);
  return roadmap;
}

/** Reads and judges the roadmap without writing anything; null when the workbook holds none. */
export async function inspectRoadmap(context: ActionContext): Promise<Analysis | null> {
  const source = await context.port.findRoadmap();
  return source ? { source, roadmap: analyze(source, context) } : null;
}

/** Проверить: the findings, and the same defects flagged in the sheet by live conditional formatting. */
export async function validateRoadmap(context: ActionContext): Promise<Analysis | null> {
  const analysis = await inspectRoadmap(context);
  if (!analysis) return null;
  await context.port.applyHighlighting(highlightPlan(analysis.source, analysis.roadmap, context.settings.dueSoonDays));
  return analysis;
}

export interface SummaryResult extends Analysis {
  summary: MonitoringSummary;
  written: WrittenSheet;
}

/** Сводка: highlighting as Проверить does, plus the monitoring sheet — the same workbook `roadmap summary` writes. */
export async function writeMonitoringSummary(context: ActionContext, buildSheet: BuildSummarySheet): Promise<SummaryResult | null> {
  const analysis = await validateRoadmap(context);
  if (!analysis) return null;
  const summary = summarize(analysis.roadmap);
  const written = await context.port.writeSummarySheet(buildSheet(summary, { lang: context.lang, dueSoonDays: context.settings.dueSoonDays }));
  return { ...analysis, summary, written };
}

export type AddColumnsResult = { kind: 'none' } | { kind: 'present' } | ({ kind: 'added' } & AddedColumns);

export async function addMonitoringColumns(context: ActionContext): Promise<AddColumnsResult> {
  const analysis = await inspectRoadmap(context);
  if (!analysis) return { kind: 'none' };
  const plan = monitoringColumnsPlan(analysis.source, analysis.roadmap, context.lang);
  if (!plan) return { kind: 'present' };
  return { kind: 'added', ...(await context.port.addMonitoringColumns(plan)) };
}
