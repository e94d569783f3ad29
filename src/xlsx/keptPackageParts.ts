import JSZip from 'jszip';
import {
  CUSTOM_PROPERTIES_CONTENT,
  CUSTOM_PROPERTIES_TYPE,
  addContentTypeOverride, NS, parseXml, readPart, readXmlPart, Relationships, serializeXml, worksheetPaths,
} from './packageParts';

/**
 * What ExcelJS drops when it rewrites a workbook and the copy must still hold, put back at the package level:
 * - the custom document properties (docProps/custom.xml: the ministry's «Учреждение» that `consolidate` reads);
 * - the VBA project (xl/vbaProject.bin and its signature), with the macro-enabled content type an .xlsm needs;
 * - sparklines (a worksheet's x14:sparklineGroups extension), on the sheet of the same name.
 */

const VBA_TYPE = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';
const VBA_CONTENT = 'application/vnd.ms-office.vbaProject';
const MAIN_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const MACRO_MAIN_CONTENT = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const SPARKLINES_URI = '{05C60535-1F16-4fd2-B633-F4F36F0B64E0}';
const WORKBOOK = 'xl/workbook.xml';

/** What the input holds of the above: counted before the copy, for the warning of what a copy cannot keep. */
export interface PackageExtras {
  customProperties: boolean;
  vba: boolean;
  /** Sheets with sparklines. */
  sparklineSheets: string[];
}

async function relationshipOfType(zip: JSZip, partPath: string, type: string): Promise<{ id: string; target: string } | null> {
  const rels = await Relationships.load(zip, partPath);
  const found = rels.list().find((relationship) => relationship.type === type && !relationship.external);
  return found ? { id: found.id, target: found.target } : null;
}

function packagePathOf(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  return `${folder}${target}`.replace(/[^/]+\/\.\.\//g, '');
}

async function sparklineExtension(zip: JSZip, sheetPath: string): Promise<string | null> {
  const xml = await readPart(zip, sheetPath);
  if (xml === null || !xml.includes(SPARKLINES_URI)) return null;
  const document = parseXml(xml, sheetPath);
  const ext = Array.from(document.getElementsByTagNameNS(NS.main, 'ext')).find((element) => element.getAttribute('uri') === SPARKLINES_URI);
  if (!ext) return null;
  // Serialised alone, the element must declare the namespaces its prefixes (x14, xm, xr2…) take from the worksheet.
  for (const element of [ext, ...Array.from(ext.getElementsByTagName('*'))]) {
    const named = [element, ...Array.from(element.attributes)] as Array<{ prefix: string | null; namespaceURI: string | null }>;
    for (const { prefix, namespaceURI } of named) {
      if (prefix && prefix !== 'xmlns' && namespaceURI && !ext.hasAttribute(`xmlns:${prefix}`)) ext.setAttribute(`xmlns:${prefix}`, namespaceURI);
    }
  }
  return serializeXml(ext as unknown as Document);
}

/** What of the above the input package holds (nothing for a package that can't be read). */
export async function packageExtras(original: Buffer, skippedSheets: readonly string[] = []): Promise<PackageExtras> {
  const extras: PackageExtras = { customProperties: false, vba: false, sparklineSheets: [] };
  const zip = await JSZip.loadAsync(original).catch(() => null);
  if (zip === null) return extras;
  // No catch on the relationship parts: every command has read the workbook before, and that read rejects a broken
  // one with its path («книга повреждена…»), so an error here is a bug to see, not a part to pass over.
  extras.customProperties = (await relationshipOfType(zip, '', CUSTOM_PROPERTIES_TYPE)) !== null;
  extras.vba = (await relationshipOfType(zip, WORKBOOK, VBA_TYPE)) !== null;
  for (const [name, sheetPath] of await worksheetPaths(zip).catch(() => new Map<string, string>())) {
    if (skippedSheets.includes(name)) continue;
    if (((await readPart(zip, sheetPath)) ?? '').includes(SPARKLINES_URI)) extras.sparklineSheets.push(name);
  }
  return extras;
}

async function copyPart(source: JSZip, target: JSZip, path: string): Promise<boolean> {
  const file = source.file(path);
  if (!file) return false;
  target.file(path, await file.async('uint8array'));
  const rels = source.file(`${path.slice(0, path.lastIndexOf('/') + 1)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`);
  if (rels) {
    // A VBA project's relationships lead to its signature, in the same folder: copied with it.
    const relsXml = await rels.async('string');
    target.file(`${path.slice(0, path.lastIndexOf('/') + 1)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`, relsXml);
    for (const match of relsXml.matchAll(/Target="([^"]+)"/g)) {
      const reached = packagePathOf(path, match[1]);
      const reachedFile = source.file(reached);
      if (reachedFile) target.file(reached, await reachedFile.async('uint8array'));
    }
  }
  return true;
}

function setOverride(contentTypes: Document, partPath: string, contentType: string): void {
  const partName = `/${partPath}`;
  const existing = Array.from(contentTypes.getElementsByTagNameNS(NS.contentTypes, 'Override')).find(
    (element) => element.getAttribute('PartName') === partName,
  );
  if (existing) existing.setAttribute('ContentType', contentType);
  else addContentTypeOverride(contentTypes, partPath, contentType);
}

function copyContentTypes(sourceTypes: Document, targetTypes: Document, source: JSZip, prefix: string): void {
  for (const element of Array.from(sourceTypes.getElementsByTagNameNS(NS.contentTypes, 'Override'))) {
    const partName = element.getAttribute('PartName') ?? '';
    if (partName.startsWith(`/${prefix}`) && source.file(partName.slice(1))) setOverride(targetTypes, partName.slice(1), element.getAttribute('ContentType') ?? '');
  }
}

export interface RestoreOptions {
  /** Sheets the command wrote anew: their sparklines are not carried over. */
  rewrittenSheets: readonly string[];
  /** Keep the VBA project (an .xlsm output); false drops it, and the workbook is an ordinary .xlsx. */
  keepVba: boolean;
}

/**
 * Puts the custom properties, the VBA project (when `keepVba`) and the sparklines of `original` into `target`, the
 * package ExcelJS wrote from the same workbook. A sparkline extension that can't be read is passed over here: the
 * warning before the copy (packageExtras, unkeptParts) has named what the copy lacks. A broken relationship part
 * throws: the read before any copy has already refused such a workbook with a clear message.
 */
export async function restorePackageParts(target: JSZip, original: Buffer, { rewrittenSheets, keepVba }: RestoreOptions): Promise<void> {
  const source = await JSZip.loadAsync(original).catch(() => null);
  if (source === null) return;
  const sourceTypes = await readXmlPart(source, '[Content_Types].xml').catch(() => null);
  if (sourceTypes === null) return;
  const targetTypes = await readXmlPart(target, '[Content_Types].xml');

  const custom = await relationshipOfType(source, '', CUSTOM_PROPERTIES_TYPE);
  const customPath = custom === null ? null : packagePathOf('', custom.target);
  if (customPath !== null && !target.file(customPath) && (await copyPart(source, target, customPath))) {
    const rels = await Relationships.load(target, '');
    rels.add(CUSTOM_PROPERTIES_TYPE, customPath);
    rels.save(target);
    setOverride(targetTypes, customPath, CUSTOM_PROPERTIES_CONTENT);
  }

  const vba = keepVba ? await relationshipOfType(source, WORKBOOK, VBA_TYPE) : null;
  const vbaPath = vba === null ? null : packagePathOf(WORKBOOK, vba.target);
  if (vbaPath !== null && (await copyPart(source, target, vbaPath))) {
    const rels = await Relationships.load(target, WORKBOOK);
    rels.add(VBA_TYPE, vbaPath.slice('xl/'.length));
    rels.save(target);
    setOverride(targetTypes, vbaPath, VBA_CONTENT);
    copyContentTypes(sourceTypes, targetTypes, source, vbaPath.slice(0, vbaPath.lastIndexOf('/') + 1) + 'vbaProjectSignature');
  }
  if (keepVba) setOverride(targetTypes, WORKBOOK, MACRO_MAIN_CONTENT);
  else setOverride(targetTypes, WORKBOOK, MAIN_CONTENT);

  const sourceSheets = await worksheetPaths(source).catch(() => new Map<string, string>());
  const targetSheets = await worksheetPaths(target);
  for (const [name, sourcePath] of sourceSheets) {
    const targetPath = targetSheets.get(name);
    if (rewrittenSheets.includes(name) || targetPath === undefined) continue;
    const ext = await sparklineExtension(source, sourcePath).catch(() => null);
    const xml = ext === null ? null : await readPart(target, targetPath);
    if (ext === null || xml === null || xml.includes(SPARKLINES_URI)) continue;
    const withExt = xml.includes('</extLst>')
      ? xml.replace('</extLst>', `${ext}</extLst>`)
      : xml.replace(/<\/(\w+:)?worksheet>\s*$/, (closing) => `<extLst>${ext}</extLst>${closing}`);
    target.file(targetPath, withExt);
  }
  target.file('[Content_Types].xml', serializeXml(targetTypes));
}
