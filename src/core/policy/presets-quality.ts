// 001, 客户投诉考核办法 四、投诉考核 1、品质客诉: quality complaints tiered by total loss (挑选重工,
// 报废, 停线索赔 and other costs) or by the kind of defect, with a fine per case for each role.
// Bounds exactly as the text: 500元以下 (under 500); 2000元以下,500元以上 (500 to under 2,000 —
// "以上" is read inclusive, as the major line's "2000元(含2000元)以上" shows the text means it);
// 2000元(含2000元)以上 (2,000 or more).
import { Policy, QualityFine, TierRule } from './types';
import { clock, defaultAppraisal, factors, presetBase } from './preset-parts';

const fine = (tier: string, role: string, min: number, max: number): QualityFine => ({ tier, role, min, max, fine: min });

/** The fines of 001 by tier and role; the amount charged defaults to the lower bound of each range. */
export const QUALITY_FINES_001: readonly QualityFine[] = [
  fine('minor', '班组长', 30, 50),
  fine('general', '班组长', 50, 200),
  fine('general', '工程师', 100, 200),
  fine('general', '部长', 100, 200),
  fine('major', '责任员工', 100, 200),
  fine('major', '班组长', 100, 500),
  fine('major', '直接主管', 100, 500),
  fine('major', '工程师', 100, 500),
  fine('major', '部长', 100, 500),
];

const rules: TierRule[] = [
  { kind: 'loss', tier: 'minor', above: 0, upTo: 500, includeLower: true, excludeUpper: true },
  { kind: 'loss', tier: 'general', above: 500, upTo: 2000, includeLower: true, excludeUpper: true },
  { kind: 'loss', tier: 'major', above: 2000, includeLower: true },
  ...factors('general', ['电气性能不良']),
  ...factors('major', ['批次100%不良', '安全性能重大不良']),
];

/**
 * The same document's 受理时间: the first person responsible gives an opinion within one working
 * day (三个工作日 when other departments are needed; the first-ask-001 preset has both).
 */
export const quality001: Policy = {
  ...presetBase('quality-001'),
  tiers: [
    { key: 'minor', zh: '轻微品质投诉', en: 'Minor quality' },
    { key: 'general', zh: '一般品质投诉', en: 'General quality' },
    { key: 'major', zh: '重大品质投诉', en: 'Major quality' },
  ],
  defaultTier: 'minor',
  clocks: ['minor', 'general', 'major'].map((t) => clock(t, 'plan', 'workdays', 1)),
  rules,
  appraisal: { ...defaultAppraisal(), qualityFines: QUALITY_FINES_001.map((q) => ({ ...q })) },
};
