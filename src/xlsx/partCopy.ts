import type JSZip from 'jszip';
import {
  addContentTypeOverride, contentTypeOf, freePartPath, NS, parseXml, readPart, relativeTarget, relsPathOf, resolveTarget,
  serializeXml,
} from './packageParts';

/** Where the parts a drawing reaches live; a relationship leading anywhere else (a sheet, the workbook) is not followed. */
const DRAWING_FOLDERS = /^xl\/(charts|drawings|media|embeddings|theme|diagrams)\//;

/**
 * Copies parts, with everything their relationships reach (a chart's style, colours, embedded data, pictures of a
 * shape), from one .xlsx package into another under names free there, so nothing the target holds is overwritten.
 * Each source part is copied once per copier, however many anchors refer to it.
 */
export class PartCopier {
  private readonly copied = new Map<string, string | null>();

  constructor(
    private readonly source: JSZip,
    private readonly sourceContentTypes: Document,
    private readonly target: JSZip,
    private readonly targetContentTypes: Document,
  ) {}

  /** The target path of the copy of `sourcePath`, or null when the source package lacks that part (or it is no drawing's). */
  async copy(sourcePath: string): Promise<string | null> {
    const known = this.copied.get(sourcePath);
    if (known !== undefined) return known;
    const file = DRAWING_FOLDERS.test(sourcePath) ? this.source.file(sourcePath) : null;
    if (!file) {
      this.copied.set(sourcePath, null);
      return null;
    }
    const slash = sourcePath.lastIndexOf('/');
    const name = sourcePath.slice(slash + 1);
    const dot = name.lastIndexOf('.');
    const stem = (dot > 0 ? name.slice(0, dot) : name).replace(/\d+$/, '');
    const targetPath = freePartPath(this.target, sourcePath.slice(0, slash), stem, dot > 0 ? name.slice(dot + 1) : 'bin');
    this.copied.set(sourcePath, targetPath);
    this.target.file(targetPath, await file.async('uint8array'));
    const contentType = contentTypeOf(this.sourceContentTypes, sourcePath);
    if (contentType !== null) addContentTypeOverride(this.targetContentTypes, targetPath, contentType);
    await this.copyRelationships(sourcePath, targetPath);
    return targetPath;
  }

  /**
   * The part's relationships keep their ids (the part's XML refers to them); internal targets point to the copies.
   * One whose target can't be copied is dropped rather than left pointing at whatever the target package has there.
   */
  private async copyRelationships(sourcePath: string, targetPath: string): Promise<void> {
    const xml = await readPart(this.source, relsPathOf(sourcePath));
    if (xml === null) return;
    const rels = parseXml(xml, relsPathOf(sourcePath));
    for (const element of Array.from(rels.getElementsByTagNameNS(NS.packageRels, 'Relationship'))) {
      if (element.getAttribute('TargetMode') === 'External') continue;
      const copy = await this.copy(resolveTarget(sourcePath, element.getAttribute('Target') ?? ''));
      if (copy === null) element.parentNode?.removeChild(element);
      else element.setAttribute('Target', relativeTarget(targetPath, copy));
    }
    this.target.file(relsPathOf(targetPath), serializeXml(rels));
  }
}
