import type { Lang } from '../roadmap/types';
import type { Notice } from '../xlsx/operations/input';
import { copyLossTexts } from './copies';
import { reportTexts } from './report';
import { COMMAND_WORDS } from './workingGroup';

/**
 * A notice about a copy (src/xlsx/operations/input.ts) as the line a person reads, in `lang`: the same words the
 * CLI prints on stderr (it adds «roadmap: » before the first two kinds, as a program names itself there).
 */
export function noticeText(notice: Notice, lang: Lang): string {
  const texts = reportTexts(lang);
  switch (notice.kind) {
    case 'unkept-parts': {
      const { parts } = notice;
      const kinds = texts.cli.drawingKinds;
      const losses = copyLossTexts(lang);
      const list = [
        parts.charts > 0 ? `${kinds.charts} (${parts.charts})` : null,
        parts.shapes > 0 ? `${kinds.shapes} (${parts.shapes})` : null,
        parts.pivotTables > 0 ? `${kinds.pivotTables} (${parts.pivotTables})` : null,
        parts.unreadableParts.length > 0 ? losses.unreadableParts(parts.unreadableParts.join(', ')) : null,
        parts.vba ? losses.vba : null,
        parts.notes.length > 0 ? losses.notes(parts.notes.join(', ')) : null,
      ].filter((part) => part !== null);
      return texts.cli.dropsDrawings(notice.file, list.join(', '));
    }
    case 'renamed-summary':
      return texts.cli.renamedSummary(notice.wanted, notice.sheet);
    case 'history-note':
      return `${COMMAND_WORDS[lang].historyNote}: ${notice.message}`;
  }
}
