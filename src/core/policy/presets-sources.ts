// The other clocks of 001 and 004 (../shared/domain/policy-rules.md §3 "Other clocks"), one preset
// per source policy and named after it. Each keeps only what its text states; where a text gives
// two clocks for two kinds of complaint (simple/complex, own department/other departments,
// normal/special), the kinds are its tiers. Milestones: 受理/登记/确认收到/回复 → contact,
// 初步方案/初步反馈/处理意见 → plan, 最终结果/处理完毕 → resolve.
import { Policy } from './types';
import { clock, factors, presetBase as base } from './preset-parts';
const only = { key: 'all', zh: '投诉', en: 'Complaint' };

/** 001, 客户投诉处理管理制度: 24小时内进行受理…开立投诉登记表; 72小时内…提供初步的解决方案. */
const handling001: Policy = {
  ...base('handling-001'),
  tiers: [only],
  defaultTier: 'all',
  clocks: [clock('all', 'contact', 'hours', 24), clock('all', 'plan', 'hours', 72)],
  rules: [],
};

/** 001, 客户投诉奖罚管理制度范本: 48小时内给出初步反馈, 7个工作日内给出最终处理结果. */
const reward001: Policy = {
  ...base('reward-001'),
  tiers: [only],
  defaultTier: 'all',
  clocks: [clock('all', 'plan', 'hours', 48), clock('all', 'resolve', 'workdays', 7)],
  rules: [],
};

/** 001, 客户有效投诉考核制度: 1个工作日内进行登记; 一般性投诉 2个工作日内…答复; 复杂性投诉 5个工作日内. */
const valid001: Policy = {
  ...base('valid-001'),
  tiers: [
    { key: 'simple', zh: '一般性投诉', en: 'Simple' },
    { key: 'complex', zh: '复杂性投诉', en: 'Complex' },
  ],
  defaultTier: 'simple',
  clocks: [
    clock('simple', 'contact', 'workdays', 1),
    clock('simple', 'resolve', 'workdays', 2),
    clock('complex', 'contact', 'workdays', 1),
    clock('complex', 'resolve', 'workdays', 5),
  ],
  rules: factors('complex', ['复杂', '复杂性投诉']),
};

/** 001, 客户投诉考核办法 (首问负责制): 本部门…一个工作日给出处理意见; 非本部门…三个工作日内给出处理意见. */
const firstAsk001: Policy = {
  ...base('first-ask-001'),
  tiers: [
    { key: 'own', zh: '本部门', en: 'Own department' },
    { key: 'other', zh: '非本部门', en: 'Other departments' },
  ],
  defaultTier: 'own',
  clocks: [clock('own', 'plan', 'workdays', 1), clock('other', 'plan', 'workdays', 3)],
  rules: factors('other', ['跨部门', '非本部门']),
};

/** 001, 客户投诉管理制度(三篇): 处理期限不能超过三个工作日, 特殊状况不能超过七个工作日. */
const three001: Policy = {
  ...base('three-001'),
  tiers: [
    { key: 'normal', zh: '一般', en: 'Normal' },
    { key: 'special', zh: '特殊状况', en: 'Special' },
  ],
  defaultTier: 'normal',
  clocks: [clock('normal', 'resolve', 'workdays', 3), clock('special', 'resolve', 'workdays', 7)],
  rules: factors('special', ['特殊状况', '特殊情况']),
};

/**
 * 004: 所有投诉问题必须在24小时内作出回复; a major problem that cannot be answered in 24 h is
 * explained within 24 h with a date given — the same 24 h reply clock, the date being the promise.
 */
const answer004: Policy = {
  ...base('answer-004'),
  tiers: [only],
  defaultTier: 'all',
  clocks: [clock('all', 'contact', 'hours', 24)],
  rules: [],
};

export const SOURCE_PRESETS: readonly Policy[] = [handling001, reward001, valid001, firstAsk001, three001, answer004];
