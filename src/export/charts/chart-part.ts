// xl/charts/chartN.xml: one single-series chart (ECMA-376 Part 1, 21.2.2.27 chartSpace). The series
// points at the sheet's cells (c:strRef / c:numRef) and caches their values (c:strCache /
// c:numCache) so a viewer that does not recalculate shows them. Element order follows the schema's
// sequences: CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart / CT_LineChart, CT_BarSer /
// CT_LineSer, CT_CatAx, CT_ValAx.
import { ChartPlan } from '../../workbook/charts';
import { DATA_BAR, REPORT_FONT } from '../../workbook/style';
import { OoxmlPackage, PartWriter, esc } from './package';

const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CAT_AX = 500001;
const VAL_AX = 500002;
/** The bar and line colour: the data bars' blue, so a chart and its table read alike. */
export const CHART_COLOUR = DATA_BAR.replace('#', '').toUpperCase();

/** "月度考核", "E8:E12" → "'月度考核'!$E$8:$E$12". */
export function sheetRef(sheet: string, range: string): string {
  const abs = range.split(':').map((c) => c.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')).join(':');
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

const fonts = `<a:latin typeface="${esc(REPORT_FONT.name)}"/><a:ea typeface="${esc(REPORT_FONT.name)}"/>`;
const text = (size: number, bold = false) => `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">${fonts}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
const num = (v: number) => (Number.isFinite(v) ? String(v) : '0');

export function chartXml(p: ChartPlan): string {
  const n = p.categoryValues.length;
  const strPts = p.categoryValues.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('');
  const numPts = p.numbers.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>`)).join('');
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1">${fonts}</a:defRPr></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1">${fonts}</a:rPr><a:t>${esc(p.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const fill = `<a:solidFill><a:srgbClr val="${CHART_COLOUR}"/></a:solidFill>`;
  const line = p.type === 'line';
  const spPr = line ? `<c:spPr><a:ln w="28575">${fill}</a:ln></c:spPr>` : `<c:spPr>${fill}</c:spPr>`;
  // Values on the bars where there are few of them; a month of days would crowd them.
  const labels = n <= 12 ? `<c:dLbls><c:numFmt formatCode="${esc(p.rate ? '0%' : p.format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(9)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` : '';
  const ser = [
    '<c:ser><c:idx val="0"/><c:order val="0"/>',
    `<c:tx><c:strRef><c:f>${esc(sheetRef(p.sheet, p.seriesCell))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(p.seriesName)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`,
    spPr,
    line ? `<c:marker><c:symbol val="circle"/><c:size val="4"/><c:spPr>${fill}</c:spPr></c:marker>` : '<c:invertIfNegative val="0"/>',
    labels,
    `<c:cat><c:strRef><c:f>${esc(sheetRef(p.sheet, p.categories))}</c:f><c:strCache><c:ptCount val="${n}"/>${strPts}</c:strCache></c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${esc(sheetRef(p.sheet, p.values))}</c:f><c:numCache><c:formatCode>${esc(p.format)}</c:formatCode><c:ptCount val="${n}"/>${numPts}</c:numCache></c:numRef></c:val>`,
    line ? '<c:smooth val="0"/>' : '',
    '</c:ser>',
  ].join('');
  const axes = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:marker val="1"/>${axes}</c:lineChart>`
    : `<c:barChart><c:barDir val="${p.type === 'barClustered' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}<c:gapWidth val="60"/>${axes}</c:barChart>`;
  const horizontal = p.type === 'barClustered';
  const scaling = p.rate ? '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>' : '<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>';
  const catAx = `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(9)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="${VAL_AX}"/>${scaling}<c:delete val="0"/><c:axPos val="${horizontal ? 't' : 'l'}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${esc(p.rate ? '0%' : '0')}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(9)}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${text(10)}</c:chartSpace>`;
}

export class ChartPart implements PartWriter {
  constructor(readonly path: string, private readonly plan: ChartPlan) {}

  write(pkg: OoxmlPackage): void {
    pkg.set(this.path, chartXml(this.plan));
  }
}
