// Text normalisation shared by every lookup that forgives what people type.

/** Full-width ASCII (Ａ, ０, （) to half-width, and the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  // Most cells hold none (every cell of a register passes here): one look at each character, no regex scan.
  let any = false;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    if ((k >= 0xff01 && k <= 0xff5e) || k === 0x3000) {
      any = true;
      break;
    }
  }
  if (!any) return s;
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** For matching words: half-width, no white space, lower case. */
export function normalizeWord(s: string): string {
  return toHalfWidth(String(s)).replace(/\s+/g, '').toLowerCase();
}

// Words repeat across thousands of rows (factors, subjects, customers); normalise each once.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function normalizeWordCached(s: string): string {
  let n = cache.get(s);
  if (n === undefined) {
    n = normalizeWord(s);
    if (cache.size < CACHE_LIMIT) cache.set(s, n);
  }
  return n;
}
