import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDeadline } from '../../src/roadmap/deadline';
import type { DeadlineKind } from '../../src/roadmap/types';

interface CorpusCase {
  line: number;
  text: string;
  kind: DeadlineKind;
  due: string | null;
  checkpoints: string[];
  periodEnd: string | null;
}

const KINDS: DeadlineKind[] = ['date', 'milestones', 'period', 'recurring', 'continuous', 'on-demand', 'none', 'unknown'];

function unescape(text: string): string {
  return text.replace(/\\(n|t|u[0-9a-fA-F]{4}|\\)/g, (_, code: string) => {
    if (code === 'n') return '\n';
    if (code === 't') return '\t';
    if (code === '\\') return '\\';
    return String.fromCharCode(parseInt(code.slice(1), 16));
  });
}

function readCorpus(): CorpusCase[] {
  const file = readFileSync(join(__dirname, '../fixtures/deadline-corpus.tsv'), 'utf8');
  return file.split('\n').flatMap((row, index) => {
    if (row.trim() === '' || row.startsWith('#')) return [];
    const [text, kind, due = '', checkpoints = '', periodEnd = ''] = row.split('\t');
    if (!KINDS.includes(kind as DeadlineKind)) throw new Error(`line ${index + 1}: unknown kind «${kind}»`);
    return [
      {
        line: index + 1,
        text: unescape(text),
        kind: kind as DeadlineKind,
        due: due === '' ? null : due,
        checkpoints: checkpoints !== '' ? checkpoints.split(',') : due !== '' ? [due] : [],
        periodEnd: periodEnd === '' ? null : periodEnd,
      },
    ];
  });
}

const corpus = readCorpus();

describe('deadline corpus', () => {
  it('holds hundreds of cases of every kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    for (const kind of KINDS) expect(corpus.some((c) => c.kind === kind)).toBe(true);
  });

  test.each(corpus.map((c) => [c.line, JSON.stringify(c.text), c] as const))(
    'line %i: %s',
    (_line, _shown, c) => {
      const parsed = parseDeadline(c.text, c.periodEnd === null ? {} : { periodEnd: c.periodEnd });
      expect({ kind: parsed.kind, due: parsed.due, checkpoints: parsed.checkpoints }).toEqual({
        kind: c.kind,
        due: c.due,
        checkpoints: c.checkpoints,
      });
      expect(parsed.text).toBe(c.text);
    },
  );
});
