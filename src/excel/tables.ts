// Which table of the adopted sheet is the register, and what stops adoption with a clear message:
// a header row outside every table of a sheet that has tables, a header row two tables share, a
// filtered table (the computed columns must reach every row). Never tables.items[0] blindly.
import { MsgError, msg } from '../core/messages';

export interface TableSpan {
  name: string;
  /** 0-based sheet rows and columns, inclusive. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  filtered: boolean;
}

/** The table holding the header row, undefined when the sheet has none; a MsgError the pane shows in its language otherwise. */
export function registerTable(sheet: string, tables: readonly TableSpan[], headerRow: number, firstCol: number, lastCol: number): string | undefined {
  if (tables.length === 0) return undefined;
  const onHeader = tables.filter((t) => t.r0 === headerRow && t.c0 <= lastCol && t.c1 >= firstCol);
  const names = { zh: tables.map((t) => t.name).join('、'), en: tables.map((t) => t.name).join(', ') };
  if (onHeader.length === 0) {
    const crossing = tables.filter((t) => t.r0 <= headerRow && t.r1 >= headerRow);
    if (crossing.length) throw new MsgError(msg('excel.headerInTable', { sheet, row: headerRow + 1, table: crossing[0].name }));
    // Tables elsewhere on the sheet (a lookup list, notes) do not stop a register that is no table yet,
    // unless the new table would overlap them — Excel refuses that; say so before trying.
    const overlapping = tables.filter((t) => t.r1 >= headerRow && t.c0 <= lastCol && t.c1 >= firstCol);
    if (overlapping.length) throw new MsgError(msg('excel.overlapsTable', { sheet, tables: { zh: overlapping.map((t) => t.name).join('、'), en: overlapping.map((t) => t.name).join(', ') } }));
    return undefined;
  }
  if (onHeader.length > 1) throw new MsgError(msg('excel.tablesOnHeader', { sheet, row: headerRow + 1, tables: names }));
  const t = onHeader[0];
  if (t.filtered) throw new MsgError(msg('excel.filtered', { table: t.name }));
  return t.name;
}
