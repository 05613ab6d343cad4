// The demo register's record columns: product complaints (004: 产品类别, 批号, 生产日期, 到货日期),
// who resolved each complaint (办结人) and whether a suggestion was adopted. Drawn from their own
// random stream, so that the register's other columns stay as they were.
import { CellValue } from '../register/cells';
import { Stamp, dateFromStamp, dayOf, dayOfStamp, stampOf } from '../time';

export const RECORD_HEADERS = ['产品类别', '批号', '生产日期', '到货日期', '办结人', '建议是否采纳'];

/** Subjects about a product, and the product they are about. */
const PRODUCT_OF: Readonly<Record<string, string>> = {
  冰箱不制冷: '冰箱', 洗衣机漏水: '洗衣机', 产品异味: '冰箱', 空调噪音大: '空调', 热水器漏电: '热水器', 维修后仍故障: '洗衣机', 配件缺货: '空调',
};
/** A few batches per product, so that one bad batch draws several complaints, as it does. */
const BATCHES: Readonly<Record<string, string[]>> = {
  冰箱: ['BX2607A', 'BX2608C', 'BX2609B'],
  洗衣机: ['XY2606D', 'XY2608A'],
  空调: ['KT2605B', 'KT2607E', 'KT2609A'],
  热水器: ['RS2608F'],
};

export interface RecordRow {
  subject: string;
  category: string;
  received: Stamp;
  /** Recorded by the as-of time, else undefined. */
  resolved?: Stamp;
  handler: string;
  /** The handler's colleagues, one of whom may have resolved it before the complaint was handed on. */
  colleagues: readonly string[];
}

export function recordCells(rnd: () => number, r: RecordRow): CellValue[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const product = PRODUCT_OF[r.subject] ?? (r.category === '产品质量' ? pick(Object.keys(BATCHES)) : undefined);
  const batch = product ? pick(BATCHES[product]) : undefined;
  // 2607 → made in July 2026 (a day of that month), arrived a few weeks before the complaint.
  const made = batch ? dateFromStamp(stampOf(dayOf(2026, Number(batch.slice(4, 6)), 1) + Math.floor(rnd() * 25), 0)) : null;
  const arrived = batch ? dateFromStamp(stampOf(dayOfStamp(r.received) - 3 - Math.floor(rnd() * 20), 0)) : null;
  // Now and then the complaint moved to a colleague after it was resolved: the rating is theirs who resolved it.
  const resolvedBy = r.resolved === undefined ? null : rnd() < 0.1 ? pick(r.colleagues) : r.handler;
  const suggestion = rnd() < 0.15 ? (rnd() < 0.6 ? '是' : '否') : null;
  return [product ?? null, batch ?? null, made, arrived, resolvedBy, suggestion];
}
