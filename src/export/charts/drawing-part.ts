// xl/drawings/drawingN.xml: where each chart of a sheet sits (ECMA-376 Part 1, 20.5.2.33 wsDr), a
// two-cell anchor that moves with its cells but keeps its size, and a graphic frame naming the
// chart part by relationship id.
import { OoxmlPackage, PartWriter, esc } from './package';

export interface ChartAnchor {
  /** 0-based top-left cell and the cell just past the bottom-right corner. */
  from: { row: number; col: number };
  to: { row: number; col: number };
  name: string;
  relId: () => string;
}

const NS = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const cell = (tag: string, c: { row: number; col: number }) => `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const frames = anchors.map((a, i) => [
    '<xdr:twoCellAnchor editAs="oneCell">',
    cell('from', a.from),
    cell('to', a.to),
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(a.name)}" descr="${esc(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${a.relId()}"/></a:graphicData></a:graphic>`,
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
  ].join(''));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>${frames.join('')}</xdr:wsDr>`;
}

export class DrawingPart implements PartWriter {
  constructor(readonly path: string, private readonly anchors: readonly ChartAnchor[]) {}

  write(pkg: OoxmlPackage): void {
    pkg.set(this.path, drawingXml(this.anchors));
  }
}
