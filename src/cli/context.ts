import type { Command } from 'commander';
import type { ReportTexts } from '../i18n/report';
import type { Lang } from '../roadmap/types';

/** Where a command writes: the process's stdout and stderr, or a test's buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CommandContext {
  io: CliIo;
  /** The language asked for on the command line (`--lang`), for help texts before the options are parsed. */
  lang: Lang;
  texts: ReportTexts;
  /** Runs a command's work: its result is the exit status; a thrown error becomes one line on stderr and status 2. */
  run(action: () => Promise<number>): Promise<void>;
}

/**
 * A subcommand: one file in src/cli/commands/ exporting a function of this type, plus one line in main.ts's COMMANDS.
 * It declares itself on `program` (program.command(...)) and calls `context.run` from its action.
 */
export type RegisterCommand = (program: Command, context: CommandContext) => void;
