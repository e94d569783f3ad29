import type { Lang } from '../roadmap/types';

type DocumentKind = 'brief' | 'disagreements' | 'protocol';

const DOCUMENT_NAMES: Record<Lang, Record<DocumentKind, string>> = {
  ru: { brief: 'справка', disagreements: 'разногласия', protocol: 'протокол' },
  en: { brief: 'brief', disagreements: 'disagreements', protocol: 'protocol' },
};

/** A workbook's name without its folders and extension («входящие/План.xlsx» → «План»). */
function stem(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * The name a working group document is offered under: «План-справка.docx», «Plan-protocol.docx», as the page names
 * its other downloads («План-сводка.xlsx»).
 */
export function documentFileName(file: string, kind: DocumentKind, lang: Lang): string {
  return `${stem(file)}-${DOCUMENT_NAMES[lang][kind]}.docx`;
}
