// "Now" for STATUS: the wall clock in Asia/Shanghai, whatever zone the machine running Excel is in
// (registers hold Beijing wall-clock times). The same computation as the CLI's, kept here so the
// add-in does not depend on src/cli.
import { Stamp, dayOf, stampOf } from '../core/time';

export const REGISTER_ZONE = 'Asia/Shanghai';

export function wallClockNow(zone = REGISTER_ZONE, at: Date = new Date()): Stamp {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return stampOf(dayOf(get('year'), get('month'), get('day')), get('hour') * 60 + get('minute') + get('second') / 60);
}
