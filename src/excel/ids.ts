// Writes the planned 编号 into the register: each run of consecutive rows is one range, text format
// first so that an id such as 00012 or 2026-0001 stays text, then the values; one sync for all.
// Range.numberFormat and Range.values: https://learn.microsoft.com/javascript/api/excel/excel.range
import { IdFillPlan } from '../workbook/ids-plan';

type Ctx = Excel.RequestContext;

/** Consecutive rows as runs: [first row, ids]. */
function runs(cells: IdFillPlan['cells']): [number, string[]][] {
  const out: [number, string[]][] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1].length === c.row) last[1].push(c.id);
    else out.push([c.row, [c.id]]);
  }
  return out;
}

export async function writeIds(ctx: Ctx, plan: IdFillPlan): Promise<number> {
  if (plan.cells.length === 0) return 0;
  const sheet = ctx.workbook.worksheets.getItem(plan.sheet);
  for (const [row, ids] of runs(plan.cells)) {
    const range = sheet.getRangeByIndexes(row - 1, plan.col, ids.length, 1);
    range.numberFormat = ids.map(() => ['@']);
    range.values = ids.map((id) => [id]);
  }
  await ctx.sync();
  return plan.cells.length;
}
