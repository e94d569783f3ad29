import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { pilotRoadmapWorkbook } from '../../src/xlsx/exampleWorkbooks';
import { readRoadmapWorkbook } from '../../src/xlsx/readRoadmap';
import { buildSummaryWorkbook } from '../../src/xlsx/summaryWorkbook';
import { snapshotWorkbook } from '../../src/xlsx/history/workingGroupOutputs';
import { readWorkingGroupWorkbook } from '../../src/xlsx/history/workingGroupFile';
import { formulaTextWorkbook } from '../cli/workbooks';

/**
 * The hostile corpus: small workbooks crafted to break the tool, each generated here from seed 003 (the pilot roadmap)
 * by editing its package, so the repository holds this script rather than binaries. `writeHostileCorpus(dir)` writes
 * every case into `dir`; the test runs every command over each and checks what it must do.
 */

export const TODAY = '2021-09-01';

export interface HostileCase {
  file: string;
  /** What it attacks, for the report table and the test names. */
  attack: string;
  /** Exit status of the commands that read one roadmap (check, requests, brief, summary, snapshot). */
  exit: 0 | 1 | 2;
  /** stderr lines a copy command (summary, snapshot, brief -o) prints: warnings of what the copy cannot keep. */
  copyWarnings?: number;
  /** Only `check` and the folder's `consolidate` run over it (10,000 sheets take seconds per read). */
  checkOnly?: boolean;
}

const SHEET = 'xl/worksheets/sheet1.xml';

async function pilotBytes(edit?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = pilotRoadmapWorkbook();
  edit?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function patched(bytes: Buffer, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function replaceIn(zip: JSZip, part: string, from: string | RegExp, to: string): Promise<void> {
  const xml = await (zip.file(part) as JSZip.JSZipObject).async('string');
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`corpus: ${part} has no ${String(from)}`);
  zip.file(part, changed);
}

/** A date-formatted formula whose cached value is an error, and a date serial far past year 9999, on a second sheet. */
async function unwritableDates(): Promise<Buffer> {
  const bytes = await pilotBytes((workbook) => {
    const sheet = workbook.addWorksheet('Расчёты');
    for (const address of ['A1', 'A2', 'A3']) {
      sheet.getCell(address).value = 1;
      sheet.getCell(address).numFmt = 'dd.mm.yyyy';
    }
    sheet.getCell('B1').value = 'не дата';
  });
  return patched(bytes, async (zip) => {
    const part = 'xl/worksheets/sheet2.xml';
    await replaceIn(zip, part, /<c r="A1"([^>]*)><v>1<\/v><\/c>/, '<c r="A1"$1 t="e"><f>B1+30</f><v>#VALUE!</v></c>');
    await replaceIn(zip, part, /<c r="A2"([^>]*)><v>1<\/v><\/c>/, '<c r="A2"$1><v>1000000000000</v></c>');
    await replaceIn(zip, part, /<c r="A3"([^>]*)><v>1<\/v><\/c>/, '<c r="A3"$1 t="str"><f>B1</f><v>не дата</v></c>');
  });
}

async function customProperties(): Promise<Buffer> {
  return patched(await pilotBytes(), async (zip) => {
    zip.file(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Учреждение"><vt:lpwstr>КГКОУ ШИ 14</vt:lpwstr></property></Properties>',
    );
    await replaceIn(zip, '_rels/.rels', '</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>');
    await replaceIn(zip, '[Content_Types].xml', '</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>');
  });
}

/** «Учреждение» set, then the package's relationship part broken: the copy must refuse it, never drop the property. */
async function brokenPackageRelationships(): Promise<Buffer> {
  return patched(await customProperties(), async (zip) => {
    await replaceIn(zip, '_rels/.rels', '</Relationships>', '<Relationship Id="x" </Relationships>');
  });
}

/** An .xlsm: a VBA project (the bytes are a stand-in: the tools carry it, never run it) and the macro content type. */
export const VBA_BYTES = Buffer.from('VBA project stand-in: Sub Отчёт() End Sub', 'utf8');
async function macros(): Promise<Buffer> {
  return patched(await pilotBytes(), async (zip) => {
    zip.file('xl/vbaProject.bin', VBA_BYTES);
    await replaceIn(zip, 'xl/_rels/workbook.xml.rels', '</Relationships>', '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
    await replaceIn(zip, '[Content_Types].xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    await replaceIn(zip, '[Content_Types].xml', '</Types>', '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  });
}

export const SPARKLINE_URI = '{05C60535-1F16-4fd2-B633-F4F36F0B64E0}';
async function sparklines(): Promise<Buffer> {
  return patched(await pilotBytes(), async (zip) => {
    const ext =
      `<extLst><ext uri="${SPARKLINE_URI}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
      '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap">' +
      '<x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Программа!A5:F5</xm:f><xm:sqref>H5</xm:sqref></x14:sparkline></x14:sparklines>' +
      '</x14:sparklineGroup></x14:sparklineGroups></ext></extLst>';
    await replaceIn(zip, SHEET, /<\/worksheet>\s*$/, `${ext}</worksheet>`);
  });
}

/** The «Результат» column's neighbour merged over the columns to its right on an item row (1.1, row 7). */
async function mergedBesideTable(): Promise<Buffer> {
  return pilotBytes((workbook) => {
    const sheet = workbook.worksheets[0];
    sheet.getCell('F7').value = 'Отчёт и фотографии — см. папку «Пилот»';
    sheet.mergeCells('F7:H7');
  });
}

async function notes(): Promise<Buffer> {
  return pilotBytes((workbook) => {
    workbook.worksheets[0].getCell('B7').note = 'Уточнить состав рабочей группы';
  });
}

/** Cell text with terminal escape sequences, as `_x001B_` in the XML: retitle the window, clear the screen, C1 CSI. */
export const ESCAPES = ['\u001b]0;pwned\u0007', '\u001b[2J', '\u009b31m', '\r'];
async function controlCharacters(): Promise<Buffer> {
  const bytes = await pilotBytes((workbook) => {
    const sheet = workbook.worksheets[0];
    sheet.getCell('B7').value = 'Организация ⟪ESC⟫]0;pwned⟪BEL⟫⟪ESC⟫[2Jработы';
    sheet.getCell('D7').value = 'ФЦК⟪CSI⟫31m, школа⟪CR⟫';
  });
  // ExcelJS would drop the controls themselves: they go into the XML as Excel writes them, _x001B_ and the like.
  return patched(bytes, async (zip) => {
    const part = zip.file('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : SHEET;
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace(/⟪ESC⟫/g, '_x001B_').replace(/⟪BEL⟫/g, '_x0007_').replace(/⟪CSI⟫/g, '\u009b').replace(/⟪CR⟫/g, '_x000D_'));
  });
}

/** An activity far over Excel's 32,767 characters (a crafted file can hold it; the brief must not copy it whole). */
async function longText(): Promise<Buffer> {
  return pilotBytes((workbook) => {
    workbook.worksheets[0].getCell('B7').value = `Организация ${'очень длинного мероприятия '.repeat(1600)}`;
  });
}

/** Sheets named «History» (refused by ExcelJS) and with a name over 31 characters (Excel's limit). */
async function oddSheetNames(): Promise<Buffer> {
  const bytes = await pilotBytes((workbook) => {
    workbook.addWorksheet('Hist').getCell('A1').value = 'журнал изменений';
    workbook.addWorksheet('Long').getCell('A1').value = 'пояснения';
  });
  return patched(bytes, async (zip) => {
    await replaceIn(zip, 'xl/workbook.xml', 'name="Hist"', 'name="History"');
    await replaceIn(zip, 'xl/workbook.xml', 'name="Long"', 'name="Пояснительная записка к программе пилота"');
  });
}

/** A chart (on the user's own monitoring sheet) whose part is not XML: carrying it would make the copy damaged. */
async function brokenDrawing(): Promise<Buffer> {
  return patched(await renamedSummary(), async (zip) => {
    const chart = Object.keys(zip.files).find((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    if (!chart) throw new Error('corpus: the summary has no chart');
    zip.file(chart, '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart>');
  });
}

/** The workbook after a snapshot, with a secretary's remark and a cell note typed beside «История»'s tables. */
async function historyWithNotes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await pilotBytes()) as unknown as ArrayBuffer);
  const input = { ...readWorkingGroupWorkbook(workbook, 'pilot.xlsx', { today: '2021-08-20', periodEnd: null, dueSoonDays: 14 }), xlsx: await pilotBytes() };
  const { bytes } = await snapshotWorkbook(input);
  const withNote = new ExcelJS.Workbook();
  await withNote.xlsx.load(bytes as unknown as ArrayBuffer);
  const history = withNote.getWorksheet('История') as ExcelJS.Worksheet;
  history.getCell('P5').value = 'Заседание перенесено на 27.08 (секретарь)';
  history.getCell('P6').value = 'Протокол № 3';
  history.getCell('P6').note = 'подписан председателем';
  return Buffer.from(await withNote.xlsx.writeBuffer());
}

/** A summary copy whose «Мониторинг» the user renamed to keep it (Excel moves the marker name with the sheet). */
export const RENAMED_SUMMARY = 'Мониторинг на 01.09 (мой)';
async function renamedSummary(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const original = await pilotBytes();
  await workbook.xlsx.load(original as unknown as ArrayBuffer);
  const source = readRoadmapWorkbook(workbook, 'pilot.xlsx', { today: TODAY, periodEnd: null, dueSoonDays: 14 });
  const { xlsx } = await buildSummaryWorkbook(source, { lang: 'ru', dueSoonDays: 14 }, original);
  return patched(xlsx, async (zip) => {
    await replaceIn(zip, 'xl/workbook.xml', /name="Мониторинг"/, `name="${RENAMED_SUMMARY}"`);
    await replaceIn(zip, 'xl/workbook.xml', /&apos;Мониторинг&apos;!/g, `&apos;${RENAMED_SUMMARY}&apos;!`);
  });
}

async function formulaText(): Promise<Buffer> {
  return Buffer.from(await formulaTextWorkbook().xlsx.writeBuffer());
}

/** The first bytes of an OLE compound file: a workbook encrypted with a password to open, or a legacy .xls. */
function oleFile(): Buffer {
  return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)]);
}

async function withSharedStrings(doctype: string, text: string): Promise<Buffer> {
  return patched(await pilotBytes(), async (zip) => {
    zip.file(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?>${doctype}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${text}</t></si></sst>`,
    );
    if (!(await zip.file('[Content_Types].xml')!.async('string')).includes('sharedStrings')) {
      await replaceIn(zip, '[Content_Types].xml', '</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>');
      await replaceIn(zip, 'xl/_rels/workbook.xml.rels', '</Relationships>', '<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>');
    }
    await replaceIn(zip, SHEET, /<c r="B7"([^>]*?)( t="\w+")?>[\s\S]*?<\/c>/, '<c r="B7"$1 t="s"><v>0</v></c>');
  });
}

/** A workbook of 10,000 sheets, the roadmap on the first: written straight as a package, one tiny part per sheet. */
/** The pilot roadmap with 50,001 empty custom XML parts beside it: a package of countless tiny entries. */
async function manyParts(): Promise<Buffer> {
  return patched(await pilotBytes(), async (zip) => {
    for (let n = 1; n <= 50_001; n++) zip.file(`customXml/item${n}.xml`, '');
  });
}

async function manySheets(): Promise<Buffer> {
  return patched(await pilotBytes(), async (zip) => {
    const sheets: string[] = [];
    const rels: string[] = [];
    const types: string[] = [];
    for (let n = 2; n <= 10_000; n++) {
      zip.file(`xl/worksheets/sheet${n}.xml`, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>');
      sheets.push(`<sheet name="Лист${n}" sheetId="${n}" r:id="rIdS${n}"/>`);
      rels.push(`<Relationship Id="rIdS${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`);
      types.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    }
    await replaceIn(zip, 'xl/workbook.xml', '</sheets>', `${sheets.join('')}</sheets>`);
    await replaceIn(zip, 'xl/_rels/workbook.xml.rels', '</Relationships>', `${rels.join('')}</Relationships>`);
    await replaceIn(zip, '[Content_Types].xml', '</Types>', `${types.join('')}</Types>`);
  });
}

const BOMB_DOCTYPE =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">' +
  '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">' +
  '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">' +
  '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>';

export const CORPUS: ReadonlyArray<HostileCase & { make: () => Promise<Buffer> }> = [
  { file: 'merged-beside-table.xlsx', attack: 'a merge over the columns right of the table', exit: 0, make: mergedBesideTable },
  { file: 'unwritable-dates.xlsx', attack: 'date cells holding an error, text, a serial past 9999', exit: 0, make: unwritableDates },
  { file: 'custom-properties.xlsx', attack: 'custom document properties («Учреждение»)', exit: 0, make: customProperties },
  { file: 'macros.xlsm', attack: 'a VBA project (.xlsm)', exit: 0, copyWarnings: 1, make: macros },
  { file: 'sparklines.xlsx', attack: 'sparklines', exit: 0, make: sparklines },
  { file: 'notes.xlsx', attack: 'cell notes', exit: 0, make: notes },
  { file: 'history-notes.xlsx', attack: 'notes typed beside «История»', exit: 0, make: historyWithNotes },
  { file: 'renamed-summary.xlsx', attack: '«Мониторинг» renamed by the user', exit: 0, make: renamedSummary },
  { file: 'broken-package-rels.xlsx', attack: 'custom properties behind a package relationship part that is not XML', exit: 2, make: brokenPackageRelationships },
  { file: 'broken-drawing.xlsx', attack: 'an unreadable drawing part', exit: 0, copyWarnings: 1, make: brokenDrawing },
  { file: 'control-characters.xlsx', attack: 'terminal escape sequences in cells', exit: 0, make: controlCharacters },
  { file: 'long-text.xlsx', attack: 'a cell over 32,767 characters', exit: 0, make: longText },
  { file: 'odd-sheet-names.xlsx', attack: 'sheets «History» and a name over 31 characters', exit: 0, make: oddSheetNames },
  { file: 'formula-text.xlsx', attack: 'text that looks like formulas (= + - @)', exit: 0, make: formulaText },
  { file: 'encrypted.xlsx', attack: 'a password-protected workbook', exit: 2, make: async () => oleFile() },
  { file: 'legacy-renamed.xlsx', attack: 'an old .xls renamed to .xlsx', exit: 2, make: async () => oleFile() },
  { file: 'empty.xlsx', attack: 'an empty file', exit: 2, make: async () => Buffer.alloc(0) },
  { file: 'xxe.xlsx', attack: 'an external entity (XXE) in sharedStrings', exit: 2, make: () => withSharedStrings('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;') },
  { file: 'entity-bomb.xlsx', attack: 'an entity expansion bomb', exit: 2, make: () => withSharedStrings(BOMB_DOCTYPE, '&lol9;') },
  // 10,000 sheets (about 10,015 parts) are a workbook Excel opens: read as before, within the parts budget.
  { file: 'many-sheets.xlsx', attack: '10,000 sheets', exit: 0, checkOnly: true, make: manySheets },
  // 50,001 tiny parts more: the parts budget (src/xlsx/lean/budgets.ts) refuses it in one line, before any part is read.
  { file: 'many-parts.xlsx', attack: 'over 50,000 package parts', exit: 2, checkOnly: true, make: manyParts },
];

/** Writes every case into `dir` (created if missing); returns their paths by file name. */
export async function writeHostileCorpus(dir: string, only?: string): Promise<Map<string, string>> {
  await fs.mkdir(dir, { recursive: true });
  const written = new Map<string, string>();
  for (const entry of CORPUS) {
    if (only !== undefined && !only.split(',').includes(entry.file)) continue;
    const file = path.join(dir, entry.file);
    await fs.writeFile(file, await entry.make());
    written.set(entry.file, file);
  }
  return written;
}
