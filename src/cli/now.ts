// "Now" as a wall-clock stamp in the register's time zone (Asia/Shanghai unless told), so the
// machine's own zone never decides which day it is.
import { Stamp, dayOf, stampOf } from '../core/time';

export const DEFAULT_ZONE = 'Asia/Shanghai';

export function wallClockNow(zone = DEFAULT_ZONE, at = new Date()): Stamp {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return stampOf(dayOf(get('year'), get('month'), get('day')), get('hour') * 60 + get('minute'));
}
