import type { Lang } from '../roadmap/types';

/** Names, in the warning of what a copy cannot keep, of the losses beyond drawings (see src/xlsx/unkeptParts.ts). */
export interface CopyLossTexts {
  vba: string;
  unreadableParts: (parts: string) => string;
  notes: (cells: string) => string;
}

const RU: CopyLossTexts = {
  vba: 'макросы VBA (чтобы сохранить их, дайте копии имя .xlsm)',
  unreadableParts: (parts) => `нечитаемые рисунки (${parts})`,
  notes: (cells) => `примечания к ячейкам, строк которых больше нет (${cells})`,
};

const EN: CopyLossTexts = {
  vba: 'VBA macros (name the copy .xlsm to keep them)',
  unreadableParts: (parts) => `unreadable drawings (${parts})`,
  notes: (cells) => `cell notes whose rows are gone (${cells})`,
};

export function copyLossTexts(lang: Lang): CopyLossTexts {
  return lang === 'en' ? EN : RU;
}
