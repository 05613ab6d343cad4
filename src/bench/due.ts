// One COMPLAINTS.DUE call over a 100,000-row column, as Excel would make it: serial numbers in
// (dates converted the way Excel stores them), one result cell per row. For src/bench/bench.ts.
// Only pure modules of src/functions are imported (no Office types), so tsconfig.cli.json builds it.
import { performance } from 'node:perf_hooks';
import { demoRegister } from '../core/demo/generate';
import { DEMO_HEADERS } from '../core/demo/generate';
import { CellValue } from '../core/register/cells';
import { serialFromStamp, stampFromDate } from '../core/time';
import { dueCells, tierCells } from '../functions/register';
import { presetState } from '../functions/policy';

export const DUE_ROWS = 100_000;

/** A column as Excel hands it over: Dates as serial numbers, blanks as "". */
function column(rows: readonly CellValue[][], header: string): CellValue[][] {
  const i = DEMO_HEADERS.indexOf(header);
  if (i < 0) throw new Error(`no demo column ${header}`);
  return rows.map((r) => {
    const v = r[i];
    return [v instanceof Date ? serialFromStamp(stampFromDate(v)) : v ?? ''];
  });
}

export interface DueBench {
  rows: number;
  /** The DUE call (resolve deadlines) alone, best of `runs`. */
  ms: number;
  /** Cells that came back as a date serial (the rest: "" or a cell error). */
  dated: number;
}

/**
 * Times `=COMPLAINTS.DUE("resolve", received, tier, contacted, reported, planned, resolved, paused)`
 * over `rows` generated complaints (severity preset; tiers from one TIER call first, not timed).
 */
export function benchDue(rows = DUE_ROWS, runs = 3): DueBench {
  const state = presetState('severity');
  if (!state.ok) throw new Error(state.message);
  const cp = state.cp;
  const demo = demoRegister(7, rows).rows;
  const col = (h: string) => column(demo, h);
  const received = col('受理时间');
  const tiers = tierCells(cp, { loss: col('损失金额（元）'), factors: col('情形'), subject: col('投诉事项'), received, override: col('等级(手工)') }, 'key');
  const args = {
    milestone: 'resolve',
    received,
    tier: tiers,
    contacted: col('首次联系时间'),
    reported: col('上报时间'),
    planned: col('方案时间'),
    resolved: col('办结时间'),
    paused: col('暂停时长(小时)'),
  };
  let ms = Infinity;
  let out: unknown = undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    out = dueCells(cp, args);
    ms = Math.min(ms, performance.now() - t);
  }
  const dated = (out as unknown[][]).filter((r) => typeof r[0] === 'number').length;
  return { rows, ms, dated };
}
