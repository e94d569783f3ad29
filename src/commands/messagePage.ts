import { UI_TEXT } from '../i18n/ui';
import { readMessageQuery } from './messageQuery';

/**
 * The ribbon commands' message dialog (message.html): shows the message from the query string as text, never as HTML,
 * and asks the opener to close it when the user presses Close (or Esc).
 */
export function showMessage(doc: Document, search: string, close: () => void): void {
  const message = readMessageQuery(search);
  const text = UI_TEXT[message.lang];
  const element = (id: string) => {
    const found = doc.getElementById(id);
    if (!found) throw new Error(`message.html lacks #${id}`);
    return found;
  };
  doc.documentElement.lang = message.lang;
  doc.title = message.title || text.appTitle;
  element('message-title').textContent = message.title || text.appTitle;
  element('message-body').textContent = message.body;
  const detail = element('message-detail');
  detail.textContent = message.detail ? `${text.problemDetail}: ${message.detail}` : '';
  detail.hidden = !message.detail;
  const button = element('message-close') as HTMLButtonElement;
  button.textContent = text.closeDialog;
  button.addEventListener('click', close);
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === 'Esc') close(); // IE11 says 'Esc'
  });
  button.focus();
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => showMessage(document, window.location.search, () => Office.context.ui.messageParent('close')));
} else if (typeof document !== 'undefined' && document.getElementById('message')) {
  // office.js did not load (a blocked network): the message is in the address all the same; Close closes the window.
  showMessage(document, window.location.search, () => window.close());
}
