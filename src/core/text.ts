// Text normalisation shared by every lookup that forgives what people type.

/** Full-width ASCII (Ａ, ０, （) to half-width, and the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** For matching words: half-width, no white space, lower case. */
export function normalizeWord(s: string): string {
  return toHalfWidth(String(s)).replace(/\s+/g, '').toLowerCase();
}
