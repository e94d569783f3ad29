import { HostProblem, type ProblemKind } from '../host/problems';

/** Office error codes (Excel.ErrorCodes, OfficeExtension.ErrorCodes) grouped by what the user can do about them. */
const KIND_OF_CODE: Record<string, ProblemKind> = {
  AccessDenied: 'protected',
  InvalidOperationInCellEditMode: 'edit-mode',
  ItemNotFound: 'not-found',
  InvalidReference: 'not-found',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  PayloadTooLarge: 'too-large',
  RangeExceedsLimit: 'too-large',
  OperationCellsExceedLimit: 'too-large',
  ApiNotFound: 'unsupported',
  NotImplemented: 'unsupported',
  UnsupportedOperation: 'unsupported',
  UnsupportedFeature: 'unsupported',
};

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** Any error thrown by an Excel.run batch, as a problem the pane can explain. */
export function toHostProblem(error: unknown): HostProblem {
  if (error instanceof HostProblem) return error;
  const code = errorCode(error);
  const kind = (code !== null && KIND_OF_CODE[code]) || 'unknown';
  const message = errorMessage(error);
  return new HostProblem(kind, code !== null && !message.includes(code) ? `${code}: ${message}` : message);
}
