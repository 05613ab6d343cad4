// "Now" as a wall-clock stamp in the register's time zone (Beijing time unless told), so the zone
// of the machine running Excel, the browser or the CLI never decides which day it is. Intl is part
// of the language, not of Node, so this serves every layer.
import { Stamp, dayOf, stampOf } from './time';

export const REGISTER_ZONE = 'Asia/Shanghai';

export function wallClockNow(zone = REGISTER_ZONE, at: Date = new Date()): Stamp {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return stampOf(dayOf(get('year'), get('month'), get('day')), get('hour') * 60 + get('minute') + get('second') / 60);
}
