// 二次投诉 (001) as the report counts it (src/core/report/secondary.ts): the rows are grouped by a
// number made from the key, not the key text, and rows older than the period less three months are
// left out. Both must give the flags of the period's rows that the rule itself gives, here computed
// a second, independent way: every pair of rows compared (same normalized customer and subject,
// an earlier valid one within three months by the calendar).
import { secondaryFlags } from '../src/core/report/secondary';
import { Complaint } from '../src/core/register/complaint';
import { normalizeWord } from '../src/core/text';
import { addMonthsClipped, Stamp } from '../src/core/time';
import { at, complaint } from './helpers/build';

/** The rule, pair by pair: an earlier row (by time, then by row order) of the same key within three months. */
function naive(rows: readonly Complaint[]): boolean[] {
  const ok = (c: Complaint) => !c.broken && c.received !== undefined && c.valid !== false && !!c.subject && !!c.customer;
  const keys = rows.map((c) => (ok(c) ? `${normalizeWord(c.customer as string)}|${normalizeWord(c.subject as string)}` : ''));
  return rows.map((c, i) => ok(c) && rows.some((d, j) => {
    if (j === i || !ok(d) || keys[j] !== keys[i]) return false;
    const earlier = (d.received as number) < (c.received as number) || ((d.received as number) === (c.received as number) && j < i);
    return earlier && (d.received as number) >= addMonthsClipped(c.received as number, -3);
  }));
}

const since = at('2026-10-01 00:00');
const periodRows = (rows: readonly Complaint[], flags: readonly boolean[]) => rows.flatMap((c, i) => ((c.received as Stamp) >= since ? [flags[i]] : []));

describe('secondaryFlags', () => {
  it('splits two keys that hash alike (客户62513 and 客户117012 on 退款): neither flags the other', () => {
    const rows = [
      complaint({ customer: '客户62513', subject: '退款', received: '2026-10-02 09:00' }),
      complaint({ customer: '客户117012', subject: '退款', received: '2026-10-03 09:00' }),
      complaint({ customer: '客户117012', subject: '退款', received: '2026-10-20 09:00' }),
    ];
    expect(secondaryFlags(rows, since)).toEqual([false, false, true]);
  });

  it('counts an earlier complaint from before the period, within three months, and not one older', () => {
    const rows = [
      complaint({ customer: '李女士', subject: '漏水', received: '2026-07-01 08:00' }),
      complaint({ customer: '李女士', subject: '漏水', received: '2026-10-01 08:00' }),
      complaint({ customer: '王先生', subject: '漏水', received: '2026-06-30 23:59' }),
      complaint({ customer: '王先生', subject: '漏水', received: '2026-10-01 00:00' }),
      complaint({ customer: 'ＡＢＣ公司', subject: '发票', received: '2026-09-15 10:00' }),
      complaint({ customer: 'abc公司', subject: '发票 ', received: '2026-10-05 10:00' }),
    ];
    const flags = secondaryFlags(rows, since);
    expect(periodRows(rows, flags)).toEqual(periodRows(rows, naive(rows)));
    expect(periodRows(rows, flags)).toEqual([true, false, true]);
  });

  it('agrees with the pair-by-pair rule on 3,000 random rows over eight months', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const base = at('2026-03-01 00:00');
    const rows = Array.from({ length: 3000 }, () => complaint({
      customer: `客户${rnd(300)}`,
      subject: ['退款', '漏水', '发票', '态度'][rnd(4)],
      valid: rnd(10) === 0 ? false : undefined,
      received: undefined,
    })).map((c) => ({ ...c, received: base + rnd(245 * 24 * 60) }));
    const flags = secondaryFlags(rows, since);
    const expected = naive(rows);
    expect(periodRows(rows, flags)).toEqual(periodRows(rows, expected));
    expect(periodRows(rows, flags).filter(Boolean).length).toBeGreaterThan(100);
  });
});
