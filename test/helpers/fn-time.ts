// Times and policies as the custom-function specs give them, computed apart from the code under test.
import { presetState } from '../../src/functions/policy';
import { CompiledPolicy } from '../../src/core/policy/compile';
import { dayOf, stampOf } from '../../src/core/time';

/** Excel's serial of an ISO date (and hours), computed independently of the code under test. */
export const serial = (iso: string, hours = 0): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25569 + hours / 24;

/** A wall-clock stamp, as the engine keeps times. */
export const at = (iso: string, hh = 0, mm = 0) => stampOf(dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))), hh * 60 + mm);

/** A preset's compiled policy, as the functions hold it. */
export function cp(name: string): CompiledPolicy {
  const s = presetState(name);
  if (!s.ok) throw new Error(s.message);
  return s.cp;
}
