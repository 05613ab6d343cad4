// The tokenizer's fast path for the construct a worksheet is made of, millions of times over
// (ECMA-376 Part 1, 18.3.1.4 c, 18.3.1.96 v): <c r="B2" s="3" t="s"><v>17</v></c> and <c r="B2" s="3"/>,
// recognised whole by character codes, with no attribute object and no open/text/close round trip.

/**
 * Where a whole cell's parts are in the text: [r0, r1) the value of r=, [s0, s1) of s=, [t0, t1)
 * of t=, [v0, v1) the text of <v>; a start of -1 where there is none (<c .../> has no <v>). Offsets,
 * not strings: most cells are read without a slice of their own (SheetRows.cell).
 */
export class CellSpan {
  r0 = -1;
  r1 = -1;
  s0 = -1;
  s1 = -1;
  t0 = -1;
  t1 = -1;
  v0 = -1;
  v1 = -1;
}

/** A whole cell; `at` is reused for the next one, valid only during the call. */
export type CellHandler = (text: string, at: CellSpan) => void;

/** Printable ASCII but '"', '&' and '<': what a fast-path attribute value may hold. */
const PLAIN_ATTR = new Uint8Array(128);
/** Any character but '&', ']', '<' and the controls: what a fast-path <v> may hold (non-ASCII below U+FFFE too). */
const PLAIN_TEXT = new Uint8Array(128);
for (let c = 0x20; c < 128; c++) {
  PLAIN_ATTR[c] = c === 0x22 || c === 0x26 || c === 0x3c || c === 0x7f ? 0 : 1;
  PLAIN_TEXT[c] = c === 0x26 || c === 0x5d || c === 0x3c ? 0 : 1;
}
const at = new CellSpan();

/**
 * At s[lt] === '<' followed by 'c': exactly `<c`, attributes r, s, t (each at most once, in any
 * order, one space before each, double quotes, printable ASCII values with no '&' or '<'), then
 * either `/>` or `><v>` text `</v></c>`, the text with no '&', ']', '<' or control character.
 * Handed to `cell`; the index after it. Anything else, or s ending inside it, is -1 and left to
 * the general path from the same '<', which reads what this reads the same way (the tokenizer spec
 * compares both with saxes) and refuses what it refuses: nothing taken here could have been
 * refused, and a whole cell leaves the element stack as it was.
 */
export function cellAt(s: string, lt: number, cell: CellHandler): number {
  const n = s.length;
  at.r0 = at.s0 = at.t0 = at.v0 = -1;
  let k = lt + 2;
  for (;;) {
    if (k >= n) return -1;
    const c = s.charCodeAt(k);
    if (c === 0x3e) break;
    if (c === 0x2f) {
      if (s.charCodeAt(k + 1) !== 0x3e) return -1;
      cell(s, at);
      return k + 2;
    }
    if (c !== 0x20 || s.charCodeAt(k + 2) !== 0x3d || s.charCodeAt(k + 3) !== 0x22) return -1;
    const from = k + 4;
    let e = from;
    let d = 0;
    for (; e < n; e++) {
      d = s.charCodeAt(e);
      if (d >= 128 || PLAIN_ATTR[d] === 0) break;
    }
    if (d !== 0x22 || e >= n) return -1;
    const a = s.charCodeAt(k + 1);
    if (a === 0x72 && at.r0 < 0) {
      at.r0 = from;
      at.r1 = e;
    } else if (a === 0x73 && at.s0 < 0) {
      at.s0 = from;
      at.s1 = e;
    } else if (a === 0x74 && at.t0 < 0) {
      at.t0 = from;
      at.t1 = e;
    } else return -1;
    k = e + 1;
  }
  // s[k] is the '>' of <c ...>: then <v>, its text, </v></c>.
  if (s.charCodeAt(k + 1) !== 0x3c || s.charCodeAt(k + 2) !== 0x76 || s.charCodeAt(k + 3) !== 0x3e) return -1;
  const text = k + 4;
  let e = text;
  for (; e < n; e++) {
    const d = s.charCodeAt(e);
    if (d < 128 ? PLAIN_TEXT[d] === 0 : d >= 0xfffe) break;
  }
  // s[e] is the first character a <v> here may not hold: only the '<' of </v></c> ends one.
  if (
    e + 8 > n ||
    s.charCodeAt(e) !== 0x3c ||
    s.charCodeAt(e + 1) !== 0x2f ||
    s.charCodeAt(e + 2) !== 0x76 ||
    s.charCodeAt(e + 3) !== 0x3e ||
    s.charCodeAt(e + 4) !== 0x3c ||
    s.charCodeAt(e + 5) !== 0x2f ||
    s.charCodeAt(e + 6) !== 0x63 ||
    s.charCodeAt(e + 7) !== 0x3e
  )
    return -1;
  at.v0 = text;
  at.v1 = e;
  cell(s, at);
  return e + 8;
}
