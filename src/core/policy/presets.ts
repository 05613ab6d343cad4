// The three tier schemes of the source policies (../shared/domain/policy-rules.md §3), as data;
// the other clocks of 001 and 004 (presets-sources.ts) and 001's quality tiers (presets-quality.ts) join them.
import { Policy } from './types';
import { clock, factors, presetBase } from './preset-parts';
import { SOURCE_PRESETS } from './presets-sources';
import { quality001 } from './presets-quality';

export { defaultAppraisal } from './preset-parts';

/** Preset A (000): 一般 / 重要 / 重大, clocks in hours and working days. */
const severity: Policy = {
  ...presetBase('severity'),
  tiers: [
    { key: 'general', zh: '一般投诉', en: 'General' },
    { key: 'important', zh: '重要投诉', en: 'Important' },
    { key: 'major', zh: '重大投诉', en: 'Major' },
  ],
  defaultTier: 'general',
  clocks: [
    clock('general', 'contact', 'hours', 24),
    clock('general', 'plan', 'hours', 48),
    // 000: 一般投诉 are resolved "within the time promised": the row's 承诺办结时间.
    clock('general', 'resolve', 'promised', 0),
    clock('general', 'followup', 'workdays', 3, 'resolve'),
    clock('important', 'report', 'hours', 12),
    clock('important', 'plan', 'hours', 48),
    clock('important', 'resolve', 'workdays', 7),
    clock('important', 'followup', 'workdays', 3, 'resolve'),
    clock('major', 'contact', 'hours', 6),
    // 000: 重大投诉 are reported to the supervisor "immediately" (立即上报): a 1-hour clock by default.
    clock('major', 'report', 'hours', 1),
    clock('major', 'plan', 'hours', 24),
    clock('major', 'resolve', 'workdays', 15),
    clock('major', 'followup', 'workdays', 3, 'resolve'),
  ],
  rules: [
    ...factors('major', ['人身伤害', '重大经济损失']),
    ...factors('important', ['质量缺陷', '流程不畅']),
    ...factors('general', ['包装破损', '服务态度']),
  ],
};

/** Preset B (001, group company measure): 一般性抱怨 / 二类投诉 / 一类投诉, dispatch then resolve. */
const klass: Policy = {
  ...presetBase('class'),
  tiers: [
    { key: 'grumble', zh: '一般性抱怨', en: 'Grumble' },
    { key: 'class2', zh: '二类投诉', en: 'Class 2' },
    { key: 'class1', zh: '一类投诉', en: 'Class 1' },
  ],
  defaultTier: 'class2',
  clocks: [
    clock('class2', 'report', 'workdays', 1),
    clock('class2', 'resolve', 'workdays', 2, 'report'),
    clock('class1', 'report', 'workdays', 1),
    clock('class1', 'resolve', 'workdays', 3, 'report'),
  ],
  rules: [
    { kind: 'loss', tier: 'class1', above: 5000 },
    { kind: 'loss', tier: 'class2', above: 0, upTo: 5000 },
    ...factors('class1', ['政府通报', '媒体曝光', '辱骂殴打', '欺诈']),
    ...factors('class2', ['责任延误', '违规操作', '态度恶劣', '设备故障', '群体投诉']),
    ...factors('grumble', ['未要求处理']),
    { kind: 'repeat', tier: 'class1', from: 'class2', withinMonths: 3, sameCustomer: false },
    { kind: 'repeat', tier: 'class2', from: 'grumble', withinMonths: 3, sameCustomer: false },
  ],
};

/** Preset C (002): response time by urgency. */
const urgency: Policy = {
  ...presetBase('urgency'),
  tiers: [
    { key: 'low', zh: '非紧急', en: 'Non-urgent' },
    { key: 'normal', zh: '一般', en: 'Normal' },
    { key: 'urgent', zh: '紧急', en: 'Urgent' },
  ],
  defaultTier: 'normal',
  clocks: [clock('low', 'contact', 'hours', 72), clock('normal', 'contact', 'hours', 24), clock('urgent', 'contact', 'hours', 2)],
  rules: [...factors('urgent', ['紧急']), ...factors('low', ['非紧急'])],
};

export const PRESETS: Readonly<Record<string, Policy>> = { severity, class: klass, urgency, ...Object.fromEntries([...SOURCE_PRESETS, quality001].map((p) => [p.name, p])) };
export const PRESET_NAMES = Object.keys(PRESETS);
export const DEFAULT_PRESET = 'severity';

/** A fresh copy, so that callers may edit it. */
export function preset(name: string): Policy | undefined {
  const p = PRESETS[name];
  return p ? (JSON.parse(JSON.stringify(p)) as Policy) : undefined;
}
