// settled(): a complaint whose every clock is done can never be overdue, due soon or paused, at any
// as-of time: the report skips evaluating such older complaints (issue 11), so this must hold for
// every preset and every mix of recorded milestones, against evaluate() itself.
import { evaluate, settled } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { PRESET_NAMES } from '../src/core/policy/presets';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';

const STEPS = ['contacted', 'reported', 'planned', 'resolved', 'followedUp'] as const;
const TIMES = ['2026-10-05 09:00', '2026-10-06 10:00', '2026-10-08 11:00', '2026-10-20 15:00', '2026-11-02 10:00'];
const AS_OF = ['2026-10-05 12:00', '2026-10-21 09:00', '2026-12-31 23:00'].map(at);
const RUNNING = new Set(['overdue', 'due-soon', 'paused']);

/** Every subset of the five recorded steps, with and without a reopening, a factor, a pause, validity. */
function rows(): ComplaintInit[] {
  const out: ComplaintInit[] = [];
  for (let mask = 0; mask < 32; mask++) {
    for (const extra of [{}, { factors: ['人身伤害', '紧急', '欺诈'] }, { valid: false }, { paused: 30 }, { reopened: at('2026-11-03 09:00') }, { reopened: at('2026-11-03 09:00'), reresolved: at('2026-11-04 09:00') }]) {
      const row: ComplaintInit = { received: '2026-10-05 08:00', ...extra };
      STEPS.forEach((k, i) => { if (mask & (1 << i)) row[k] = TIMES[i]; });
      out.push(row);
    }
  }
  return out;
}

describe.each(PRESET_NAMES)('settled under %s', (name) => {
  const cp = compiled(name);
  const cs = rows().map(complaint);
  const ranks = assignTiers(cp, cs).map((t) => t.rank);

  test('a settled complaint runs no clock at any as-of time', () => {
    let settledCount = 0;
    cs.forEach((c, i) => {
      if (!settled(cp, c, ranks[i])) return;
      settledCount++;
      for (const asOf of AS_OF) expect([c.row, RUNNING.has(evaluate(cp, c, ranks[i], asOf).status)]).toEqual([c.row, false]);
    });
    // Not vacuous: resolved and followed up (or invalid) rows are settled under every preset.
    expect(settledCount).toBeGreaterThan(20);
  });

  test('an unsettled complaint is one evaluate can find still running', () => {
    // Received, nothing done, asked right after: every preset has a clock running then.
    const c = complaint({ received: '2026-10-05 08:00' });
    const rank = assignTiers(cp, [c])[0].rank;
    expect(settled(cp, c, rank)).toBe(false);
    expect(RUNNING.has(evaluate(cp, c, rank, at('2026-12-31 23:00')).status)).toBe(true);
  });
});

test.each<[string, ComplaintInit, boolean]>([
  ['resolved and followed up', { received: '2026-10-05 08:00', resolved: TIMES[3], followedUp: TIMES[4] }, true],
  ['resolved, no follow-up yet', { received: '2026-10-05 08:00', resolved: TIMES[3] }, false],
  ['reopened, not re-resolved', { received: '2026-10-05 08:00', resolved: TIMES[3], followedUp: TIMES[4], reopened: at('2026-11-03 09:00') }, false],
  ['invalid', { received: '2026-10-05 08:00', valid: false }, true],
  ['broken', { received: '2026-10-05 08:00', broken: true }, true],
  ['no receipt time', {}, true],
])('severity: %s → %s', (_name, row, expected) => {
  const cp = compiled('severity');
  const c = complaint(row);
  expect(settled(cp, c, assignTiers(cp, [c])[0].rank)).toBe(expected);
});
