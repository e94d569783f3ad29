/**
 * The working group's documents in the form of Russian official documents (ГОСТ Р 7.0.97-2016): the kind of document
 * in capitals, a heading to the text, the date, the text, the signature block. The model is words only; src/docx renders
 * it (Times New Roman 14 pt, black, numbered pages). Sources: seed 000 §3.2 (the chair), §4.6 (decisions are recorded
 * in a protocol the chair approves), §4.7 (the group approves results and deadline moves, decides on checkpoints, and
 * passes the disagreements it cannot settle to the director).
 */
import { DOCUMENT_WORDS, type DocumentWords } from '../../i18n/documents';
import type { Item, Lang } from '../types';
import type { MeetingBrief } from './brief';
import { formatCount, type BriefDocument } from './briefDocument';
import { displayDate, fullActivity } from './wording';

export type DocumentBlock =
  /** A heading inside the text (bold). */
  | { kind: 'heading'; text: string }
  /** A paragraph of text (justified, first line indented). */
  | { kind: 'paragraph'; text: string }
  /** A point of a list, under its number («1.», «2.3.») or a dash. */
  | { kind: 'point'; marker: string; text: string; level: 0 | 1 }
  /** A table; widths in percent of the text width. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[]; numeric?: boolean[] }
  /** A line left to write the group's decision by hand. */
  | { kind: 'decision'; label: string; line: string };

export interface Signature {
  position: string;
  /** «И.О. Фамилия», or a blank line to write it by hand. */
  name: string;
}

export interface OfficialDocument {
  /** «СПРАВКА», «ЛИСТ РАЗНОГЛАСИЙ», «ПРОТОКОЛ». */
  kind: string;
  /** The heading to the text, under the kind. */
  about: string;
  /** «ПРОЕКТ» on a draft, else null. */
  draftMark: string | null;
  /** The date line: the report date, or blanks to fill in. */
  dateLine: string;
  blocks: DocumentBlock[];
  signatures: Signature[];
  /** File properties. */
  title: string;
  /** A wide table (лист разногласий) reads better on a landscape page. */
  landscape: boolean;
}

export interface DocumentOptions {
  lang?: Lang;
  /** The chair's name («И.О. Фамилия») from the workbook's settings or `--chair`; null leaves a line to fill by hand. */
  chair?: string | null;
}

function chairSignature(words: DocumentWords, chair: string | null | undefined): Signature {
  const name = chair?.trim();
  return { position: words.chair, name: name ? name : words.blankName };
}

/** The brief (справка) in official form: the same sections as the text and the sheet, every activity in full. */
export function briefOfficialDocument(document: BriefDocument, brief: MeetingBrief, options: DocumentOptions = {}): OfficialDocument {
  const lang = options.lang ?? 'ru';
  const words = DOCUMENT_WORDS[lang];
  const blocks: DocumentBlock[] = [{ kind: 'paragraph', text: document.reportLine }];
  if (document.notice) blocks.push({ kind: 'paragraph', text: document.notice });
  blocks.push({ kind: 'heading', text: document.countsTitle });
  blocks.push({
    kind: 'table',
    header: document.countsHeader,
    rows: document.countsRows.map((row, rowIndex) => row.map((value, index) => (index === 0 ? String(value) : formatCount(value, lang, index === 3, rowIndex === document.countsPercentRow)))),
    widths: document.countsHeader.length === 2 ? [70, 30] : [46, 18, 18, 18],
    numeric: document.countsHeader.map((_, index) => index > 0),
  });
  document.sections.forEach((section, index) => {
    blocks.push({ kind: 'heading', text: `${index + 1}. ${section.title} — ${section.count}` });
    if (section.entries.length === 0) blocks.push({ kind: 'paragraph', text: document.none });
    for (const entry of section.entries) {
      blocks.push({ kind: 'point', marker: '–', text: entry.text, level: 0 });
      for (const sub of entry.sub) blocks.push({ kind: 'point', marker: '–', text: sub, level: 1 });
    }
  });
  return {
    kind: words.brief.kind,
    about: words.brief.about,
    draftMark: null,
    dateLine: displayDate(brief.today, lang),
    blocks,
    signatures: [chairSignature(words, options.chair)],
    title: `${words.brief.kind} ${words.brief.about}`,
    landscape: false,
  };
}

const DISAGREEMENT_WORD = /^\s*(разногласи[яе]|disagreement)[\s.:;,–—-]*/i;

/** What the sides say: the status after the word «Разногласия», then the comment. */
export function disagreementPositions(item: Item): string {
  const fromStatus = (item.statusText ?? '').replace(DISAGREEMENT_WORD, '').trim();
  return [fromStatus, (item.comment ?? '').trim()].filter((text) => text !== '').join('\n');
}

/** Лист разногласий: the items marked «Разногласия», with the positions, a column left for the director's decision. */
export function disagreementsDocument(brief: MeetingBrief, options: DocumentOptions = {}): OfficialDocument {
  const lang = options.lang ?? 'ru';
  const words = DOCUMENT_WORDS[lang];
  const d = words.disagreements;
  const blocks: DocumentBlock[] = [];
  if (brief.disagreements.length === 0) blocks.push({ kind: 'paragraph', text: d.none });
  else {
    blocks.push({ kind: 'paragraph', text: d.intro(brief.disagreements.length, displayDate(brief.today, lang)) });
    blocks.push({
      kind: 'table',
      header: [d.header.no, d.header.activity, d.header.responsible, d.header.deadline, d.header.positions, d.header.decision],
      rows: brief.disagreements.map((item) => [
        item.no,
        fullActivity(item.activity),
        item.responsible.replace(/\s*\n\s*/g, ', '),
        item.deadline.text.trim(),
        disagreementPositions(item) || d.noPositions,
        '',
      ]),
      widths: [6, 31, 14, 12, 22, 15],
    });
  }
  return {
    kind: d.kind,
    about: d.about,
    draftMark: null,
    dateLine: displayDate(brief.today, lang),
    blocks,
    signatures: [chairSignature(words, options.chair)],
    title: `${d.kind} ${d.about}`,
    landscape: true,
  };
}

export interface ProtocolOptions extends DocumentOptions {
  /** The roadmap's items: with no snapshot to compare with, every done item's result is put to the group. */
  items?: readonly Item[];
}

/**
 * A draft protocol of the meeting: the agenda from the brief, and under each question the decisions to take — results
 * to approve, deadline moves to approve, checkpoints to record as reached, disagreements to pass to the director —
 * each with a line for the decision.
 */
export function protocolDocument(brief: MeetingBrief, options: ProtocolOptions = {}): OfficialDocument {
  const lang = options.lang ?? 'ru';
  const words = DOCUMENT_WORDS[lang];
  const p = words.protocol;
  const date = (iso: string): string => displayDate(iso, lang);
  const label = (no: string, activity: string): string => words.item(no, fullActivity(activity));
  const results = brief.since === null ? (options.items ?? []).filter((item) => item.status === 'done') : brief.done;

  const questions: { title: string; decisions: string[] }[] = [{ title: p.agenda.progress(date(brief.today)), decisions: [p.progressDecision] }];
  if (results.length > 0) {
    questions.push({
      title: p.agenda.results,
      decisions: results.map((item) => p.approveResult(label(item.no, item.activity), item.result.replace(/\s+/g, ' ').trim() || p.noResult)),
    });
  }
  if (brief.deadlineMoved.length > 0) {
    questions.push({
      title: p.agenda.moves,
      decisions: brief.deadlineMoved.map((move) =>
        p.approveMove({
          item: label(move.no, move.activity),
          from: move.from === null ? '—' : date(move.from),
          to: move.to === null ? `«${move.toText}»` : date(move.to),
          days: move.days,
          checkpoint: move.milestone,
        }),
      ),
    });
  }
  if (brief.checkpointsPassed.length > 0) {
    questions.push({
      title: p.agenda.checkpoints,
      decisions: brief.checkpointsPassed.map((due) => p.checkpointReached({ item: label(due.no, due.activity), date: date(due.date), label: due.label })),
    });
  }
  if (brief.disagreements.length > 0) {
    questions.push({ title: p.agenda.disagreements, decisions: brief.disagreements.map((item) => p.toDirector(label(item.no, item.activity))) });
  }

  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: p.place },
    { kind: 'paragraph', text: p.chairLine(options.chair?.trim() || words.blankName) },
    { kind: 'paragraph', text: p.secretaryLine },
    { kind: 'paragraph', text: p.present },
    { kind: 'heading', text: p.agendaTitle },
    ...questions.map((question, index): DocumentBlock => ({ kind: 'point', marker: `${index + 1}.`, text: question.title, level: 0 })),
  ];
  questions.forEach((question, index) => {
    blocks.push({ kind: 'heading', text: `${index + 1}. ${question.title}` });
    blocks.push({ kind: 'decision', label: p.heard, line: words.blankLine });
    blocks.push({ kind: 'paragraph', text: p.decided });
    question.decisions.forEach((decision, decisionIndex) => {
      blocks.push({ kind: 'point', marker: `${index + 1}.${decisionIndex + 1}.`, text: decision, level: 0 });
      blocks.push({ kind: 'decision', label: p.decision, line: words.blankLine });
    });
  });
  return {
    kind: p.kind,
    about: p.about,
    draftMark: p.draft,
    dateLine: p.dateLine,
    blocks,
    signatures: [chairSignature(words, options.chair), { position: words.secretary, name: words.blankName }],
    title: `${p.kind} ${p.about}`,
    landscape: false,
  };
}

/** A document as plain text (the terminal, an e-mail, tests): the same blocks in reading order. */
export function officialText(document: OfficialDocument): string {
  const lines: string[] = [];
  if (document.draftMark) lines.push(document.draftMark);
  lines.push(document.kind, document.about, document.dateLine, '');
  for (const block of document.blocks) {
    if (block.kind === 'heading') lines.push('', block.text);
    else if (block.kind === 'paragraph') lines.push(block.text);
    else if (block.kind === 'point') lines.push(`${block.level === 1 ? '    ' : ''}${block.marker} ${block.text}`);
    else if (block.kind === 'decision') lines.push(`${block.label} ${block.line}`);
    else {
      lines.push(block.header.join(' | '));
      for (const row of block.rows) lines.push(row.map((cell) => cell.replace(/\s*\n\s*/g, '; ')).join(' | '));
    }
  }
  lines.push('');
  for (const signature of document.signatures) lines.push(`${signature.position}   ____________   ${signature.name}`);
  return `${lines.join('\n')}\n`;
}
