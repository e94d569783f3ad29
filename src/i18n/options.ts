import type { Lang } from '../roadmap/types';

/** Messages about a bad option value, shared by every command; each names the option and the value given. */
export interface OptionTexts {
  badDate: (option: string, value: string) => string;
  emptySheet: string;
  badLang: (value: string) => string;
  badDueSoon: (value: string) => string;
}

const RU: OptionTexts = {
  badDate: (option, value) => `${option}: ожидается дата ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, указано «${value}»`,
  emptySheet: '--sheet: пустое имя листа',
  badLang: (value) => `--lang: ожидается ru или en, указано «${value}»`,
  badDueSoon: (value) => `--due-soon: ожидается целое число дней от 0 до 365, указано «${value}»`,
};

const EN: OptionTexts = {
  badDate: (option, value) => `${option}: expected a date DD.MM.YYYY or YYYY-MM-DD, got “${value}”`,
  emptySheet: '--sheet: empty sheet name',
  badLang: (value) => `--lang: expected ru or en, got “${value}”`,
  badDueSoon: (value) => `--due-soon: expected a whole number of days from 0 to 365, got “${value}”`,
};

export function optionTexts(lang: Lang): OptionTexts {
  return lang === 'en' ? EN : RU;
}
