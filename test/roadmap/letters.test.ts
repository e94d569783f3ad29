import { hasLetters, isCapital, isLetter, lettersAndDigits } from '../../src/roadmap/letters';
import { columnForHeader, normalizeHeader } from '../../src/roadmap/columns';
import { splitResponsible } from '../../src/roadmap/responsible';
import { normalizeActivity } from '../../src/roadmap/workingGroup/match';

// The engine tests letters without \p{…} in its regular expressions (the pane's ES2017 module would carry a copy of
// each Unicode class per expression): these pin that it still reads every script the way \p{L} / \p{N} did.
describe('letters', () => {
  it('tells letters of any script, also beyond the Basic Multilingual Plane, from digits and marks', () => {
    for (const char of ['ж', 'Ё', 'q', 'λ', '中', 'ا', '𝐀']) expect(isLetter(char)).toBe(true);
    for (const char of ['7', '¹', '½', '№', '#', '-', ' ', '😀']) expect(isLetter(char)).toBe(false);
  });

  it('counts letters in a row, by code point', () => {
    expect(hasLetters('Раздел 2', 3)).toBe(true);
    expect(hasLetters('1.2. а', 3)).toBe(false);
    expect(hasLetters('1.2. а')).toBe(true);
    expect(hasLetters('12.05 — 3')).toBe(false);
    expect(hasLetters('𝐀𝐁𝐂', 3)).toBe(true);
    expect(hasLetters('а 1 б 2 в', 3)).toBe(false);
  });

  it('keeps letters, digits of any kind and the chosen characters, dropping or closing up the rest', () => {
    expect(lettersAndDigits('срок¹ (исполнения), %', '%')).toBe('срок¹исполнения%');
    expect(lettersAndDigits('• Организация\n— работы;  группы', '', ' ')).toBe(' Организация работы группы');
    expect(lettersAndDigits('😀№ 5#', '№#')).toBe('№5#');
  });

  it('keeps exactly the letters and digits of \\p{L} / \\p{N} over ASCII, Latin-1 and Cyrillic (told by code, not by class)', () => {
    const chars = Array.from({ length: 0x530 }, (_, code) => String.fromCharCode(code));
    const text = chars.join('');
    expect(lettersAndDigits(text)).toBe(text.replace(/[^\p{L}\p{N}]+/gu, ''));
    expect(lettersAndDigits(text, '', '|')).toBe(text.replace(/[^\p{L}\p{N}]+/gu, '|'));
  });

  it('takes a capital only for an upper-case letter', () => {
    expect(isCapital('Е')).toBe(true);
    expect(isCapital('е')).toBe(false);
    expect(isCapital('5')).toBe(false);
  });
});

describe('the engine reading with these letters', () => {
  it('compares headers and activities ignoring punctuation, and strips a footnote mark only after a letter', () => {
    expect(normalizeHeader('№ п/п')).toBe('№пп');
    expect(columnForHeader('Срок¹')).toBe(columnForHeader('Срок'));
    expect(columnForHeader('Ответственный 2')).toBe(columnForHeader('Ответственный'));
    expect(normalizeActivity('Проведение  совещания;\n— итоги.')).toBe('проведение совещания итоги');
  });

  it('keeps the dot of an initial and drops the dot that ends a sentence', () => {
    expect(splitResponsible('Бойко Е.В.')).toEqual(['Бойко Е.В.']);
    expect(splitResponsible('отдел образования.')).toEqual(['отдел образования']);
    expect(splitResponsible('отдел ГО.')).toEqual(['отдел ГО']);
    expect(splitResponsible('Е.')).toEqual(['Е.']);
  });
});
