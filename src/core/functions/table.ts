// The one table of the COMPLAINTS.* custom functions (table.json), typed, and what is derived from
// it: the signatures the task pane lists, the named arguments a wrapper hands to ./register, and the
// per-row formulas the adapter writes into a register's computed columns. The zh-CN metadata comes
// from the same file (scripts/localize-functions.cjs); test/functions.table.spec.ts checks that the
// JSDoc of functions.ts, the source of functions.json, matches it. Pure data: no Office here.
import TABLE from './table.json';
import type { FieldKey } from '../register/fields';

export interface FunctionParam {
  name: string;
  optional: boolean;
  /** The register field a computed column passes for this parameter (by structured reference). */
  field?: FieldKey;
  /** The argument is a date serial (shifted in a 1904 workbook). */
  date?: boolean;
  en: string;
  zh: { name: string; description: string };
}
export interface FunctionSpec {
  id: string;
  /** A Chinese label for the pane and the zh-CN description; the name in a formula stays the id. */
  zh: string;
  description: { en: string; zh: string };
  volatile: boolean;
  /** The result is a date serial (shifted back in a 1904 workbook). */
  returnsDate: boolean;
  params: FunctionParam[];
}

export const FUNCTION_NAMESPACE: string = TABLE.namespace;
export const FUNCTIONS: readonly FunctionSpec[] = TABLE.functions as FunctionSpec[];
export type FunctionId = 'WORKDAY' | 'NETWORKDAYS' | 'TIER' | 'DUE' | 'STATUS';

export function functionSpec(id: FunctionId): FunctionSpec {
  const f = FUNCTIONS.find((x) => x.id === id);
  if (!f) throw new Error(`no function ${id} in src/core/functions/table.json`);
  return f;
}

/** TIER(loss, factors, [subject], …) as the pane shows it. */
export function signature(f: FunctionSpec): string {
  return `${f.id}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

/** A wrapper's positional arguments as the table's named ones: { loss: …, factors: … }. */
export function namedArgs(id: FunctionId, args: ArrayLike<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  functionSpec(id).params.forEach((p, i) => (out[p.name] = args[i]));
  return out;
}

/**
 * The formula calling a function with an argument text per parameter ('' or undefined: omitted),
 * trailing omitted arguments dropped: =COMPLAINTS.DUE("plan",[@[受理时间]],[@[计算等级]]). An empty
 * inner argument (a register without that column) reaches the function as an empty cell.
 */
export function callFormula(id: FunctionId, arg: (p: FunctionParam) => string | undefined): string {
  const args = functionSpec(id).params.map((p) => arg(p) ?? '');
  while (args.length && args[args.length - 1] === '') args.pop();
  return `=${FUNCTION_NAMESPACE}.${id}(${args.join(',')})`;
}
