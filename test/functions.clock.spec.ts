// The per-hour cached clock of STATUS agrees with core's wallClockNow (Intl), the outside truth,
// across a year of instants, in zones with and without daylight saving time.
import { cachedWallClock } from '../src/functions/clock';
import { wallClockNow } from '../src/core/now';

test.each(['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'])('%s: equal to wallClockNow within a millisecond', (zone) => {
  const start = Date.UTC(2026, 0, 1);
  for (let t = start; t < start + 366 * 86_400_000; t += 86_400_000 / 7 + 12_345) {
    // wallClockNow has whole seconds: compare at whole seconds.
    const at = Math.floor(t / 1000) * 1000;
    expect(Math.abs(cachedWallClock(zone, at) - wallClockNow(zone, new Date(at)))).toBeLessThan(1 / 60_000);
  }
});

test('across the DST change in Berlin (2026-03-29 01:00 UTC) the hour after uses the new offset', () => {
  const before = Date.UTC(2026, 2, 29, 0, 59, 0);
  const after = Date.UTC(2026, 2, 29, 1, 1, 0);
  expect(cachedWallClock('Europe/Berlin', after) - cachedWallClock('Europe/Berlin', before)).toBeCloseTo(2 + 60, 6);
});
