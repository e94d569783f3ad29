/**
 * Whose roadmap a workbook is: the ministry receives files named «ДК.xlsx» or «Копия plan (3).xlsx», so the
 * institution's name is taken from what the workbook says about itself whenever it says it.
 */

export type InstitutionSource = 'property' | 'title' | 'file';

export interface Institution {
  name: string;
  source: InstitutionSource;
}

export interface InstitutionClues {
  /** Document properties (File › Properties): title, subject, company… in the order they are trusted. */
  properties: readonly (string | undefined)[];
  /** Custom document properties by name. */
  customProperties?: Readonly<Record<string, string>>;
  /** The text of each row above the table's header, top down. */
  titleLines: readonly string[];
  /** The file's path or name. */
  file: string;
}

/** Legal-form abbreviations Russian public bodies put before their name: КГКОУ ШИ 14, ГКУ ЦЗН г. Бийска, МБОУ СОШ № 5. */
const ORG_FORMS = [
  'КГКОУ', 'КГБОУ', 'КГАОУ', 'КГБПОУ', 'КГАПОУ', 'КГКУ', 'КГБУ', 'КГАУ', 'КГБУЗ', 'КГБУСО', 'КГАУСО',
  'ОГКОУ', 'ОГБОУ', 'ОГКУ', 'ОГБУ', 'ОГАУ', 'ГКОУ', 'ГБОУ', 'ГАОУ', 'ГБПОУ', 'ГАПОУ', 'ГКУ', 'ГБУ', 'ГАУ', 'ГБУЗ', 'ГУ',
  'МКОУ', 'МБОУ', 'МАОУ', 'МКДОУ', 'МБДОУ', 'МАДОУ', 'МБУДО', 'МАУДО', 'МКУ', 'МБУ', 'МАУ', 'МОУ', 'МДОУ',
  'ФГБОУ', 'ФГАОУ', 'ФГБУ', 'ФГКУ', 'ФКУ', 'ЧОУ', 'АНО', 'КУ', 'БУ', 'АУ', 'ЦЗН', 'КЦСОН', 'ЦСОН', 'УСЗН', 'ОСЗН',
];
const ORG_FORM = new RegExp(`^(?:${ORG_FORMS.join('|')})(?=[\\s«"№(,.-]|$)`, 'u');
/** A name spelled out rather than abbreviated. */
const NAME_WORDS =
  /^(?:центр занятости|краев\p{L}* государственн|областн\p{L}* государственн|государственн\p{L}* (?:казенн|казённ|бюджетн|автономн)|муниципальн\p{L}* (?:казенн|казённ|бюджетн|автономн|общеобразовательн|дошкольн)|министерств|управлени\p{L}* социальной защиты|администраци)/iu;
/** «Учреждение: КГКОУ ШИ 14» — a label in front of the name. */
const NAME_LABEL = /^(?:наименование (?:учреждения|организации)|учреждение|организация|исполнитель программы|institution|organi[sz]ation)\s*[:—–-]\s*/iu;
/** Custom properties a person (or a template) sets to name the institution. */
const CUSTOM_PROPERTY_NAMES = ['учреждение', 'организация', 'наименование учреждения', 'наименование организации', 'institution', 'organization', 'organisation'];

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The name when the text reads like an institution's name, else null. */
export function institutionName(text: string): string | null {
  let line = collapse(text);
  const label = NAME_LABEL.exec(line);
  if (label) line = line.slice(label[0].length).trim();
  else if (!ORG_FORM.test(line) && !NAME_WORDS.test(line)) return null;
  return line === '' || line.length > 300 ? null : line;
}

/** «ЦЗН_Бийск (2).xlsx» → «ЦЗН Бийск (2)». */
export function nameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const name = collapse(base.replace(/\.[^.]+$/u, '').replace(/_+/gu, ' '));
  return name === '' ? base : name;
}

function fromCustomProperties(custom: Readonly<Record<string, string>>): string | null {
  for (const [key, value] of Object.entries(custom)) {
    if (CUSTOM_PROPERTY_NAMES.includes(collapse(key).toLowerCase()) && collapse(value) !== '') return collapse(value);
  }
  return null;
}

/**
 * The institution a workbook belongs to: a custom property that names it; else a title line above the table
 * that reads like a name («КГКОУ ШИ 14», «Центр занятости населения г. Бийска»); else a document property that
 * does (a company field left as «Microsoft» or «Home» does not); else the file name.
 */
export function detectInstitution(clues: InstitutionClues): Institution {
  const custom = clues.customProperties ? fromCustomProperties(clues.customProperties) : null;
  if (custom) return { name: custom, source: 'property' };
  for (const line of clues.titleLines) {
    const name = institutionName(line);
    if (name) return { name, source: 'title' };
  }
  for (const property of clues.properties) {
    const name = property === undefined ? null : institutionName(property);
    if (name) return { name, source: 'property' };
  }
  return { name: nameFromFile(clues.file), source: 'file' };
}
