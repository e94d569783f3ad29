import type { Command, Help, Option } from 'commander';
import { cliFrameworkTexts, type CliFrameworkTexts } from '../i18n/cli';
import type { Lang } from '../roadmap/types';
import type { CliIo } from './context';

/** commander's error lines, by the words it writes them with (commander 13), and how each is said in our texts. */
const ERRORS: readonly { pattern: RegExp; say: (t: CliFrameworkTexts['errors'], match: RegExpExecArray) => string }[] = [
  { pattern: /^error: required option '(.+)' not specified/, say: (t, m) => t.requiredOption(m[1]) },
  { pattern: /^error: unknown option '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, say: (t, m) => t.unknownOption(m[1], m[2] ?? null) },
  { pattern: /^error: missing required argument '(.+)'/, say: (t, m) => t.missingArgument(m[1]) },
  { pattern: /^error: option '(.+)' argument missing/, say: (t, m) => t.optionArgumentMissing(m[1]) },
  { pattern: /^error: too many arguments.*Expected (\d+) arguments? but got (\d+)/, say: (t, m) => t.tooManyArguments(m[1], m[2]) },
  { pattern: /^error: unknown command '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, say: (t, m) => t.unknownCommand(m[1], m[2] ?? null) },
];

/** One of commander's error messages in the language asked for, as the one line `roadmap: …` every failure is. */
export function translateFrameworkError(message: string, lang: Lang): string {
  const t = cliFrameworkTexts(lang).errors;
  const text = message.trim();
  for (const { pattern, say } of ERRORS) {
    const match = pattern.exec(text);
    if (match) return `roadmap: ${say(t, match)}\n`;
  }
  // A message commander has that is not listed above: shown as it comes, never swallowed.
  return `roadmap: ${text.replace(/^error: /, '')}\n`;
}

/**
 * Makes commander speak one language: its help titles, «[options]», its own help option and «(default: …)», and its
 * usage errors (one line, then where to find help). Call on the program before adding the commands, which inherit it.
 */
export function speakLanguage(program: Command, lang: Lang, io: CliIo): Command {
  const t = cliFrameworkTexts(lang);
  const usageWords = (text: string): string =>
    text.replace(/\[options\]|\[command\]/g, (word) => t.usageWords[word as '[options]' | '[command]']);
  return program
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .showHelpAfterError(t.helpHint)
    .configureHelp({
      styleTitle: (title: string) => t.titles[title as keyof CliFrameworkTexts['titles']] ?? title,
      styleUsage: (usage: string) => usageWords(usage),
      styleSubcommandTerm: (term: string) => usageWords(term),
      optionDescription(this: Help, option: Option): string {
        const shown = option.defaultValue !== undefined && !option.negate && option.defaultValue !== false;
        return shown ? `${option.description} (${t.defaultValue(String(option.defaultValue))})` : option.description;
      },
    })
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text, write) => write(text.startsWith('error: ') ? translateFrameworkError(text, lang) : text),
    });
}
