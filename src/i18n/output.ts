import type { Lang } from '../roadmap/types';

/** Messages about an output path (-o, --docx), in one language. */
export interface OutputTexts {
  noFolder: (output: string, folder: string) => string;
  isInput: (output: string) => string;
  isFolder: (output: string) => string;
  cannotWrite: (output: string, code: string) => string;
}

const RU: OutputTexts = {
  noFolder: (output, folder) => `${output}: папка не существует: ${folder}`,
  isInput: (output) => `${output}: нельзя записывать в исходный файл; укажите другой -o`,
  isFolder: (output) => `${output}: это папка; укажите в -o имя файла`,
  cannotWrite: (output, code) => `${output}: не удалось записать (${code})`,
};

const EN: OutputTexts = {
  noFolder: (output, folder) => `${output}: no such folder: ${folder}`,
  isInput: (output) => `${output}: the output must not be the input file; choose another -o`,
  isFolder: (output) => `${output}: is a folder; give a file name for -o`,
  cannotWrite: (output, code) => `${output}: cannot write (${code})`,
};

export function outputTexts(lang: Lang): OutputTexts {
  return lang === 'en' ? EN : RU;
}
