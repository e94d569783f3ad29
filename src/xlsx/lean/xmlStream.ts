import { SaxesParser } from 'saxes';
import type { Lang } from '../../roadmap/types';
import { WorkbookReadError } from '../readError';
import type { ZipPackage } from './zipPackage';

/** What a part's reader does with its SAX events. Tag names come without their namespace prefix (`x:c` → `c`). */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Streams one part of the package through a SAX parser (saxes: no DTD, no entity expansion beyond XML's five,
 * so an entity bomb or an XXE reads as a damaged part). False when the part is missing.
 */
export async function streamXml(pkg: ZipPackage, part: string, handlers: XmlHandlers, file: string, lang?: Lang): Promise<boolean> {
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  const { text, close } = handlers;
  if (text) parser.on('text', text);
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  const damaged = (error: Error): WorkbookReadError =>
    new WorkbookReadError(file, `${lang === 'en' ? 'the workbook is damaged' : 'книга повреждена и не читается / the workbook is damaged'} (${part}: ${error.message})`);
  const found = await pkg.stream(part, (chunk) => {
    parser.write(chunk);
    if (failure) throw damaged(failure);
  });
  if (!found) return false;
  parser.close();
  if (failure) throw damaged(failure);
  return true;
}

/** A part's path from a relationship target: relative to the source part's folder, or absolute from the root. */
export function resolvePart(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = sourcePart.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** A relationship: its type, the part it points to, and its Target attribute as written. */
export interface Relationship {
  type: string;
  target: string;
  written: string;
}

/** The relationships of a part: id → target part path (external targets are left as written). */
export async function readRelationships(pkg: ZipPackage, sourcePart: string, file: string, lang?: Lang): Promise<Map<string, Relationship>> {
  const slash = sourcePart.lastIndexOf('/');
  const relsPart = `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
  const rels = new Map<string, Relationship>();
  await streamXml(
    pkg,
    relsPart,
    {
      open(name, attributes) {
        if (name !== 'Relationship' || !attributes.Id) return;
        const target = attributes.TargetMode === 'External' ? attributes.Target : resolvePart(sourcePart, attributes.Target ?? '');
        rels.set(attributes.Id, { type: attributes.Type ?? '', target, written: attributes.Target ?? '' });
      },
    },
    file,
    lang,
  );
  return rels;
}
