import { noticeText } from '../i18n/notices';
import type { Lang } from '../roadmap/types';
import type { Notice } from '../xlsx/operations/input';
import type { CliIo } from './context';

/** Prints an operation's notices on stderr, one line each; a warning about a copy names the program, as it always has. */
export function printNotices(io: CliIo, notices: readonly Notice[], lang: Lang): void {
  for (const notice of notices) io.err(`${notice.kind === 'history-note' ? '' : 'roadmap: '}${noticeText(notice, lang)}\n`);
}
