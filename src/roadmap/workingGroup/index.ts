export * from './model';
export { takeSnapshot, recordSnapshot, latestSnapshotBefore, countStatuses, snapshotItem } from './snapshot';
export { readHistorySheet } from './historyRead';
export { historyLayout, COUNTS_TABLE_NAME, ITEMS_TABLE_NAME, type HistoryLayout, type HistoryTable, type HistoryValue, type HistoryColumnFormat } from './historyLayout';
export { STATUS_LABELS, HISTORY_TITLE, UNREAD_BLOCK_TITLE } from './historyColumns';
export { matchItems, normalizeActivity, activitySimilarity, type ItemPair, type Matching } from './match';
export { compareWithSnapshot, type Changes, type DeadlineMove, type FieldChange, type ChangedField } from './changes';
export { requestsByResponsible, dueBeforeMeeting, endOfQuarter, type ResponsibleRequest } from './requests';
export { buildBrief, type MeetingBrief, type BriefOptions, type CountsNow } from './brief';
