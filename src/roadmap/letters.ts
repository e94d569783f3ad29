// Unicode letters and digits, tested in one place. The task pane's module is ES2017, which has no \p{…} in regular
// expressions: Babel writes each \p{L} out as a class of several kilobytes, so every regular expression that used it
// added ~2 KB gzipped to the pane (issue 13). Here each class is written once and the callers test code points.

/** One code point that is a letter (Unicode L*). */
const LETTER = /^\p{L}$/u;
/** One code point that is a number (Unicode N*: digits, ¹, ½, Ⅻ). */
const NUMBER = /^\p{N}$/u;

/** True when `char` (one code point, e.g. from `for…of` over a string) is a letter of any script. */
export function isLetter(char: string): boolean {
  return LETTER.test(char);
}

/**
 * True when `char` (one code point) is an upper-case letter: a letter that has a lower case other than itself. As \p{Lu}
 * for the scripts of names (Cyrillic, Latin, Greek); a capital of a caseless script or a titlecase digraph may differ.
 */
export function isCapital(char: string): boolean {
  return LETTER.test(char) && char.toLowerCase() !== char;
}

/** True when `text` holds `run` letters in a row (default 1): «Раздел» has 3, «1.2» has none. */
export function hasLetters(text: string, run = 1): boolean {
  let inRow = 0;
  for (const char of text) {
    inRow = LETTER.test(char) ? inRow + 1 : 0;
    if (inRow >= run) return true;
  }
  return false;
}

/**
 * True when `char` (one code point) is a letter or a number. Latin and Cyrillic, nearly every character of a Russian
 * table, are told by their code alone: the Unicode class test costs as much as the rest of reading a header row.
 */
function isLetterOrDigit(char: string): boolean {
  if (char.length === 1) {
    const code = char.charCodeAt(0);
    if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    // А–я, Ё, ё: all letters.
    if ((code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451) return true;
  }
  return LETTER.test(char) || NUMBER.test(char);
}

/**
 * `text` with only its letters, digits (Unicode N*, so ¹ and ½ too) and the characters of `keep`; every run of other
 * characters becomes `gap` (default: dropped). As `text.replace(/[^\p{L}\p{N}<keep>]+/gu, gap)`.
 */
export function lettersAndDigits(text: string, keep = '', gap = ''): string {
  let out = '';
  let inGap = false;
  for (const char of text) {
    if (isLetterOrDigit(char) || keep.includes(char)) {
      out += char;
      inGap = false;
    } else if (!inGap) {
      out += gap;
      inGap = true;
    }
  }
  return out;
}
