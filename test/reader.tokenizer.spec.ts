// The reader's XML tokenizer against saxes, its oracle: the same text, whole and cut into chunks
// at every character (small inputs) or at random places, must give the same events (adjacent
// text joined, as the reader's handlers join it) or both be refused. Inputs: every XML part of
// every committed fixture and of the bad-input corpus, a table of constructs, and random XML.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { XmlSyntaxError, XmlTokenizer, decodeReferences } from '../src/reader/tokenizer';
import { makeFilesCorpus } from './helpers/bad-corpus';
import { XlsxWorkbook } from '../src/reader';
import { bytesSource } from '../src/reader/source';
import { XmlGen } from './helpers/random-xml';
import { SheetRows } from '../src/reader/sheet';
import { PackedBlock, unpack } from '../src/reader/packed';
import { localName } from '../src/reader/xml';
import { CellSpan } from '../src/reader/cell-path';

type Events = string;

function joined(ev: [string, ...string[]][]): Events {
  const out: [string, ...string[]][] = [];
  for (const e of ev) {
    const last = out[out.length - 1];
    if (e[0] === 't' && e[1] === '') continue;
    if (e[0] === 't' && last?.[0] === 't') last[1] += e[1];
    else out.push(e);
  }
  return JSON.stringify(out);
}

const attrs = (a: Record<string, string>) => JSON.stringify(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));

function bySaxes(chunks: readonly string[]): Events {
  const ev: [string, ...string[]][] = [];
  const p = new SaxesParser({ position: false });
  p.on('opentag', (t) => ev.push(['o', t.name, attrs(t.attributes as Record<string, string>)]));
  p.on('closetag', (t) => ev.push(['c', t.name]));
  p.on('text', (t) => ev.push(['t', t]));
  p.on('cdata', (t) => ev.push(['t', t]));
  try {
    for (const c of chunks) p.write(c);
    p.close();
  } catch {
    return 'refused';
  }
  return joined(ev);
}

/** Cells the tokenizer's fast path took in the last byTokenizer run. */
let fastCells = 0;

/**
 * The tokenizer's events; `fast`: through its fast path for cells where it takes one, each whole
 * cell spelled out as the events it stands for (TokenHandler.cell), so saxes is its oracle too.
 */
function byTokenizer(chunks: readonly string[], fast = true): Events {
  const ev: [string, ...string[]][] = [];
  fastCells = 0;
  const cell = (text: string, at: CellSpan) => {
    fastCells++;
    const a: Record<string, string> = {};
    // Attribute order is lost on the fast path; the handler reads them by name, so the spec compares them sorted.
    if (at.r0 >= 0) a.r = text.slice(at.r0, at.r1);
    if (at.s0 >= 0) a.s = text.slice(at.s0, at.s1);
    if (at.t0 >= 0) a.t = text.slice(at.t0, at.t1);
    const v = at.v0 >= 0 ? text.slice(at.v0, at.v1) : undefined;
    ev.push(['o', 'c', attrs(a)]);
    if (v !== undefined) ev.push(['o', 'v', attrs({})], ['t', v], ['c', 'v']);
    ev.push(['c', 'c']);
  };
  const tok = new XmlTokenizer({ open: (n, a) => ev.push(['o', n, attrs(a)]), close: (n) => ev.push(['c', n]), text: (t) => ev.push(['t', t]), cell: fast ? cell : undefined });
  try {
    for (const c of chunks) tok.write(c);
    tok.close();
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    // What the reader does (xml.ts): a part with a DOCTYPE, seen before any element, is read by saxes.
    if (e.unsupported) {
      expect(ev.some((x) => x[0] === 'o')).toBe(false);
      expect(chunks.join('')).toContain('<!DOCTYPE');
      return bySaxes(chunks);
    }
    return 'refused';
  }
  return joined(ev);
}

const split = (s: string, at: readonly number[]): string[] => {
  const cuts = [...new Set(at)].sort((a, b) => a - b);
  return [...cuts, s.length].map((c, i) => s.slice(i === 0 ? 0 : cuts[i - 1], c));
};

/** The first way of cutting `s` on which the tokenizer and saxes differ, or undefined. */
function firstDifference(s: string, cuts: readonly (readonly number[])[]): { chunks: string[]; saxes: Events; ours: Events } | undefined {
  const oracle = bySaxes([s]);
  for (const at of [[], ...cuts]) {
    const chunks = split(s, at);
    for (const fast of [true, false]) {
      const ours = byTokenizer(chunks, fast);
      if (ours !== oracle) return { chunks, saxes: oracle, ours: fast ? ours : `(general path) ${ours}` };
    }
  }
  return undefined;
}

const everyCut = (s: string): number[][] => Array.from({ length: s.length + 1 }, (_, i) => [i]);

/** The .xlsx files under dir; test/fixtures/bad is `npm run test:bad`'s output, the corpus is made afresh below. */
function xlsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    const st = lstatSync(p);
    if (st.isDirectory()) return n === 'bad' ? [] : xlsxFiles(p);
    return st.isFile() && n.endsWith('.xlsx') ? [p] : [];
  });
}

/** Every XML part of a file that unzips and decodes; the others never reach the tokenizer. */
function xmlParts(file: string): [string, string][] {
  let entries: Record<string, Uint8Array>;
  try {
    // The corpus holds a zip bomb: parts are taken up to a size the whole spec can afford to cut.
    entries = unzipSync(readFileSync(file), { filter: (f) => /\.(xml|rels)$/.test(f.name) && f.originalSize < 4_000_000 });
  } catch {
    return [];
  }
  const dec = new TextDecoder('utf-8', { fatal: true });
  return Object.entries(entries).flatMap(([name, bytes]) => {
    if (!/\.(xml|rels)$/.test(name)) return [];
    try {
      return [[`${file} ${name}`, dec.decode(bytes)] as [string, string]];
    } catch {
      return [];
    }
  });
}

const corpus = makeFilesCorpus();
const parts = [...xlsxFiles(join(__dirname, 'fixtures')), ...xlsxFiles(corpus.dir)].flatMap(xmlParts);

describe('tokenizer = saxes on every XML part of the fixtures and the bad-input corpus', () => {
  it('has parts to compare (fixtures and corpus both found)', () => {
    expect(parts.length).toBeGreaterThan(100);
    expect(parts.some(([n]) => n.startsWith(corpus.dir))).toBe(true);
  });
  const gen = new XmlGen(11);
  it.each(parts.map(([name, text]) => ({ name, text })))('$name', ({ text }) => {
    const cuts = text.length < 400 ? everyCut(text) : [gen.cuts(text, 16), Array.from({ length: Math.ceil(text.length / 997) }, (_, i) => i * 997)];
    expect(firstDifference(text, cuts)).toBeUndefined();
  });
});

// Each construct, and each way of getting it wrong, cut at every character.
const CONSTRUCTS: [string, string][] = [
  ['prefixed names', '<x:worksheet xmlns:x="u"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>'],
  ['both quote styles, white space around =', `<c r='A1' s = "2"\tt\n=\t'inlineStr'/>`],
  ['predefined entities in text and attributes', '<t a="&lt;&gt;&amp;&quot;&apos;">&lt;&gt;&amp;&quot;&apos;</t>'],
  ['character references', '<t a="&#9;&#x41;">&#20013;&#x1F600;&#13;&#10;</t>'],
  ['attribute white space normalised, references kept', '<t a="x\ty\nz&#9;&#10;"/>'],
  ['CR LF and lone CR in text and attributes', '<t a="1\r\n2\r3">a\r\nb\rc\r</t>'],
  ['a CR that ends the document', '<a/>\r'],
  ['CDATA', '<t><![CDATA[<b>&amp;]]]]><![CDATA[>]]></t>'],
  ['comments and PIs in and around the root', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- a --><?pi x?><a><!--b--><?q?></a><!-- c -->\n'],
  ['DOCTYPE with an internal subset', '<!DOCTYPE a [<!ELEMENT a ANY><!ATTLIST a x CDATA "]>">]><a/>'],
  ['xml:space and inline strings with runs', '<is><r><t xml:space="preserve"> a </t></r><r><rPr><b/></rPr><t>b</t></r></is>'],
  ['non-ASCII names', '<登记 列="1"><é/></登记>'],
  ['an attribute named like an Object property', '<a constructor="1" toString="2"/>'],
  ['bad: undefined entity', '<t>&nbsp;</t>'],
  ['bad: bare &', '<t>a & b</t>'],
  ['bad: reference to NUL', '<t>&#0;</t>'],
  ['bad: control character', '<t>a\u0001b</t>'],
  ['bad: U+FFFE', '<t>\uFFFE</t>'],
  ['bad: ]]> in text', '<t>a]]>b</t>'],
  ['bad: < in an attribute', '<t a="<"/>'],
  ['bad: duplicate attribute', '<t a="1" a="2"/>'],
  ['bad: no space between attributes', '<t a="1"b="2"/>'],
  ['bad: unquoted attribute', '<t a=1/>'],
  ['bad: mismatched close tag', '<a><b></a></b>'],
  ['bad: unclosed element', '<a><b></b>'],
  ['bad: two roots', '<a/><b/>'],
  ['bad: text before the root', 'x<a/>'],
  ['bad: text after the root', '<a/>x'],
  ['bad: declaration not first', ' <?xml version="1.0"?><a/>'],
  ['bad: declaration without version', '<?xml encoding="UTF-8"?><a/>'],
  ['bad: -- in a comment', '<a><!-- a -- b --></a>'],
  ['bad: name starting with a digit', '<1a/>'],
  ['bad: empty document', '   '],
  ['bad: "/" without ">"', '<a/ >'],
];

describe('tokenizer = saxes on each construct, cut at every character', () => {
  it.each(CONSTRUCTS.map(([name, text]) => ({ name, text })))('$name', ({ name, text }) => {
    expect(firstDifference(text, everyCut(text))).toBeUndefined();
    // The table's "bad:" rows are refused (by saxes, so by the tokenizer too), the rest read.
    expect(bySaxes([text]) === 'refused').toBe(name.startsWith('bad:'));
  });
});

describe('tokenizer = saxes on random XML', () => {
  const seeds = Array.from({ length: 8 }, (_, i) => i + 1);
  it.each(seeds)('seed %i: 300 documents, 40 % of them broken, the short ones cut at every character', (seed) => {
    const gen = new XmlGen(seed);
    let refused = 0;
    for (let k = 0; k < 300; k++) {
      const doc = gen.document();
      const text = k % 5 < 2 ? gen.mutate(doc) : doc;
      if (bySaxes([text]) === 'refused') refused++;
      expect(firstDifference(text, text.length < 120 ? everyCut(text) : gen.cuts(text, 12).map((c) => [c]))).toBeUndefined();
    }
    // Both kinds were tried: documents read and documents refused.
    expect(refused).toBeGreaterThan(30);
    expect(refused).toBeLessThan(270);
  });
});

describe('decodeReferences', () => {
  it.each([
    ['a&lt;b', 'a<b'],
    ['&#x1F600;', '😀'],
    ['&amp;amp;', '&amp;'],
    ['none', 'none'],
  ])('%s -> %s', (s, want) => expect(decodeReferences(s)).toBe(want));
});

describe('the reader through the tokenizer and through saxes', () => {
  const fixture = join(__dirname, 'fixtures', 'register-messy.xlsx');
  const grids = async (bytes: Uint8Array) => {
    const wb = await XlsxWorkbook.open(bytesSource(bytes));
    const out = [];
    for (const name of wb.sheetNames) out.push(await wb.grid(name));
    await wb.close();
    return out;
  };
  /** The fixture with every worksheet part changed by `edit`. */
  const edited = (edit: (xml: string) => string): Uint8Array => {
    const entries = unzipSync(readFileSync(fixture));
    for (const name of Object.keys(entries)) {
      if (name.startsWith('xl/worksheets/')) entries[name] = new TextEncoder().encode(edit(new TextDecoder().decode(entries[name])));
    }
    return zipSync(entries);
  };

  it('reads a part with a DOCTYPE (left to saxes) to the same cells', async () => {
    const withDoctype = edited((x) => x.replace(/\?>/, '?><!DOCTYPE worksheet [<!ELEMENT worksheet ANY>]>'));
    expect(new TextDecoder().decode(unzipSync(withDoctype)['xl/worksheets/sheet1.xml'])).toContain('<!DOCTYPE');
    expect(await grids(withDoctype)).toEqual(await grids(readFileSync(fixture)));
  });

  it("words a part that is not well-formed in saxes's terms", async () => {
    await expect(grids(edited((x) => x.replace('</sheetData>', '<c>&nbsp;</c></sheetData>')))).rejects.toThrow(/part xl\/worksheets\/sheet\d\.xml is not well-formed XML \(.*entity.*\)/);
  });
});

// The fast path for cells (reader/cell-path.ts): each form a spreadsheet writes is taken whole,
// each near miss is left to the general path, each malformed one refused as the general path
// refuses it; every one cut in two at every character gives saxes's events.
const inSheet = (cells: string) => `<worksheet><sheetData><row r="2">${cells}</row></sheetData></worksheet>`;
/** [name, cells in a row, how many the fast path takes when the text comes in one chunk]. */
const FAST_CELLS: [string, string, number][] = [
  ['shared string', '<c r="B2" s="3" t="s"><v>17</v></c>', 1],
  ['styled, no value', '<c r="B2" s="3"/>', 1],
  ['number', '<c r="B2" s="1"><v>46235.36</v></c>', 1],
  ['attributes in another order', '<c t="s" s="3" r="B2"><v>1</v></c>', 1],
  ['no attributes', '<c><v>1</v></c><c/>', 2],
  ['empty value', '<c r="B2" t="s"><v></v></c>', 1],
  ['non-ASCII text and ">" in a value', '<c r="B2" t="str"><v>公式 > 1</v></c>', 1],
  ['error value', '<c r="B2" t="e"><v>#N/A</v></c>', 1],
  ['a space inside a value', '<c r="B 2"/>', 1],
  ['a whole row of them', '<c r="A2" t="s"><v>39</v></c><c r="B2" s="1"><v>46235.33333333333</v></c><c r="C2" s="1"/><c r="D2" t="s"><v>40</v></c>', 4],
  ['near miss: entity in the value', '<c r="B2" t="str"><v>a&amp;b</v></c>', 0],
  ['near miss: character reference in an attribute', '<c r="B&#50;"><v>1</v></c>', 0],
  ['near miss: another attribute', '<c r="B2" cm="1"><v>1</v></c>', 0],
  ['near miss: prefixed names', '<x:c r="B2"><x:v>1</x:v></x:c>', 0],
  ['near miss: single quotes', "<c r='B2'><v>1</v></c>", 0],
  ['near miss: two spaces before an attribute', '<c  r="B2"><v>1</v></c>', 0],
  ['near miss: space before ">"', '<c r="B2" ><v>1</v></c>', 0],
  ['near miss: space before "/>"', '<c r="B2" />', 0],
  ['near miss: spaces around "="', '<c r = "B2"/>', 0],
  ['near miss: tab before an attribute', '<c\tr="B2"/>', 0],
  ['near miss: text between <c> and <v>', '<c r="B2"> <v>1</v></c>', 0],
  ['near miss: text between </v> and </c>', '<c r="B2"><v>1</v> </c>', 0],
  ['near miss: line end in the value', '<c r="B2" t="str"><v>a\nb</v></c>', 0],
  ['near miss: CR LF in the value', '<c r="B2" t="str"><v>a\r\nb</v></c>', 0],
  ['near miss: "]" in the value', '<c r="B2" t="str"><v>a]b</v></c>', 0],
  ['near miss: CDATA', '<c r="B2" t="str"><v><![CDATA[<x>]]></v></c>', 0],
  ['near miss: inline string', '<c r="B2" t="inlineStr"><is><t>x</t></is></c>', 0],
  ['near miss: formula', '<c r="B2"><f>1+1</f><v>2</v></c>', 0],
  ['near miss: attribute on <v>', '<c r="B2"><v x="1">2</v></c>', 0],
  ['near miss: non-ASCII attribute value', '<c r="B2" t="中"/>', 0],
  ['near miss: no <v>', '<c r="B2"></c>', 0],
  ['near miss: a longer name', '<cx r="B2"/><c.1 r="B2"/>', 0],
  ['bad: duplicate r', '<c r="B2" r="B3"><v>1</v></c>', 0],
  ['bad: duplicate s on an empty cell', '<c s="1" s="1"/>', 0],
  ['bad: control character in the value', '<c r="B2"><v>1\u0001</v></c>', 0],
  ['bad: U+FFFF in the value', '<c r="B2" t="str"><v>\uFFFF</v></c>', 0],
  ['bad: control character in an attribute', '<c r="B\u00012"/>', 0],
  ['bad: "<" in an attribute', '<c r="<B2"><v>1</v></c>', 0],
  ['bad: "]]>" in the value', '<c r="B2" t="str"><v>a]]>b</v></c>', 0],
  ['bad: bare & in the value', '<c r="B2" t="str"><v>a & b</v></c>', 0],
  ['bad: </c> before </v>', '<c r="B2"><v>1</c></v>', 0],
  ['bad: close tag of another name', '<c r="B2"><v>1</v></x>', 0],
  ['bad: "/" without ">"', '<c r="B2"/ >', 0],
  ['bad: no space between attributes', '<c r="B2"s="1"/>', 0],
  ['bad: unquoted attribute', '<c r=B2/>', 0],
  ['bad: unclosed value', '<c r="B2"><v>1</c>', 0],
];

/** The tokenizer's refusal of `text` in one chunk, or undefined. */
function refusal(text: string, fast: boolean): string | undefined {
  const tok = new XmlTokenizer({ open: () => {}, close: () => {}, text: () => {}, cell: fast ? () => {} : undefined });
  try {
    tok.write(text);
    tok.close();
    return undefined;
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    return e.message;
  }
}

describe('the fast path for cells, cut at every character', () => {
  it.each(FAST_CELLS.map(([name, cells, taken]) => ({ name, text: inSheet(cells), taken })))('$name', ({ name, text, taken }) => {
    expect(firstDifference(text, everyCut(text))).toBeUndefined();
    expect(bySaxes([text]) === 'refused').toBe(name.startsWith('bad:'));
    byTokenizer([text]);
    expect(fastCells).toBe(taken);
    // Refused with the same words on both paths (the reader words it by saxes, see xml.ts).
    expect(refusal(text, true)).toBe(refusal(text, false));
  });

  it('takes no cell outside the root element', () => {
    expect(byTokenizer(['<c r="A1"><v>1</v></c>'])).toBe(bySaxes(['<c r="A1"><v>1</v></c>']));
    expect(fastCells).toBe(0);
    expect(byTokenizer(['<a/><c r="A1"><v>1</v></c>'])).toBe('refused');
    expect(refusal('<a/><c r="A1"><v>1</v></c>', true)).toBe('a second root element <c>');
  });
});

describe('a small register through SheetRows, fed in chunks of 1 to 160 bytes, fast path and general', () => {
  const messy = unzipSync(readFileSync(join(__dirname, 'fixtures', 'register-messy.xlsx')))['xl/worksheets/sheet2.xml'];
  // The fixture's rows, then one row for each fast-path form and near miss of the table above.
  const more = FAST_CELLS.filter(([n]) => !n.startsWith('bad:')).map(([, cells], i) => `<row r="${1000 + i}">${cells}</row>`);
  const text = new TextDecoder().decode(messy).replace('</sheetData>', `${more.join('')}</sheetData>`);
  const bytes = new TextEncoder().encode(text);
  /** The sheet's rows as the reader reads them: bytes decoded chunk by chunk, the handler seeing local names. */
  const rows = (size: number, fast: boolean) => {
    const h = new SheetRows({ sheet: 'S', dateStyles: [false, true, true, true], date1904: false });
    const tok = new XmlTokenizer({ open: (n, a) => h.open(localName(n), a), close: (n) => h.close(localName(n)), text: (t) => h.text(t), cell: fast ? h.cell.bind(h) : undefined });
    const dec = new TextDecoder('utf-8', { fatal: true });
    const blocks: PackedBlock[] = [];
    for (let i = 0; i < bytes.length; i += size) {
      tok.write(dec.decode(bytes.subarray(i, i + size), { stream: true }));
      for (let b = h.take(3); b; b = h.take(3)) blocks.push(b);
    }
    tok.write(dec.decode());
    tok.close();
    for (let b = h.take(3, true); b; b = h.take(3, true)) blocks.push(b);
    const strings = Array.from({ length: 200 }, (_, i) => `s${i}`);
    // Rows by number, whatever block each came in (blocks end where chunks end).
    return JSON.stringify(blocks.flatMap((b) => unpack(b, strings, 'S', false).rows.map((r, i) => [b.first + i, r])));
  };

  it('is a register with cells of every form, multi-byte characters among them', () => {
    expect(text).toContain('<c r="B2" s="3" t="s"><v>17</v></c>');
    expect(bytes.length).toBeGreaterThan(text.length);
    expect(JSON.parse(rows(bytes.length, true))).toHaveLength(1000 + more.length - 1);
  });
  it('gives the same rows in every chunk size as in one chunk, and as the general path', () => {
    const whole = rows(bytes.length, true);
    expect(rows(bytes.length, false)).toBe(whole);
    for (let size = 1; size <= 160; size++) {
      expect({ size, rows: rows(size, true) }).toEqual({ size, rows: whole });
    }
  });
});
