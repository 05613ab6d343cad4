// "Now" for COMPLAINTS.STATUS, cheap enough to ask on every call: core's wallClockNow builds an
// Intl.DateTimeFormat (tens of µs), so the zone's offset from UTC is asked once per UTC hour and
// added to the current time. Zones change their offset (DST) on hour boundaries in practice; the
// register's zone, Asia/Shanghai, has had none since 1991.
import { REGISTER_ZONE, wallClockNow } from '../core/now';
import { Stamp } from '../core/time';

const HOUR_MS = 3_600_000;
const offsets = new Map<string, { hour: number; minutes: number }>();

/** The wall-clock stamp of `at` in `zone`, equal to wallClockNow(zone, at). */
export function cachedWallClock(zone = REGISTER_ZONE, at: number = Date.now()): Stamp {
  const hour = Math.floor(at / HOUR_MS);
  let o = offsets.get(zone);
  if (!o || o.hour !== hour) {
    const start = hour * HOUR_MS;
    o = { hour, minutes: wallClockNow(zone, new Date(start)) - start / 60_000 };
    offsets.set(zone, o);
  }
  return at / 60_000 + o.minutes;
}
