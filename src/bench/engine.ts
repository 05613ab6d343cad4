// The engine's in-memory figures, run by src/bench/bench.ts in a fresh child process:
//  1. tier + every deadline + status for 100,000 generated complaints (aim: ≥ 1,000,000 rows/s)
//  2. the working-day additions those clocks need, by our calendar and by formulajs' WORKDAY.INTL
//     (aim: ≥ 10× formulajs). formulajs knows no 调休, so both run on weekends + official holidays.
//  3. one COMPLAINTS.DUE call over a 100,000-row column.
import { MsgError } from '../core/messages';
import { performance } from 'node:perf_hooks';
import { demoRegister } from '../core/demo/generate';
import { readRegister } from '../core/register/read';
import { assignTiers } from '../core/tier';
import { evaluate } from '../core/sla';
import { compilePolicy, CompiledPolicy } from '../core/policy/compile';
import { preset } from '../core/policy/presets';
import { addWorkdays, compileCalendar, Calendar } from '../core/calendar/calendar';
import { BUILTIN_CALENDAR_SPECS } from '../core/calendar/builtin';
import { Day, dayOfStamp, dayOf, stampOf } from '../core/time';
import { Complaint } from '../core/register/complaint';
import { benchDue } from './due';
// formulajs ships no types; this is the one function used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const formulajs = require('@formulajs/formulajs') as { WORKDAY: { INTL: (s: Date, n: number, w: number, h: Date[]) => Date | Error } };

const ROWS = 100_000;

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

function complaints(): Complaint[] {
  const demo = demoRegister(7, ROWS);
  const r = readRegister([demo.headers, ...demo.rows]);
  if (!r.ok) throw new MsgError(r.error);
  return r.value.complaints;
}

function policy(): CompiledPolicy {
  const r = compilePolicy(preset('severity')!);
  if (!r.ok) throw new Error('preset does not compile');
  return r.value;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  // First, on a quiet heap: one custom-function call as Excel makes it.
  const due = benchDue();
  const cp = policy();
  const rows = complaints();
  const asOf = stampOf(dayOf(2026, 11, 5), 600);
  console.log(`complaint-register bench: node ${process.version}, ${ROWS.toLocaleString('en-US')} rows`);

  const engineMs = best(5, () => {
    const tiers = assignTiers(cp, rows);
    for (let i = 0; i < rows.length; i++) evaluate(cp, rows[i], tiers[i].rank, asOf);
  });
  const rowsPerSec = (ROWS / engineMs) * 1000;
  console.log(`engine   tier + deadlines + status: ${engineMs.toFixed(1)} ms  ${fmt(rowsPerSec)} rows/s  (aim ≥ 1,000,000: ${rowsPerSec >= 1e6 ? 'met' : 'NOT met'})`);

  // The working-day additions the clocks make: each complaint's receipt day plus 1..15 days.
  const spec = BUILTIN_CALENDAR_SPECS.china;
  const holidaysOnly = compileCalendar({ name: 'holidays', weekend: '0000011', days: spec.days.filter((d) => d.kind === 'off') });
  if (!holidaysOnly.ok) throw new MsgError(holidaysOnly.error);
  const cal: Calendar = holidaysOnly.value;
  const ops: [Day, number][] = rows.filter((c) => c.received !== undefined).map((c, i) => [dayOfStamp(c.received as number), [3, 7, 15, 1, 2][i % 5]]);
  // formulajs works on local-time Dates: local midnights of the same calendar dates keep it honest.
  const localDate = (d: Day) => {
    const utc = new Date(d * 86_400_000);
    return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  };
  const localHolidays = spec.days.filter((d) => d.kind === 'off' && d.day >= dayOf(2025, 1, 1)).map((d) => localDate(d.day));
  const ours: Day[] = [];
  const oursMs = best(5, () => {
    ours.length = 0;
    for (const [d, n] of ops) ours.push(addWorkdays(cal, d, n));
  });
  // formulajs is much slower; a sample keeps the bench short, and the ratio is per addition.
  const sample = ops.slice(0, 5_000);
  let mismatches = 0;
  const peerMs = best(2, () => {
    mismatches = 0;
    sample.forEach(([d, n], i) => {
      const r = formulajs.WORKDAY.INTL(localDate(d), n, 1, localHolidays) as Date;
      const got = dayOf(r.getFullYear(), r.getMonth() + 1, r.getDate());
      if (got !== ours[i]) mismatches++;
    });
  });
  const oursPer = (oursMs / ops.length) * 1000;
  const peerPer = (peerMs / sample.length) * 1000;
  console.log(`workdays ours:      ${ops.length.toLocaleString('en-US')} additions in ${oursMs.toFixed(1)} ms  (${oursPer.toFixed(3)} µs each)`);
  console.log(`workdays formulajs: ${sample.length.toLocaleString('en-US')} additions in ${peerMs.toFixed(1)} ms  (${peerPer.toFixed(3)} µs each; the ${localHolidays.length} holidays of 2025-2026 passed in)`);
  console.log(`DUE      one =COMPLAINTS.DUE("resolve", …) over a ${due.rows.toLocaleString('en-US')}-row column: ${due.ms.toFixed(1)} ms  (aim < 200 ms: ${due.ms < 200 ? 'met' : 'NOT met'})`);
  console.log(`workdays ratio: ours is ${(peerPer / oursPer).toFixed(1)}× formulajs  (aim ≥ 10×: ${peerPer / oursPer >= 10 ? 'met' : 'NOT met'}); results differing: ${mismatches} of ${sample.length}`);

  console.log(JSON.stringify({ engineMs, rowsPerSec, workdayRatio: peerPer / oursPer, workdayMismatches: mismatches, dueMs: due.ms }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
