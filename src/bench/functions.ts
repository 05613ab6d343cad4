// `npm run bench:functions`: what one COMPLAINTS.TIER / DUE / STATUS call costs as Excel makes it in
// a register table (one call per row, scalar cells from [@[…]] references), and what a full-table
// recalculation of 100,000 rows would cost. Each figure is the best of RUNS fresh child processes
// (no JIT or heap state shared between figures). The path timed is the wrapper's
// (src/functions/functions.ts) without the CustomFunctions error objects: policy from the provider,
// named arguments from the function table, the pure cell computation, the result matrix.
// src/bench/bench.ts (helper "reader") may call runFunctionsBench() and print its lines.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { DEMO_HEADERS, demoRegister } from '../core/demo/generate';
import { CellValue } from '../core/register/cells';
import { serialFromStamp, stampFromDate } from '../core/time';
import { asMatrix } from '../functions/grid';
import { PolicyState, presetProvider, requirePolicy } from '../functions/policy';
import { ClockArgs, DueArgs, TierArgs, dueCells, labelFormat, statusCells, tierCells } from '../functions/register';
import { namedArgs } from '../core/functions/table';
import { cachedWallClock } from '../functions/clock';

export const TABLE_ROWS = 100_000;
const RUNS = 5;
const SAMPLE_ROWS = 20_000;
/** Deadline columns a register gets with the severity preset (one DUE per milestone). */
const DUE_COLUMNS = 5;
export const STATUS_AIM_US = 3;

type Fn = 'TIER' | 'DUE' | 'STATUS' | 'TIER_COLUMN';

/** The demo register as Excel hands one row's cells to a function: dates as serials, blanks as "". */
function rows(n: number): CellValue[][] {
  return demoRegister(7, n).rows.map((r) => r.map((v) => (v instanceof Date ? serialFromStamp(stampFromDate(v)) : v ?? '')));
}

/**
 * The tier sheet's one whole-column TIER call (issue 13 §1) over TABLE_ROWS rows, as Excel hands it
 * the table's columns: µs for the call, after a warm-up call. Excel makes it once per edit of a
 * column it reads; 计算等级's INDEX lookups are Excel's own.
 */
function measureColumn(): { us: number; calls: number } {
  const data = rows(TABLE_ROWS);
  const col = (h: string) => { const i = DEMO_HEADERS.indexOf(h); return data.map((r) => [r[i]]); };
  const args = namedArgs('TIER', [col('损失金额（元）'), col('情形'), col('投诉事项'), col('受理时间'), col('等级(手工)')]) as unknown as TierArgs;
  const provider = presetProvider('severity');
  const call = () => asMatrix(tierCells(requirePolicy(provider.policy() as PolicyState), args, labelFormat(undefined)));
  if (call().length !== TABLE_ROWS) throw new Error('no results');
  const t = performance.now();
  const out = call();
  const ms = performance.now() - t;
  if (out.length !== TABLE_ROWS) throw new Error('no results');
  return { us: ms * 1000, calls: 1 };
}

/** One child's measurement: µs per call over `calls` calls, after a warm-up pass. */
function measure(fn: Fn): { us: number; calls: number } {
  if (fn === 'TIER_COLUMN') return measureColumn();
  const data = rows(SAMPLE_ROWS);
  const col = (h: string) => DEMO_HEADERS.indexOf(h);
  const c = {
    received: col('受理时间'), loss: col('损失金额（元）'), factors: col('情形'), subject: col('投诉事项'), override: col('等级(手工)'),
    contacted: col('首次联系时间'), reported: col('上报时间'), planned: col('方案时间'), resolved: col('办结时间'), followedUp: col('回访时间'), paused: col('暂停时长(小时)'),
  };
  const provider = presetProvider('severity');
  const tierOf = (r: CellValue[]) => {
    const out = asMatrix(tierCells(requirePolicy(provider.policy() as PolicyState), { loss: r[c.loss], factors: r[c.factors], subject: r[c.subject], received: r[c.received], override: r[c.override] }, 'key'));
    return out[0][0];
  };
  const tiers = data.map(tierOf);
  const call = (i: number): unknown => {
    const r = data[i];
    // The preset provider answers at once; in Excel the wrapper awaits the workbook's cached policy.
    const cp = requirePolicy(provider.policy() as PolicyState);
    if (fn === 'TIER') return asMatrix(tierCells(cp, namedArgs('TIER', [r[c.loss], r[c.factors], r[c.subject], r[c.received], r[c.override]]) as unknown as TierArgs, labelFormat(undefined)));
    if (fn === 'DUE') return asMatrix(dueCells(cp, namedArgs('DUE', ['resolve', r[c.received], tiers[i], r[c.contacted], r[c.reported], r[c.planned], r[c.resolved], r[c.paused]]) as unknown as DueArgs));
    return asMatrix(statusCells(cp, namedArgs('STATUS', [r[c.received], tiers[i], r[c.contacted], r[c.reported], r[c.planned], r[c.resolved], r[c.followedUp], r[c.paused]]) as unknown as ClockArgs, cachedWallClock(), labelFormat(undefined)));
  };
  let sink = 0;
  for (let i = 0; i < data.length; i++) sink += call(i) ? 1 : 0; // warm-up
  const t = performance.now();
  for (let i = 0; i < data.length; i++) sink += call(i) ? 1 : 0;
  const ms = performance.now() - t;
  if (sink === 0) throw new Error('no results');
  return { us: (ms * 1000) / data.length, calls: data.length };
}

/** Best (lowest) µs per call of `fn` over RUNS fresh processes. */
function best(fn: Fn): number {
  let us = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [__filename, '--child', fn], { encoding: 'utf8' });
    us = Math.min(us, (JSON.parse(out) as { us: number }).us);
  }
  return us;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** The bench's lines: calls/s per function and the recalculation estimates for TABLE_ROWS rows. */
export function runFunctionsBench(): string[] {
  const us: Record<Fn, number> = { TIER: best('TIER'), DUE: best('DUE'), STATUS: best('STATUS'), TIER_COLUMN: best('TIER_COLUMN') };
  const lines = [`functions bench: node ${process.version}, one call per row as in a register table, best of ${RUNS} fresh processes`];
  for (const fn of ['TIER', 'DUE', 'STATUS'] as Fn[]) {
    const aim = fn === 'STATUS' ? `  (aim ≤ ${STATUS_AIM_US} µs: ${us.STATUS <= STATUS_AIM_US ? 'met' : 'NOT met'})` : '';
    lines.push(`${fn.padEnd(7)} ${us[fn].toFixed(2)} µs/call  ${fmt(1e6 / us[fn])} calls/s${aim}`);
  }
  const full = TABLE_ROWS * (us.TIER + DUE_COLUMNS * us.DUE + us.STATUS) / 1000;
  const volatileOnly = (TABLE_ROWS * us.STATUS) / 1000;
  lines.push(`full-table recalculation, ${fmt(TABLE_ROWS)} rows × (TIER + ${DUE_COLUMNS} DUE + STATUS): ${fmt(full)} ms`);
  lines.push(`per edit (STATUS alone is volatile): ${fmt(volatileOnly)} ms; alternative, STATUS not volatile and the pane recalculating it once a minute: 0 ms per edit, ${fmt(volatileOnly)} ms per minute`);
  // Issue 13 §1: 计算等级 reads the tier sheet's one whole-column TIER (repeat escalation needs every row).
  // Every 计算等级 lookup reads the spill's column, so Excel recalculates all of them, and the DUE and
  // STATUS cells that read the tier, after that call: a full-table recalculation without the per-row TIER.
  const afterEdit = us.TIER_COLUMN / 1000 + (TABLE_ROWS * (DUE_COLUMNS * us.DUE + us.STATUS)) / 1000;
  lines.push(`tier sheet, one whole-column TIER over ${fmt(TABLE_ROWS)} rows: ${fmt(us.TIER_COLUMN / 1000)} ms; per edit of a tier input column (loss, factors, subject, received, override) with the DUE/STATUS cells that follow: ${fmt(afterEdit)} ms (before: one per-row TIER, ${us.TIER.toFixed(2)} µs, blind to repeats); edits of other columns: unchanged`);
  return lines;
}

if (require.main === module) {
  const i = process.argv.indexOf('--child');
  if (i >= 0) process.stdout.write(JSON.stringify(measure(process.argv[i + 1] as Fn)));
  else for (const line of runFunctionsBench()) console.log(line);
}
