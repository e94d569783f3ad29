import { parseDeadline } from './deadline';
import type { Deadline } from './types';

/** Distinct deadline texts remembered; when full the memo starts afresh, so memory stays bounded. */
const MAX_ENTRIES = 50_000;

/**
 * Parsed deadlines, shared by every sheet read in this process: roadmaps repeat the same deadlines
 * («до 31.12.2021 г.», «ежеквартально») on many rows and across the workbooks of a region, and the parser is the
 * engine's hot path. The parse depends only on the text and the plan's end date, which together form the key.
 */
const memo = new Map<string, Deadline>();

export function cachedDeadlineParser(periodEnd: string | null): (text: string) => Deadline {
  const prefix = `${periodEnd ?? ''}\u0000`;
  return (text) => {
    const key = prefix + text;
    let parsed = memo.get(key);
    if (parsed === undefined) {
      parsed = parseDeadline(text, { periodEnd });
      if (memo.size >= MAX_ENTRIES) memo.clear();
      memo.set(key, parsed);
    }
    // Each item gets its own copy, so no two items share a Deadline object.
    return { ...parsed, checkpoints: [...parsed.checkpoints] };
  };
}
