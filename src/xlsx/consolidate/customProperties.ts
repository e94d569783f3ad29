import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

const CUSTOM_PART = 'docProps/custom.xml';

/**
 * The workbook's custom document properties (File › Properties › Custom), by name. ExcelJS does not read them,
 * so the part is read from the package — only when the package has one, which the zip's directory tells cheaply.
 */
export async function readCustomProperties(xlsx: Buffer): Promise<Record<string, string>> {
  if (!xlsx.includes(CUSTOM_PART)) return {};
  try {
    const zip = await JSZip.loadAsync(xlsx);
    const xml = await zip.file(CUSTOM_PART)?.async('string');
    if (!xml) return {};
    const document = new DOMParser({ errorHandler: { error: () => undefined, fatalError: () => undefined } }).parseFromString(xml, 'text/xml');
    const properties: Record<string, string> = {};
    for (const property of Array.from(document.getElementsByTagName('property'))) {
      const name = property.getAttribute('name');
      if (name) properties[name] = (property.textContent ?? '').trim();
    }
    return properties;
  } catch {
    // A damaged properties part only costs the institution's name from it, never the workbook.
    return {};
  }
}
