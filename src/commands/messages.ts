import { FULL_SUPPORT, type HostSupport } from '../host/hostSupport';
import { asHostProblem } from '../host/problems';
import { ribbonFindingsUnhighlighted } from '../i18n/hostSupport';
import { UI_TEXT } from '../i18n/ui';
import { WORKING_GROUP_UI } from '../i18n/workingGroup';
import type { Lang, SummaryCounts } from '../roadmap/types';
import { displayDate } from '../roadmap/workingGroup/wording';
import type { CommandMessage } from './messageQuery';

// What each ribbon command tells the user, in the same words the pane uses (src/i18n).

/** Excel's messages can be long; the dialog's URL must stay short. */
const DETAIL_LIMIT = 300;

/** A failed command: the same friendly text the pane shows for the same problem. */
export function problemMessage(error: unknown, lang: Lang): CommandMessage {
  const text = UI_TEXT[lang];
  const problem = asHostProblem(error);
  const detail = problem.detail.length > DETAIL_LIMIT ? `${problem.detail.slice(0, DETAIL_LIMIT - 1)}…` : problem.detail;
  return { lang, title: text.problemTitle, body: text.problem[problem.kind], detail: detail || undefined };
}

export function noRoadmapMessage(lang: Lang): CommandMessage {
  const text = UI_TEXT[lang];
  return { lang, title: text.noRoadmapTitle, body: text.noRoadmapBody };
}

/** Проверить found defects: how many, and where to see them; null when there is nothing to point at. */
export function findingsMessage(
  { errors, warnings }: Pick<SummaryCounts, 'errors' | 'warnings'>,
  lang: Lang,
  support: HostSupport = FULL_SUPPORT,
): CommandMessage | null {
  if (errors + warnings === 0) return null;
  const text = UI_TEXT[lang];
  // Below ExcelApi 1.6 nothing is highlighted: say so, and where the highlighting can be had.
  const body = support.features.liveHighlighting ? text.ribbonFindings({ errors, warnings }) : ribbonFindingsUnhighlighted({ errors, warnings }, support, lang);
  return { lang, title: text.findingsTitle(errors + warnings), body };
}

/** Зафиксировать срез: «История» is not shown by the command, so say where the snapshot went. */
export function snapshotMessage(date: string, sheet: string, lang: Lang): CommandMessage {
  const words = WORKING_GROUP_UI[lang];
  return { lang, title: words.takeSnapshot, body: words.snapshotTaken(displayDate(date, lang), sheet) };
}
