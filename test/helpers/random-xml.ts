// Random XML for the tokenizer's differential spec: every construct the tokenizer handles
// (prefixed names, non-ASCII names, attributes in both quote styles with white space around "=",
// entity and character references, CDATA, comments, processing instructions, an XML declaration,
// a DOCTYPE, CR LF line ends), and mutations that break well-formedness. Seeded, so a failure
// can be run again.

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}

const NAMES = ['a', 'c', 'v', 'row', 'x:c', 'x:row', 'is', 't', 'r', 'sheetData', 'é', '中文', '_n', 'a.b', 'a-b', 'x:sst'];
const ATTRS = ['r', 's', 't', 'xml:space', 'x:y', 'a', 'spans', 'constructor'];
const TEXTS = ['1', 'abc', ' ', '\n', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x4E2D;', '&#x1F600;', '中文', '😀', '\r\n', '\r', 'x\ry', '_x000D_', '&#13;', '&#9;', ']', ']]', '>', '"', "'", '-', '?'];
const BREAKS = ['&', '&foo;', '<', '&#0;', '\u0001', '\u000b', '\uFFFE', ']]>', '&#xFFFE;', '&#;', '&#x;', '&#12a;', '</z>', '<!-- -- -->', '<a x=1>', '<a x="1" x="2">', '<?xml version="1.0"?>', '<!x>', '< a>', '<a/ >', '<1a/>'];

export class XmlGen {
  private readonly r: () => number;
  constructor(seed: number) {
    this.r = rng(seed);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }

  private attrs(): string {
    let s = '';
    const used = new Set<string>();
    for (let i = Math.floor(this.r() * 3); i > 0; i--) {
      const k = this.pick(ATTRS);
      if (used.has(k)) continue;
      used.add(k);
      const q = this.pick(['"', "'"]);
      let v = '';
      for (let j = Math.floor(this.r() * 3); j > 0; j--) {
        const t = this.pick(TEXTS);
        v += t === q ? 'x' : t;
      }
      s += this.pick([' ', '\n', '\t', ' \r\n ', '  ']) + k + this.pick(['=', ' = ', '\n=\t']) + q + v + q;
    }
    return s;
  }

  element(depth = 0): string {
    const n = this.pick(NAMES);
    const open = `<${n}${this.attrs()}`;
    if (this.r() < 0.25 || depth > 4) return open + this.pick(['/>', ' />']);
    let s = open + this.pick(['>', ' >']);
    for (let i = Math.floor(this.r() * 4); i > 0; i--) {
      const x = this.r();
      if (x < 0.4) s += this.element(depth + 1);
      else if (x < 0.75) s += this.pick(TEXTS);
      else if (x < 0.85) s += `<![CDATA[${this.pick(['x<y', '&amp;', ']', '', '中', ']]'])}]]>`;
      else if (x < 0.93) s += `<!--${this.pick([' c ', '', '-x', '中'])}-->`;
      else s += `<?pi ${this.pick(['x', '', '?x'])}?>`;
    }
    return `${s}</${n}${this.pick(['>', ' >', '\n>'])}`;
  }

  document(): string {
    const decl = this.pick(['', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n', "<?xml version='1.0'?>", ' ']);
    const misc = this.pick(['', '<!-- head -->', '<!DOCTYPE a>', '<!DOCTYPE a [<!ELEMENT a ANY>]>', '\n']);
    return decl + misc + this.element() + this.pick(['', '\n', ' <!-- t -->', '<?p?>']);
  }

  /** The document with something inserted, cut out, or the end cut off. */
  mutate(s: string): string {
    const x = this.r();
    const i = Math.floor(this.r() * (s.length + 1));
    if (x < 0.5) return s.slice(0, i) + this.pick(BREAKS) + s.slice(i);
    if (x < 0.8) return s.slice(0, i) + s.slice(i + 1 + Math.floor(this.r() * 3));
    return s.slice(0, i);
  }

  /** Cut points for a text: `n` random ones. */
  cuts(s: string, n: number): number[] {
    return Array.from({ length: n }, () => Math.floor(this.r() * (s.length + 1)));
  }
}
