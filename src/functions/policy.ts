// The policy the workbook functions follow, behind a small provider interface: in Excel it is the
// workbook's 投诉政策 sheet (src/excel/policy-source.ts), in tests and the bench a preset.
import { msg } from '../core/messages';
import { fnText } from './lang';
import { CompiledPolicy } from '../core/policy/compile';
import { DEFAULT_PRESET } from '../core/policy/presets';
import { LoadedPolicy, loadPolicy } from '../core/workbook';
import { ArgError } from './args';
import { problemAt } from '../core/policy/table';

export type PolicyState =
  | { ok: true; cp: CompiledPolicy; label: string }
  /** The policy has problems: every function returns #VALUE! with `message` (the first problem, in Excel's display language). */
  | { ok: false; message: string; label: string };

export interface PolicyProvider {
  policy(): PolicyState | Promise<PolicyState>;
}

export function policyState(l: LoadedPolicy): PolicyState {
  if (l.result.ok) return { ok: true, cp: l.result.value, label: l.label };
  const p = l.result.problems[0];
  const more = l.result.problems.length > 1 ? msg('fn.policyMore', { n: l.result.problems.length - 1 }) : '';
  return { ok: false, label: l.label, message: fnText(msg('fn.policyProblem', { label: l.label, problem: p ? problemAt(p) : msg('policy.unknownProblem'), more })) };
}

const presets = new Map<string, PolicyState>();

/** A preset's state, compiled once. */
export function presetState(name = DEFAULT_PRESET): PolicyState {
  let s = presets.get(name);
  if (!s) {
    s = policyState(loadPolicy({ kind: 'preset', name }));
    presets.set(name, s);
  }
  return s;
}

/** A provider that always gives the same preset (tests, bench, outside Excel). */
export const presetProvider = (name = DEFAULT_PRESET): PolicyProvider => ({ policy: () => presetState(name) });

/** The compiled policy, or the whole call fails with #VALUE! and the policy's first problem. */
export function requirePolicy(s: PolicyState): CompiledPolicy {
  if (!s.ok) throw new ArgError('invalidValue', s.message);
  return s.cp;
}
