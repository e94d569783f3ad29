import JSZip from 'jszip';
import { maxOf } from '../roadmap/arrays';
import { isIsoDate } from '../roadmap/dates';
import { readCustomProperties } from './consolidate/customProperties';
import { addContentTypeOverride, CUSTOM_PROPERTIES_CONTENT, CUSTOM_PROPERTIES_TYPE, contentTypeOf, generatePackage, parseXml, readPart, readXmlPart, Relationships, serializeXml } from './packageParts';

/**
 * The mark every workbook this tool writes carries, so that the tool knows its own files again: last quarter's
 * consolidated report left in the inbox is not a roadmap, and an output may replace a report the tool wrote.
 *
 * The mark is a custom document property (File › Properties › Custom) named «Roadmap Monitor», whose value says
 * what the workbook is. No user table has it; Excel, LibreOffice and R7-Office keep custom properties when a
 * person opens and saves the file again, so a report stays recognisable after someone has worked in it.
 * A second property, «Roadmap Monitor: as of», holds the report date (ISO) the tool computed the workbook for.
 */

/** What a tool-written workbook is: a consolidated report, or a copy of a roadmap (summary, snapshot, brief). */
export type ToolWorkbookKind = 'consolidated-report' | 'roadmap-copy';

export interface ToolMark {
  kind: ToolWorkbookKind;
  /** The report date (ISO YYYY-MM-DD) the workbook's figures are computed for, when known. */
  asOf?: string | null;
}

export const TOOL_PROPERTY = 'Roadmap Monitor';
export const TOOL_AS_OF_PROPERTY = 'Roadmap Monitor: as of';

const KINDS: readonly ToolWorkbookKind[] = ['consolidated-report', 'roadmap-copy'];
const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** The format id every user-defined property carries (the OLE «DocumentSummaryInformation» user-defined set). */
const USER_DEFINED_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

const EMPTY_CUSTOM_PART =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}"></Properties>`;

function setProperty(document: Document, name: string, value: string): void {
  const root = document.documentElement;
  const properties = Array.from(root.getElementsByTagNameNS(CUSTOM_NS, 'property'));
  for (const property of properties) if (property.getAttribute('name') === name) root.removeChild(property);
  const pids = Array.from(root.getElementsByTagNameNS(CUSTOM_NS, 'property')).map((property) => Number(property.getAttribute('pid')) || 1);
  const property = document.createElementNS(CUSTOM_NS, 'property');
  property.setAttribute('fmtid', USER_DEFINED_FMTID);
  property.setAttribute('pid', String(maxOf(pids, 1) + 1));
  property.setAttribute('name', name);
  const text = document.createElementNS(VT_NS, 'vt:lpwstr');
  text.appendChild(document.createTextNode(value));
  property.appendChild(text);
  root.appendChild(property);
}

/**
 * Puts the mark into an open package (see the module note), keeping any custom properties the workbook already
 * has (a copy keeps the user's «Учреждение»). Call it last, on the package about to be saved.
 */
export async function markToolPackage(zip: JSZip, mark: ToolMark): Promise<void> {
  const existing = await readPart(zip, CUSTOM_PART);
  const document = parseXml(existing ?? EMPTY_CUSTOM_PART, CUSTOM_PART);
  setProperty(document, TOOL_PROPERTY, mark.kind);
  if (mark.asOf) setProperty(document, TOOL_AS_OF_PROPERTY, mark.asOf);
  zip.file(CUSTOM_PART, serializeXml(document));

  const rels = await Relationships.load(zip, '');
  if (!rels.list().some((relationship) => relationship.type === CUSTOM_PROPERTIES_TYPE)) {
    rels.add(CUSTOM_PROPERTIES_TYPE, CUSTOM_PART);
    rels.save(zip);
  }
  const contentTypes = await readXmlPart(zip, '[Content_Types].xml');
  if (contentTypeOf(contentTypes, CUSTOM_PART) !== CUSTOM_PROPERTIES_CONTENT) {
    addContentTypeOverride(contentTypes, CUSTOM_PART, CUSTOM_PROPERTIES_CONTENT);
    zip.file('[Content_Types].xml', serializeXml(contentTypes));
  }
}

/** An .xlsx file's bytes with the mark put in (see markToolPackage). */
export async function markToolWorkbook(xlsx: Buffer, mark: ToolMark): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  await markToolPackage(zip, mark);
  return generatePackage(zip);
}

/** The mark among a workbook's custom properties (as readCustomProperties gives them), or null. */
export function toolMarkOf(customProperties: Readonly<Record<string, string>>): ToolMark | null {
  const kind = customProperties[TOOL_PROPERTY] as ToolWorkbookKind | undefined;
  if (kind === undefined || !KINDS.includes(kind)) return null;
  const asOf = customProperties[TOOL_AS_OF_PROPERTY];
  return { kind, asOf: asOf !== undefined && isIsoDate(asOf) ? asOf : null };
}

/**
 * True when the .xlsx bytes are a workbook this tool wrote — of the given kind, or of any kind when none is given.
 * Never throws: bytes that are not a readable package are not the tool's.
 */
export async function isToolWorkbook(xlsx: Buffer, kind?: ToolWorkbookKind): Promise<boolean> {
  const mark = toolMarkOf(await readCustomProperties(xlsx));
  return mark !== null && (kind === undefined || mark.kind === kind);
}
