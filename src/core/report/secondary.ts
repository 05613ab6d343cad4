// 二次投诉 (001): the same customer on the same subject again within three months of an earlier
// valid complaint. Counted for a report's period over a register of up to a million rows.
import { Complaint } from '../register/complaint';
import { MINUTES_PER_DAY, Stamp, addMonthsClipped, dayOfStamp } from '../time';
import { normalizeWordCached as normalizeWord } from '../text';
import { counted, groupBy } from './figures-basics';

/**
 * Same customer, same subject, an earlier valid complaint within three months (二次投诉, 001): the
 * flags of the rows received from `since` on (the period's rows), each row's key as a number. The
 * key text of every row of a million-row register (~150 bytes each) does not fit in 1 GB beside
 * the complaints; rows received before `since` less three months can flag none of them.
 */
export function secondaryFlags(rows: readonly Complaint[], since: Stamp): boolean[] {
  const flags = rows.map(() => false);
  const from = addMonthsClipped(since, -3);
  const groups = new Map<number, number | number[]>();
  rows.forEach((c, i) => {
    if (!counted(c) || !c.subject || !c.customer || (c.received as number) < from) return;
    const h = keyHash(normalizeWord(c.customer), normalizeWord(c.subject));
    const g = groups.get(h);
    if (g === undefined) groups.set(h, i);
    else if (typeof g === 'number') groups.set(h, [g, i]);
    else g.push(i);
  });
  const earlier = threeMonthsEarlier();
  for (const g of groups.values()) {
    if (typeof g === 'number') continue;
    // Rows sharing a hash are split by their real key: two keys may hash alike.
    for (const same of groupBy(g, (i) => `${normalizeWord(rows[i].customer as string)}\u0000${normalizeWord(rows[i].subject as string)}`).values()) {
      if (same.length > 1) flagWithin(rows, same, flags, earlier);
    }
  }
  return flags;
}

/** FNV-1a over the two texts and a separator, kept within a small integer. */
function keyHash(a: string, b: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < a.length; k++) h = Math.imul(h ^ a.charCodeAt(k), 0x01000193);
  h = Math.imul(h ^ 0, 0x01000193);
  for (let k = 0; k < b.length; k++) h = Math.imul(h ^ b.charCodeAt(k), 0x01000193);
  return h >>> 2;
}

/**
 * The same wall-clock time three months earlier, the shift counted once per day: it depends on the
 * day alone, and a big register's repeat rows fall on a few hundred days.
 */
function threeMonthsEarlier(): (t: Stamp) => Stamp {
  const shiftByDay = new Map<number, number>();
  return (t) => {
    const day = dayOfStamp(t);
    let shift = shiftByDay.get(day);
    if (shift === undefined) shiftByDay.set(day, (shift = addMonthsClipped(day * MINUTES_PER_DAY, -3) - day * MINUTES_PER_DAY));
    return t + shift;
  };
}

/** One key's rows (in row order): each is flagged when an earlier one was received within three months before it. */
function flagWithin(rows: readonly Complaint[], g: number[], flags: boolean[], earlier: (t: Stamp) => Stamp): void {
  g.sort((a, b) => (rows[a].received as number) - (rows[b].received as number) || a - b);
  let left = 0;
  for (let i = 1; i < g.length; i++) {
    const start = earlier(rows[g[i]].received as number);
    while ((rows[g[left]].received as number) < start) left++;
    if (left < i) flags[g[i]] = true;
  }
}
