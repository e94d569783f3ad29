/**
 * The working group's Word documents (issue 14 item 1; seed 000 §4.6–4.7): the brief, the list of disagreements and
 * the draft protocol, in the form of ГОСТ Р 7.0.97-2016, from the command line.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import { roadmapInProcess } from '../cli/inProcess';
import { pilotWithStatus, setCell } from './helpers';
import { pilotWorkbook, saveWorkbook, tempDir } from './workbooks';

const roadmap = roadmapInProcess;

async function documentXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(await fs.readFile(file))).file('word/document.xml')!.async('string');
}
const textOf = (xml: string): string => xml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');

/** The add-in's settings as Office keeps them in the package (xl/webextensions/webextension1.xml). */
async function withStoredSettings(file: string, settings: object): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const value = JSON.stringify(settings).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  zip.file(
    'xl/webextensions/webextension1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6B0C3C1A-0000-4000-8000-000000000001}"><we:reference id="roadmap-monitor" version="1.0.0.0" store="developer" storeType="uploadfiledevcatalog"/><we:alternateReferences/><we:properties><we:property name="roadmapMonitor" value="${value}"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

let dir: string;
let plan: string;

beforeAll(async () => {
  dir = await tempDir();
  const rows = pilotWithStatus();
  rows[3].push('Комментарий');
  setCell(rows, '1.1', 'status', 'Выполнено (протокол от 05.08.2021 № 2)');
  setCell(rows, '1.2', 'status', 'Выполнено (приказ от 12.08.2021 № 45)');
  setCell(rows, '2.1.5', 'status', 'Разногласия: ЦЗН предлагает утвердить перечень приказом директора');
  const row = rows.find((cells) => cells[0] === '2.1.5')!;
  row[7] = 'ФЦК: перечень согласует рабочая группа';
  plan = await saveWorkbook(pilotWorkbook(rows), path.join(dir, 'plan.xlsx'));
});

describe('the form of an official document', () => {
  it('is Times New Roman 14 pt, black, with page numbers from the second page, and no coloured heading styles', async () => {
    const docx = path.join(dir, 'brief.docx');
    expect((await roadmap('brief', plan, '--today', '2021-09-20', '--docx', docx)).status).toBe(0);
    const zip = await JSZip.loadAsync(await fs.readFile(docx));
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<w:color w:val="000000"\/>.*<w:sz w:val="28"\/>/s);
    const xml = await documentXml(docx);
    expect(xml).not.toMatch(/w:pStyle w:val="(Heading|Title)/);
    expect(xml).toContain('<w:titlePg/>');
    const headers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    expect(headers.some((header) => /PAGE/.test(header))).toBe(true);
    const text = textOf(xml);
    expect(text).toContain('СПРАВКА');
    expect(text).toContain('20.09.2021');
    // Every activity in full: the end of 2.1.2's 390-character wording, which the text output used to cut at 110.
    expect(text).toContain('· Выявление наиболее значимых ценностей и формирование краткого перечня основных ценностей сотрудников СЗН нового типа (short list)»');
    expect(text).not.toContain('…');
    expect(text).toContain('в т. ч. исполнено с нарушением срока');
    // No chair's name anywhere: a line to sign and to write the name by hand.
    expect(text).toContain('Председатель рабочей группы____________________________');
  });
});

describe('roadmap disagreements', () => {
  it('lists the items marked «Разногласия» with the positions, a column for the director, on a landscape page', async () => {
    const docx = path.join(dir, 'disagreements.docx');
    const before = createHash('sha256').update(await fs.readFile(plan)).digest('hex');
    const run = await roadmap('disagreements', plan, '--today', '2021-09-20', '--docx', docx, '--chair', 'И.И. Петрова');
    expect(run.status).toBe(0);
    expect(run.err).toContain(`Лист разногласий в Word: ${docx}`);
    expect(run.out).toContain('ЛИСТ РАЗНОГЛАСИЙ');
    expect(createHash('sha256').update(await fs.readFile(plan)).digest('hex')).toBe(before);
    const xml = await documentXml(docx);
    expect(xml).toContain('w:orient="landscape"');
    const text = textOf(xml);
    expect(text).toContain('Решение директора');
    expect(text).toContain('2.1.5');
    expect(text).toContain('ЦЗН предлагает утвердить перечень приказом директора');
    expect(text).toContain('ФЦК: перечень согласует рабочая группа');
    expect(text).not.toContain('2.1.3');
    expect(text).toContain('Председатель рабочей группы____________И.И. Петрова');
  });

  it('says so when there are none, and speaks English with --lang en', async () => {
    const none = await saveWorkbook(pilotWorkbook(), path.join(dir, 'none.xlsx'));
    expect((await roadmap('disagreements', none, '--today', '2021-09-20')).out).toContain('Мероприятий со статусом «Разногласия» нет.');
    const en = await roadmap('disagreements', plan, '--today', '2021-09-20', '--lang', 'en');
    expect(en.out).toContain('LIST OF DISAGREEMENTS');
    expect(en.out).toContain('Chair of the working group');
  });

  it('refuses to write over its input, and fails on a file it cannot read, with exit 2', async () => {
    const over = await roadmap('disagreements', plan, '--docx', plan);
    expect(over.status).toBe(2);
    expect(over.err).toMatch(/^roadmap: .*это исходный файл .*исходные файлы не изменяются/);
    expect((await roadmap('protocol', path.join(dir, 'missing.xlsx'), '--docx', path.join(dir, 'p.docx'))).status).toBe(2);
  });
});

describe('roadmap protocol', () => {
  it('drafts the agenda and each decision to take with a line for it', async () => {
    const docx = path.join(dir, 'protocol.docx');
    const run = await roadmap('protocol', plan, '--today', '2021-09-20', '--next-meeting', '2021-09-30', '--docx', docx);
    expect(run.status).toBe(0);
    const text = run.out;
    expect(text).toMatch(/^ПРОЕКТ\nПРОТОКОЛ\nзаседания рабочей группы\n/);
    expect(text).toContain('ПОВЕСТКА ДНЯ\n1. О ходе реализации плана мероприятий по состоянию на 20.09.2021.\n2. Об одобрении результатов исполнения мероприятий.\n3. О достижении контрольных точек плана.\n4. О разногласиях, передаваемых на рассмотрение директора.');
    expect(text).toContain('2.1. Одобрить результат исполнения мероприятия п. 1.1 «Организация и проведение установочного вебинара о пилотной апробации элементов системы управления клиентским опытом»: видеозапись установочного вебинара.');
    expect(text).toContain('3.1. Признать достигнутой контрольную точку 31.08.2021 («первое совещание») мероприятия п. 2.1.6');
    expect(text).toContain('4.1. Передать разногласия по мероприятию п. 2.1.5');
    // One line for the decision under each of the 5 decisions, one «СЛУШАЛИ» per question.
    expect(text.match(/^Решение: _+$/gm)).toHaveLength(5);
    expect(text.match(/^СЛУШАЛИ: _+$/gm)).toHaveLength(4);
    expect(textOf(await documentXml(docx))).toContain('Секретарь рабочей группы');
  });

  it('puts deadline moves to the group when a snapshot shows them', async () => {
    const snapshot = path.join(dir, 'snap.xlsx');
    expect((await roadmap('snapshot', plan, '-o', snapshot, '--today', '2021-08-20')).status).toBe(0);
    const moved = pilotWithStatus();
    setCell(moved, '1.8', 'deadline', 'до 15.12.2021 г.');
    // Rewrite the roadmap in the snapshotted copy, as a person editing it would.
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(snapshot);
    const sheet = workbook.getWorksheet('Программа')!;
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value ?? '').trim() === '1.8') row.getCell(3).value = 'до 15.12.2021 г.';
    });
    const edited = await saveWorkbook(workbook, path.join(dir, 'moved.xlsx'));
    const run = await roadmap('protocol', edited, '--today', '2021-09-20');
    expect(run.out).toContain('Об одобрении переноса сроков мероприятий.');
    expect(run.out).toMatch(/Одобрить перенос срока мероприятия п\. 1\.8 «[^»]+» с 01\.11\.2021 на 15\.12\.2021 \(на 44 дня позже\)\./);
  });

  it('signs with the chair saved in the workbook’s settings, unless --chair names another', async () => {
    const stored = path.join(dir, 'stored.xlsx');
    await fs.copyFile(plan, stored);
    await withStoredSettings(stored, { reportDate: '2021-09-20', dueSoonDays: 14, periodEnd: null, chair: 'А.Б. Смирнова' });
    expect((await roadmap('protocol', stored)).out).toMatch(/Председатель рабочей группы +_+ +А\.Б\. Смирнова/);
    expect((await roadmap('protocol', stored, '--chair', 'В.Г. Орлов')).out).toMatch(/Председатель рабочей группы +_+ +В\.Г\. Орлов/);
  });
});
