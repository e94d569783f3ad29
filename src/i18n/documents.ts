/**
 * Words of the working group's Word documents (seed 000 §4.6–4.7): the brief (справка), the list of disagreements for the
 * director (лист разногласий) and the draft protocol of the meeting (протокол заседания рабочей группы).
 */
import type { Lang } from '../roadmap/types';
import { daysText } from './numbers';

export interface DocumentWords {
  chair: string;
  secretary: string;
  /** Written where the chair's name is not set: a line to sign and write the name by hand. */
  blankName: string;
  blankLine: string;
  page: string;
  brief: { kind: string; about: string };
  disagreements: {
    kind: string;
    about: string;
    intro: (count: number, today: string) => string;
    none: string;
    header: { no: string; activity: string; responsible: string; deadline: string; positions: string; decision: string };
    noPositions: string;
  };
  protocol: {
    kind: string;
    about: string;
    draft: string;
    dateLine: string;
    place: string;
    chairLine: (name: string) => string;
    secretaryLine: string;
    present: string;
    agendaTitle: string;
    agenda: { progress: (today: string) => string; results: string; moves: string; disagreements: string; checkpoints: string };
    heard: string;
    decided: string;
    progressDecision: string;
    approveResult: (item: string, result: string) => string;
    noResult: string;
    approveMove: (p: { item: string; from: string; to: string; days: number | null; checkpoint: boolean }) => string;
    toDirector: (item: string) => string;
    checkpointReached: (p: { item: string; date: string; label: string | null }) => string;
    decision: string;
    nothing: string;
  };
  item: (no: string, activity: string) => string;
}

const RU: DocumentWords = {
  chair: 'Председатель рабочей группы',
  secretary: 'Секретарь рабочей группы',
  blankName: '________________',
  blankLine: '_______________________________________________',
  page: 'Страница',
  brief: { kind: 'СПРАВКА', about: 'о ходе реализации плана мероприятий («дорожной карты») к заседанию рабочей группы' },
  disagreements: {
    kind: 'ЛИСТ РАЗНОГЛАСИЙ',
    about: 'по мероприятиям плана («дорожной карты»), разногласия по которым рабочая группа не сняла, для решения директора',
    intro: (count, today) =>
      `По состоянию на ${today} по ${count === 1 ? 'одному мероприятию' : `${count} мероприятиям`} плана отмечены разногласия. Рабочая группа передаёт их на рассмотрение директора учреждения.`,
    none: 'Мероприятий со статусом «Разногласия» нет.',
    header: { no: '№ п/п', activity: 'Мероприятие', responsible: 'Ответственный', deadline: 'Срок', positions: 'Позиции сторон', decision: 'Решение директора' },
    noPositions: 'позиции не изложены',
  },
  protocol: {
    kind: 'ПРОТОКОЛ',
    about: 'заседания рабочей группы',
    draft: 'ПРОЕКТ',
    dateLine: '«___» ____________ 20___ г.   № ______',
    place: 'Место проведения: ________________________',
    chairLine: (name) => `Председатель: ${name}`,
    secretaryLine: 'Секретарь: ________________',
    present: 'Присутствовали: ______________________________________________',
    agendaTitle: 'ПОВЕСТКА ДНЯ',
    agenda: {
      progress: (today) => `О ходе реализации плана мероприятий по состоянию на ${today}.`,
      results: 'Об одобрении результатов исполнения мероприятий.',
      moves: 'Об одобрении переноса сроков мероприятий.',
      disagreements: 'О разногласиях, передаваемых на рассмотрение директора.',
      checkpoints: 'О достижении контрольных точек плана.',
    },
    heard: 'СЛУШАЛИ:',
    decided: 'РЕШИЛИ:',
    progressDecision: 'Информацию о ходе реализации плана мероприятий принять к сведению.',
    approveResult: (item, result) => `Одобрить результат исполнения мероприятия ${item}: ${result}.`,
    noResult: 'результат не указан',
    approveMove: (p) =>
      `Одобрить перенос ${p.checkpoint ? 'контрольной даты' : 'срока'} мероприятия ${p.item} с ${p.from} на ${p.to}${p.days === null ? '' : ` (${p.days > 0 ? 'на ' : ''}${daysText(Math.abs(p.days), 'ru')}${p.days > 0 ? ' позже' : ' раньше'})`}.`,
    toDirector: (item) => `Передать разногласия по мероприятию ${item} на рассмотрение директора учреждения.`,
    checkpointReached: (p) => `Признать достигнутой контрольную точку ${p.date}${p.label ? ` («${p.label}»)` : ''} мероприятия ${p.item}.`,
    decision: 'Решение:',
    nothing: 'Вопросов для решения нет.',
  },
  item: (no, activity) => `п. ${no} «${activity}»`,
};

const EN: DocumentWords = {
  chair: 'Chair of the working group',
  secretary: 'Secretary of the working group',
  blankName: '________________',
  blankLine: '_______________________________________________',
  page: 'Page',
  brief: { kind: 'BRIEF', about: 'on the progress of the roadmap, for the working group meeting' },
  disagreements: {
    kind: 'LIST OF DISAGREEMENTS',
    about: 'on roadmap items the working group could not settle, for the director’s decision',
    intro: (count, today) =>
      `As of ${today}, ${count === 1 ? 'one item' : `${count} items`} of the plan are marked as disagreements. The working group passes them to the director.`,
    none: 'No items have the status “Disagreement”.',
    header: { no: 'No.', activity: 'Activity', responsible: 'Responsible', deadline: 'Deadline', positions: 'Positions', decision: 'Director’s decision' },
    noPositions: 'positions not stated',
  },
  protocol: {
    kind: 'MINUTES',
    about: 'of the working group meeting',
    draft: 'DRAFT',
    dateLine: 'Date: ____________   No. ______',
    place: 'Place: ________________________',
    chairLine: (name) => `Chair: ${name}`,
    secretaryLine: 'Secretary: ________________',
    present: 'Present: ______________________________________________',
    agendaTitle: 'AGENDA',
    agenda: {
      progress: (today) => `Progress of the plan as of ${today}.`,
      results: 'Approval of the results of items done.',
      moves: 'Approval of deadline moves.',
      disagreements: 'Disagreements passed to the director.',
      checkpoints: 'Checkpoints of the plan reached.',
    },
    heard: 'HEARD:',
    decided: 'DECIDED:',
    progressDecision: 'To take note of the progress of the plan.',
    approveResult: (item, result) => `To approve the result of ${item}: ${result}.`,
    noResult: 'no result recorded',
    approveMove: (p) =>
      `To approve moving the ${p.checkpoint ? 'checkpoint' : 'deadline'} of ${p.item} from ${p.from} to ${p.to}${p.days === null ? '' : ` (${daysText(Math.abs(p.days), 'en')} ${p.days > 0 ? 'later' : 'earlier'})`}.`,
    toDirector: (item) => `To pass the disagreements on ${item} to the director.`,
    checkpointReached: (p) => `To record checkpoint ${p.date}${p.label ? ` (“${p.label}”)` : ''} of ${p.item} as reached.`,
    decision: 'Decision:',
    nothing: 'Nothing to decide.',
  },
  item: (no, activity) => `item ${no} “${activity}”`,
};

export const DOCUMENT_WORDS: Record<Lang, DocumentWords> = { ru: RU, en: EN };

/** Help and messages of `roadmap disagreements`, `roadmap protocol` and the documents' options. */
export interface DocumentCommandWords {
  disagreementsDescription: string;
  protocolDescription: string;
  disagreementsDocx: string;
  protocolDocx: string;
  chairOption: string;
  written: (kind: string, file: string) => string;
}

export const DOCUMENT_COMMAND_WORDS: Record<Lang, DocumentCommandWords> = {
  ru: {
    disagreementsDescription: 'лист разногласий для директора: мероприятия со статусом «Разногласия» и позиции сторон',
    protocolDescription: 'проект протокола заседания рабочей группы: повестка из справки и решения с местом для записи',
    disagreementsDocx: 'записать лист разногласий документом Word (.docx)',
    protocolDocx: 'записать проект протокола документом Word (.docx)',
    chairOption: 'председатель рабочей группы для подписи («И.О. Фамилия»; по умолчанию — из параметров книги, иначе строка для подписи от руки)',
    written: (kind, file) => `${kind} в Word: ${file}`,
  },
  en: {
    disagreementsDescription: 'the list of disagreements for the director: items with the status “Disagreement” and the positions',
    protocolDescription: 'a draft protocol of the working group meeting: the agenda from the brief and the decisions, with lines to record them',
    disagreementsDocx: 'write the list of disagreements as a Word document (.docx)',
    protocolDocx: 'write the draft protocol as a Word document (.docx)',
    chairOption: 'the chair who signs (“I.O. Surname”; default: the workbook’s settings, else a line to sign by hand)',
    written: (kind, file) => `${kind} as a Word document: ${file}`,
  },
};

/** The pane's words for the documents: buttons, file names, what happened. */
export interface DocumentPaneWords {
  title: string;
  buttons: Record<'brief' | 'disagreements' | 'protocol', string>;
  fileName: (kind: 'brief' | 'disagreements' | 'protocol', date: string) => string;
  downloaded: (file: string) => string;
  chair: string;
  chairHint: string;
}

export const DOCUMENT_PANE_WORDS: Record<Lang, DocumentPaneWords> = {
  ru: {
    title: 'Документы заседания (Word)',
    buttons: { brief: 'Скачать справку', disagreements: 'Скачать лист разногласий', protocol: 'Скачать проект протокола' },
    fileName: (kind, date) => `${{ brief: 'Справка к заседанию', disagreements: 'Лист разногласий', protocol: 'Проект протокола' }[kind]} ${date}.docx`,
    downloaded: (file) => `Документ «${file}» сохранён в папку загрузок.`,
    chair: 'Председатель рабочей группы',
    chairHint: 'И.О. Фамилия — для подписи под справкой, листом разногласий и протоколом. Пусто — строка для подписи от руки.',
  },
  en: {
    title: 'Meeting documents (Word)',
    buttons: { brief: 'Download the brief', disagreements: 'Download the list of disagreements', protocol: 'Download the draft protocol' },
    fileName: (kind, date) => `${{ brief: 'Brief', disagreements: 'Disagreements', protocol: 'Draft protocol' }[kind]} ${date}.docx`,
    downloaded: (file) => `“${file}” is saved to your downloads folder.`,
    chair: 'Chair of the working group',
    chairHint: 'I.O. Surname — signs the brief, the list of disagreements and the protocol. Empty: a line to sign by hand.',
  },
};
