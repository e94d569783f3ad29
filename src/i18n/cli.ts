import type { Lang } from '../roadmap/types';

/**
 * The words of the command-line framework (commander) itself: help titles, its own help option, and its usage
 * errors, so `roadmap --help` and a mistyped option speak the language asked for, like every other message.
 */
export interface CliFrameworkTexts {
  titles: Record<'Usage:' | 'Arguments:' | 'Options:' | 'Commands:' | 'Global Options:', string>;
  /** «[options]», «[command]» in a usage line. */
  usageWords: Record<'[options]' | '[command]', string>;
  help: string;
  helpCommand: string;
  defaultValue: (value: string) => string;
  /** Shown after a usage error: where to read more. */
  helpHint: string;
  errors: {
    requiredOption: (flags: string) => string;
    unknownOption: (flag: string, suggestion: string | null) => string;
    missingArgument: (name: string) => string;
    optionArgumentMissing: (flags: string) => string;
    tooManyArguments: (expected: string, received: string) => string;
    unknownCommand: (name: string, suggestion: string | null) => string;
  };
}

const RU: CliFrameworkTexts = {
  titles: { 'Usage:': 'Использование:', 'Arguments:': 'Аргументы:', 'Options:': 'Параметры:', 'Commands:': 'Команды:', 'Global Options:': 'Общие параметры:' },
  usageWords: { '[options]': '[параметры]', '[command]': '[команда]' },
  help: 'показать справку по команде',
  helpCommand: 'показать справку по команде',
  defaultValue: (value) => `по умолчанию: ${value}`,
  helpHint: '(справка: roadmap --help или roadmap КОМАНДА --help)',
  errors: {
    requiredOption: (flags) => `не указан обязательный параметр ${flags}`,
    unknownOption: (flag, suggestion) => `неизвестный параметр ${flag}` + (suggestion ? ` (может быть, ${suggestion}?)` : ''),
    missingArgument: (name) => `не указан аргумент ${name}`,
    optionArgumentMissing: (flags) => `у параметра ${flags} не указано значение`,
    tooManyArguments: (expected, received) => `лишние аргументы: ожидается ${expected}, указано ${received}`,
    unknownCommand: (name, suggestion) => `неизвестная команда ${name}` + (suggestion ? ` (может быть, ${suggestion}?)` : ''),
  },
};

const EN: CliFrameworkTexts = {
  titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global Options:' },
  usageWords: { '[options]': '[options]', '[command]': '[command]' },
  help: 'display help for command',
  helpCommand: 'display help for command',
  defaultValue: (value) => `default: ${value}`,
  helpHint: '(help: roadmap --help or roadmap COMMAND --help)',
  errors: {
    requiredOption: (flags) => `required option ${flags} not specified`,
    unknownOption: (flag, suggestion) => `unknown option ${flag}` + (suggestion ? ` (did you mean ${suggestion}?)` : ''),
    missingArgument: (name) => `missing argument ${name}`,
    optionArgumentMissing: (flags) => `option ${flags} needs a value`,
    tooManyArguments: (expected, received) => `too many arguments: expected ${expected}, got ${received}`,
    unknownCommand: (name, suggestion) => `unknown command ${name}` + (suggestion ? ` (did you mean ${suggestion}?)` : ''),
  },
};

export function cliFrameworkTexts(lang: Lang): CliFrameworkTexts {
  return lang === 'en' ? EN : RU;
}
