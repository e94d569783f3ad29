import { DOCUMENT_PANE_WORDS } from '../i18n/documents';
import { briefDocument } from '../roadmap/workingGroup';
import {
  briefOfficialDocument, disagreementsDocument, protocolDocument, type OfficialDocument,
} from '../roadmap/workingGroup/officialDocuments';
import type { ActionContext } from './actions';
import type { WorkingGroupState } from './workingGroupActions';

export type WorkingGroupDocumentKind = 'brief' | 'disagreements' | 'protocol';

/**
 * One of the working group's documents for the workbook's state, signed by the chair saved in the workbook's settings —
 * the same document `roadmap brief --docx`, `roadmap disagreements --docx` and `roadmap protocol --docx` write.
 */
export function workingGroupDocument(kind: WorkingGroupDocumentKind, state: WorkingGroupState, context: Pick<ActionContext, 'lang' | 'settings'>): OfficialDocument {
  const options = { lang: context.lang, chair: context.settings.chair };
  if (kind === 'disagreements') return disagreementsDocument(state.brief, options);
  if (kind === 'protocol') return protocolDocument(state.brief, { ...options, items: state.roadmap.items });
  return briefOfficialDocument(briefDocument(state.brief, context.lang), state.brief, options);
}

/**
 * The document as a Word file for the pane to offer as a download (an add-in cannot write files). The `docx` package
 * is loaded on first use, in its own chunk, so the pane opens without it.
 */
export async function workingGroupDocumentFile(
  kind: WorkingGroupDocumentKind,
  state: WorkingGroupState,
  context: Pick<ActionContext, 'lang' | 'settings'>,
): Promise<{ name: string; blob: Blob }> {
  const { officialDocxBlob } = await import('../docx/officialDocx');
  const blob = await officialDocxBlob(workingGroupDocument(kind, state, context));
  return { name: DOCUMENT_PANE_WORDS[context.lang].fileName(kind, state.brief.today), blob };
}
