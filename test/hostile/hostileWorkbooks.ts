/**
 * Hostile workbooks, generated (nothing big is committed): a small roadmap made hostile at the package level.
 * Each is a few KB on disk and asks the reader for gigabytes, billions of cells, or minutes.
 */
import { promises as fs } from 'fs';
import { deflateRawSync, crc32 } from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A zip entry as written: its bytes deflated, and the size its headers claim (a zip bomb lies here). */
interface RawEntry {
  name: string;
  deflated: Buffer;
  declaredSize: number;
  crc: number;
}

/** Writes a zip by hand (local headers, central directory, end record): the only way to make one lie. */
function writeZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function honest(name: string, content: Buffer | string): RawEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, deflated: deflateRawSync(data), declaredSize: data.length, crc: crc32(data) };
}

/** A small roadmap as a user keeps it: a header and three items, one overdue on 2021-09-01. */
export function smallRoadmap(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('План');
  sheet.addRow(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат']);
  sheet.addRow(['1', 'Совещание рабочей группы', '31.07.2021', 'Директор', 'Протокол']);
  sheet.addRow(['2', 'Обучение специалистов', '15.12.2021', 'Отдел кадров', 'Сертификаты']);
  sheet.addRow(['3', 'Итоговый отчёт', '31.12.2021', 'Директор', 'Отчёт']);
  return workbook;
}

/** The parts of a workbook, with one changed by `edits` (part name → new text) and `extra` parts added. */
async function rebuild(workbook: ExcelJS.Workbook, edits: Record<string, (xml: string) => string>, extra: RawEntry[] = []): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const entries: RawEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    let content: Buffer = await file.async('nodebuffer');
    const edit = edits[file.name];
    if (edit) content = Buffer.from(edit(content.toString('utf8')), 'utf8');
    entries.push(honest(file.name, content));
  }
  return writeZip([...entries, ...extra]);
}

const SHEET = 'xl/worksheets/sheet1.xml';
const beforeEnd = (xml: string, element: string): string => xml.replace(/<pageMargins/, `${element}<pageMargins`);

/** Zeros deflated, `megabytes` MB of them: about 1 KB per MB. */
function deflatedZeros(megabytes: number): { deflated: Buffer; crc: number } {
  const zeros = Buffer.alloc(megabytes * 1024 * 1024);
  return { deflated: deflateRawSync(zeros, { level: 9 }), crc: crc32(zeros) };
}

export const hostile = {
  /** One merge over the whole sheet: A1:XFD1048576, 17 billion cells. */
  wholeSheetMerge: (): Promise<Buffer> =>
    rebuild(smallRoadmap(), { [SHEET]: (xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A10:XFD1048576"/></mergeCells>') }),
  /** A drop-down over the whole sheet. */
  wholeSheetValidation: (): Promise<Buffer> =>
    rebuild(smallRoadmap(), {
      [SHEET]: (xml) => beforeEnd(xml, '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Да,Нет"</formula1></dataValidation></dataValidations>'),
    }),
  /** A whole-column drop-down, as people set «Статус» up: allowed. */
  wholeColumnValidation: (): Promise<Buffer> =>
    rebuild(smallRoadmap(), {
      [SHEET]: (xml) => beforeEnd(xml, '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="F1:F1048576"><formula1>"Выполнено,В работе"</formula1></dataValidation></dataValidations>'),
    }),
  /** One cell with a value in the sheet's far corner, XFD1048576, and a <dimension> claiming the whole sheet. */
  farCornerCell: (): Promise<Buffer> =>
    rebuild(smallRoadmap(), {
      [SHEET]: (xml) =>
        xml
          .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
          .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>угол</t></is></c></row></sheetData>'),
    }),
  /** A cell beyond Excel's last column. */
  beyondTheGrid: (): Promise<Buffer> =>
    rebuild(smallRoadmap(), { [SHEET]: (xml) => xml.replace('</sheetData>', '<row r="9"><c r="XFE9" t="inlineStr"><is><t>за краем</t></is></c></row></sheetData>') }),
  /** More cells than the budget: `count` empty styled cells under the table. */
  manyCells: (count: number): Promise<Buffer> =>
    rebuild(smallRoadmap(), {
      [SHEET]: (xml) => {
        const rows: string[] = [];
        const perRow = 16;
        for (let index = 0; index < count; index += perRow) {
          const r = 10 + index / perRow;
          const cells: string[] = [];
          for (let c = 0; c < perRow && index + c < count; c++) cells.push(`<c r="${String.fromCharCode(65 + c)}${r}" s="0"/>`);
          rows.push(`<row r="${r}">${cells.join('')}</row>`);
        }
        return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
      },
    }),
  /** A picture whose directory entry says 1 KB, and which inflates to `megabytes` MB (the zip bomb lies). */
  lyingPicture: async (megabytes: number): Promise<Buffer> => {
    const { deflated, crc } = deflatedZeros(megabytes);
    return rebuild(smallRoadmap(), {}, [{ name: 'xl/media/image1.png', deflated, declaredSize: 1024, crc }]);
  },
  /** A picture whose directory entry declares `megabytes` MB: refused on the declaration, before inflating. */
  hugePicture: async (megabytes: number): Promise<Buffer> => {
    const { deflated, crc } = deflatedZeros(1);
    return rebuild(smallRoadmap(), {}, [{ name: 'xl/media/image1.png', deflated, declaredSize: megabytes * 1024 * 1024, crc }]);
  },
};

/** A file of `megabytes` MB that takes no disk: a sparse file (its bytes read as zeros). */
export async function sparseFile(file: string, megabytes: number): Promise<void> {
  const handle = await fs.open(file, 'w');
  await handle.truncate(megabytes * 1024 * 1024);
  await handle.close();
}
