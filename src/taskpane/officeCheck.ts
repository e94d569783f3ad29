import { OFFICE_HOST_TEXT } from '../i18n/officeHost';
import { uiLanguage } from '../i18n/ui';

/** Why a page of the add-in cannot work with Excel. */
export type OfficeProblem = 'office-js-missing' | 'outside-office';

/**
 * Runs `start` once Office is ready inside Excel. Otherwise calls `fail`: at once when office.js is missing (its
 * <script> in the page's head failed: a blocked CDN), or when Office reports no host (the page opened in a browser).
 * The pages load office.js synchronously before their own scripts, so by now it has either run or failed.
 */
export function whenInExcel(start: () => void, fail: (problem: OfficeProblem) => void, office: typeof Office | undefined = officeGlobal()): void {
  if (!office || typeof office.onReady !== 'function') {
    fail('office-js-missing');
    return;
  }
  void office.onReady((info) => (info && info.host ? start() : fail('outside-office')));
}

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/** Replaces the container's content with the problem in plain words (plain DOM: runs in every webview, before React). */
export function showOfficeProblem(container: HTMLElement, problem: OfficeProblem, language: string | undefined): void {
  const lang = uiLanguage(language);
  const text = OFFICE_HOST_TEXT[lang];
  const doc = container.ownerDocument;
  doc.documentElement.lang = lang;
  const box = doc.createElement('div');
  box.className = 'rm-office-problem';
  box.setAttribute('role', 'alert');
  const title = doc.createElement('h1');
  title.textContent = problem === 'office-js-missing' ? text.officeJsMissingTitle : text.outsideOfficeTitle;
  const body = doc.createElement('p');
  body.textContent = problem === 'office-js-missing' ? text.officeJsMissingBody : text.outsideOfficeBody;
  box.appendChild(title);
  box.appendChild(body);
  while (container.firstChild) container.removeChild(container.firstChild);
  container.appendChild(box);
}

/** The browser's language, for pages that cannot ask Office for its display language. */
export function browserLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}
