// The pieces every preset is built from: a clock line, factor rules, the China calendar and the
// appraisal defaults. Apart from presets.ts so that the preset files can share them without a cycle.
import { AppraisalSettings, Anchor, ClockDef, ClockKind, DEFAULT_APPEAL_WORKDAYS, DEFAULT_BATCH_SEVERAL, DEFAULT_REOPEN_WORKDAYS, DEFAULT_WARN_PERCENT, MilestoneKey, TierRule } from './types';

export const clock = (tier: string, milestone: MilestoneKey, c: ClockKind, amount: number, anchor: Anchor = 'receipt'): ClockDef =>
  ({ tier, milestone, clock: c, amount, anchor });
export const factors = (tier: string, words: string[]): TierRule[] => words.map((factor) => ({ kind: 'factor', tier, factor }));
export const chinaCalendar = () => ({ base: 'china', weekend: '0000011', days: [], hours: [] });

/** What every preset of a source shares: its name, the China calendar, 24 h due-soon, the appraisal defaults. */
export const presetBase = (name: string) => ({
  name, calendar: chinaCalendar(), warnHours: 24, warnPercent: DEFAULT_WARN_PERCENT,
  reopenWorkdays: DEFAULT_REOPEN_WORKDAYS, appealWorkdays: DEFAULT_APPEAL_WORKDAYS, batchSeveral: DEFAULT_BATCH_SEVERAL, appraisal: defaultAppraisal(),
});

/**
 * Appraisal defaults: weights of 002 (response time 30 %, resolution 40 %, satisfaction 30 %),
 * grade lines the documents leave open (优秀 90, 合格 60), the penalty ladder of 004 (2 → 通报批评
 * and 100 yuan, 3 → 200, 4 → 300, more than 5 → dismissal review; 5 stays on the 300 rung).
 */
export function defaultAppraisal(): AppraisalSettings {
  return {
    weights: { timeliness: 30, resolution: 40, satisfaction: 30 },
    grades: { excellent: 90, pass: 60 },
    satisfactionMeasure: 'csat',
    timelinessMeasure: 'response',
    penalties: [
      { atLeast: 2, action: '通报批评', fine: 100 },
      { atLeast: 3, action: '通报批评', fine: 200 },
      { atLeast: 4, action: '通报批评', fine: 300 },
      { atLeast: 6, action: '辞退审查', fine: 0 },
    ],
  };
}

