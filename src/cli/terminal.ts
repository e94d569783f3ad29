import type { Writable } from 'stream';
import { outputTexts } from '../i18n/outputs';
import type { Lang } from '../roadmap/types';
import type { CliIo } from './context';

/**
 * C0 controls other than tab and line feed (ESC, CR, BEL, backspace…), DEL, and the C1 controls (U+0080–U+009F,
 * U+009B being a one-character CSI): cell text holding them (`_x001B_` in the XML) could retitle the terminal, clear
 * it or hide lines. They are shown as JSON escapes, so `--json` output stays valid JSON with the same content.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` with every control character shown escaped (`\u001B`), never sent raw. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** What became of writing to stdout: fine, closed by the reader (EPIPE: `| head`), or failed (a full disk…). */
export interface StdoutState {
  failure: NodeJS.ErrnoException | null;
}

/**
 * The process's stdout and stderr for the commands (main escapes control characters for every CliIo): a reader
 * that stops reading (EPIPE, `roadmap check --json | head`) ends the output quietly, the command's work and exit
 * status unchanged; any other write error (ENOSPC on a full disk) gives one line on stderr and exit status 2
 * (see `state`), never a stack trace.
 */
/** `io` with control characters escaped in everything written (see escapeControls). */
export function escapingIo(io: CliIo): CliIo {
  return { out: (text) => io.out(escapeControls(text)), err: (text) => io.err(escapeControls(text)) };
}

export function processIo(lang: Lang, stdout: Writable = process.stdout, stderr: Writable = process.stderr): { io: CliIo; state: StdoutState } {
  const state: StdoutState = { failure: null };
  let closed = false;
  const onError = (error: NodeJS.ErrnoException): void => {
    if (closed) return;
    closed = true;
    if (error.code === 'EPIPE') return;
    state.failure = error;
    stderr.write(`roadmap: ${outputTexts(lang).stdoutFull(error.code ?? error.message)}\n`);
    process.exitCode = 2;
  };
  stdout.on('error', onError);
  const io: CliIo = {
    out: (text) => {
      if (closed) return;
      try {
        stdout.write(text);
      } catch (error) {
        onError(error as NodeJS.ErrnoException);
      }
    },
    err: (text) => {
      stderr.write(text);
    },
  };
  return { io, state };
}
