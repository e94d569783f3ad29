import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { readSettings, SETTINGS_KEY, type MonitorSettings } from '../host/settings';

const WEBEXTENSION_NS = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';

/**
 * The settings the add-in saved in a workbook (Office document settings), read from the .xlsx package: Office keeps them
 * in xl/webextensions/webextension*.xml as `<we:property name="roadmapMonitor" value="{JSON}"/>`. Null when the
 * workbook holds none (the add-in never saved there) or they cannot be read; unreadable fields fall back to the defaults.
 */
export async function readStoredSettings(xlsx: Buffer): Promise<MonitorSettings | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(xlsx);
  } catch {
    return null; // not a zip: the workbook reader reports that file on its own
  }
  const parts = Object.keys(zip.files).filter((name) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(name)).sort();
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    const document = new DOMParser().parseFromString(xml, 'text/xml');
    const properties = Array.from(document.getElementsByTagNameNS(WEBEXTENSION_NS, 'property'));
    const property = properties.find((element) => element.getAttribute('name') === SETTINGS_KEY);
    if (!property) continue;
    try {
      return readSettings(JSON.parse(property.getAttribute('value') ?? ''));
    } catch {
      return null; // a value that is not JSON: as if nothing were saved
    }
  }
  return null;
}
