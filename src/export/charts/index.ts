// Adds the report's charts to a written .xlsx: exceljs cannot write charts, so the package it wrote
// gets, per sheet with charts, a drawing part and one chart part per chart, their relationships,
// the sheet's <drawing> and their content types; and the report font as the workbook's default.
import { ChartPlan } from '../../workbook/charts';
import { BODY_SIZE, REPORT_FONT } from '../../workbook/style';
import { ChartPart } from './chart-part';
import { ContentTypeOverride } from './content-types';
import { DefaultFont } from './default-font';
import { ChartAnchor, DrawingPart } from './drawing-part';
import { CONTENT_TYPE, OoxmlPackage, PartWriter, REL_TYPE, Zipper, relsPath, resolveTarget } from './package';
import { RelationshipAdd } from './relationships';
import { SheetDrawingRef } from './sheet-drawing';

const WORKBOOK = 'xl/workbook.xml';

/** Sheet name → its part, from xl/workbook.xml and its relationships. */
export function sheetParts(pkg: OoxmlPackage): Map<string, string> {
  const rels = pkg.text(relsPath(WORKBOOK));
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/\bId="([^"]+)"/.exec(m[0])?.[1], /\bTarget="([^"]+)"/.exec(m[0])?.[1]]));
  const out = new Map<string, string>();
  for (const m of pkg.text(WORKBOOK).matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const t = target.get(id);
    if (name !== undefined && t) out.set(unescapeXml(name), resolveTarget(WORKBOOK, t));
  }
  return out;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The part writers that add `charts` to the package, in the order they must run. */
export function chartWriters(pkg: OoxmlPackage, charts: readonly ChartPlan[]): PartWriter[] {
  const parts = sheetParts(pkg);
  const writers: PartWriter[] = [new DefaultFont(REPORT_FONT, BODY_SIZE)];
  const bySheet = new Map<string, ChartPlan[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  let chartNo = 0;
  let drawingNo = 0;
  for (const [sheet, plans] of bySheet) {
    const sheetPart = parts.get(sheet);
    if (!sheetPart) throw new Error(`the workbook has no sheet ${sheet} for chart "${plans[0].title}"`);
    const drawing = `xl/drawings/drawing${++drawingNo}.xml`;
    const anchors: ChartAnchor[] = [];
    for (const p of plans) {
      const chart = `xl/charts/chart${++chartNo}.xml`;
      const rel = new RelationshipAdd(drawing, REL_TYPE.chart, `../charts/chart${chartNo}.xml`);
      writers.push(new ChartPart(chart, p), rel, new ContentTypeOverride(chart, CONTENT_TYPE.chart));
      anchors.push({ from: { row: p.row, col: p.col }, to: { row: p.row + p.rows, col: p.col + p.cols }, name: p.title, relId: () => rel.id });
    }
    const sheetRel = new RelationshipAdd(sheetPart, REL_TYPE.drawing, `../drawings/drawing${drawingNo}.xml`);
    writers.push(new DrawingPart(drawing, anchors), new ContentTypeOverride(drawing, CONTENT_TYPE.drawing), sheetRel, new SheetDrawingRef(sheetPart, () => sheetRel.id));
  }
  return writers;
}

/** The package with the charts added. */
export function addCharts(bytes: Uint8Array | Readonly<Record<string, Uint8Array>>, charts: readonly ChartPlan[], zip?: Zipper): Uint8Array {
  const pkg = new OoxmlPackage(bytes);
  for (const w of chartWriters(pkg, charts)) w.write(pkg);
  return pkg.bytes(zip);
}
