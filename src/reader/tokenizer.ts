// A tokenizer for the XML of spreadsheet parts, fed decoded text chunk by chunk: elements,
// attributes in either quote style, the five predefined entities and character references,
// CDATA, comments, processing instructions, prefixed names; a DOCTYPE it leaves to saxes. It does the
// well-formedness checks of XML 1.0 (W3C REC-xml, 5th ed.) that a spreadsheet part can fail, and
// no more: no namespaces, no DTD. saxes is its oracle (test/reader.tokenizer.spec.ts feeds both
// the same text) and still words every refusal (see xml.ts), so it only has to say "not well-formed".
// It exists because saxes, being general, checks every character one by one; this finds the
// next '<', '>', quote or '&' with indexOf and slices. The cells a sheet is made of, millions of
// times over, take a fast path (cell-path.ts) when the handler asks for whole cells.

import { CellHandler, cellAt } from './cell-path';

/** What the tokenizer hands on: qualified names (a prefix kept) and plain attribute maps. */
export interface TokenHandler {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(t: string): void;
  /**
   * A whole cell of the forms a spreadsheet writes millions of times (see cellAt), instead of its
   * open/text/close events: where its r, s, t and <v> text are in the text at hand (CellSpan).
   * A handler without it gets the events.
   */
  cell?: CellHandler;
}

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
  /** Not an error in the part, only beyond what the tokenizer reads (a DOCTYPE). */
  constructor(message: string, readonly unsupported = false) {
    super(message);
  }
}

const fail = (why: string): never => {
  throw new XmlSyntaxError(why);
};

// Characters XML 1.0 does not allow anywhere (2.2 Char); lone surrogates cannot come out of a fatal TextDecoder.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is refused
const NOT_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// 2.3 NameStartChar / NameChar; ASCII names, all a spreadsheet writes, are matched first.
const ASCII_NAME = /^[A-Za-z_:][-A-Za-z0-9._:]*$/;
const START = 'A-Z_a-z:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
// eslint-disable-next-line no-misleading-character-class -- U+200C/U+200D are name characters by themselves (2.3), not joiners here
const NAME = new RegExp(`^[${START}][${START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`, 'u');
// 2.8 XMLDecl: version, then optionally encoding, then optionally standalone.
const XML_DECL = /^xml\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*$/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** ASCII name characters: 1 may start a name, 2 only continue one; 0 is no name character. */
const ASCII_NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_NAME_CHAR[c] = /[A-Za-z_:]/.test(ch) ? 1 : /[-.0-9]/.test(ch) ? 2 : 0;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const checkName = (n: string): string => (ASCII_NAME.test(n) || NAME.test(n) ? n : fail(`bad name "${n.slice(0, 40)}"`));
/** A character XML 1.0 does not allow (2.2 Char), among those a fatal TextDecoder can give. */
const notChar = (c: number): boolean => (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0xfffe && c <= 0xffff);
const checkChars = (t: string): string => (NOT_CHAR.test(t) ? fail('a character XML does not allow') : t);

/** The end of the name starting at s[k] (names are checked by their callers), s.length when s ends first. */
function nameEnd(s: string, k: number): number {
  const n = s.length;
  while (k < n) {
    const c = s.charCodeAt(k);
    if (c < 128 ? ASCII_NAME_CHAR[c] === 0 : c === 0xfffe || c === 0xffff) break;
    k++;
  }
  return k;
}

/** s.slice(from, to) as a name: the ASCII table decides most, the full production the rest. */
function nameAt(s: string, from: number, to: number): string {
  const n = s.slice(from, to);
  const c = s.charCodeAt(from);
  if (to > from && c < 128 && ASCII_NAME_CHAR[c] === 1) {
    let ascii = true;
    for (let k = from + 1; k < to && ascii; k++) ascii = s.charCodeAt(k) < 128;
    if (ascii) return n;
  }
  return checkName(n);
}

function charRef(body: string): string {
  const hex = body[1] === 'x';
  const digits = body.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) fail(`bad character reference &${body};`);
  const cp = parseInt(digits, hex ? 16 : 10);
  const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
  return ok ? String.fromCodePoint(cp) : fail(`character reference &${body}; is not an XML character`);
}

/** Text or an attribute value with its references replaced (4.6 predefined entities, 4.1 character references). */
export function decodeReferences(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0) fail('an & that starts no reference');
    const body = s.slice(amp + 1, semi);
    out += s.slice(from, amp) + (body[0] === '#' ? charRef(body) : (PREDEFINED[body] ?? fail(`undefined entity &${body.slice(0, 40)};`)));
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}

/** Where the tokenizer is in the document (2.1: one root element, only misc around it). */
const enum Place {
  Prolog,
  Root,
  Epilog,
}

export class XmlTokenizer {
  private buf = '';
  /** A CR at the end of a chunk: it may be the first half of a CR LF pair (2.11). */
  private cr = false;
  private readonly stack: string[] = [];
  private place = Place.Prolog;
  /** Whether any markup has been seen. */
  private started = false;
  /** Whether white space opened the document (an XML declaration must come first, 2.8). */
  private spaced = false;

  /** The handler's TokenHandler.cell, when it takes whole cells. */
  private readonly cell: CellHandler | undefined;

  constructor(private readonly h: TokenHandler) {
    this.cell = h.cell?.bind(h);
  }

  write(chunk: string): void {
    let s = this.cr ? `\r${chunk}` : chunk;
    this.cr = s.endsWith('\r');
    if (this.cr) s = s.slice(0, -1);
    if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
    this.buf = this.buf ? [this.buf, s].join('') : s;
    this.buf = this.buf.slice(this.scan(this.buf));
  }

  close(): void {
    // A CR that ended the last chunk is a line end of its own.
    if (this.cr) {
      this.cr = false;
      this.buf = `${this.buf}\n`;
      this.buf = this.buf.slice(this.scan(this.buf));
    }
    const rest = this.buf;
    this.buf = '';
    if (rest !== '') {
      if (rest.indexOf('<') >= 0 || this.place === Place.Root) fail('the document ends inside markup');
      this.outside(rest, 0, rest.length);
    }
    if (this.place === Place.Prolog) fail('no root element');
    if (this.place === Place.Root) fail(`element <${this.stack[this.stack.length - 1]}> is not closed`);
  }

  /** Handles every complete construct of s; returns where the incomplete rest begins. */
  private scan(s: string): number {
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text with no markup after it yet: hand it on except what the next chunk may complete
        // (a reference cut in two, the "]]" of a "]]>").
        let end = s.length;
        while (end > i && s.charCodeAt(end - 1) === 0x5d) end--;
        const amp = s.lastIndexOf('&', end - 1);
        if (amp >= i && s.indexOf(';', amp) < 0) end = amp;
        if (end > i) this.chars(s, i, end);
        return end;
      }
      if (lt > i) this.chars(s, i, lt);
      const next = this.markup(s, lt);
      if (next < 0) return lt;
      i = next;
    }
  }

  private chars(s: string, from: number, to: number): void {
    if (this.place !== Place.Root) return this.outside(s, from, to);
    let amp = false;
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x26) amp = true;
      else if (c === 0x5d) {
        if (s.charCodeAt(k + 1) === 0x5d && s.charCodeAt(k + 2) === 0x3e && k + 2 < to) fail('"]]>" in text');
      } else if (c < 0x20 || c >= 0xfffe) {
        if (notChar(c)) fail('a character XML does not allow');
      }
    }
    const t = s.slice(from, to);
    this.h.text(amp ? decodeReferences(t) : t);
  }

  /** White space around the root element, handed on as saxes does (so the two can be compared). */
  private outside(s: string, from: number, to: number): void {
    for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) fail(this.place === Place.Prolog ? 'text before the root element' : 'text after the root element');
    // saxes leaves out only the white space that opens the document.
    if (from < to && (this.started || this.place === Place.Epilog)) this.h.text(s.slice(from, to));
    if (from < to) this.spaced = true;
  }

  /** The construct starting at s[lt] === '<'; the index after it, or -1 when s ends first. */
  private markup(s: string, lt: number): number {
    const c = s.charCodeAt(lt + 1);
    if (Number.isNaN(c)) return -1;
    if (c === 0x2f) return this.closeTag(s, lt);
    if (c === 0x3f) return this.pi(s, lt);
    if (c === 0x21) return this.bang(s, lt);
    if (c === 0x63 && this.cell !== undefined && this.place === Place.Root) {
      const end = cellAt(s, lt, this.cell);
      if (end >= 0) return end;
    }
    return this.openTag(s, lt);
  }

  private closeTag(s: string, lt: number): number {
    const gt = s.indexOf('>', lt);
    if (gt < 0) return -1;
    let e = gt;
    while (e > lt + 2 && isSpace(s.charCodeAt(e - 1))) e--;
    const name = s.slice(lt + 2, e);
    if (this.place !== Place.Root || this.stack[this.stack.length - 1] !== name) fail(`unexpected close tag </${name.slice(0, 40)}>`);
    this.stack.pop();
    this.h.close(name);
    if (this.stack.length === 0) this.place = Place.Epilog;
    return gt + 1;
  }

  private openTag(s: string, lt: number): number {
    const n = s.length;
    let k = nameEnd(s, lt + 1);
    if (k >= n) return -1;
    const c0 = s.charCodeAt(k);
    if (!isSpace(c0) && c0 !== 0x3e && c0 !== 0x2f) fail(`bad name in "${s.slice(lt, k + 1).slice(0, 40)}"`);
    const name = nameAt(s, lt + 1, k);
    const attrs: Record<string, string> = {};
    for (;;) {
      const sp = k;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return -1;
      const c = s.charCodeAt(k);
      if (c === 0x3e || c === 0x2f) {
        if (c === 0x2f) {
          if (k + 1 >= n) return -1;
          if (s.charCodeAt(k + 1) !== 0x3e) fail(`"/" not followed by ">" in <${name}>`);
        }
        this.element(name, attrs, c === 0x2f);
        return k + (c === 0x2f ? 2 : 1);
      }
      if (k === sp) fail(`no white space before an attribute of <${name}>`);
      const ne = nameEnd(s, k);
      let q = ne;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      if (q >= n) return -1;
      const an = nameAt(s, k, ne);
      if (s.charCodeAt(q) !== 0x3d) fail(`attribute ${an} of <${name}> has no "="`);
      q++;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      if (q >= n) return -1;
      const quote = s.charCodeAt(q);
      if (quote !== 0x22 && quote !== 0x27) fail(`attribute ${an} of <${name}> has no quoted value`);
      let amp = false;
      let space = false;
      let e = q + 1;
      for (; e < n; e++) {
        const c = s.charCodeAt(e);
        if (c === quote) break;
        if (c < 0x3d) {
          if (c === 0x3c) fail(`"<" in attribute ${an} of <${name}>`);
          if (c === 0x26) amp = true;
          else if (c === 0x09 || c === 0x0a) space = true;
          else if (c < 0x20) fail('a character XML does not allow');
        } else if (c >= 0xfffe && c <= 0xffff) fail('a character XML does not allow');
      }
      if (e >= n) return -1;
      if (Object.prototype.hasOwnProperty.call(attrs, an)) fail(`attribute ${an} given twice in <${name}>`);
      // 3.3.3: literal white space becomes a space; a character reference's stays what it is.
      const raw = s.slice(q + 1, e);
      const value = space ? raw.replace(/[\t\n]/g, ' ') : raw;
      attrs[an] = amp ? decodeReferences(value) : value;
      k = e + 1;
    }
  }

  private element(name: string, attrs: Record<string, string>, empty: boolean): void {
    if (this.place === Place.Epilog) fail(`a second root element <${name}>`);
    this.place = Place.Root;
    this.started = true;
    this.h.open(name, attrs);
    if (!empty) this.stack.push(name);
    else {
      this.h.close(name);
      if (this.stack.length === 0) this.place = Place.Epilog;
    }
  }

  private pi(s: string, lt: number): number {
    const end = s.indexOf('?>', lt + 2);
    if (end < 0) return -1;
    const body = checkChars(s.slice(lt + 2, end));
    const m = /^([^\s]+)(?:\s|$)/.exec(body);
    if (!m) fail('a processing instruction without a target');
    const target = checkName((m as RegExpExecArray)[1]);
    if (target.toLowerCase() === 'xml') {
      if (target !== 'xml' || this.started || this.spaced) fail('an XML declaration not at the start');
      if (!XML_DECL.test(body)) fail('a malformed XML declaration');
    }
    this.started = true;
    return end + 2;
  }

  private bang(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end < 0) return -1;
      if (checkChars(s.slice(lt + 4, end)).indexOf('--') >= 0 || (end > lt + 4 && s.charCodeAt(end - 1) === 0x2d)) fail('"--" inside a comment');
      this.started = true;
      return end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.place !== Place.Root) fail('CDATA outside the root element');
      this.h.text(checkChars(s.slice(lt + 9, end)));
      return end + 3;
    }
    // A DTD's internal subset has a grammar of its own that this does not check: saxes reads such a part.
    if (s.startsWith('<!DOCTYPE', lt)) throw new XmlSyntaxError('a DOCTYPE', true);
    // A prefix of one of the above that the next chunk may complete.
    const rest = s.slice(lt);
    if (['<!--', '<![CDATA[', '<!DOCTYPE'].some((p) => rest.length < p.length && p.startsWith(rest))) return -1;
    return fail('"<!" that starts no comment, CDATA section or DOCTYPE');
  }
}
