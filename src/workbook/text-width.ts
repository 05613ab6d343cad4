// How wide text is in Excel's column unit (the width of one digit of the default font): East Asian
// wide and fullwidth characters (Unicode UAX #11, classes W and F) take two digits, everything else
// one. Both column-width estimates (the report layout, the register download) count with this.

/** Ranges of UAX #11 W/F code points that occur in registers: CJK, kana, Hangul, fullwidth forms. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x20000, 0x3fffd],
];

export function charWidth(cp: number): number {
  return WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
}

/** Below the first WIDE range every code point is one digit wide (ASCII, Latin, Greek, Cyrillic …). */
const NARROW_BELOW = WIDE[0][0];

/**
 * The width of the widest line of `s` in digit widths. One pass over the UTF-16 units, without
 * splitting: the report measures every cell of its lists (157,000 at 100,000 rows).
 */
export function textWidth(s: string): number {
  let widest = 0;
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u === 10) {
      if (w > widest) widest = w;
      w = 0;
    } else if (u < NARROW_BELOW) w++;
    else if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      // A surrogate pair is one code point; a lone high surrogate counts as itself (as for…of does).
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        w += charWidth(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00));
        i++;
      } else w += charWidth(u);
    } else w += charWidth(u);
  }
  return w > widest ? w : widest;
}

/**
 * The narrowest a header may wrap to: its longest unbreakable piece. Excel breaks a line at a space
 * and between two East Asian characters, so a Latin word stays whole and Chinese breaks anywhere.
 */
export function wrappedHeaderWidth(s: string): number {
  const pieces = s.split(/\s+|(?<=[\u3000-\u9fff\uff00-\uffef])|(?=[\u3000-\u9fff\uff00-\uffef])/u);
  return Math.max(0, ...pieces.map(textWidth));
}

/** Excel's "###" appears when a number's shown text is wider than the column: the shown text of a value under a format. */
export function shownWidth(v: string | number | boolean | Date | null | undefined, format: string | undefined): number {
  return shownWidthOf(format)(v);
}

/** shownWidth under one format, its format read once: a column's cells share theirs. */
export function shownWidthOf(format: string | undefined): (v: string | number | boolean | Date | null | undefined) => number {
  const time = !!format && /h/.test(format);
  const serialDate = !!format && /y/.test(format);
  const dateWidth = format && !time ? 10 : 16;
  const decimals = format ? (/\.(0+)/.exec(format)?.[1].length ?? 0) : undefined;
  const percent = format?.includes('%') ? 1 : 0;
  const grouped = !!format?.includes(',');
  return (v) => {
    if (v === null || v === undefined) return 0;
    if (v instanceof Date) return dateWidth;
    if (typeof v === 'boolean') return 5;
    if (typeof v === 'string') return textWidth(v);
    if (serialDate) return time ? 16 : 10;
    const places = decimals ?? Math.min(9, String(v).split('.')[1]?.length ?? 0);
    const scaled = percent ? v * 100 : v;
    const digits = Math.trunc(Math.abs(scaled)).toString().length;
    const grouping = grouped ? Math.floor((digits - 1) / 3) : 0;
    return (scaled < 0 ? 1 : 0) + digits + grouping + (places ? places + 1 : 0) + percent;
  };
}

/** How many lines `s` takes wrapped at `width` digits, breaking as wrappedHeaderWidth says Excel does. */
export function wrappedLines(s: string, width: number): number {
  // One line that fits takes one line, however it would break (most of a list's long-text cells).
  if (!s.includes('\n') && textWidth(s) <= width) return 1;
  let lines = 0;
  for (const para of s.split('\n')) {
    const pieces = para.split(/(?<=\s)|(?<=[\u3000-\u9fff\uff00-\uffef])|(?=[\u3000-\u9fff\uff00-\uffef])/u);
    let used = 0;
    lines++;
    for (const p of pieces) {
      const w = textWidth(p);
      const bare = textWidth(p.trimEnd());
      if (used > 0 && used + bare > width) {
        lines++;
        used = 0;
      }
      used += w;
    }
  }
  return lines;
}
