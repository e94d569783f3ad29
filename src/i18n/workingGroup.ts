/** Texts of the working group's tools: history findings, the meeting brief and the requests to the responsible. */
import type { Lang } from '../roadmap/types';
import { STATUS_NAMES } from './statuses';
import { daysText, formatPercent } from './numbers';
import type { HistoryFindingCode } from '../roadmap/workingGroup/model';

export interface HistoryFindingParams {
  row?: number | null;
  header?: string;
  text?: string;
  date?: string;
  count?: number;
  expected?: number;
  found?: number;
}

type Template = (p: HistoryFindingParams) => string;

const HISTORY_FINDINGS: Record<Lang, Record<HistoryFindingCode, Template>> = {
  ru: {
    'history-missing-column': (p) => `на листе «История» нет столбца «${p.header}»${p.text ? `: ${p.text}` : ''}.`,
    'history-bad-date': (p) => `«${p.text}» в столбце «${p.header}» — не дата; строка сохранена без изменений, но в сравнении не участвует.`,
    'history-bad-number': (p) => `«${p.text}» в столбце «${p.header}» — не число; строка сохранена без изменений, но в сравнении не участвует.`,
    'history-bad-status': (p) => `статус «${p.text}» не распознан; строка сохранена без изменений, но в сравнении не участвует.`,
    'history-duplicate-counts': (p) => `показатели среза ${p.date} записаны второй раз; используется первая строка, вторая сохранена без изменений.`,
    'history-counts-recomputed': (p) => `для среза ${p.date} нет строки показателей; показатели подсчитаны по строкам мероприятий.`,
    'history-counts-mismatch': (p) =>
      `в срезе ${p.date} показатели говорят о ${p.expected} мероприятиях, а строк мероприятий ${p.found}: лист, вероятно, правили вручную.`,
    'history-unread-rows': (p) => `${p.count} строк(и) листа «История» не удалось прочитать; они сохранены без изменений под таблицами.`,
    'history-no-tables': () => 'на листе «История» не найдены таблицы срезов (нет строки заголовков «Дата среза» …); лист будет записан заново, прежнее содержимое сохранено без изменений под таблицами.',
  },
  en: {
    'history-missing-column': (p) => `the “История” sheet has no “${p.header}” column${p.text ? `: ${p.text}` : ''}.`,
    'history-bad-date': (p) => `“${p.text}” in the “${p.header}” column is not a date; the row is kept unchanged but left out of comparisons.`,
    'history-bad-number': (p) => `“${p.text}” in the “${p.header}” column is not a number; the row is kept unchanged but left out of comparisons.`,
    'history-bad-status': (p) => `status “${p.text}” is not recognised; the row is kept unchanged but left out of comparisons.`,
    'history-duplicate-counts': (p) => `the counts of the ${p.date} snapshot appear twice; the first row is used, the second is kept unchanged.`,
    'history-counts-recomputed': (p) => `the ${p.date} snapshot has no counts row; the counts are computed from its item rows.`,
    'history-counts-mismatch': (p) =>
      `the ${p.date} snapshot counts ${p.expected} items but has ${p.found} item rows: the sheet was probably edited by hand.`,
    'history-unread-rows': (p) => `${p.count} row(s) of the “История” sheet could not be read; they are kept unchanged below the tables.`,
    'history-no-tables': () => 'no snapshot tables found on the “История” sheet (no header row starting with “Дата среза”); the sheet will be rewritten and its old content kept unchanged below the tables.',
  },
};

export function historyFindingMessage(code: HistoryFindingCode, params: HistoryFindingParams, lang: Lang): string {
  const text = HISTORY_FINDINGS[lang][code](params);
  if (params.row == null) return capitalize(text);
  return lang === 'ru' ? `«История», строка ${params.row}: ${text}` : `“История”, row ${params.row}: ${text}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export { STATUS_NAMES };

/** Words of the meeting brief (text, sheet and Word document alike). */
export interface BriefWords {
  title: string;
  reportLine: (p: { sheet: string; today: string; since: string | null; nextMeeting: string }) => string;
  noSnapshot: (today: string) => string;
  countsTitle: string;
  countsHeader: (since: string | null) => string[];
  countRows: Record<'items' | 'done' | 'doneLate' | 'completionPercent' | 'overdue' | 'dueSoon' | 'open' | 'undated' | 'withdrawn', string>;
  sections: {
    done: string;
    newlyOverdue: string;
    deadlineMoved: string;
    changed: string;
    added: string;
    removed: string;
    overdueByResponsible: string;
    dueBeforeNextMeeting: (nextMeeting: string) => string;
    checkpointsBeforeNextMeeting: (nextMeeting: string) => string;
    checkpointsPassed: string;
    disagreements: string;
    withdrawn: string;
    historyFindings: string;
  };
  /** Said of a done item done after its due date. */
  doneLate: string;
  none: string;
  itemsNotCompared: string;
  item: (no: string, activity: string) => string;
  overdueFor: (due: string, days: number) => string;
  dueOn: (date: string) => string;
  checkpointOn: (date: string) => string;
  move: (p: { from: string; to: string; days: number | null; milestone: boolean; needsApproval: boolean }) => string;
  field: Record<'no' | 'activity' | 'deadline' | 'responsible' | 'result', string>;
  empty: string;
  noResponsible: string;
}

const dayWord = (days: number, lang: Lang): string => daysText(days, lang);
const signed = (days: number, lang: Lang): string => `${days > 0 ? '+' : ''}${dayWord(days, lang)}`;

export const BRIEF_WORDS: Record<Lang, BriefWords> = {
  ru: {
    title: 'Справка к заседанию рабочей группы',
    reportLine: (p) =>
      `Лист «${p.sheet}». Дата отчёта: ${p.today}. ${p.since ? `Сравнение со срезом от ${p.since}.` : 'Срезов ранее нет.'} Следующее заседание: ${p.nextMeeting}.`,
    noSnapshot: (today) =>
      `В книге нет среза до ${today}: изменения сравнить не с чем, ниже — состояние на дату отчёта. После заседания зафиксируйте срез: кнопка «Зафиксировать срез» (панель или лента Excel).`,
    countsTitle: 'Показатели',
    countsHeader: (since) => (since ? ['Показатель', 'Сейчас', `Срез ${since}`, 'Изменение'] : ['Показатель', 'Сейчас']),
    countRows: {
      items: 'Мероприятий', done: 'Выполнено', doneLate: 'в т. ч. исполнено с нарушением срока', completionPercent: 'Выполнено, %',
      overdue: 'Просрочено', dueSoon: 'Срок скоро', open: 'Срок впереди', undated: 'Без срока',
      withdrawn: 'Снято с контроля (не входит в план)',
    },
    sections: {
      done: 'Выполнено с прошлого среза',
      newlyOverdue: 'Стали просроченными',
      deadlineMoved: 'Переносы сроков (требуют одобрения рабочей группы)',
      changed: 'Прочие изменения плана',
      added: 'Добавлены мероприятия',
      removed: 'Исключены мероприятия',
      overdueByResponsible: 'Просрочено по ответственным',
      dueBeforeNextMeeting: (nextMeeting) => `Срок до следующего заседания (${nextMeeting})`,
      checkpointsBeforeNextMeeting: (nextMeeting) => `Контрольные точки до следующего заседания (${nextMeeting})`,
      checkpointsPassed: 'Контрольные точки пройдены без отметки о выполнении',
      disagreements: 'Разногласия (лист разногласий для директора)',
      withdrawn: 'Сняты с контроля (не входят в план)',
      historyFindings: 'Замечания к листу «История»',
    },
    doneLate: 'исполнено с нарушением срока',
    none: 'нет',
    itemsNotCompared: 'В срезе сохранились только показатели (строки мероприятий удалены): изменения по мероприятиям не определить.',
    item: (no, activity) => `п. ${no} «${activity}»`,
    overdueFor: (due, days) => `срок ${due}, просрочено на ${dayWord(days, 'ru')}`,
    dueOn: (date) => `срок ${date}`,
    checkpointOn: (date) => `контрольная дата ${date}`,
    move: (p) =>
      `${p.milestone ? 'контрольная дата' : 'срок'} ${p.from} → ${p.to}${p.days === null ? '' : ` (${signed(p.days, 'ru')})`}${p.needsApproval ? ' — требует одобрения рабочей группы' : ''}`,
    field: { no: 'номер', activity: 'формулировка', deadline: 'срок', responsible: 'ответственный', result: 'результат' },
    empty: '(пусто)',
    noResponsible: 'ответственный не указан',
  },
  en: {
    title: 'Brief for the working group meeting',
    reportLine: (p) =>
      `Sheet “${p.sheet}”. Report date: ${p.today}. ${p.since ? `Compared with the snapshot of ${p.since}.` : 'No earlier snapshot.'} Next meeting: ${p.nextMeeting}.`,
    noSnapshot: (today) =>
      `The workbook holds no snapshot before ${today}: there is nothing to compare with; below is the state on the report date. Take a snapshot after the meeting: the “Take snapshot” button (the pane or Excel’s ribbon).`,
    countsTitle: 'Counts',
    countsHeader: (since) => (since ? ['Count', 'Now', `Snapshot ${since}`, 'Change'] : ['Count', 'Now']),
    countRows: {
      items: 'Items', done: 'Done', doneLate: 'of which done late', completionPercent: 'Done, %', overdue: 'Overdue', dueSoon: 'Due soon',
      open: 'Open', undated: 'Undated', withdrawn: 'Withdrawn (not in the plan)',
    },
    sections: {
      done: 'Done since the last snapshot',
      newlyOverdue: 'Became overdue',
      deadlineMoved: 'Deadlines moved (need the working group’s approval)',
      changed: 'Other changes to the plan',
      added: 'Items added',
      removed: 'Items removed',
      overdueByResponsible: 'Overdue by responsible',
      dueBeforeNextMeeting: (nextMeeting) => `Due before the next meeting (${nextMeeting})`,
      checkpointsBeforeNextMeeting: (nextMeeting) => `Checkpoints before the next meeting (${nextMeeting})`,
      checkpointsPassed: 'Checkpoints passed with no mark that they were met',
      disagreements: 'Disagreements (the list for the director)',
      withdrawn: 'Withdrawn from control (not in the plan)',
      historyFindings: 'Notes on the “История” sheet',
    },
    doneLate: 'done late',
    none: 'none',
    itemsNotCompared: 'The snapshot kept only its counts (its item rows were deleted): changes item by item cannot be told.',
    item: (no, activity) => `item ${no} “${activity}”`,
    overdueFor: (due, days) => `due ${due}, overdue by ${dayWord(days, 'en')}`,
    dueOn: (date) => `due ${date}`,
    checkpointOn: (date) => `checkpoint ${date}`,
    move: (p) =>
      `${p.milestone ? 'checkpoint' : 'deadline'} ${p.from} → ${p.to}${p.days === null ? '' : ` (${signed(p.days, 'en')})`}${p.needsApproval ? ' — needs the working group’s approval' : ''}`,
    field: { no: 'number', activity: 'wording', deadline: 'deadline', responsible: 'responsible', result: 'result' },
    empty: '(empty)',
    noResponsible: 'no responsible named',
  },
};

/** Words of a request to one responsible, worded to be sent as it is. */
export interface RequestWords {
  to: (name: string) => string;
  subject: (nextMeeting: string) => string;
  opening: (answerBy: string) => string;
  overdue: string;
  dueSoon: (nextMeeting: string) => string;
  missingResult: string;
  closing: string;
  nothing: string;
}

export const REQUEST_WORDS: Record<Lang, RequestWords> = {
  ru: {
    to: (name) => `Кому: ${name}`,
    subject: (nextMeeting) => `Тема: дорожная карта — информация к заседанию рабочей группы ${nextMeeting}`,
    opening: (answerBy) =>
      `Прошу в срок до ${answerBy} представить информацию о ходе исполнения мероприятий дорожной карты, за которые Вы отвечаете.`,
    overdue: 'Срок истёк — сообщите, выполнено ли мероприятие, и приложите подтверждающие материалы; если не выполнено — причины и предлагаемый срок:',
    dueSoon: (nextMeeting) => `Срок наступает до заседания ${nextMeeting} — подтвердите, что мероприятие будет выполнено в срок, или сообщите о рисках:`,
    missingResult: 'Отмечено выполненным, но результат не указан — представьте результат (документ, ссылку на материалы):',
    closing: 'Председатель рабочей группы',
    nothing: 'Запросов нет: просроченных мероприятий, сроков до заседания и выполненных мероприятий без результата нет.',
  },
  en: {
    to: (name) => `To: ${name}`,
    subject: (nextMeeting) => `Subject: roadmap — information for the working group meeting of ${nextMeeting}`,
    opening: (answerBy) => `Please send by ${answerBy} information on the progress of the roadmap items you are responsible for.`,
    overdue: 'Past due — tell us whether the item is done and attach the supporting materials; if it is not, the reasons and the date you propose:',
    dueSoon: (nextMeeting) => `Due before the meeting of ${nextMeeting} — confirm the item will be done on time, or tell us of the risks:`,
    missingResult: 'Marked done, but no result recorded — send the result (the document, or a link to the materials):',
    closing: 'Chair of the working group',
    nothing: 'No requests: no overdue items, nothing due before the meeting, no done item without a result.',
  },
};

/** Lines the working group's commands print, and their help. */
export interface CommandWords {
  snapshotDescription: string;
  requestsDescription: string;
  briefDescription: string;
  snapshotOutputOption: string;
  briefOutputOption: string;
  docxOption: string;
  nextMeetingOption: string;
  badNextMeeting: (value: string) => string;
  snapshotTaken: (p: { date: string; sheet: string; output: string; items: number; done: number; percent: number; overdue: number; snapshots: number; replaced: boolean }) => string;
  historyNote: string;
  docxWritten: (file: string) => string;
  sheetWritten: (file: string) => string;
}

export const COMMAND_WORDS: Record<Lang, CommandWords> = {
  ru: {
    snapshotDescription: 'зафиксировать срез дорожной карты на дату отчёта в копии книги (лист «История»; срез за ту же дату заменяется)',
    requestsDescription: 'запросы ответственным: просроченное, сроки до следующего заседания, выполненное без результата',
    briefDescription: 'справка к заседанию рабочей группы: что изменилось с последнего среза, переносы сроков, запросы',
    snapshotOutputOption: 'куда записать копию книги со срезом (.xlsx); исходный файл не изменяется',
    briefOutputOption: 'записать копию книги с листом «Справка к заседанию» (.xlsx)',
    docxOption: 'записать справку документом Word (.docx)',
    nextMeetingOption: 'дата следующего заседания ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (по умолчанию — конец текущего квартала)',
    badNextMeeting: (value) => `--next-meeting: ожидается дата ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, указано «${value}»`,
    snapshotTaken: (p) =>
      `Срез на ${p.date} ${p.replaced ? 'заменён' : 'записан'} на листе «${p.sheet}» в ${p.output}: мероприятий ${p.items}, выполнено ${p.done} (${formatPercent(p.percent, 'ru')}), просрочено ${p.overdue}. Срезов в книге: ${p.snapshots}.`,
    historyNote: 'Замечание',
    docxWritten: (file) => `Справка в Word: ${file}`,
    sheetWritten: (file) => `Книга с листом «Справка к заседанию»: ${file}`,
  },
  en: {
    snapshotDescription: 'record a snapshot of the roadmap on the report date in a copy of the workbook (sheet «История»; the same date is replaced)',
    requestsDescription: 'requests to the responsible: overdue items, items due before the next meeting, done items without a result',
    briefDescription: 'the working group meeting brief: changes since the last snapshot, deadline moves, requests',
    snapshotOutputOption: 'where to write the copy with the snapshot (.xlsx); the input file is never changed',
    briefOutputOption: 'write a copy of the workbook with the «Справка к заседанию» sheet (.xlsx)',
    docxOption: 'write the brief as a Word document (.docx)',
    nextMeetingOption: 'date of the next meeting DD.MM.YYYY or YYYY-MM-DD (default: the end of the current quarter)',
    badNextMeeting: (value) => `--next-meeting: expected a date DD.MM.YYYY or YYYY-MM-DD, got “${value}”`,
    snapshotTaken: (p) =>
      `Snapshot of ${p.date} ${p.replaced ? 'replaced' : 'recorded'} on the “${p.sheet}” sheet in ${p.output}: ${p.items} items, ${p.done} done (${formatPercent(p.percent, 'en')}), ${p.overdue} overdue. Snapshots in the workbook: ${p.snapshots}.`,
    historyNote: 'Note',
    docxWritten: (file) => `Brief as a Word document: ${file}`,
    sheetWritten: (file) => `Workbook with the “Справка к заседанию” sheet: ${file}`,
  },
};

/** Texts of the «Рабочая группа» view of the task pane. */
export interface WorkingGroupUiWords {
  title: string;
  takeSnapshot: string;
  writeBrief: string;
  refresh: string;
  working: string;
  snapshotTaken: (date: string, sheet: string) => string;
  briefWritten: (sheet: string) => string;
  noRoadmap: string;
  requestsTitle: string;
  requestCounts: (overdue: number, dueSoon: number, missingResult: number) => string;
  noRequests: string;
  copy: (name: string) => string;
  copied: string;
  copyFailed: string;
  historyTitle: string;
  noHistory: string;
  chartLabel: (points: string) => string;
  completionSeries: string;
  overdueSeries: string;
}

export const WORKING_GROUP_UI: Record<Lang, WorkingGroupUiWords> = {
  ru: {
    title: 'Рабочая группа',
    takeSnapshot: 'Зафиксировать срез',
    writeBrief: 'Записать справку на лист',
    refresh: 'Перечитать книгу',
    working: 'Читаю книгу…',
    snapshotTaken: (date, sheet) => `Срез на ${date} записан на лист «${sheet}». Срез за ту же дату заменяется.`,
    briefWritten: (sheet) => `Справка к заседанию записана на лист «${sheet}».`,
    noRoadmap: 'В книге не найдена дорожная карта.',
    requestsTitle: 'Запросы ответственным',
    requestCounts: (overdue, dueSoon, missingResult) => `просрочено ${overdue}, срок до заседания ${dueSoon}, без результата ${missingResult}`,
    noRequests: 'Запрашивать нечего.',
    copy: (name) => `Копировать запрос: ${name}`,
    copied: 'Запрос скопирован в буфер обмена.',
    copyFailed: 'Не удалось скопировать: выделите текст запроса и скопируйте вручную.',
    historyTitle: 'История срезов',
    noHistory: 'Срезов пока нет: зафиксируйте срез после заседания рабочей группы.',
    chartLabel: (points) => `Выполнено, % и просрочено по срезам: ${points}`,
    completionSeries: 'Выполнено, %',
    overdueSeries: 'Просрочено',
  },
  en: {
    title: 'Working group',
    takeSnapshot: 'Take snapshot',
    writeBrief: 'Write the brief to a sheet',
    refresh: 'Read the workbook again',
    working: 'Reading the workbook…',
    snapshotTaken: (date, sheet) => `Snapshot of ${date} recorded on the “${sheet}” sheet. A snapshot of the same date is replaced.`,
    briefWritten: (sheet) => `The meeting brief is on the “${sheet}” sheet.`,
    noRoadmap: 'No roadmap found in the workbook.',
    requestsTitle: 'Requests to the responsible',
    requestCounts: (overdue, dueSoon, missingResult) => `${overdue} overdue, ${dueSoon} due before the meeting, ${missingResult} without a result`,
    noRequests: 'Nothing to request.',
    copy: (name) => `Copy the request: ${name}`,
    copied: 'The request is on the clipboard.',
    copyFailed: 'Could not copy: select the request text and copy it by hand.',
    historyTitle: 'Snapshot history',
    noHistory: 'No snapshots yet: take one after the working group meets.',
    chartLabel: (points) => `Done % and overdue by snapshot: ${points}`,
    completionSeries: 'Done, %',
    overdueSeries: 'Overdue',
  },
};
