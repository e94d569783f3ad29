import type { Lang } from '../../roadmap/types';
import type { Consolidation } from '../types';
import type { ConsolidatedSheet } from './common';
import { chartSheet } from './chartSheet';
import { findingsSheet } from './findingsSheet';
import { overdueSheet } from './overdueSheet';
import { summarySheet } from './summarySheet';
import { unreadableSheet } from './unreadableSheet';

export type { ConsolidatedSheet } from './common';
export { SUMMARY_HEADER_ROW } from './summarySheet';
export { CHART_BARS, mostOverdue } from './chartSheet';
export { OVERDUE_HEADER_ROW } from './overdueSheet';
export { FINDINGS_HEADER_ROW } from './findingsSheet';
export { UNREADABLE_HEADER_ROW } from './unreadableSheet';

/** The report's sheets, in order: «Свод», «Диаграмма», «Просрочено», «Замечания», «Не прочитано». */
export function consolidationSheets(consolidation: Consolidation, lang: Lang): ConsolidatedSheet[] {
  return [
    summarySheet(consolidation, lang),
    chartSheet(consolidation, lang),
    overdueSheet(consolidation, lang),
    findingsSheet(consolidation, lang),
    unreadableSheet(consolidation, lang),
  ];
}
