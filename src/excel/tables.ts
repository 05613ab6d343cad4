// Which table of the adopted sheet is the register, and what stops adoption with a clear message:
// a header row outside every table of a sheet that has tables, a header row two tables share, a
// filtered table (the computed columns must reach every row). Never tables.items[0] blindly.

export interface TableSpan {
  name: string;
  /** 0-based sheet rows and columns, inclusive. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  filtered: boolean;
}

/** The table holding the header row, undefined when the sheet has none; an Error the pane shows otherwise. */
export function registerTable(sheet: string, tables: readonly TableSpan[], headerRow: number, firstCol: number, lastCol: number): string | undefined {
  if (tables.length === 0) return undefined;
  const onHeader = tables.filter((t) => t.r0 === headerRow && t.c0 <= lastCol && t.c1 >= firstCol);
  const names = tables.map((t) => t.name).join('、');
  if (onHeader.length === 0) {
    const crossing = tables.filter((t) => t.r0 <= headerRow && t.r1 >= headerRow);
    if (crossing.length) throw new Error(`「${sheet}」第 ${headerRow + 1} 行表头在表格 ${crossing[0].name} 的中间，请把表头放在表格的第一行 (the header row ${headerRow + 1} lies inside table ${crossing[0].name}: make it the table's header row)`);
    // Tables elsewhere on the sheet (a lookup list, notes) do not stop a register that is no table yet,
    // unless the new table would overlap them — Excel refuses that; say so before trying.
    const overlapping = tables.filter((t) => t.r1 >= headerRow && t.c0 <= lastCol && t.c1 >= firstCol);
    if (overlapping.length) throw new Error(`「${sheet}」的登记区与表格 ${overlapping.map((t) => t.name).join('、')} 重叠 (the register overlaps table ${overlapping[0].name}: move or remove that table first)`);
    return undefined;
  }
  if (onHeader.length > 1) throw new Error(`「${sheet}」第 ${headerRow + 1} 行有多个表格（${names}），请只保留一个登记表格 (several tables on the header row: keep one register table)`);
  const t = onHeader[0];
  if (t.filtered) throw new Error(`表格 ${t.name} 已筛选：请先清除筛选，计算列才能覆盖所有行 (table ${t.name} is filtered: clear the filter first so the computed columns reach every row)`);
  return t.name;
}
