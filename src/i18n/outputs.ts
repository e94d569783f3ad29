import type { Lang } from '../roadmap/types';

/** Texts about a command's output paths (-o, --docx) and writing them: one line each, naming the path. */
export interface OutputTexts {
  noFolder: (output: string, folder: string) => string;
  notRegular: (output: string, kind: string) => string;
  kinds: { folder: string; device: string; fifo: string; socket: string; other: string };
  isInput: (output: string, input: string) => string;
  insideInbox: (output: string, folder: string) => string;
  sameOutputs: (first: string, second: string) => string;
  cannotWrite: (output: string, code: string) => string;
  stdoutFull: (code: string) => string;
}

const RU: OutputTexts = {
  noFolder: (output, folder) => `${output}: папка не существует: ${folder}`,
  notRegular: (output, kind) =>
    `${output}: это ${kind}, а не файл; укажите в -o имя файла .xlsx (устройство или канал не заменяется; чтобы только проверить таблицу — roadmap check)`,
  kinds: { folder: 'папка', device: 'устройство', fifo: 'именованный канал', socket: 'сокет', other: 'особый файл' },
  isInput: (output, input) => `${output}: это исходный файл ${input}; выберите другое имя для -o, исходные файлы не изменяются`,
  insideInbox: (output, folder) =>
    `${output}: этот файл лежит в сводимой папке ${folder} и не является сводом, записанным программой; выберите другое имя для -o`,
  sameOutputs: (first, second) => `${first} и ${second}: один и тот же файл; дайте выходным файлам разные имена`,
  cannotWrite: (output, code) => `${output}: не удалось записать (${code})`,
  stdoutFull: (code) => `не удалось вывести результат: стандартный вывод не принимает данные (${code})`,
};

const EN: OutputTexts = {
  noFolder: (output, folder) => `${output}: no such folder: ${folder}`,
  notRegular: (output, kind) =>
    `${output}: is a ${kind}, not a file; give -o a .xlsx file name (a device or pipe is never replaced; to check the table only, use roadmap check)`,
  kinds: { folder: 'folder', device: 'device', fifo: 'named pipe', socket: 'socket', other: 'special file' },
  isInput: (output, input) => `${output}: is the input file ${input}; choose another -o, inputs are never changed`,
  insideInbox: (output, folder) =>
    `${output}: lies in the folder being consolidated (${folder}) and is not a report this tool wrote; choose another -o`,
  sameOutputs: (first, second) => `${first} and ${second}: the same file; give the outputs different names`,
  cannotWrite: (output, code) => `${output}: cannot write (${code})`,
  stdoutFull: (code) => `cannot print the result: standard output takes no more data (${code})`,
};

export function outputTexts(lang: Lang): OutputTexts {
  return lang === 'en' ? EN : RU;
}
