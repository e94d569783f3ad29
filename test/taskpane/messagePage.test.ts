/** @jest-environment jsdom */
import fs from 'fs';
import path from 'path';
import { messageUrl, type CommandMessage } from '../../src/commands/messageQuery';
import { showMessage } from '../../src/commands/messagePage';
import { problemMessage } from '../../src/commands/messages';
import { HostProblem } from '../../src/host/problems';
import { UI_TEXT } from '../../src/i18n/ui';

const page = fs.readFileSync(path.resolve(__dirname, '../../src/commands/message.html'), 'utf8');

/** Opens message.html as the dialog would, with the message a command put into its address. */
function open(message: CommandMessage) {
  document.body.innerHTML = page.slice(page.indexOf('<body>') + '<body>'.length, page.indexOf('</body>'));
  const close = jest.fn();
  showMessage(document, new URL(messageUrl('https://localhost:3000/commands.html', message)).search, close);
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  return { close, title: byId('message-title'), body: byId('message-body'), detail: byId('message-detail'), button: byId('message-close') as HTMLButtonElement };
}

describe('the ribbon commands’ message dialog (message.html)', () => {
  test('shows the friendly text, Excel’s words under it, and a focused Close button, in Russian', () => {
    const shown = open(problemMessage(new HostProblem('protected', 'AccessDenied: the sheet is protected'), 'ru'));
    expect(shown.title.textContent).toBe('Excel не выполнил действие');
    expect(shown.body.textContent).toBe(UI_TEXT.ru.problem.protected);
    expect(shown.detail.hidden).toBe(false);
    expect(shown.detail.textContent).toBe('Сообщение Excel: AccessDenied: the sheet is protected');
    expect(shown.button.textContent).toBe('Закрыть');
    expect(document.activeElement).toBe(shown.button);
    expect(document.documentElement.lang).toBe('ru');
  });

  test('in English Office the page speaks English, and a message without Excel’s words hides that line', () => {
    const shown = open({ lang: 'en', title: UI_TEXT.en.noRoadmapTitle, body: UI_TEXT.en.noRoadmapBody });
    expect(shown.title.textContent).toBe('No roadmap found');
    expect(shown.button.textContent).toBe('Close');
    expect(shown.detail.hidden).toBe(true);
    expect(document.documentElement.lang).toBe('en');
  });

  test('text that looks like HTML stays text: nothing of it becomes an element', () => {
    const shown = open({ lang: 'ru', title: '<b>Лист</b>', body: '<img src=x onerror="alert(1)"> & «кавычки»', detail: '<script>alert(2)</script>' });
    expect(shown.title.textContent).toBe('<b>Лист</b>');
    expect(shown.body.textContent).toBe('<img src=x onerror="alert(1)"> & «кавычки»');
    expect(shown.detail.textContent).toBe('Сообщение Excel: <script>alert(2)</script>');
    expect(document.querySelectorAll('main b, main img, main script')).toHaveLength(0);
  });

  test('Close and Esc ask the command to close the dialog', () => {
    const shown = open({ lang: 'ru', title: 'Заголовок', body: 'Текст' });
    shown.button.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(shown.close).toHaveBeenCalledTimes(2);
  });

  test('a long Excel message is shortened so the dialog’s address stays short', () => {
    const message = problemMessage(new Error('x'.repeat(5000)), 'ru');
    expect(message.detail?.length).toBeLessThanOrEqual(300);
    expect(messageUrl('https://localhost:3000/commands.html', message).length).toBeLessThan(2000);
  });
});
