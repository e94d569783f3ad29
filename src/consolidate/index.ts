export * from './types';
export { detectInstitution, institutionName, nameFromFile, type Institution, type InstitutionClues, type InstitutionSource } from './institution';
export { statedReportDate, workbookAsOf } from './reportDate';
export { ConsolidationBuilder, consolidate, consolidationExitStatus, isSkipReason } from './model';
export * from './sheets';
export { consolidationJson } from './json';
