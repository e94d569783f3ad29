import { Command, CommanderError } from 'commander';
import { reportTexts } from '../i18n/report';
import { registerCheck } from './commands/check';
import { registerSummary } from './commands/summary';
import { registerSnapshot } from './commands/snapshot';
import { registerRequests } from './commands/requests';
import { registerBrief } from './commands/brief';
import { registerDisagreements, registerProtocol } from './commands/documents';
import { registerConsolidate } from './commands/consolidate';
import type { CliIo, CommandContext, RegisterCommand } from './context';
import { EXIT, failureLine } from './errors';
import { speakLanguage } from './frameworkLanguage';
import { languageAfterCommand, languageOf } from './options';
import { escapingIo, processIo } from './terminal';
import type { Lang } from '../roadmap/types';

/** Every subcommand, one line each (a command lives in src/cli/commands/<name>.ts). */
const COMMANDS: readonly RegisterCommand[] = [
  registerCheck,
  registerSummary,
  registerSnapshot,
  registerRequests,
  registerBrief,
  registerDisagreements,
  registerProtocol,
  registerConsolidate,
];

/** Runs `roadmap` on a full argv (node, script, arguments…) and resolves to the exit status. */
export async function main(argv: readonly string[], given?: CliIo): Promise<number> {
  const lang = languageOf(argv.slice(2));
  const processStreams = given === undefined ? processIo(lang) : null;
  const io = escapingIo(given ?? (processStreams as { io: CliIo }).io);
  const status = await runProgram(argv, io, lang);
  // A failed stdout (a full disk) is a failure whatever the command found: its report did not reach the reader.
  return processStreams?.state.failure ? EXIT.failure : status;
}

async function runProgram(argv: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const texts = reportTexts(lang);
  let status: number = EXIT.ok;
  const context: CommandContext = {
    io,
    lang,
    texts,
    async run(action) {
      try {
        status = await action();
      } catch (error) {
        io.err(`${failureLine(error, lang)}\n`);
        status = EXIT.failure;
      }
    },
  };

  const program = speakLanguage(new Command('roadmap').description(texts.cli.description).exitOverride(), lang, io);
  for (const register of COMMANDS) register(program, context);

  try {
    await program.parseAsync(languageAfterCommand(argv));
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are answers, not failures; anything else commander rejects is a usage error it has printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    io.err(`${failureLine(error, lang)}\n`);
    return EXIT.failure;
  }
  return status;
}
