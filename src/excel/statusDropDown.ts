import { HEADER_TEXT } from '../roadmap/columns';

/**
 * The status drop-down (data validation, ExcelApi 1.8): the choices offered, other text still allowed with a
 * warning, because the engine also reads statuses people typed before the list existed.
 */
export function applyStatusDropDown(range: Excel.Range, choices: readonly string[]): void {
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source: choices.join(',') } };
  range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: HEADER_TEXT.status, message: choices.join(', ') };
}
