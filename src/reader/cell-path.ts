// The tokenizer's fast path for the construct a worksheet is made of, millions of times over
// (ECMA-376 Part 1, 18.3.1.4 c, 18.3.1.96 v): <c r="B2" s="3" t="s"><v>17</v></c> and <c r="B2" s="3"/>,
// recognised whole by character codes, with no attribute object and no open/text/close round trip.

/** A whole cell: r, s, t as given (undefined when absent), v the text of its <v> (undefined for <c .../>). */
export type CellHandler = (r: string | undefined, s: string | undefined, t: string | undefined, v: string | undefined) => void;

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
  let r: string | undefined;
  let st: string | undefined;
  let t: string | undefined;
  let k = lt + 2;
  for (;;) {
    if (k >= n) return -1;
    const c = s.charCodeAt(k);
    if (c === 0x3e) break;
    if (c === 0x2f) {
      if (s.charCodeAt(k + 1) !== 0x3e) return -1;
      cell(r, st, t, undefined);
      return k + 2;
    }
    if (c !== 0x20 || s.charCodeAt(k + 2) !== 0x3d || s.charCodeAt(k + 3) !== 0x22) return -1;
    const from = k + 4;
    let e = from;
    for (; e < n; e++) {
      const d = s.charCodeAt(e);
      if (d === 0x22) break;
      if (d < 0x20 || d > 0x7e || d === 0x26 || d === 0x3c) return -1;
    }
    if (e >= n) return -1;
    const a = s.charCodeAt(k + 1);
    if (a === 0x72 && r === undefined) r = s.slice(from, e);
    else if (a === 0x73 && st === undefined) st = s.slice(from, e);
    else if (a === 0x74 && t === undefined) t = s.slice(from, e);
    else return -1;
    k = e + 1;
  }
  // s[k] is the '>' of <c ...>: then <v>, its text, </v></c>.
  if (s.charCodeAt(k + 1) !== 0x3c || s.charCodeAt(k + 2) !== 0x76 || s.charCodeAt(k + 3) !== 0x3e) return -1;
  const text = k + 4;
  let e = text;
  for (; e < n; e++) {
    const d = s.charCodeAt(e);
    if (d === 0x3c) break;
    if (d < 0x20 || d === 0x26 || d === 0x5d || d >= 0xfffe) return -1;
  }
  if (!s.startsWith('</v></c>', e)) return -1;
  cell(r, st, t, s.slice(text, e));
  return e + 8;
}
