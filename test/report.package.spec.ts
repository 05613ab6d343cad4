// The exported appraisal workbook as a package (ECMA-376 Part 2, OPC): whichever writer made it
// (the CLI's streaming writer, the pane's document model), every relationship resolves, every part
// has a content type, every XML part parses, and each chart names the sheet ranges whose cells
// hold the values it caches. Plus the print set-up and looks a manager's printout depends on.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { appraisalWorkbookBytes } from '../src/export/appraisal-workbook';
import { appraisalBytes } from '../src/cli/report';
import { REPORT_SHEETS } from '../src/core/report/sheets';
import { ReportModel } from '../src/core/report/model';
import { demoAppraisalModel } from './helpers/appraisal';

type Parts = Record<string, string>;
const arrayBuffer = (u: Uint8Array): ArrayBuffer => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['Relationship', 'Override', 'Default', 'c:pt', 'sheet', 'xdr:twoCellAnchor', 'font'].includes(name) });
type Node = Record<string, unknown>;
const at = (n: unknown, ...path: string[]): Node => path.reduce((x, k) => (x as Node)?.[k] as Node, n as Node);

const relsOf = (part: string) => part.replace(/([^/]*)$/, '_rels/$1.rels');
function resolve(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = part.split('/').slice(0, -1);
  for (const s of target.split('/')) if (s === '..') out.pop(); else if (s !== '.') out.push(s);
  return out.join('/');
}
function rels(parts: Parts, part: string): { id: string; type: string; target: string; external: boolean }[] {
  const xml = parts[relsOf(part)];
  if (!xml) return [];
  return ((at(parser.parse(xml), 'Relationships').Relationship as Node[]) ?? []).map((r) => ({ id: String(r['@_Id']), type: String(r['@_Type']), target: String(r['@_Target']), external: r['@_TargetMode'] === 'External' }));
}

/** "'月度考核'!$A$8:$A$12" → sheet and the A1 cells of the range, row by row. */
function cellsOf(ref: string): { sheet: string; cells: string[] } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not an absolute sheet range: ${ref}`);
  const [c0, r0, c1, r1] = [m[2], Number(m[3]), m[4] ?? m[2], Number(m[5] ?? m[3])];
  if (c0 !== c1) throw new Error(`a series range is one column: ${ref}`);
  return { sheet: m[1].replace(/''/g, "'"), cells: Array.from({ length: r1 - r0 + 1 }, (_, i) => `${c0}${r0 + i}`) };
}

const WRITERS: [string, (m: ReportModel) => Promise<Uint8Array>][] = [
  ['streaming writer (CLI)', appraisalBytes],
  ['document model (task pane)', appraisalWorkbookBytes],
];

describe.each(WRITERS)('%s', (_name, write) => {
  let parts: Parts;
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await write(demoAppraisalModel('2026-10'));
    parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(arrayBuffer(bytes));
  });

  test('every XML part is well-formed', () => {
    for (const [name, xml] of Object.entries(parts)) expect([name, XMLValidator.validate(xml)]).toEqual([name, true]);
  });

  test('every relationship target is a part of the package (OPC 9.3)', () => {
    const missing: string[] = [];
    for (const relsPart of Object.keys(parts).filter((p) => p.endsWith('.rels'))) {
      const source = relsPart.replace(/_rels\/([^/]*)\.rels$/, '$1');
      for (const r of rels(parts, source)) if (!r.external && !(resolve(source, r.target) in parts)) missing.push(`${relsPart}: ${r.target}`);
    }
    expect(missing).toEqual([]);
  });

  test('every part has a content type, every override names a part (OPC 10.1.2)', () => {
    const types = at(parser.parse(parts['[Content_Types].xml']), 'Types');
    const defaults = new Set((types.Default as Node[]).map((d) => String(d['@_Extension']).toLowerCase()));
    const overrides = new Map((types.Override as Node[]).map((o) => [String(o['@_PartName']).slice(1), String(o['@_ContentType'])]));
    const untyped = Object.keys(parts).filter((p) => p !== '[Content_Types].xml' && !overrides.has(p) && !defaults.has(p.split('.').pop()!.toLowerCase()));
    expect(untyped).toEqual([]);
    expect([...overrides.keys()].filter((p) => !(p in parts))).toEqual([]);
    for (const p of Object.keys(parts).filter((x) => /^xl\/charts\/chart\d+\.xml$/.test(x))) expect(overrides.get(p)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    for (const p of Object.keys(parts).filter((x) => /^xl\/drawings\/drawing\d+\.xml$/.test(x))) expect(overrides.get(p)).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
  });

  test('three charts, each on its sheet, each series pointing at that sheet\'s cells whose values it caches', () => {
    const sheets = new Map((at(parser.parse(parts['xl/workbook.xml']), 'workbook', 'sheets').sheet as Node[]).map((s) => [String(s['@_name']), String(s['@_r:id'])]));
    const wbRels = rels(parts, 'xl/workbook.xml');
    const found: { sheet: string; title: string }[] = [];
    for (const [sheetName, rid] of sheets) {
      const sheetPart = resolve('xl/workbook.xml', wbRels.find((r) => r.id === rid)!.target);
      const drawingRel = rels(parts, sheetPart).find((r) => r.type.endsWith('/drawing'));
      const drawingRef = /<drawing r:id="([^"]+)"\/>/.exec(parts[sheetPart]);
      expect(Boolean(drawingRel)).toBe(Boolean(drawingRef));
      if (!drawingRel || !drawingRef) continue;
      expect(drawingRef[1]).toBe(drawingRel.id);
      const drawingPart = resolve(sheetPart, drawingRel.target);
      const anchors = at(parser.parse(parts[drawingPart]), 'xdr:wsDr')['xdr:twoCellAnchor'] as Node[];
      for (const a of anchors) {
        const rid2 = String(at(a, 'xdr:graphicFrame', 'a:graphic', 'a:graphicData', 'c:chart')['@_r:id']);
        const chartPart = resolve(drawingPart, rels(parts, drawingPart).find((r) => r.id === rid2)!.target);
        const chart = at(parser.parse(parts[chartPart]), 'c:chartSpace', 'c:chart');
        const title = (at(chart, 'c:title', 'c:tx', 'c:rich', 'a:p', 'a:r') as Node)['a:t'] as string;
        const plot = at(chart, 'c:plotArea');
        const kind = ['c:barChart', 'c:lineChart'].find((k) => plot[k]) as string;
        const ser = at(plot, kind, 'c:ser');
        const ws = wb.getWorksheet(sheetName)!;
        const check = (ref: Node, cache: string) => {
          const { sheet, cells } = cellsOf(String(ref['c:f']));
          expect(sheet).toBe(sheetName);
          const pts = new Map(((at(ref, cache)['c:pt'] as Node[]) ?? []).map((p) => [Number(p['@_idx']), p['c:v']]));
          expect(Number(at(ref, cache, 'c:ptCount')['@_val'])).toBe(cells.length);
          cells.forEach((c, i) => {
            const v = ws.getCell(c).value;
            if (cache === 'c:numCache') expect(pts.has(i) ? Number(pts.get(i)) : null).toBe(typeof v === 'number' ? v : null);
            else expect(String(pts.get(i))).toBe(String(v));
          });
          return cells;
        };
        check(at(ser, 'c:tx', 'c:strRef'), 'c:strCache');
        const cats = check(at(ser, 'c:cat', 'c:strRef'), 'c:strCache');
        const vals = check(at(ser, 'c:val', 'c:numRef'), 'c:numCache');
        expect(cats.length).toBeGreaterThan(1);
        expect(vals.map((c) => c.replace(/[A-Z]+/, ''))).toEqual(cats.map((c) => c.replace(/[A-Z]+/, '')));
        // The axes the series names exist (CT_PlotArea: each chart's axId pair is a catAx and a valAx).
        const axIds = (at(plot, kind)['c:axId'] as Node[]).map((x) => String(x['@_val']));
        expect([String(at(plot, 'c:catAx', 'c:axId')['@_val']), String(at(plot, 'c:valAx', 'c:axId')['@_val'])]).toEqual(axIds);
        found.push({ sheet: sheetName, title });
      }
    }
    expect(found).toEqual([
      { sheet: REPORT_SHEETS.stats, title: '每日投诉量 Complaints per day' },
      { sheet: REPORT_SHEETS.appraisal, title: '各部门及时率 On-time rate per department' },
      { sheet: REPORT_SHEETS.satisfaction, title: '各维度满意率 CSAT per survey dimension' },
    ]);
  });

  test('the on-time chart reads the department block\'s 及时率 column', () => {
    const ws = wb.getWorksheet(REPORT_SHEETS.appraisal)!;
    const chart = Object.entries(parts).find(([k, v]) => k.startsWith('xl/charts/') && v.includes('On-time rate per department'))![1];
    const valRef = /<c:val><c:numRef><c:f>([^<]+)<\/c:f>/.exec(chart)![1].replace(/&apos;/g, "'");
    const { cells } = cellsOf(valRef);
    const headerRow = Number(cells[0].replace(/[A-Z]+/, '')) - 2;
    expect(ws.getCell(`${cells[0].replace(/\d+/, '')}${headerRow}`).value).toBe('及时率');
    expect(ws.getCell(`A${headerRow - 2}`).value).toBe('部门考核 Appraisal by department');
  });

  test('the <drawing> is a child of <worksheet> where CT_Worksheet\'s sequence puts it (after headerFooter, before extLst)', () => {
    const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false });
    for (const p of Object.keys(parts).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x) && parts[x].includes('<drawing '))) {
      const root = (ordered.parse(parts[p]) as Node[]).find((n) => 'worksheet' in n)!;
      const children = (root.worksheet as Node[]).map((n) => Object.keys(n).find((k) => k !== ':@')!);
      const i = children.indexOf('drawing');
      expect(i).toBeGreaterThan(children.indexOf('headerFooter'));
      expect(i).toBeGreaterThan(children.lastIndexOf('conditionalFormatting'));
      if (children.includes('extLst')) expect(i).toBeLessThan(children.indexOf('extLst'));
    }
  });

  test('one CJK sans-serif font: the default font and every written cell are 等线 (family swiss, charset GB2312)', () => {
    const fonts = at(parser.parse(parts['xl/styles.xml']), 'styleSheet', 'fonts').font as Node[];
    expect(at(fonts[0], 'name')['@_val']).toBe('等线');
    expect(at(fonts[0], 'family')['@_val']).toBe('2');
    expect(at(fonts[0], 'charset')['@_val']).toBe('134');
    const other: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((c) => {
        if (c.font?.name !== '等线') other.push(`${ws.name}!${c.address}: ${c.font?.name}`);
      }));
    }
    expect(other).toEqual([]);
  });

  test('every report sheet prints on A4 landscape, fit to width, header rows repeated, page x / y in the footer', () => {
    for (const ws of wb.worksheets) {
      expect([ws.name, ws.pageSetup.paperSize, ws.pageSetup.orientation, ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual([ws.name, 9, 'landscape', true, 1, 0]);
      expect(ws.pageSetup.printTitlesRow).toMatch(/^1:\d+$/);
      expect(ws.headerFooter.oddFooter).toMatch(/&P \/ &N/);
    }
  });

  test('the overdue list\'s dates are dates with a date format, never text', () => {
    const ws = wb.getWorksheet(REPORT_SHEETS.overdue)!;
    const at = [1, 2, 3, 4, 5, 6, 7, 8].find((r) => (ws.getRow(r).values as unknown[]).includes('受理时间'))!;
    const header = ws.getRow(at).values as unknown[];
    const dated = ['受理时间', '最早超期截止'].map((h) => header.indexOf(h));
    expect(dated.every((c) => c > 0)).toBe(true);
    let n = 0;
    for (let r = at + 2; ws.getRow(r).getCell(2).value !== null; r++) {
      for (const c of dated) {
        const cell = ws.getRow(r).getCell(c);
        if (cell.value === null) continue;
        expect(cell.value).toBeInstanceOf(Date);
        expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm');
        n++;
      }
    }
    expect(n).toBeGreaterThan(10);
  });

  test('grades are coloured: 优秀 green, 合格 yellow, 不合格 red, by conditional formats on every grade column', () => {
    const ws = wb.getWorksheet(REPORT_SHEETS.appraisal)!;
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }).conditionalFormattings;
    const gradeCfs = cfs.filter((cf) => cf.rules.some((r) => r.formulae?.[0] === '"优秀"'));
    expect(gradeCfs.length).toBe(2); // departments and handlers
    for (const cf of gradeCfs) {
      expect(ws.getCell(cf.ref.split(':')[0].replace(/\d+/, (d) => String(Number(d) - 2))).value).toBe('等级');
      expect(Object.fromEntries(cf.rules.map((r) => [r.formulae?.[0], r.style?.fill?.bgColor?.argb]))).toEqual({ '"优秀"': 'FFC6EFCE', '"合格"': 'FFFFEB9C', '"不合格"': 'FFFFC7CE' });
    }
  });
});

/** What Excel shows for a number under the layout's formats, computed here independently of the layout's estimate. */
function shown(v: ExcelJS.CellValue, fmt: string): string {
  if (v instanceof Date) return fmt.includes('h') ? '2026-01-01 00:00' : '2026-01-01';
  if (typeof v !== 'number') return '';
  if (fmt === '0.0%') return `${(v * 100).toFixed(1)}%`;
  if (fmt === '0.00') return v.toFixed(2);
  if (fmt === '#,##0.00') return v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return String(Math.round(v));
}

test('no number or date opens as ### in the exported report: every column is wider than what its cells show', async () => {
  for (const period of ['2026-10', '2026-Q4']) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(arrayBuffer(await appraisalBytes(demoAppraisalModel(period))));
    const narrow: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((c) => {
        const text = shown(c.value, c.numFmt ?? '');
        const width = ws.getColumn(c.col).width ?? 8.43;
        // ECMA-376 18.3.1.13: a column of width w shows w digits (plus padding); a digit-wide character each.
        if (text && text.length > width) narrow.push(`${ws.name}!${c.address} "${text}" in width ${width}`);
      }));
    }
    expect(narrow).toEqual([]);
  }
});
