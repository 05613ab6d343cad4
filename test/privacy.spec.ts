import { maskContact, maskDeep } from '../src/core/privacy';

test.each([
  ['13812345678', '138****5678'],
  ['138 1234 5678', '138****5678'],
  ['138-1234-5678', '138****5678'],
  ['+86 13812345678', '+86 138****5678'],
  ['a@example.com', 'a***@example.com'],
  ['alice.wang@corp.example.cn', 'a***@corp.example.cn'],
  ['021-88886666', '021-****6666'],
  ['0755 2345678', '0755-****5678'],
  ['电话13812345678，邮箱li@example.com', '电话138****5678，邮箱l***@example.com'],
  ['QQ 123456789', 'QQ 12*****89'],
  ['王先生', '王先生'],
  ['', ''],
])('%s → %s', (input, masked) => {
  expect(maskContact(input)).toBe(masked);
});

test('no digit run of five or more survives', () => {
  for (const s of ['13812345678', '021-88886666', 'QQ 123456789', '+86 13812345678']) expect(maskContact(s)).not.toMatch(/\d{5,}/);
});

describe('maskDeep', () => {
  test('masks every string and key, keeps shape, order and other values', () => {
    const v = { b: ['13812345678', 3, null, { '电话13812345678': 'x' }], a: undefined, c: true };
    const out = maskDeep(v);
    expect(out).toEqual({ b: ['138****5678', 3, null, { '电话138****5678': 'x' }], a: undefined, c: true });
    expect(Object.keys(out)).toEqual(['b', 'a', 'c']);
    expect(v.b[0]).toBe('13812345678');
  });

  test('a "__proto__" key (JSON can hold one) stays an own, masked property', () => {
    const out = maskDeep(JSON.parse('{"__proto__": {"tel": "13812345678"}}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"tel":"138****5678"}}');
  });
});
