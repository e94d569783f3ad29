import { isCapital, lettersAndDigits } from './letters';

/**
 * A responsible cell may name several executors: «ФЦК,\nпилотные регионы», «Заместитель директора; кадровая служба».
 * Returns each name once, as first written, without list bullets.
 */
export function splitResponsible(text: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/[,;\n\r]+/)) {
    const name = part.replace(/^[\s\-–—•·*]+/, '').replace(/\s+$/, '').replace(/\.+$/, keepInitialDot).replace(/\s+/g, ' ');
    const key = responsibleKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** A trailing dot ends a sentence, except after an initial: «Бойко Е.В.» keeps it, «отдел образования.» does not. */
function keepInitialDot(dots: string, offset: number, whole: string): string {
  const before = Array.from(whole.slice(0, offset));
  const initial = before[before.length - 1];
  const beforeInitial = before[before.length - 2];
  return initial !== undefined && isCapital(initial) && (beforeInitial === undefined || /[\s.]/.test(beforeInitial)) ? '.' : '';
}

/** How two names of a responsible are compared: ignoring case, spaces and punctuation. */
export function responsibleKey(name: string): string {
  return lettersAndDigits(name.toLowerCase().replace(/ё/g, 'е'));
}
