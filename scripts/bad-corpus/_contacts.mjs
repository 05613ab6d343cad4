// The privacy grep: customer contacts in the forms issue 9 lists, found independently of the
// masker in src/core/privacy.ts (different expressions, written from the forms, not from it).
const FORMS = [
  ['mobile', /(?<![\d*.])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d*])/g],
  ['landline', /(?<![\d*.])[(（]?0\d{2,3}[)）]?[\s-]?\d{3,4}[\s-]?\d{4}(?![\d*])/g],
  ['service number', /(?<![\d*.])[48]00[\s-]?\d{3}[\s-]?\d{4}(?![\d*])/g],
  ['e-mail', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g],
  ['ID number', /(?<![\d*.])\d{17}[\dXx](?![\d*A-Za-z])/g],
];

/** Every unmasked contact in text, as "form: match". */
export function findContacts(text) {
  const hits = [];
  // GUIDs (data-bar rule ids in the XML) are hex digits in dashed groups, not phone numbers.
  text = text.replace(/\{[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\}/g, '{guid}');
  for (const [form, re] of FORMS) for (const m of text.matchAll(re)) hits.push(`${form}: ${m[0]}`);
  return hits;
}

/** A contact in every form, as a customer or a clerk would type it. */
export const CONTACTS = [
  '13812345678', '138-1234-5678', '138 1234 5678', '+86 13812345678', '+86 138 1234 5678', '+86-139-8765-4321',
  '(0755)8888 8888', '（0755）88889999', '0755-88888888', '021-66668888', '400-123-4567', '800-888-6666',
  'wang.li@example.com', 'ZHANG_SAN+tag@mail.example.cn', '11010519491231002X', '440301199001011234',
];
