// The workbook's date system for the custom functions: in a 1904 workbook Excel hands over and
// shows date serials 1462 lower than the 1900 serials the core computes with
// (https://learn.microsoft.com/en-us/office/troubleshoot/excel/1900-and-1904-date-system). The
// date parameters and date results are the function table's (table.json: "date", "returnsDate").
import { CellOut, Out } from './grid';
import { FunctionId, functionSpec } from '../core/functions/table';

const shiftCell = (v: unknown, by: number): unknown => (typeof v === 'number' ? v + by : v);
const shiftAny = (v: unknown, by: number): unknown => (Array.isArray(v) ? v.map((x) => shiftAny(x, by)) : shiftCell(v, by));

/** Named arguments with their date serials moved to the 1900 system (+offset). */
export function argsTo1900(id: FunctionId, args: Record<string, unknown>, offset: number): Record<string, unknown> {
  if (!offset) return args;
  const out = { ...args };
  for (const p of functionSpec(id).params) if (p.date && out[p.name] !== undefined && out[p.name] !== null) out[p.name] = shiftAny(out[p.name], offset);
  return out;
}

/** A result moved back to the workbook's system when the function returns dates. */
export function resultFrom1900(id: FunctionId, out: Out, offset: number): Out {
  if (!offset || !functionSpec(id).returnsDate) return out;
  const cell = (v: CellOut): CellOut => (typeof v === 'number' ? v - offset : v);
  return Array.isArray(out) ? out.map((r) => r.map(cell)) : cell(out);
}
