/** Why Excel refused an action, in terms the pane can explain to a user (texts in `src/i18n/ui.ts`). */
export type ProblemKind =
  | 'protected' // the sheet or workbook is protected
  | 'edit-mode' // a cell is being edited
  | 'not-found' // the table or sheet was deleted meanwhile
  | 'too-large' // the request or response exceeds Excel's payload limit
  | 'unsupported' // this Excel lacks an API the action needs
  | 'unknown';

export class HostProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    /** Excel's own message, shown under the friendly one for support. */
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'HostProblem';
  }
}

export function isHostProblem(error: unknown): error is HostProblem {
  return error instanceof HostProblem;
}

/** Any error as a problem a user can be told about: Excel's refusals keep their kind, anything else is 'unknown'. */
export function asHostProblem(error: unknown): HostProblem {
  return isHostProblem(error) ? error : new HostProblem('unknown', error instanceof Error ? error.message : String(error));
}
