// Small builders shared by the specs: complaints and grids from readable literals.
import { Complaint } from '../../src/core/register/complaint';
import { parseDateTime } from '../../src/core/register/cells';
import { compilePolicy, CompiledPolicy } from '../../src/core/policy/compile';
import { preset } from '../../src/core/policy/presets';
import { Policy } from '../../src/core/policy/types';
import { Stamp } from '../../src/core/time';

/** "2026-11-03 14:00" → stamp; throws in tests only, where a typo should fail loudly. */
export function at(s: string): Stamp {
  const r = parseDateTime(s);
  if (!r.ok || r.value === undefined) throw new Error(`bad test time ${s}`);
  return r.value;
}

export function compiled(nameOrPolicy: string | Policy): CompiledPolicy {
  const p = typeof nameOrPolicy === 'string' ? preset(nameOrPolicy) : nameOrPolicy;
  if (!p) throw new Error(`no preset ${String(nameOrPolicy)}`);
  const r = compilePolicy(p);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

type TimeFields = 'received' | 'contacted' | 'reported' | 'planned' | 'resolved' | 'followedUp';
export type ComplaintInit = Partial<Omit<Complaint, TimeFields>> & Partial<Record<TimeFields, string>>;

let nextRow = 2;
export function complaint(init: ComplaintInit): Complaint {
  const times: Partial<Record<TimeFields, Stamp>> = {};
  for (const k of ['received', 'contacted', 'reported', 'planned', 'resolved', 'followedUp'] as const) {
    const v = init[k];
    if (v !== undefined) times[k] = at(v);
  }
  return {
    row: init.row ?? nextRow++,
    customer: 'customer' in init ? init.customer : '张先生',
    factors: [],
    errors: [],
    broken: false,
    ...init,
    ...times,
  } as Complaint;
}
