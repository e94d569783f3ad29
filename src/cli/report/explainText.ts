import { explainTexts } from '../../i18n/explain';
import type { TableExplanation } from '../../roadmap/explain';
import type { Lang } from '../../roadmap/types';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `roadmap check --explain` as text: the header, the columns, the sections, each item's rows and deadline finders. */
export function explainText(explanation: TableExplanation, lang: Lang): string {
  const t = explainTexts(lang);
  const lines = [t.title, t.header(explanation.headerRow, explanation.subHeaderRow, explanation.numberingRow)];
  for (const column of explanation.columns) lines.push(t.column(column.letter, column.key, column.header, column.guessed));
  for (const section of explanation.sections) lines.push(t.section(section.row, section.no, oneLine(section.title)));
  for (const item of explanation.items) {
    lines.push(t.item(item.rows[0], item.rows[1], item.no));
    const { deadline } = item;
    lines.push(t.deadline(oneLine(deadline.text), deadline.kind, deadline.due, deadline.inferredYear));
    for (const found of deadline.finders) lines.push(t.finder(found.finder, found.text));
    if (deadline.phrases.length > 0) lines.push(t.phrases(deadline.phrases.join(', ')));
    if (deadline.finders.length === 0 && deadline.phrases.length === 0 && oneLine(deadline.text) !== '') lines.push(t.noFinder);
  }
  return `${lines.join('\n')}\n`;
}
