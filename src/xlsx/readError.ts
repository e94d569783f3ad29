import { budgetMessage, type BudgetBreach } from '../i18n/inputBudgets';
import type { Lang } from '../roadmap/types';

/** A workbook that cannot be read: the message names the file and what is wrong, for a person. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'WorkbookReadError';
  }
}

/** A workbook over one of the input budgets (src/xlsx/lean/budgets.ts): read no further, say which budget. */
export class InputBudgetError extends WorkbookReadError {
  constructor(
    file: string,
    readonly breach: BudgetBreach,
    lang: Lang = 'ru',
  ) {
    super(file, budgetMessage(breach, lang));
    this.name = 'InputBudgetError';
  }
}
