// Contact details leave the register only masked: 138****5678, a***@example.com.

const EMAIL = /([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
// Mobile numbers (11 digits starting with 1), with an optional +86 and separators.
const MOBILE = /(\+?86[\s-]?)?(1\d{2})[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g;
// Landlines: area code and a 7–8 digit number.
const LANDLINE = /(0\d{2,3})[\s-]?\d{3,4}(\d{4})(?!\d)/g;

export function maskContact(text: string): string {
  return text
    .replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`)
    .replace(MOBILE, (_m, cc: string | undefined, head: string, tail: string) => `${cc ?? ''}${head}****${tail}`)
    .replace(LANDLINE, (_m, area: string, tail: string) => `${area}-****${tail}`)
    .replace(/\d{5,}/g, (d) => `${d.slice(0, 2)}${'*'.repeat(d.length - 4)}${d.slice(-2)}`);
}
