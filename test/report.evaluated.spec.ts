// The report's packed evaluations (src/core/report/evaluated.ts) hold the same facts as sla.ts's
// full Evaluation: for every preset and tier, over complaints with every kind of clock input
// (recorded steps, fractional pause hours, pause periods open and closed, extensions, promised
// dates, reopens), each milestone's deadline, done time and breach, the status and the breached
// list read back from the packed form equal the evaluation's own.
import { evaluate } from '../src/core/sla';
import { packEvaluation, breachedAt, doneOf, dueOf, milestoneCount } from '../src/core/report/evaluated';
import { PRESET_NAMES } from '../src/core/policy/presets';
import { Complaint } from '../src/core/register/complaint';
import { at, compiled, complaint } from './helpers/build';

let seed = 11;
const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
const maybe = <T>(p: number, v: () => T): T | undefined => (rnd(100) < p ? v() : undefined);

function randomComplaint(): Complaint {
  const received = at('2026-09-01 00:00') + rnd(60 * 24 * 60);
  const after = (h: number) => received + rnd(h * 60);
  const pauseStart = maybe(20, () => after(48));
  return {
    ...complaint({}),
    received,
    contacted: maybe(70, () => after(30)),
    reported: maybe(50, () => after(80)),
    planned: maybe(50, () => after(120)),
    resolved: maybe(60, () => after(400)),
    followedUp: maybe(30, () => after(600)),
    paused: maybe(15, () => rnd(40) / 3),
    pauses: pauseStart === undefined ? undefined : [{ start: pauseStart, end: maybe(70, () => pauseStart + rnd(3000)) }],
    extendedTo: maybe(10, () => after(900)),
    promised: maybe(10, () => Math.floor(after(900) / 1440) * 1440),
    reopened: maybe(8, () => after(700)),
    valid: rnd(12) === 0 ? false : undefined,
  };
}

describe('packEvaluation', () => {
  const asOf = at('2026-11-01 00:00');
  it.each(PRESET_NAMES)('%s: every milestone, the status and the breached list read back as evaluated', (name) => {
    const cp = compiled(name);
    let milestones = 0;
    for (let k = 0; k < 400; k++) {
      const c = randomComplaint();
      const ev = evaluate(cp, c, rnd(cp.policy.tiers.length), asOf);
      const p = packEvaluation(ev);
      expect(p.status).toBe(ev.status);
      expect([...p.breached]).toEqual(ev.breached);
      expect(p.reopen).toEqual(ev.reopen ? { due: ev.reopen.due, breached: ev.reopen.breached } : undefined);
      expect(milestoneCount(p)).toBe(ev.milestones.length);
      ev.milestones.forEach((m, i) => {
        expect(p.keys[i]).toBe(m.key);
        expect(dueOf(p, i)).toEqual(m.due);
        expect(doneOf(p, i)).toBe(m.done);
        expect(breachedAt(p, i)).toBe(m.breached);
      });
      milestones += ev.milestones.length;
    }
    expect(milestones).toBeGreaterThanOrEqual(400);
  });
});
