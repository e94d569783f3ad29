/**
 * Numbers, percents and plural forms as every text output writes them: Russian «26,7 %», «просрочено на 1 день /
 * 3 дня / 5 дней»; English «26.7%», «1 day / 5 days». Plural categories come from Intl.PluralRules (CLDR rules).
 */
import type { Lang } from '../roadmap/types';

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };
const pluralRules: Record<Lang, Intl.PluralRules> = { ru: new Intl.PluralRules('ru-RU'), en: new Intl.PluralRules('en-GB') };

/** Word forms by CLDR plural category: Russian one/few/many («день/дня/дней»), English one/other. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** The form of a word that goes with `count` («1 день», «2 дня», «5 дней», «1,5 дня»). */
export function pluralForm(count: number, forms: PluralForms, lang: Lang): string {
  const category = pluralRules[lang].select(count);
  return forms[category as keyof PluralForms] ?? forms.other;
}

/** A whole or decimal number in the language's format (Russian: decimal comma, no grouping under 10 000). */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  return numberFormat(lang, decimals).format(value);
}

/**
 * One formatter per language and number of decimals: building an Intl.NumberFormat costs a hundred times formatting
 * with one, and a ministry's consolidation formats a day count for every overdue item (tens of thousands).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    numberFormats.set(key, format);
  }
  return format;
}

/** A percent with one decimal: «26,7 %» (a space before the sign, as Russian typography has it), English «26.7%». */
export function formatPercent(percent: number, lang: Lang): string {
  const number = formatNumber(percent, lang, 1);
  return lang === 'ru' ? `${number} %` : `${number}%`;
}

const DAY_FORMS: Record<Lang, PluralForms> = {
  ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
  en: { one: 'day', other: 'days' },
};

/** «1 день», «3 дня», «5 дней»; «1 day», «5 days». */
export function daysText(days: number, lang: Lang): string {
  return `${formatNumber(days, lang)} ${pluralForm(days, DAY_FORMS[lang], lang)}`;
}

const ITEM_FORMS: Record<Lang, PluralForms> = {
  ru: { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий', other: 'мероприятия' },
  en: { one: 'item', other: 'items' },
};

/** «1 мероприятие», «2 мероприятия», «5 мероприятий». */
export function itemsText(count: number, lang: Lang): string {
  return `${formatNumber(count, lang)} ${pluralForm(count, ITEM_FORMS[lang], lang)}`;
}
