import { OFFICE_HOST_TEXT } from '../../i18n/officeHost';
import type { UiText } from '../../i18n/ui';
import { WORKING_GROUP_UI } from '../../i18n/workingGroup';
import type { Finding, Lang, Severity } from '../../roadmap/types';
import { displayDate } from '../../roadmap/workingGroup/wording';
import type { LegacyController, LegacyState } from './controller';

/**
 * Draws the simple pane with plain DOM calls that Internet Explorer 11 knows (no React, no Fluent UI). Text goes in
 * as text, never as HTML. The whole pane is drawn again on every change: it is small, and it keeps this file simple.
 */

/** Like the React pane: the first findings of each group, the rest counted. */
const SHOWN_PER_GROUP = 200;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

type Child = Node | string | null | false;

function element(doc: Document, tag: string, attributes: Record<string, string>, children: Child[] = []): HTMLElement {
  const node = doc.createElement(tag);
  for (const name of Object.keys(attributes)) node.setAttribute(name, attributes[name]);
  for (const child of children) {
    if (child === null || child === false) continue;
    node.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

function button(doc: Document, label: string, onClick: () => void, options: { primary?: boolean; disabled?: boolean; title?: string } = {}): HTMLElement {
  const node = element(doc, 'button', { type: 'button', class: options.primary ? 'rm-button rm-primary' : 'rm-button' }, [label]);
  if (options.title) node.setAttribute('title', options.title);
  (node as HTMLButtonElement).disabled = Boolean(options.disabled);
  node.addEventListener('click', onClick);
  return node;
}

export interface LegacyViewDeps {
  lang: Lang;
  text: UiText;
  controller: LegacyController;
}

function findingsList(doc: Document, findings: Finding[], { text, controller }: LegacyViewDeps, lang: Lang): HTMLElement {
  const section = element(doc, 'section', { 'aria-label': text.findingsTitle(findings.length) });
  for (const severity of SEVERITIES) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    const headingId = `rm-findings-${severity}`;
    section.appendChild(element(doc, 'h2', { id: headingId, class: `rm-heading rm-${severity}` }, [`${text.severity[severity]} (${group.length})`]));
    const list = element(doc, 'ul', { class: 'rm-findings', 'aria-labelledby': headingId });
    for (const finding of group.slice(0, SHOWN_PER_GROUP)) {
      list.appendChild(element(doc, 'li', {}, [button(doc, finding.message, () => void controller.showFinding(finding), { title: text.showCell })]));
    }
    section.appendChild(list);
    if (group.length > SHOWN_PER_GROUP) section.appendChild(element(doc, 'p', { class: 'rm-more' }, [OFFICE_HOST_TEXT[lang].findingsMore(group.length - SHOWN_PER_GROUP)]));
  }
  return section;
}

function content(doc: Document, state: LegacyState, deps: LegacyViewDeps): Child[] {
  const { text, controller, lang } = deps;
  if (state.working) return [element(doc, 'p', { class: 'rm-working', role: 'status' }, [text.working])];
  if (state.problem) {
    return [
      element(doc, 'div', { class: 'rm-notice rm-error', role: 'alert' }, [
        element(doc, 'strong', {}, [text.problemTitle]),
        element(doc, 'p', {}, [text.problem[state.problem.kind]]),
        state.problem.detail ? element(doc, 'p', { class: 'rm-detail' }, [`${text.problemDetail}: ${state.problem.detail}`]) : null,
      ]),
    ];
  }
  const analysis = state.analysis;
  if (analysis === null) return [];
  const notices = state.notices.map((notice) => element(doc, 'div', { class: `rm-notice rm-${notice.intent}`, role: 'status' }, [notice.text]));
  if (analysis === 'none') {
    return notices.concat([
      element(doc, 'div', { class: 'rm-notice rm-warning' }, [element(doc, 'strong', {}, [text.noRoadmapTitle]), element(doc, 'p', {}, [text.noRoadmapBody])]),
      element(doc, 'h2', { class: 'rm-heading' }, [OFFICE_HOST_TEXT[lang].newRoadmapTitle]),
      element(doc, 'div', { class: 'rm-toolbar' }, [
        button(doc, text.createEmpty, () => void controller.create(false), { primary: true }),
        button(doc, text.createFromTemplate, () => void controller.create(true)),
      ]),
    ]);
  }
  const { roadmap, source } = analysis;
  const findings =
    roadmap.findings.length === 0
      ? element(doc, 'div', { class: 'rm-notice rm-success' }, [element(doc, 'strong', {}, [text.allCleanTitle]), element(doc, 'p', {}, [text.allCleanBody])])
      : findingsList(doc, roadmap.findings, deps, lang);
  return notices.concat([
    element(doc, 'p', {}, [text.roadmapFound(source.layout.sheet, roadmap.counts.items)]),
    element(doc, 'p', {}, [text.counts(roadmap.counts)]),
    findings,
  ]);
}

function groupSection(doc: Document, state: LegacyState, lang: Lang): HTMLElement | null {
  const group = state.group;
  if (!group || state.working || state.problem) return null;
  const words = WORKING_GROUP_UI[lang];
  const head = element(doc, 'tr', {}, group.header.map((header) => element(doc, 'th', { scope: 'col' }, [header])));
  const rows = group.rows.map((row) =>
    element(doc, 'tr', {}, row.map((value, index) => element(doc, index === 0 ? 'th' : 'td', index === 0 ? { scope: 'row' } : {}, [String(value)]))),
  );
  return element(doc, 'section', { 'aria-label': words.title }, [
    element(doc, 'h2', { class: 'rm-heading' }, [words.title]),
    element(doc, 'p', {}, [group.reportLine]),
    element(doc, 'table', { class: 'rm-counts' }, [element(doc, 'thead', {}, [head]), element(doc, 'tbody', {}, rows)]),
  ]);
}

function settingsSection(doc: Document, state: LegacyState, deps: LegacyViewDeps): HTMLElement {
  const { text, controller, lang } = deps;
  const words = OFFICE_HOST_TEXT[lang];
  const input = element(doc, 'input', {
    id: 'rm-report-date',
    type: 'text',
    class: 'rm-input',
    value: state.settings.reportDate ? displayDate(state.settings.reportDate, 'ru') : '',
    placeholder: words.reportDateFormat,
    'aria-describedby': 'rm-report-date-hint',
  }) as HTMLInputElement;
  input.disabled = state.working;
  const apply = () => void controller.setReportDate(input.value);
  input.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).keyCode === 13) apply();
  });
  return element(doc, 'section', { 'aria-labelledby': 'rm-settings-title' }, [
    element(doc, 'h2', { id: 'rm-settings-title', class: 'rm-heading' }, [text.settingsTitle]),
    element(doc, 'label', { for: 'rm-report-date' }, [text.reportDate]),
    element(doc, 'div', { class: 'rm-toolbar' }, [input, button(doc, words.applyReportDate, apply, { disabled: state.working })]),
    element(doc, 'p', { id: 'rm-report-date-hint', class: 'rm-hint' }, [words.reportDateFormat]),
  ]);
}

/** Draws the state into `root`, replacing what was there. */
export function renderLegacyPane(root: HTMLElement, state: LegacyState, deps: LegacyViewDeps): void {
  const doc = root.ownerDocument;
  const { text, controller, lang } = deps;
  const hasRoadmap = state.analysis !== null && state.analysis !== 'none';
  const main = element(doc, 'main', { class: 'rm-pane', 'aria-busy': String(state.working) }, [
    element(doc, 'h1', { class: 'rm-title' }, [text.appTitle]),
    element(doc, 'div', { class: 'rm-toolbar' }, [
      button(doc, text.validate, () => void controller.validate(), { primary: true, disabled: state.working }),
      button(doc, text.summary, () => void controller.summary(), { disabled: state.working }),
      button(doc, WORKING_GROUP_UI[lang].takeSnapshot, () => void controller.snapshot(), { disabled: state.working || !hasRoadmap }),
    ]),
    ...content(doc, state, deps),
    groupSection(doc, state, lang),
    settingsSection(doc, state, deps),
  ]);
  while (root.firstChild) root.removeChild(root.firstChild);
  root.appendChild(main);
}
