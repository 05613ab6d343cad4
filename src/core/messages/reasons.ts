// Why a complaint has its tier (src/core/tier.ts), zh-CN and English: `check --json` gives it as
// `tierReason` in the CLI's language with its code and parameters beside. {tier} and {from} are the
// policy's tier names in the language shown; {factor} is the user's own word.
import type { Entry } from './catalogue';

export const REASON_WORDS = {
  'reason.factor': { zh: '情形「{factor}」→ {tier}', en: 'factor "{factor}" → {tier}' },
  'reason.loss': { zh: '损失 {amount} 元 {range} → {tier}', en: 'loss of {amount} yuan, {range} → {tier}' },
  'reason.lower': { zh: '{op} {above}', en: '{op} {above}' },
  'reason.between': { zh: '{op} {above} 且 {opUp} {upTo}', en: '{op} {above} and {opUp} {upTo}' },
  'reason.repeat': { zh: '{months}个月内同一事项第{n}次{from} → {tier}', en: '{from} no. {n} on the same subject within {months} month(s) → {tier}' },
  'reason.override': { zh: '手工指定 → {tier}', en: 'set by hand → {tier}' },
  'reason.default': { zh: '默认等级 → {tier}', en: 'default tier → {tier}' },
} as const satisfies Record<string, Entry>;
