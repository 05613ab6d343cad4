// toHalfWidth (every register cell passes through it) against Unicode's own compatibility mapping:
// NFKC folds each full-width ASCII form (U+FF01–U+FF5E) and the ideographic space to ASCII.
import { normalizeWord, toHalfWidth } from '../src/core/text';

test('every full-width ASCII form and the ideographic space fold as NFKC folds them', () => {
  for (let k = 0xff01; k <= 0xff5e; k++) {
    const ch = String.fromCharCode(k);
    expect([k.toString(16), toHalfWidth(ch)]).toEqual([k.toString(16), ch.normalize('NFKC')]);
  }
  expect(toHalfWidth('\u3000')).toBe('\u3000'.normalize('NFKC'));
});

test.each([
  ['２０２６－１０－０５　０９：００', '2026-10-05 09:00'],
  ['客户（张先生）１３８', '客户(张先生)138'],
  ['ＡＢｃ x', 'ABc x'],
  ['plain 2026-10-05 09:00', 'plain 2026-10-05 09:00'],
  ['质量缺陷、人身伤害', '质量缺陷、人身伤害'],
  ['', ''],
  // Just outside the range: left as written.
  ['\uff00\uff5f', '\uff00\uff5f'],
])('%s → %s', (input, out) => {
  expect(toHalfWidth(input)).toBe(out);
});

test('normalizeWord: half width, no white space, lower case', () => {
  expect(normalizeWord('  Ｑｕａｌｉｔｙ　Ｄｅｆｅｃｔ ')).toBe('qualitydefect');
});
