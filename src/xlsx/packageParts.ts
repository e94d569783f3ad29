import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type JSZip from 'jszip';

/**
 * Reading and editing the parts of an .xlsx package (a zip of XML parts tied together by relationship parts
 * and [Content_Types].xml), for what ExcelJS cannot write itself.
 */

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  drawingMain: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
} as const;

/** The document's custom properties part (docProps/custom.xml): its relationship type and content type. */
export const CUSTOM_PROPERTIES_TYPE = `${NS.rel}/custom-properties`;
export const CUSTOM_PROPERTIES_CONTENT = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';

export const REL_TYPE = {
  worksheet: `${NS.rel}/worksheet`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
} as const;

export const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

export class XlsxPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxPackageError';
  }
}

export function parseXml(xml: string, part: string): Document {
  let failure: string | null = null;
  const record = (message: string) => {
    failure ??= message;
  };
  const document = new DOMParser({ errorHandler: { error: record, fatalError: record } }).parseFromString(xml, 'text/xml');
  if (failure !== null || !document.documentElement) throw new XlsxPackageError(`${part}: unreadable XML (${failure ?? 'empty'})`);
  return document;
}

export function serializeXml(document: Document): string {
  return new XMLSerializer().serializeToString(document);
}

export async function readPart(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

export async function readXmlPart(zip: JSZip, path: string): Promise<Document> {
  const xml = await readPart(zip, path);
  if (xml === null) throw new XlsxPackageError(`the workbook has no part ${path}`);
  return parseXml(xml, path);
}

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to the part that holds it or absolute from the package root, as a zip path. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The path of `toPart` relative to the folder of `fromPart` (both zip paths). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** True for a target outside the package (a hyperlink, a linked file): copied as it is, never resolved. */
  external: boolean;
}

/** A part's relationships, editable, written back with `save`. */
export class Relationships {
  private constructor(
    private readonly path: string,
    private readonly document: Document,
  ) {}

  static async load(zip: JSZip, partPath: string): Promise<Relationships> {
    const path = relsPathOf(partPath);
    const xml = (await readPart(zip, path)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.packageRels}"></Relationships>`;
    return new Relationships(path, parseXml(xml, path));
  }

  list(): Relationship[] {
    return Array.from(this.document.getElementsByTagNameNS(NS.packageRels, 'Relationship')).map((element) => ({
      id: element.getAttribute('Id') ?? '',
      type: element.getAttribute('Type') ?? '',
      target: element.getAttribute('Target') ?? '',
      external: element.getAttribute('TargetMode') === 'External',
    }));
  }

  byId(id: string): Relationship | undefined {
    return this.list().find((relationship) => relationship.id === id);
  }

  /** Adds a relationship under a fresh id and returns the id. */
  add(type: string, target: string, external = false): string {
    const taken = new Set(this.list().map((relationship) => relationship.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const element = this.document.createElementNS(NS.packageRels, 'Relationship');
    element.setAttribute('Id', id);
    element.setAttribute('Type', type);
    element.setAttribute('Target', target);
    if (external) element.setAttribute('TargetMode', 'External');
    this.document.documentElement.appendChild(element);
    return id;
  }

  save(zip: JSZip): void {
    zip.file(this.path, serializeXml(this.document));
  }
}

/** Declares the content type of a new part in [Content_Types].xml. */
export function addContentTypeOverride(contentTypes: Document, partPath: string, contentType: string): void {
  const element = contentTypes.createElementNS(NS.contentTypes, 'Override');
  element.setAttribute('PartName', `/${partPath}`);
  element.setAttribute('ContentType', contentType);
  contentTypes.documentElement.appendChild(element);
}

/** The content type [Content_Types].xml gives a part: its Override, else the Default of its extension. */
export function contentTypeOf(contentTypes: Document, partPath: string): string | null {
  const partName = `/${partPath}`.toLowerCase();
  for (const element of Array.from(contentTypes.getElementsByTagNameNS(NS.contentTypes, 'Override'))) {
    if ((element.getAttribute('PartName') ?? '').toLowerCase() === partName) return element.getAttribute('ContentType');
  }
  const extension = partPath.slice(partPath.lastIndexOf('.') + 1).toLowerCase();
  for (const element of Array.from(contentTypes.getElementsByTagNameNS(NS.contentTypes, 'Default'))) {
    if ((element.getAttribute('Extension') ?? '').toLowerCase() === extension) return element.getAttribute('ContentType');
  }
  return null;
}

/** The first free name of the pattern, e.g. xl/charts/chart3.xml (or xl/media/image2.png with extension "png"). */
export function freePartPath(zip: JSZip, folder: string, stem: string, extension = 'xml'): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${stem}${n}.${extension}`;
    if (!zip.file(path)) return path;
  }
}

/** The package as .xlsx bytes, compressed as ExcelJS does. */
export function generatePackage(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Zip path of each worksheet by its name, through workbook.xml and its relationships. */
export async function worksheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbookPath = 'xl/workbook.xml';
  const workbook = await readXmlPart(zip, workbookPath);
  const rels = await Relationships.load(zip, workbookPath);
  const paths = new Map<string, string>();
  for (const sheet of Array.from(workbook.getElementsByTagNameNS(NS.main, 'sheet'))) {
    const relationship = rels.byId(sheet.getAttributeNS(NS.rel, 'id') ?? '');
    if (relationship && relationship.type === REL_TYPE.worksheet) {
      paths.set(sheet.getAttribute('name') ?? '', resolveTarget(workbookPath, relationship.target));
    }
  }
  return paths;
}
