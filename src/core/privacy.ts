// Contact details leave the register only masked: 138****5678, a***@example.com, 0755-****8888,
// 110101********123X. maskText finds them inside any free text (a subject, a customer name, a
// sheet name) and leaves everything else, such as complaint numbers, as written; maskContact is
// for the contact column itself, where any long run of digits is taken for a number.

const EMAIL = /([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
// ID-card numbers: 18 characters, the last a digit or X (GB 11643).
const ID_CARD = /(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])/g;
// Mobile numbers (11 digits, 1[3-9]…), with an optional +86 / 0086 / (+86) and separators.
const MOBILE = /(?<!\d)(\(?(?:\+|00)?86\)?[\s-]?)?(1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g;
// Service numbers 400-xxx-xxxx and 800-xxx-xxxx.
const SERVICE = /(?<!\d)([48]00)[\s-]?\d{3}[\s-]?(\d{4})(?!\d)/g;
// Landlines: an area code (0 and 2–3 digits, maybe in brackets) and a 7–8 digit number.
const LANDLINE = /(?<!\d)[(（]?(0\d{2,3})[)）]?[\s-]?\d{3,4}[\s-]?(\d{4})(?!\d)/g;

// Every form above needs an ASCII digit or an @: text without one is returned as it is, unscanned
// (a report masks every string of its figures, most of them words).
const MAY_HOLD_CONTACT = /[0-9@]/;

// The four digit forms at once, to test with one scan: most text with a digit (a time, an id, an
// amount) holds none of them, and is then returned without the five replacing scans. The e-mail
// form is left out (unanchored in a union it rescans every run of letters): an @ decides it.
const DIGIT_FORMS = new RegExp([ID_CARD, MOBILE, SERVICE, LANDLINE].map((r) => r.source).join('|'));

/** Every contact form inside free text, masked; other text untouched. */
export function maskText(text: string): string {
  if (!MAY_HOLD_CONTACT.test(text) || (text.indexOf('@') < 0 && !DIGIT_FORMS.test(text))) return text;
  return text
    .replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`)
    .replace(ID_CARD, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(MOBILE, (_m, cc: string | undefined, head: string, tail: string) => `${cc ? `${cc.replace(/[\s-]+$/, '')} ` : ''}${head}****${tail}`)
    .replace(SERVICE, (_m, head: string, tail: string) => `${head}-***-${tail}`)
    .replace(LANDLINE, (_m, area: string, tail: string) => `${area}-****${tail}`);
}

/** A contact cell: every form above, and any other run of five or more digits (QQ, WeChat ids). */
export function maskContact(text: string): string {
  return maskText(text).replace(/\d{5,}/g, (d) => `${d.slice(0, 2)}${'*'.repeat(d.length - 4)}${d.slice(-2)}`);
}

/** A copy of a JSON-like value with maskText applied to every string in it (keys too). */
export function maskDeep<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      // Built key by key (not through entry pairs): a big month's overdue list is 130,000 objects.
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) define(out, maskText(k), walk((v as Record<string, unknown>)[k]));
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** An own property even for the key "__proto__", as Object.fromEntries makes it. */
function define(o: Record<string, unknown>, k: string, x: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: x, enumerable: true, writable: true, configurable: true });
  else o[k] = x;
}
