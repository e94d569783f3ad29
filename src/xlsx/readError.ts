import { readFailureText, type ReadFailure } from '../i18n/readFailures';
import type { BudgetBreach } from '../i18n/inputBudgets';
import type { Lang } from '../roadmap/types';

/**
 * A workbook that cannot be read: the file and a typed reason; `text(lang)` is the line a person reads
 * (the CLI prints it in the language asked for). `message` is the Russian text, for logs.
 */
export class WorkbookReadError extends Error {
  readonly failure: ReadFailure;

  /** `failure` typed, or a text the reader has already put in the language asked for (see ReadFailure 'stated'). */
  constructor(
    readonly file: string,
    failure: ReadFailure | string,
  ) {
    const typed: ReadFailure = typeof failure === 'string' ? { code: 'stated', text: failure } : failure;
    super(`${file}: ${readFailureText(typed, 'ru')}`);
    this.failure = typed;
    this.name = 'WorkbookReadError';
  }

  /** The reason alone, in Russian (the default language). */
  get reason(): string {
    return readFailureText(this.failure, 'ru');
  }

  text(lang: Lang): string {
    return `${this.file}: ${readFailureText(this.failure, lang)}`;
  }
}

/**
 * A workbook over one of the input budgets (src/xlsx/lean/budgets.ts): read no further, say which budget.
 * Its failure is `{ code: 'over-budget', breach }`, told in either language by budgetMessage.
 */
export class InputBudgetError extends WorkbookReadError {
  constructor(
    file: string,
    readonly breach: BudgetBreach,
  ) {
    super(file, { code: 'over-budget', breach });
    this.name = 'InputBudgetError';
  }
}
