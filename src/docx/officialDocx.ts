import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun,
  WidthType, type IBorderOptions,
} from 'docx';
import { appendAll } from '../roadmap/arrays';
import type { DocumentBlock, OfficialDocument, Signature } from '../roadmap/workingGroup/officialDocuments';

/**
 * An official document as a Word file, in the form ГОСТ Р 7.0.97-2016 sets for Russian organisations' documents:
 * Times New Roman 14 pt, black, single spacing, first lines indented 1.25 cm, text justified; A4 with margins of
 * 30 mm left, 15 mm right, 20 mm top and bottom (the standard's minimums are 20, 10, 20, 20); page numbers centred in
 * the top margin from the second page on; tables in 12 pt. No coloured heading styles: headings are bold body text.
 */

const FONT = 'Times New Roman';
const BLACK = '000000';
/** docx sizes are half-points. */
const BODY = 28;
const TABLE = 24;
const MM = 56.7; // twips per millimetre
const INDENT = Math.round(12.5 * MM);
const A4 = { short: Math.round(210 * MM), long: Math.round(297 * MM) };
const MARGIN = { left: Math.round(30 * MM), right: Math.round(15 * MM), top: Math.round(20 * MM), bottom: Math.round(20 * MM) };


function run(text: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, font: FONT, size: options.size ?? BODY, color: BLACK, bold: options.bold });
}

/** A cell's lines as separate runs with breaks, so «\n» in a cell stays a line break in Word. */
function runs(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, index) => new TextRun({ text: line, font: FONT, size: options.size ?? BODY, color: BLACK, bold: options.bold, break: index > 0 ? 1 : 0 }));
}

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** `textWidth`: the page's width between the margins, twips. */
function table(block: Extract<DocumentBlock, { kind: 'table' }>, textWidth: number): Table {
  const widths = block.widths.map((percent) => Math.round((textWidth * percent) / 100));
  const cell = (text: string, column: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : block.numeric?.[column] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: runs(text, { size: TABLE, bold: header }),
        }),
      ],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((text, column) => cell(text, column, true)) }),
      // Long rows may run onto the next page: a row kept whole would leave the rest of a page empty.
      ...block.rows.map((row) => new TableRow({ children: row.map((text, column) => cell(text, column, false)) })),
    ],
  });
}

function blockParts(block: DocumentBlock, textWidth: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, alignment: AlignmentType.LEFT, children: [run(block.text, { bold: true })] })];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, children: runs(block.text) })];
    case 'point':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: INDENT * (block.level + 1), hanging: INDENT / 2 + (block.marker.length > 2 ? INDENT / 2 : 0) },
          children: [run(`${block.marker}\t`), ...runs(block.text)],
          tabStops: [{ type: 'left', position: INDENT * (block.level + 1) }],
        }),
      ];
    case 'decision':
      return [new Paragraph({ spacing: { before: 60, after: 120 }, indent: { firstLine: INDENT }, children: [run(`${block.label} `), run(block.line)] })];
    case 'table':
      return [table(block, textWidth), new Paragraph({ children: [] })];
  }
}

/** «Председатель рабочей группы   ________   И.О. Фамилия»: a borderless table, name right-aligned. */
function signatures(list: readonly Signature[], textWidth: number): Table {
  const widths = [Math.round(textWidth * 0.5), Math.round(textWidth * 0.22), textWidth - Math.round(textWidth * 0.5) - Math.round(textWidth * 0.22)];
  const cell = (text: string, column: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): TableCell =>
    new TableCell({ width: { size: widths[column], type: WidthType.DXA }, verticalAlign: 'bottom', children: [new Paragraph({ alignment, children: [run(text)] })] });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: list.map(
      (signature) =>
        new TableRow({
          cantSplit: true,
          height: { value: 700, rule: 'atLeast' },
          children: [cell(signature.position, 0, AlignmentType.LEFT), cell('____________', 1, AlignmentType.CENTER), cell(signature.name, 2, AlignmentType.RIGHT)],
        }),
    ),
  });
}

/** The document as a .docx file's bytes (Node) — see officialDocxBlob for the task pane. */
export function officialWordDocument(document: OfficialDocument): Document {
  // docx takes a landscape page's size as portrait and turns it itself.
  const page = { width: A4.short, height: A4.long, orientation: document.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT };
  const textWidth = (document.landscape ? A4.long : A4.short) - MARGIN.left - MARGIN.right;
  const children: (Paragraph | Table)[] = [];
  if (document.draftMark) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(document.draftMark, { bold: true })] }));
  children.push(
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [run(document.kind, { bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(document.about, { bold: true })] }),
    new Paragraph({ spacing: { before: 240, after: 240 }, children: [run(document.dateLine)] }),
  );
  for (const block of document.blocks) appendAll(children, blockParts(block, textWidth));
  children.push(new Paragraph({ spacing: { before: 480 }, keepNext: true, children: [] }), signatures(document.signatures, textWidth));
  return new Document({
    creator: 'Roadmap Monitor',
    title: document.title,
    styles: { default: { document: { run: { font: FONT, size: BODY, color: BLACK }, paragraph: { spacing: { line: 240 } } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: page, margin: MARGIN } },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY, color: BLACK })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
}

/** The document as a .docx file's bytes, for the command line. */
export async function officialDocx(document: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(officialWordDocument(document));
}

/** The document as a Blob, for the task pane to offer as a download (an add-in cannot write files). */
export async function officialDocxBlob(document: OfficialDocument): Promise<Blob> {
  return Packer.toBlob(officialWordDocument(document));
}
