import './nodeGlobals';
import type { WorkbookOutcome } from '../consolidate/types';
import { parseDateOption } from '../cli/dateOption';
import { appText, pageLanguage, type AppText } from '../i18n/app';
import { formatPercent } from '../i18n/numbers';
import { readFailureText } from '../i18n/readFailures';
import { formatRuDate, localToday } from '../roadmap/dates';
import type { Lang } from '../roadmap/types';
import { baseName, classify, fromDrop, fromFileInput, fromFolderInput, sortChosen, type ChosenFile } from './inputs';
import { Cancelled, ReadingPool, type PoolFile } from './pool';
import type { PageRead } from './readWorkbook';
import type { OperationOptions } from '../xlsx/operations/input';
import type { DocumentKind } from './tools';

/**
 * The browser page (dist/app.html): choose or drop workbooks, see each one's check, download what the CLI writes.
 * Plain DOM, so the first view is small; ExcelJS and docx come with ./tools, loaded when a download is asked for.
 */

const lang: Lang = pageLanguage(navigator.languages ?? [navigator.language]);
const t: AppText = appText(lang);
const DUE_SOON_DAYS = 14;

/** The writers, loaded once on first use (and fetched in the background after the first view, for offline use). */
let toolsModule: Promise<typeof import('./tools')> | null = null;
const tools = (): Promise<typeof import('./tools')> => (toolsModule ??= import(/* webpackChunkName: "app-tools" */ './tools'));

interface Listed {
  chosen: ChosenFile;
  /** The line in the list; replaced when the report date changes. */
  element: HTMLLIElement;
  read: PageRead | null;
  /** The report date `read` was made for: «Свод» takes the reads of its own date as they are. */
  readOn: string | null;
}

const state = {
  today: localToday(),
  files: [] as Listed[],
  lockFiles: 0,
  /** The list's reads under way (a run per choice of files); a new report date cancels them all. */
  listPools: new Set<ReadingPool>(),
  consolidation: null as ReadingPool | null,
};

function options(): OperationOptions {
  return { today: state.today, lang, dueSoonDays: DUE_SOON_DAYS, periodEnd: null };
}



type Child = Node | string | null | undefined | false;

/** An element with attributes and children: the page's one way of making DOM. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** The children given, without the ones left out (false, null). */
function present(...children: Child[]): (Node | string)[] {
  return children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false);
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element as T;
}

/** Saves bytes as a download named `name`. */
function download(bytes: Uint8Array | string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A workbook's name without folder and extension: the stem of the names the downloads get. */
function stem(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function extension(name: string): string {
  return /\.xlsm$/i.test(name) ? 'xlsm' : 'xlsx';
}

function render(): void {
  document.documentElement.lang = lang;
  document.title = t.title;
  const app = byId('app');
  app.replaceChildren(
    h('header', {}, h('h1', {}, t.title), h('p', {}, t.intro), h('p', { class: 'privacy' }, t.privacy)),
    h(
      'main',
      {},
      h(
        'section',
        { class: 'choose', 'aria-labelledby': 'drop-title' },
        h(
          'div',
          { id: 'drop', class: 'drop' },
          h('h2', { id: 'drop-title' }, t.dropZone),
          h('p', {}, t.dropZoneHint),
          // Native file inputs laid transparent over their labels: Tab reaches them and Enter or Space opens the chooser
          // (Chromium opens none by keyboard for an input clipped out of sight, nor for a button that clicks one).
          h(
            'div',
            { class: 'buttons' },
            h(
              'span',
              { class: 'file-button' },
              h('input', { type: 'file', id: 'files', multiple: true, accept: '.xlsx,.xlsm,.xls,.ods,.csv' }),
              h('label', { for: 'files', class: 'button' }, t.chooseFiles),
            ),
            h(
              'span',
              { class: 'file-button' },
              h('input', { type: 'file', id: 'folder', multiple: true, webkitdirectory: true }),
              h('label', { for: 'folder', class: 'button' }, t.chooseFolder),
            ),
          ),
        ),
        h(
          'div',
          { class: 'date' },
          h('label', { for: 'report-date' }, t.reportDate),
          h('input', { id: 'report-date', type: 'text', inputmode: 'numeric', autocomplete: 'off', size: '10', 'aria-describedby': 'report-date-hint report-date-error', value: formatRuDate(state.today) }),
          h('span', { id: 'report-date-hint', class: 'hint' }, t.reportDateHint),
          h('p', { id: 'report-date-error', class: 'error', role: 'alert' }),
        ),
      ),
      h(
        'section',
        { class: 'consolidate', 'aria-labelledby': 'consolidate-title' },
        h('h2', { id: 'consolidate-title' }, t.consolidateTitle),
        h('p', {}, t.consolidateHint),
        h(
          'div',
          { class: 'buttons' },
          h('button', { type: 'button', id: 'consolidate', disabled: true }, t.consolidate),
          h('button', { type: 'button', id: 'cancel', hidden: true }, t.cancel),
        ),
        h(
          'div',
          { id: 'progress-block', class: 'progress', hidden: true },
          h('label', { for: 'progress', id: 'progress-label' }, t.progressLabel),
          h('progress', { id: 'progress', max: '1', value: '0', 'aria-describedby': 'progress-text' }),
          h('span', { id: 'progress-text' }),
        ),
        h('p', { id: 'consolidate-status', role: 'status' }),
      ),
      h(
        'section',
        { class: 'workbooks', 'aria-labelledby': 'workbooks-title' },
        h('h2', { id: 'workbooks-title' }, t.workbooksTitle),
        h('p', { id: 'no-workbooks' }, t.noWorkbooks),
        h('button', { type: 'button', id: 'clear', hidden: true }, t.clear),
        h('ol', { id: 'workbooks', class: 'workbook-list' }),
      ),
    ),
  );
  wire();
}

function wire(): void {
  const files = byId<HTMLInputElement>('files');
  const folder = byId<HTMLInputElement>('folder');
  files.addEventListener('change', () => {
    if (files.files) choose(fromFileInput(files.files));
    files.value = '';
  });
  folder.addEventListener('change', () => {
    if (folder.files) choose(fromFolderInput(folder.files));
    folder.value = '';
  });
  const drop = byId('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer) void fromDrop(event.dataTransfer).then(choose);
  });
  const date = byId<HTMLInputElement>('report-date');
  date.addEventListener('change', () => changeDate(date));
  byId('consolidate').addEventListener('click', () => void consolidate());
  byId('cancel').addEventListener('click', () => state.consolidation?.cancel());
  byId('clear').addEventListener('click', clear);
  watchPointer();
}

function changeDate(input: HTMLInputElement): void {
  const error = byId('report-date-error');
  const iso = parseDateOption(input.value);
  if (iso === null) {
    error.textContent = t.badDate(input.value);
    input.setAttribute('aria-invalid', 'true');
    return;
  }
  error.textContent = '';
  input.removeAttribute('aria-invalid');
  input.value = formatRuDate(iso);
  if (iso === state.today) return;
  state.today = iso;
  // A «Свод» under way, or the one shown, is for the date before: stopped, or its line and link taken away.
  if (state.consolidation) state.consolidation.cancel();
  else forgetReport();
  // A date applied on the blur that a click on a card's button causes: the cards are redrawn after that click, not
  // under it (a redrawn button never gets its click). The buttons read the date when clicked, so they use this one.
  if (pointerPressed) redrawAfterPointer = true;
  else rereadAll();
}

/** A pointer is pressed (between pointerdown and pointerup): see changeDate. */
let pointerPressed = false;
let redrawAfterPointer = false;

function watchPointer(): void {
  document.addEventListener('pointerdown', () => (pointerPressed = true), true);
  document.addEventListener(
    'pointerup',
    () => {
      pointerPressed = false;
      // After the click this pointerup is part of: it is dispatched before any task queued now.
      setTimeout(() => {
        if (!redrawAfterPointer) return;
        redrawAfterPointer = false;
        rereadAll();
      });
    },
    true,
  );
}

function clear(): void {
  cancelListReading();
  state.consolidation?.cancel();
  state.files = [];
  state.lockFiles = 0;
  byId('workbooks').replaceChildren();
  forgetReport();
  updateList();
}

/** The last «Свод»'s bar, line and download link taken away: the date or the list it was made for has changed. */
function forgetReport(): void {
  byId('progress-block').hidden = true;
  byId('consolidate-status').textContent = '';
}

/** From this many lines on, cards out of sight are not rendered (app.css, `.workbook-list.long`). */
const LONG_LIST = 40;

function updateList(): void {
  const empty = state.files.length === 0;
  byId('workbooks').classList.toggle('long', state.files.length >= LONG_LIST);
  byId('no-workbooks').hidden = !empty;
  byId('clear').hidden = empty;
  (byId('consolidate') as HTMLButtonElement).disabled = empty || state.consolidation !== null;
}

/** Adds chosen files to the list (a file chosen again replaces its line) and reads the new ones. */
function choose(chosen: ChosenFile[]): void {
  const added: Listed[] = [];
  for (const file of sortChosen(chosen)) {
    const kind = classify(file, t);
    if (kind.kind === 'lock') {
      state.lockFiles++;
      continue;
    }
    if (kind.kind === 'ignored') continue;
    let existing = state.files.findIndex((listed) => listed.chosen.name === file.name);
    // Another file by the same name (every school's «дорожная карта.xlsx», chosen from two folders): a line of its
    // own under a name kept apart, never a replacement; the same file chosen again replaces its line.
    if (existing >= 0 && !sameFile(state.files[existing].chosen.file, file.file)) {
      file.name = freeName(file.name);
      existing = -1;
    }
    const listed: Listed = { chosen: file, element: h('li', { class: 'workbook' }), read: kind.kind === 'unread' ? { outcome: kind.outcome, check: null } : null, readOn: null };
    if (existing >= 0) {
      state.files[existing].element.replaceWith(listed.element);
      state.files[existing] = listed;
    } else {
      state.files.push(listed);
      byId('workbooks').append(listed.element);
    }
    added.push(listed);
  }
  // A report shown covers the list before these files («Свод» under way: the list as it was when pressed).
  if (added.length > 0 && state.consolidation === null) forgetReport();
  updateList();
  readList(added);
}

/** The same file chosen again: same size and modification time (a File carries no path to compare). */
function sameFile(a: File, b: File): boolean {
  return a.size === b.size && a.lastModified === b.lastModified;
}

/** «план.xlsx» → «план (2).xlsx», the first such name no line has yet. */
function freeName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stemPart, extensionPart] = dot > name.lastIndexOf('/') ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let copy = 2; ; copy++) {
    const candidate = `${stemPart} (${copy})${extensionPart}`;
    if (!state.files.some((listed) => listed.chosen.name === candidate)) return candidate;
  }
}

function poolFile(chosen: ChosenFile): PoolFile {
  return { name: chosen.name, bytes: async () => new Uint8Array(await chosen.file.arrayBuffer()) };
}

/** Every line read again, for a new report date: the reads under way, for the old date, are cancelled. */
function rereadAll(): void {
  cancelListReading();
  readList(state.files);
}

function cancelListReading(): void {
  for (const pool of state.listPools) pool.cancel();
  state.listPools.clear();
}

/** Shows the given lines as being read, then reads their workbooks in the workers. */
function readList(listed: Listed[]): void {
  const toRead = listed.filter(isReadable);
  for (const entry of listed) {
    if (!toRead.includes(entry)) renderWorkbook(entry);
  }
  for (const entry of toRead) {
    entry.read = null;
    entry.readOn = null;
    renderWorkbook(entry);
  }
  startListReading(toRead);
}

/** Reads lines' workbooks in the workers for the report date of now; what comes back after a date change is dropped. */
function startListReading(toRead: Listed[]): void {
  if (toRead.length === 0) return;
  const pool = new ReadingPool();
  const today = state.today;
  state.listPools.add(pool);
  void pool
    .run(toRead.map((entry) => poolFile(entry.chosen)), options(), (index, read) => {
      if (today === state.today) keepRead(toRead[index], read, today);
    })
    .catch((error: unknown) => {
      if (!(error instanceof Cancelled)) throw error;
    })
    .finally(() => state.listPools.delete(pool));
}

function keepRead(entry: Listed, read: PageRead, today: string): void {
  entry.read = read;
  entry.readOn = today;
  renderWorkbook(entry);
}

/** A line read before as a workbook (not an .xls or a document, which never change with the date). */
function isReadable(entry: Listed): boolean {
  return classify(entry.chosen, t).kind === 'workbook';
}

function renderWorkbook(entry: Listed): void {
  const { chosen, read } = entry;
  const element = entry.element;
  if (read === null) {
    element.replaceChildren(h('h3', {}, chosen.name), h('p', { class: 'reading', 'aria-live': 'polite' }, t.reading));
    element.className = 'workbook';
    return;
  }
  if (read.check === null) {
    const { outcome } = read;
    element.className = 'workbook unread';
    const reason = outcome.kind === 'unread' ? readFailureText(outcome.reason, lang) : '';
    element.replaceChildren(h('p', { class: 'unread-line' }, h('strong', {}, chosen.name), ` — ${t.notRead.toLowerCase()}: ${reason}`));
    return;
  }
  element.className = 'workbook read';
  const { json, summary } = read.check;
  const counts = summary.counts;
  const id = `wb-${state.files.indexOf(entry)}`;
  const figure = (key: keyof AppText['counts'], value: string | number): HTMLElement =>
    h('div', { class: `count count-${key}${value === 0 ? ' zero' : ''}`, 'data-count': key }, h('dt', {}, t.counts[key]), h('dd', {}, String(value)));
  const item = (listed: { row: number; no: string; activity: string; responsible: string; deadlineText: string; days: number }, days: string): HTMLElement =>
    h('li', { 'data-row': String(listed.row) }, h('span', { class: 'row' }, t.row(listed.row)), ` ${listed.no} ${listed.activity}`, h('span', { class: 'meta' }, ` — ${listed.responsible}; ${listed.deadlineText} (${days})`));
  const downloads = h(
    'div',
    { class: 'downloads', role: 'group', 'aria-labelledby': `${id}-downloads` },
    h('h4', { id: `${id}-downloads` }, t.downloadsTitle),
    action(t.summary, 'summary', entry),
    action(t.snapshot, 'snapshot', entry),
    action(t.brief, 'brief', entry),
    action(t.disagreements, 'disagreements', entry),
    action(t.protocol, 'protocol', entry),
    action(t.requests, 'requests', entry),
    h('p', { class: 'action-status', role: 'status' }),
  );
  element.replaceChildren(...present(
    h('h3', { id: `${id}-title` }, chosen.name),
    h('p', { class: 'sheet' }, t.sheetLine(json.sheet, json.headerRow)),
    h(
      'dl',
      { class: 'counts' },
      figure('items', counts.items),
      figure('done', counts.done),
      figure('overdue', counts.overdue),
      figure('dueSoon', counts.dueSoon),
      figure('undated', counts.undated),
      figure('errors', counts.errors),
      figure('warnings', counts.warnings),
      // As `roadmap check` prints it: «0,0 %», «26,7 %»; English «26.7%».
      figure('completion', formatPercent(summary.completionPercent, lang)),
    ),
    downloads,
    summary.overdue.length > 0 && h('h4', {}, t.overdueTitle),
    summary.overdue.length > 0 && h('ul', { class: 'items overdue' }, ...summary.overdue.map((listed) => item(listed, t.daysOverdue(listed.days)))),
    summary.dueSoon.length > 0 && h('h4', {}, t.dueSoonTitle),
    summary.dueSoon.length > 0 && h('ul', { class: 'items due-soon' }, ...summary.dueSoon.map((listed) => item(listed, t.daysLeft(listed.days)))),
    h('h4', {}, t.findingsTitle),
    json.findings.length === 0
      ? h('p', {}, t.noFindings)
      : h(
          'ul',
          { class: 'findings' },
          ...json.findings.map((finding) =>
            h(
              'li',
              { class: `finding ${finding.severity}`, 'data-row': finding.row === null ? '' : String(finding.row) },
              h('span', { class: 'severity' }, t.severity[finding.severity]),
              // The engine's messages mostly start with their row («Строка 7 (п. 1.1): …»): the row is not said twice.
              finding.row === null || mentionsRow(finding.message, finding.row) ? ' ' : h('span', { class: 'row' }, ` ${t.row(finding.row)} `),
              finding.message,
            ),
          ),
        ),
    h('div', { class: 'requests', hidden: true }),
  ));
}

function mentionsRow(message: string, row: number): boolean {
  return message.toLowerCase().startsWith(t.row(row).toLowerCase());
}

type ActionKind = 'summary' | 'snapshot' | DocumentKind | 'requests';

function action(label: string, kind: ActionKind, entry: Listed): HTMLButtonElement {
  const button = h('button', { type: 'button', 'data-action': kind }, label);
  button.addEventListener('click', () => void runAction(kind, entry, button));
  return button;
}

async function runAction(kind: ActionKind, entry: Listed, button: HTMLButtonElement): Promise<void> {
  const status = entry.element.querySelector<HTMLElement>('.action-status');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  if (status) status.textContent = t.preparing;
  try {
    const module = await tools();
    const input = { name: entry.chosen.name, bytes: new Uint8Array(await entry.chosen.file.arrayBuffer()) };
    const base = stem(entry.chosen.name);
    const names = t.fileNames;
    if (kind === 'summary') {
      const name = `${base}-${names.summary}.${extension(entry.chosen.name)}`;
      download(await module.summaryBytes(input, options(), name), name, XLSX_TYPE);
    } else if (kind === 'snapshot') {
      const name = `${base}-${names.snapshot}-${state.today}.${extension(entry.chosen.name)}`;
      download(await module.snapshotBytes(input, options(), name), name, XLSX_TYPE);
    } else if (kind === 'requests') showRequests(entry, await module.requestLetters(input, options()));
    else {
      const written = await module.documentBytes(input, options(), kind);
      download(written.bytes, written.fileName, DOCX_TYPE);
    }
    if (status) status.textContent = '';
  } catch (error) {
    if (status) status.textContent = t.failed(error instanceof Error ? error.message : String(error));
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

function showRequests(entry: Listed, letters: { responsible: string; text: string }[]): void {
  const block = entry.element.querySelector<HTMLElement>('.requests');
  if (!block) return;
  block.hidden = false;
  const id = `${entry.element.querySelector('h3')?.id ?? 'wb'}-requests`;
  block.replaceChildren(...present(
    h('h4', { id }, t.requestsTitle),
    letters.length === 0 ? h('p', {}, t.noRequests) : null,
    ...letters.map((letter, index) => {
      const textId = `${id}-${index}`;
      const copy = h('button', { type: 'button', 'aria-describedby': `${textId}-name` }, t.copy);
      const done = h('span', { class: 'copied', role: 'status' });
      copy.addEventListener('click', () => {
        void copyText(letter.text, byId<HTMLTextAreaElement>(textId)).then(() => {
          done.textContent = t.copied;
        });
      });
      return h(
        'div',
        { class: 'letter' },
        h('h5', { id: `${textId}-name` }, letter.responsible),
        h('textarea', { id: textId, readonly: true, rows: '8', 'aria-labelledby': `${textId}-name` }, letter.text),
        copy,
        done,
      );
    }),
  ));
  block.querySelector<HTMLElement>('h4')?.setAttribute('tabindex', '-1');
  block.querySelector<HTMLElement>('h4')?.focus();
}

/** Copies through the clipboard API where the page may (https or localhost), else by selecting the text. */
async function copyText(text: string, area: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    area.select();
    document.execCommand('copy');
  }
}

/** «Собрать свод»: every chosen file read again in the workers, then the report written and downloaded. */
async function consolidate(): Promise<void> {
  if (state.files.length === 0 || state.consolidation !== null) return;
  const button = byId<HTMLButtonElement>('consolidate');
  const cancel = byId<HTMLButtonElement>('cancel');
  const block = byId('progress-block');
  const progress = byId<HTMLProgressElement>('progress');
  const text = byId('progress-text');
  const status = byId('consolidate-status');
  const today = state.today;
  const workbooks = state.files.filter((entry) => isReadable(entry));
  // One read serves the line and «Свод»: the workbooks the list has read for this date are taken as they are, the
  // rest read here (a list still being read is taken over, and handed back if «Отменить» is pressed).
  cancelListReading();
  // Taken now: a date changed while «Свод» reads sends the lines back to reading, not this report. A read for another
  // date is left (a date typed, then this button clicked: the list is read again only after the click).
  const outcomes = new Map<Listed, WorkbookOutcome>();
  for (const entry of workbooks) if (entry.read !== null && entry.readOn === today) outcomes.set(entry, entry.read.outcome);
  const toRead = workbooks.filter((entry) => !outcomes.has(entry));
  const pool = new ReadingPool();
  state.consolidation = pool;
  updateList();
  cancel.hidden = false;
  block.hidden = false;
  status.textContent = '';
  progress.max = Math.max(1, workbooks.length);
  let done = workbooks.length - toRead.length;
  progress.value = done;
  text.textContent = t.progress(done, workbooks.length);
  cancel.focus();
  try {
    // The toolkit loads while the workers read: the report is written as soon as the last file is in.
    const module = tools();
    await pool.run(toRead.map((entry) => poolFile(entry.chosen)), options(), (index, read) => {
      outcomes.set(toRead[index], read.outcome);
      if (today === state.today) keepRead(toRead[index], read, today);
      done++;
      progress.value = done;
      text.textContent = t.progress(done, workbooks.length);
    });
    // The files not read (documents, .xls) in their lines' order, then the workbooks read: the model sorts them.
    const all: WorkbookOutcome[] = [];
    for (const entry of state.files) if (!isReadable(entry) && entry.read?.outcome) all.push(entry.read.outcome);
    for (const entry of workbooks) {
      const outcome = outcomes.get(entry);
      if (outcome) all.push(outcome);
    }
    const written = await (await module).consolidationBytes(all, today, state.lockFiles, lang);
    if (written === null) return;
    const name = `${t.fileNames.consolidated}-${today}.xlsx`;
    download(written.bytes, name, XLSX_TYPE);
    status.replaceChildren(t.consolidated(written.line), ' ', downloadLink(written.bytes, name));
  } catch (error) {
    if (error instanceof Cancelled) {
      block.hidden = true;
      if (today !== state.today) status.textContent = t.cancelledForDate;
      else if (state.files.length === 0) status.textContent = '';
      else {
        status.textContent = t.cancelled;
        // The lines «Свод» had not read yet go back to the list's reading, as they were before the button was pressed.
        startListReading(toRead.filter((entry) => state.files.includes(entry) && entry.readOn !== today));
      }
    } else status.textContent = t.failed(error instanceof Error ? error.message : String(error));
  } finally {
    state.consolidation = null;
    cancel.hidden = true;
    updateList();
    button.focus();
  }
}

function downloadLink(bytes: Uint8Array, name: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  return h('a', { href: url, download: name, class: 'download-link' }, `${t.downloadConsolidated} (${name})`);
}

/**
 * Offline once loaded. Where the page may have a service worker (https, or localhost), app-sw.js keeps every file of
 * the page, the workers' scripts included, and answers from that cache when the network is gone. Elsewhere (plain
 * http on an intranet) the writers and the docx chunk are at least fetched in the background after the first view.
 * `data-offline-ready` on <html> says when it is done (the e2e test waits for it).
 */
function preload(): void {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 500));
  const modules = new Promise<void>((resolve) => idle(() => void tools().then((module) => module.preloadDocx()).then(() => resolve())));
  const worker = 'serviceWorker' in navigator && window.isSecureContext ? controlledByServiceWorker() : Promise.resolve(false);
  void Promise.all([modules, worker]).then(([, controlled]) => {
    document.documentElement.dataset.offlineReady = controlled ? 'true' : 'modules-only';
  });
}

async function controlledByServiceWorker(): Promise<boolean> {
  try {
    await navigator.serviceWorker.register('app-sw.js');
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return true;
  } catch {
    // Service workers refused (a browser policy, a private window): the page works, only not offline.
    return false;
  }
}

render();
preload();
