import type { CellRef } from '../roadmap/a1';
import { NS, parseXml } from './packageParts';

/** SpreadsheetDrawing parts (xl/drawings/drawingN.xml): where on the sheet each chart sits. */

export function emptyDrawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.drawingMain}"></xdr:wsDr>`;
}

function marker(tag: 'from' | 'to', column: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

export interface ChartAnchor {
  /** Top-left cell and bottom-right cell the chart covers (both included). */
  from: CellRef;
  to: CellRef;
  /** Drawing-wide unique shape id. */
  shapeId: number;
  name: string;
  /** The drawing's relationship id of the chart part. */
  chartRelationshipId: string;
}

/** A chart frame spanning whole cells: markers count from 0, and the end marker is the cell after the last one covered. */
export function chartAnchorElement(anchor: ChartAnchor): Element {
  const xml =
    `<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.drawingMain}"><xdr:twoCellAnchor editAs="oneCell">` +
    marker('from', anchor.from.column - 1, anchor.from.row - 1) +
    marker('to', anchor.to.column, anchor.to.row) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${anchor.shapeId}" name="${anchor.name.replace(/[&<>"]/g, '')}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="${anchor.chartRelationshipId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  return parseXml(xml, 'chart anchor').documentElement.firstChild as Element;
}

/** The next free shape id of a drawing (ids must be unique within it, images included). */
export function nextShapeId(drawing: Document): number {
  let max = 1;
  for (const element of Array.from(drawing.getElementsByTagNameNS(NS.drawing, 'cNvPr'))) {
    max = Math.max(max, Number(element.getAttribute('id')) || 0);
  }
  return max + 1;
}

export function appendAnchor(drawing: Document, anchor: ChartAnchor): void {
  drawing.documentElement.appendChild(drawing.importNode(chartAnchorElement(anchor), true));
}

const ANCHORS = new Set(['twoCellAnchor', 'oneCellAnchor', 'absoluteAnchor']);
/** An anchor's placement children; the one other child is what it draws. */
const PLACEMENT = new Set(['from', 'to', 'pos', 'ext', 'clientData']);

export function isAnchor(element: Element): boolean {
  return element.namespaceURI === NS.drawing && ANCHORS.has(element.localName);
}

/** The top-level elements of a drawing: anchors, and anchors wrapped in mc:AlternateContent. */
export function drawingChildren(drawing: Document): Element[] {
  return Array.from(drawing.documentElement.childNodes).filter((node): node is Element => node.nodeType === 1);
}

/** What an anchor draws: xdr:pic, xdr:sp, xdr:grpSp, xdr:cxnSp, xdr:graphicFrame… (null for an empty anchor). */
export function anchoredObject(anchor: Element): Element | null {
  const children = Array.from(anchor.childNodes).filter((node): node is Element => node.nodeType === 1);
  return children.find((child) => !(child.namespaceURI === NS.drawing && PLACEMENT.has(child.localName))) ?? null;
}

/**
 * Gives the shapes of anchors moved into another drawing fresh ids from `firstId` on (ids are unique per drawing,
 * a group's members included); connectors keep pointing at the shapes they join.
 */
export function renumberShapes(anchors: readonly Element[], firstId: number): void {
  const renamed = new Map<string, string>();
  let next = firstId;
  for (const anchor of anchors) {
    for (const properties of Array.from(anchor.getElementsByTagNameNS(NS.drawing, 'cNvPr'))) {
      const id = String(next++);
      renamed.set(properties.getAttribute('id') ?? '', id);
      properties.setAttribute('id', id);
    }
  }
  for (const anchor of anchors) {
    for (const tag of ['stCxn', 'endCxn']) {
      for (const end of Array.from(anchor.getElementsByTagNameNS(NS.drawingMain, tag))) {
        const id = renamed.get(end.getAttribute('id') ?? '');
        if (id !== undefined) end.setAttribute('id', id);
      }
    }
  }
}
