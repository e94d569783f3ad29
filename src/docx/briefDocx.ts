import {
  AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { BriefDocument } from '../roadmap/workingGroup';

const FONT = 'Times New Roman';
/** 14 pt, as Russian official documents are typed (docx sizes are in half-points). */
const BODY_SIZE = 28;

function text(value: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({ text: value, font: FONT, size: BODY_SIZE, ...options });
}

function countsTable(document: BriefDocument, lang: 'ru' | 'en'): Table {
  const cell = (value: string | number, bold = false): TableCell =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: typeof value === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [text(typeof value === 'number' && lang === 'ru' ? String(value).replace('.', ',') : String(value), { bold })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: document.countsHeader.map((header) => cell(header, true)) }),
      ...document.countsRows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });
}

/** The brief as a Word document (protocols and reports to the director are Word documents). */
export async function briefDocx(document: BriefDocument, lang: 'ru' | 'en' = 'ru'): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(document.title, { bold: true })] }),
    new Paragraph({ spacing: { after: 200 }, children: [text(document.reportLine)] }),
  ];
  if (document.notice) children.push(new Paragraph({ spacing: { after: 200 }, children: [text(document.notice, { italics: true })] }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(document.countsTitle, { bold: true })] }));
  children.push(countsTable(document, lang));
  document.sections.forEach((section, index) => {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 240 },
        children: [text(`${index + 1}. ${section.title} — ${section.count}`, { bold: true })],
      }),
    );
    if (section.entries.length === 0) children.push(new Paragraph({ children: [text(document.none)] }));
    for (const entry of section.entries) {
      children.push(new Paragraph({ bullet: { level: 0 }, children: [text(entry.text)] }));
      for (const sub of entry.sub) children.push(new Paragraph({ bullet: { level: 1 }, children: [text(sub)] }));
    }
  });
  const doc = new Document({
    creator: 'Roadmap Monitor',
    title: document.title,
    description: document.reportLine,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
