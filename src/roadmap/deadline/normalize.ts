/**
 * Puts a deadline cell into one canonical spelling before anything reads it: lower case, plain spaces and
 * hyphens, `е` for `ё`, Latin roman numerals, Cyrillic words freed of Latin look-alike letters, and a space
 * between digits and letters (`до31.07.2021г` → `до 31.07.2021 г`). Lengths may change: positions found in
 * the normalised text are only ever used on the normalised text.
 */

import { MONTH_WORD } from './vocabulary';

/**
 * Two month names with nothing but spaces between them: a range whose dash was lost in copying («январь декабрь
 * 2013 г.» in a published plan, Шиловский район 2013), not two checkpoints; a list has a comma, «и» or a new line.
 */
const LOST_DASH = new RegExp(`(^|[^а-яa-z])(${MONTH_WORD})[ ]+(?=(?:${MONTH_WORD})(?![а-яa-z]))`, 'g');

const ODD_SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t\v\f]/g;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
const QUOTES = /[«»“”„"`]/g;
/** Unicode roman numeral characters (after lower-casing) and the Ukrainian/Belarusian і typed for Latin i. */
const ROMAN_SIGNS: Record<string, string> = {
  '\u2170': 'i', '\u2171': 'ii', '\u2172': 'iii', '\u2173': 'iv', '\u2174': 'v',
  '\u2175': 'vi', '\u2176': 'vii', '\u2177': 'viii', '\u2178': 'ix', '\u2179': 'x',
  '\u0456': 'i',
};
/** Latin letters that look like Cyrillic ones, as they slip into Cyrillic words. */
const TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const ROMAN_RUN = /^[ivxх]+$/;
/** A roman numeral glued to the unit it counts: `ivквартал`, `iiполугодие`. */
const ROMAN_GLUED = /^([ivxх]+)((?:кв|пол)[а-я]*)$/;

function latinRoman(run: string): string {
  return run.replace(/х/g, 'x');
}

function cyrillize(run: string): string {
  if (!/[a-z]/.test(run) || !/[а-я]/.test(run)) return run;
  return run.replace(/[a-z]/g, (ch) => TO_CYRILLIC[ch] ?? ch);
}

function fixLetterRun(run: string): string {
  if (ROMAN_RUN.test(run) && /[a-z]/.test(run)) return latinRoman(run);
  if (run === 'х') return run;
  const glued = ROMAN_GLUED.exec(run);
  if (glued) return `${latinRoman(glued[1])} ${glued[2]}`;
  return cyrillize(run);
}

export function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(DASHES, '-')
    .replace(QUOTES, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2170-\u2179\u0456]/g, (ch) => ROMAN_SIGNS[ch] ?? ch)
    .replace(/[a-zа-я]+/g, fixLetterRun)
    // «Ш квартал»: a Cyrillic Ш typed for III (the character before it is kept: IE11 has no lookbehind).
    .replace(/(^|[^a-zа-я0-9])ш(?=[ ]*(?:-[ ]*)?(?:й[ ]*)?(?:кв|пол))/g, '$1iii')
    .replace(/(\d)(?=[a-zа-я])/g, '$1 ')
    .replace(/([a-zа-я])(?=\d)/g, '$1 ')
    .replace(/ {2,}/g, ' ')
    .replace(LOST_DASH, '$1$2 - ')
    .trim();
}
