import { parseDeadline } from './deadline';
import type { Deadline } from './types';

/** Distinct deadline texts remembered per sheet; beyond this the cache stops growing (memory stays bounded). */
const MAX_ENTRIES = 50_000;

/**
 * parseDeadline for one sheet, remembering each distinct text: roadmaps repeat the same deadlines
 * («до 31.12.2021 г.», «ежеквартально») on many rows, and the parser is the engine's hot path.
 * Each call returns its own copy, so no two items share a Deadline object.
 */
export function cachedDeadlineParser(periodEnd: string | null): (text: string) => Deadline {
  const cache = new Map<string, Deadline>();
  return (text) => {
    let parsed = cache.get(text);
    if (parsed === undefined) {
      parsed = parseDeadline(text, { periodEnd });
      if (cache.size < MAX_ENTRIES) cache.set(text, parsed);
    }
    return { ...parsed, checkpoints: [...parsed.checkpoints] };
  };
}
