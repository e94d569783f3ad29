import type { Lang } from '../roadmap/types';
import { WorkbookReadError } from '../xlsx/open';

/** Exit statuses of every `roadmap` command. */
export const EXIT = {
  /** Done, and no error findings. */
  ok: 0,
  /** Done, and the roadmap has error findings. */
  findings: 1,
  /** Nothing done: bad arguments, or a file that can't be read or holds no roadmap. */
  failure: 2,
} as const;

/** A failure the user can fix (bad option, bad output path): reported as one line, exit status 2. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/**
 * The one line a person reads on stderr when a command fails: the message, never a stack trace; a workbook that
 * cannot be read is told in the language asked for.
 */
export function failureLine(error: unknown, lang: Lang = 'ru'): string {
  const message = error instanceof WorkbookReadError ? error.text(lang) : error instanceof Error ? error.message : String(error);
  return `roadmap: ${message.replace(/\s*\n\s*/g, ' ').trim()}`;
}
