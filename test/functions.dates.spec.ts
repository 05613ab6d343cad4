// The functions in a workbook on the 1904 date system (src/functions/dates.ts): the same cells typed
// in a 1904 workbook arrive 1462 lower; TIER, DUE, STATUS, WORKDAY and NETWORKDAYS give the same
// answers, dates shown in that workbook's system. Proven against the 1900 results as the truth.
import { due, networkdays, setDateOffset, setPolicyProvider, status, tier, workday } from '../src/functions/functions';
import { presetProvider } from '../src/functions/policy';
import { installCustomFunctions } from './helpers/custom-functions-fake';

const D = 1462;
const at = (ymd: string, hour = 0) => Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10))) / 86400000 + 25569 + hour / 24;

let restore: () => void;
beforeAll(() => {
  restore = installCustomFunctions();
  setPolicyProvider(presetProvider('severity'));
});
afterEach(() => setDateOffset(0));
afterAll(() => restore());

const shift = (m: unknown[][], by: number) => m.map((r) => r.map((v) => (typeof v === 'number' ? v + by : v)));

test('DUE: the 1904 deadline is the 1900 deadline minus 1462; TIER and STATUS give the same labels', async () => {
  const received = [[at('2026-09-30', 10)], [at('2026-10-08', 9)], ['']];
  const resolved = [[at('2026-10-20', 12)], [''], ['']];
  const tiers = [['important'], ['major'], ['general']];
  const d1900 = await due([['resolve']], received, tiers, undefined, undefined, undefined, resolved);
  const s1900 = await status(received, tiers, undefined, undefined, undefined, resolved, undefined, undefined, 'key');
  const t1900 = await tier([[0], [600000], [0]], [[''], [''], ['']], undefined, received);
  setDateOffset(D);
  const d1904 = await due([['resolve']], shift(received, -D), tiers, undefined, undefined, undefined, shift(resolved, -D));
  expect(d1904).toEqual(shift(d1900, -D));
  expect(typeof d1900[0][0]).toBe('number');
  expect(await status(shift(received, -D), tiers, undefined, undefined, undefined, shift(resolved, -D), undefined, undefined, 'key')).toEqual(s1900);
  expect(await tier([[0], [600000], [0]], [[''], [''], ['']], undefined, shift(received, -D))).toEqual(t1900);
});

test('WORKDAY and NETWORKDAYS over 国庆 in a 1904 workbook', () => {
  expect(workday(at('2026-09-30'), 7)).toBe(at('2026-10-15'));
  const n = networkdays(at('2026-10-01'), at('2026-10-31'));
  setDateOffset(D);
  expect(workday(at('2026-09-30') - D, 7)).toBe(at('2026-10-15') - D);
  expect(networkdays(at('2026-10-01') - D, at('2026-10-31') - D)).toBe(n);
});
