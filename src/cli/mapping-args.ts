// --map and --value-map: the user says which column is which and what its words mean. The same
// Mapping the workbook's 列映射 sheet holds; on the command line it wins over the saved one.
import { m, say } from './lang';
import { Mapping, emptyMapping, parseMapArg, parseValueMapArg } from '../core/register/mapping';
import { findRegister, FindOptions, SheetInput } from '../core/workbook';
import { RegisterRead } from '../core/register/read';
import { CompiledPolicy } from '../core/policy/compile';
import { UserError } from './load';
import { Readout, readout } from '../core/register/readout';

export interface MappingOptions {
  sheet?: string;
  /** Each --map given (repeatable): "开始日期=received,服务人员=handler". */
  map?: string[];
  /** Each --value-map given (repeatable): "tier:High=重要投诉,Low=一般投诉". */
  valueMap?: string[];
}

/** Commander's collector for a repeatable option. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function mappingFromOptions(o: MappingOptions): Mapping | undefined {
  if (!o.map?.length && !o.valueMap?.length) return undefined;
  const m = emptyMapping();
  for (const text of o.map ?? []) {
    const r = parseMapArg(text, m);
    if (!r.ok) throw new UserError(say(r.error));
  }
  for (const text of o.valueMap ?? []) {
    const r = parseValueMapArg(text, m);
    if (!r.ok) throw new UserError(say(r.error));
  }
  return m;
}

/** What the register is read with: the sheet named, the user's mapping and the policy's tiers. */
export const findOptions = (o: MappingOptions, policy: CompiledPolicy, mapping = mappingFromOptions(o)): FindOptions =>
  ({ name: o.sheet, mapping, tiers: policy.policy.tiers.map((t) => t.key) });

/** The register of a workbook read with the user's mapping and the policy's tiers, or the one clear line why not. */
export function registerFor(sheets: SheetInput[], file: string, o: MappingOptions, policy: CompiledPolicy, mapping = mappingFromOptions(o)): { sheet: string; read: RegisterRead } {
  const reg = findRegister(sheets, findOptions(o, policy, mapping));
  if (!reg.ok) throw new UserError(m('err.inFile', { file, why: say(reg.error) }));
  return reg.value;
}

/** What was read from the register, with warnings for steps the policy clocks but the register cannot record. */
export const readoutFor = (reg: { sheet: string; read: RegisterRead }, policy: CompiledPolicy): Readout =>
  readout(reg.sheet, reg.read, policy.policy.clocks.map((c) => c.milestone));
