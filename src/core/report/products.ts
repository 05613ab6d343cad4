// Product complaints (004): the period's complaints per 产品类别 and per 批号. A batch that drew
// several complaints (the policy's 批号多次投诉件数, default 2) is flagged — one bad batch shows up as several customers' complaints.
import { normalizeWordCached as normalizeWord } from '../text';
import { formatDay, dayOfStamp } from '../time';
import { Count } from './figures-types';
import { DEFAULT_BATCH_SEVERAL } from '../policy/types';
import { Evaluated, UNFILLED, countBy } from './figures-basics';


export interface BatchLine {
  batch: string;
  /** The product categories its complaints name, joined with 、. */
  productCategory: string;
  count: number;
  /** The earliest 生产日期 and latest 到货日期 its complaints give, YYYY-MM-DD or ''. */
  manufactured: string;
  arrived: string;
  /** The ids (or row numbers) of its complaints. */
  complaints: string[];
  flagged: boolean;
}

export interface ProductFigures {
  byProductCategory: Count[];
  /** Complaints that name a product category or batch. */
  productComplaints: number;
  batches: BatchLine[];
  /** A batch with at least this many complaints is flagged (the policy's 批号多次投诉件数). */
  batchSeveral: number;
}

const dayText = (t: number | undefined): string => (t === undefined ? '' : formatDay(dayOfStamp(t)));

/** Null when no complaint of the period names a product or batch: the register is not about products. */
export function productFigures(pop: readonly Evaluated[], batchSeveral = DEFAULT_BATCH_SEVERAL): ProductFigures | null {
  const items = pop.filter((e) => e.c.productCategory || e.c.batch);
  if (items.length === 0) return null;
  // A batch typed as " lot-7 " and "LOT-7" is one batch; the first spelling is shown.
  const groups = new Map<string, Evaluated[]>();
  for (const e of items) {
    if (!e.c.batch) continue;
    const k = normalizeWord(e.c.batch);
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const batches = [...groups.values()].map((g): BatchLine => {
    const made = g.map((e) => e.c.manufactured).filter((t): t is number => t !== undefined);
    const arrived = g.map((e) => e.c.arrived).filter((t): t is number => t !== undefined);
    return {
      batch: (g[0].c.batch as string).trim(),
      productCategory: [...new Set(g.map((e) => e.c.productCategory || UNFILLED))].join('、'),
      count: g.length,
      manufactured: made.length ? dayText(Math.min(...made)) : '',
      arrived: arrived.length ? dayText(Math.max(...arrived)) : '',
      complaints: g.map((e) => e.c.id || `#${e.c.row}`),
      flagged: g.length >= batchSeveral,
    };
  });
  batches.sort((a, b) => b.count - a.count || a.batch.localeCompare(b.batch));
  return { byProductCategory: countBy(items, (e) => e.c.productCategory), productComplaints: items.length, batches, batchSeveral };
}
