// A reporting period: a calendar month or quarter, as wall-clock bounds [start, end).
import { Result, ok, err } from '../result';
import { msg } from '../messages/msg';
import { Stamp, dayOf, stampOf } from '../time';

export interface Period {
  kind: 'month' | 'quarter';
  /** "2026-10" or "2026-Q4". */
  label: string;
  year: number;
  /** 1-based months covered. */
  months: number[];
  start: Stamp;
  end: Stamp;
}

const monthStart = (y: number, m: number): Stamp => stampOf(dayOf(y, m, 1));

export function monthPeriod(y: number, m: number): Period {
  return { kind: 'month', label: `${y}-${String(m).padStart(2, '0')}`, year: y, months: [m], start: monthStart(y, m), end: monthStart(y, m + 1) };
}

export function quarterPeriod(y: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  return { kind: 'quarter', label: `${y}-Q${q}`, year: y, months: [first, first + 1, first + 2], start: monthStart(y, first), end: monthStart(y, first + 3) };
}

export function parsePeriod(text: string): Result<Period> {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return ok(monthPeriod(Number(m[1]), Number(m[2])));
  m = /^(\d{4})-?Q([1-4])$/i.exec(t);
  if (m) return ok(quarterPeriod(Number(m[1]), Number(m[2])));
  return err(msg('period.bad', { value: text }));
}

export function previousPeriod(p: Period): Period {
  if (p.kind === 'month') {
    const m = p.months[0];
    return m === 1 ? monthPeriod(p.year - 1, 12) : monthPeriod(p.year, m - 1);
  }
  const q = Math.ceil(p.months[0] / 3);
  return q === 1 ? quarterPeriod(p.year - 1, 4) : quarterPeriod(p.year, q - 1);
}

/** The months of a period as month periods (one for a month, three for a quarter). */
export function monthsOf(p: Period): Period[] {
  return p.months.map((m) => monthPeriod(p.year, m));
}

/** December or the fourth quarter: the period that closes the year. */
export const closesYear = (p: Period): boolean => p.months.includes(12);
