/**
 * Phrases that say how often or how long rather than when: recurring (`ежеквартально`), continuous
 * (`постоянно`), on demand (`по мере необходимости`), and offsets from an event (`в течение 10 дней после`).
 */

/** A word starts here: at the start, or after a character that is not a letter (IE11 has no lookbehind; `test` only asks whether). */
const L = '(?:^|[^а-яa-z])';
const R = '(?![а-яa-z])';

const RECURRING: RegExp[] = [
  new RegExp(`${L}еже[а-я]`), // ежедневно, еженедельно, ежемесячно, ежеквартально, ежегодно, ежекв.
  new RegExp(`${L}раза?[ ]+в${R}`), // 1 раз в квартал, не реже 2 раз в год, раз в полгода
  new RegExp(`${L}(?:дважды|трижды|не[ ]+реже|периодически|регулярн[а-я]*)${R}`),
  new RegExp(`${L}по[ ]+(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)[а-я]*`),
  new RegExp(`${L}кажд[а-я]*[ ]+(?:дн|день|недел|месяц|квартал|полугод|год|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|учебн|семестр|четверт|заседан)`),
  new RegExp(`${L}по[ ]+итогам[ ]+(?:кажд[а-я]*|отчетного)`),
  new RegExp(`${L}по[ ]+итогам[ ]+(?:месяца|квартала|полугодия|года)${R}(?![ ]*\\d)`),
  new RegExp(`${L}следующ[а-я]*[ ]+за[ ]+отчетн`), // до 20 числа месяца, следующего за отчетным
  new RegExp(
    `${L}(?:daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|annually|yearly|semi-?annually|bi-?annually|twice|regularly|periodically)${R}`,
  ),
  new RegExp(`${L}(?:every|each|once[ ]+a|once[ ]+per|on)[ ]+(?:day|week|month|quarter|year|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)${R}`),
];

const CONTINUOUS: RegExp[] = [
  new RegExp(`${L}(?:постоянн|бессрочн|круглогодичн|систематическ)[а-я]*`),
  new RegExp(`${L}(?:весь|всего)[ ]+(?:учебн[а-я]*[ ]+)?(?:период|срок|год)`),
  new RegExp(
    `${L}(?:в[ ]+течение|на[ ]+протяжении|в[ ]+ходе|в[ ]+период[а-я]*|в[ ]+рамках|на[ ]+период|в[ ]+процессе)[ ]+(?:всего[ ]+)?(?:период|срок|реализац|проведени|действи|апробац|пилот|проект|программ|выполнени|работ)`,
  ),
  new RegExp(`${L}в[ ]+течение[ ]+(?:всего[ ]+)?(?:учебного[ ]+)?года${R}`),
  // A named season or period: «Весь пожароопасный период», «в течение отопительного сезона», «в период купального
  // сезона», «на летний оздоровительный период» — one or two adjectives between the lead word and период/сезон.
  new RegExp(`${L}(?:весь|всего|в[ ]+течение|на[ ]+протяжении|в[ ]+период[а-я]*|в|на)[ ]+(?:всего[ ]+)?(?:[а-я]+(?:ый|ий|ой|ого|его)[ ]+){1,2}(?:период|сезон)`),
  new RegExp(`${L}(?:весь|всего|в[ ]+течение[ ]+всего|на[ ]+протяжении[ ]+всего)[ ]+сезон`),
  new RegExp(`${L}(?:до|к)[ ]+(?:момента[ ]+)?(?:окончани|завершени|конц)[а-я]*[ ]+(?:срока|периода|реализац|проект|программ|апробац|пилот|действи|работ)`),
  new RegExp(`${L}в[ ]+(?:постоянном|текущем|рабочем|штатном)[ ]+(?:режиме|порядке)`),
  new RegExp(
    `${L}(?:ongoing|on-going|continuous(?:ly)?|permanent(?:ly)?|constantly|throughout|at[ ]+all[ ]+times|year-round|all[ ]+year[ ]+round|for[ ]+the[ ]+duration)${R}`,
  ),
];

const ON_DEMAND: RegExp[] = [
  new RegExp(`${L}по[ ]+мере${R}`),
  new RegExp(`${L}по[ ]+(?:необходимост|надобност|запрос|требовани|заявк|обращени|поручени|факту${R}|вызову)`),
  new RegExp(`${L}(?:при|в[ ]+случа[а-я]*)[ ]+(?:необходимост|поступлени|выявлени|возникновени|наличи|изменени|обращени|получени|принятии|потребност|отсутстви)`),
  new RegExp(`${L}(?:as|when|if|where)[ ]+(?:needed|required|necessary|appropriate|applicable)${R}`),
  new RegExp(`${L}(?:on|upon)[ ]+(?:request|demand)${R}|${L}ad[ -]?hoc${R}`),
];

const RELATIVE: RegExp[] = [
  new RegExp(`(?:^|\\D)\\d{1,3}[ ]*(?:-?[ ]*[а-я]{1,3}[ ]+)?(?:рабоч[а-я]*[ ]*|календарн[а-я]*[ ]*)?(?:дн[а-я]*|день|недел[а-я]*|месяц[а-я]*|мес\\.|лет|год[а-я]*)${R}`),
  new RegExp(`(?:дневн|недельн|месячн)[а-я]*[ ]+срок`),
  new RegExp(`${L}в[ ]+течение[ ]+(?:одного[ ]+|одной[ ]+)?(?:дня|недели|месяца|квартала|полугодия)${R}`),
  new RegExp(`${L}(?:после|со[ ]+дня|с[ ]+момента|с[ ]+даты|по[ ]+истечении|через|одновременно|незамедлительно|немедленно|безотлагательно|срочно|в[ ]+кратчайш[а-я]*|в[ ]+сжат[а-я]*)${R}`),
  new RegExp(`${L}(?:within|after|asap|immediately|upon)${R}`),
];

export type PhraseKind = 'recurring' | 'continuous' | 'on-demand' | 'relative';

/** The kinds of phrase the text contains, in the order a monitor prefers them. */
export function phraseKinds(text: string): Set<PhraseKind> {
  const kinds = new Set<PhraseKind>();
  const has = (patterns: RegExp[]): boolean => patterns.some((p) => p.test(text));
  if (has(RECURRING)) kinds.add('recurring');
  if (has(CONTINUOUS)) kinds.add('continuous');
  if (has(ON_DEMAND)) kinds.add('on-demand');
  if (has(RELATIVE)) kinds.add('relative');
  return kinds;
}

/** A cell that holds only a placeholder (`-`, `—`, `х`): no deadline at all. */
export function isPlaceholder(text: string): boolean {
  return /^[\s\-.,;:_*/\\xх]*$/.test(text);
}
