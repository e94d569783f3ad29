import type { Lang } from '../roadmap/types';

/**
 * What a ribbon command tells the user in its dialog (there is no pane). Plain text only: the dialog page puts it
 * into the DOM as text, never as HTML.
 */
export interface CommandMessage {
  lang: Lang;
  title: string;
  body: string;
  /** Excel's own words, shown small under the friendly text (for support). */
  detail?: string;
}

/** The dialog page the commands open, as the webpack build emits it. */
export const MESSAGE_PAGE = 'message.html';

/** The dialog page's address carrying the message in its query string (encoded by URLSearchParams). */
export function messageUrl(base: string, message: CommandMessage): string {
  const url = new URL(MESSAGE_PAGE, base);
  url.search = new URLSearchParams({
    lang: message.lang,
    title: message.title,
    body: message.body,
    ...(message.detail ? { detail: message.detail } : {}),
  }).toString();
  return url.toString();
}

/** The message back from the dialog page's query string; anything missing reads as empty, any language but English as Russian. */
export function readMessageQuery(search: string): CommandMessage {
  const query = new URLSearchParams(search);
  const detail = query.get('detail');
  return {
    lang: query.get('lang') === 'en' ? 'en' : 'ru',
    title: query.get('title') ?? '',
    body: query.get('body') ?? '',
    ...(detail ? { detail } : {}),
  };
}
