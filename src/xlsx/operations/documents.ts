import { officialDocx } from '../../docx/officialDocx';
import { documentFileName } from '../../i18n/operations';
import { briefDocument, briefText, buildBrief, type BriefDocument, type MeetingBrief } from '../../roadmap/workingGroup';
import {
  briefOfficialDocument, disagreementsDocument, officialText, protocolDocument, type OfficialDocument,
} from '../../roadmap/workingGroup/officialDocuments';
import { bytesOf, type InputWorkbook, type OperationOptions } from './input';
import { chairOf, openWorkingGroup, type WorkingGroupFile } from './workingGroup';

/** The working group's documents: the brief to the meeting, the list of disagreements, the minutes (protocol). */
export type DocumentKind = 'brief' | 'disagreements' | 'protocol';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['brief', 'disagreements', 'protocol'];

export interface DocumentOptions extends OperationOptions {
  /** The next meeting, ISO; default the end of the report date's quarter (the CLI's --next-meeting). */
  nextMeeting?: string;
  /** Who signs; default the chair saved in the workbook by the add-in (the CLI's --chair). */
  chair?: string;
}

export interface WorkingGroupDocument {
  kind: DocumentKind;
  /** A name to save it under: the workbook's name and the document's («plan — справка.docx»). */
  fileName: string;
  /** The .docx: what `roadmap brief --docx`, `roadmap disagreements --docx`, `roadmap protocol --docx` write. */
  bytes: Uint8Array;
  /** What the same command prints on stdout without --json. */
  text: string;
  /** The document's model (what `disagreements --json` and `protocol --json` print). */
  document: OfficialDocument;
}

/** The brief's model and its document, from a working group file (what `roadmap brief` prints with and without --json). */
export function briefOf(input: WorkingGroupFile, options: DocumentOptions): { model: MeetingBrief; document: BriefDocument } {
  const model = buildBrief(input.roadmap, input.history.history, {
    nextMeeting: options.nextMeeting,
    periodEnd: options.periodEnd,
    historyFindings: input.history.findings,
  });
  return { model, document: briefDocument(model, options.lang) };
}

/** One document of a working group file read already: the CLI's commands and workingGroupDocuments both come here. */
export async function workingGroupDocument(input: WorkingGroupFile, kind: DocumentKind, options: DocumentOptions): Promise<WorkingGroupDocument> {
  const { model, document: brief } = briefOf(input, options);
  const settings = { lang: options.lang, chair: await chairOf(input, options.chair) };
  const document =
    kind === 'brief'
      ? briefOfficialDocument(brief, model, settings)
      : kind === 'disagreements'
        ? disagreementsDocument(model, settings)
        : protocolDocument(model, { ...settings, items: input.roadmap.items });
  return {
    kind,
    fileName: documentFileName(input.file, kind, options.lang),
    bytes: bytesOf(await officialDocx(document)),
    text: kind === 'brief' ? briefText(brief, options.lang) : officialText(document),
    document,
  };
}

/**
 * The working group documents of a workbook's bytes, as .docx, in the order of `kinds`: byte for byte what the CLI
 * writes for the same file and options but for the timestamps inside. Throws WorkbookReadError naming `input.name`.
 */
export async function workingGroupDocuments(
  input: InputWorkbook,
  options: DocumentOptions,
  kinds: readonly DocumentKind[] = DOCUMENT_KINDS,
): Promise<WorkingGroupDocument[]> {
  const file = await openWorkingGroup(input, options);
  const documents: WorkingGroupDocument[] = [];
  for (const kind of kinds) documents.push(await workingGroupDocument(file, kind, options));
  return documents;
}
