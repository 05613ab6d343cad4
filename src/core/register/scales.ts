// Value scales: words a column uses that mean a place on the policy's own scale. A Priority or
// 紧急程度 column says Low / High / Urgent (低 / 高 / 紧急), not the policy's tier names; the scale
// turns the word into a tier by rank, whatever the tiers are called. A user's --value-map or
// 列映射 line for the field takes precedence over the scale.
import { ValueScale } from './fields';
import { squashValue } from './mapping';

/** Where a level falls among the policy's tiers, lowest first. */
type Level = 'lowest' | 'second' | 'highest';

/**
 * Priority words by level. Low and medium are the ordinary tier; high the next one up (重要投诉 in
 * the 000 scheme, as issue 15 asks: High → 重要投诉); urgent and critical the highest.
 */
export const PRIORITY_WORDS: Readonly<Record<Level, readonly string[]>> = {
  lowest: ['low', 'lowest', 'medium', 'normal', 'minor', 'p3', 'p4', '低', '较低', '中', '中等', '一般', '普通', '正常', '不紧急'],
  second: ['high', 'major', 'important', 'p2', '高', '较高', '重要', '紧急', '较急', '急'],
  highest: ['urgent', 'critical', 'highest', 'blocker', 'p1', 'p0', '非常紧急', '特急', '特别紧急', '最高', '紧要', '重大', '严重'],
};

const LEVEL_BY_WORD = new Map<string, Level>(
  (Object.keys(PRIORITY_WORDS) as Level[]).flatMap((level) => PRIORITY_WORDS[level].map((w) => [squashValue(w), level] as [string, Level])),
);

/** The tier (key, from `tiers` lowest first) a scaled word means, or undefined when the word is not on the scale. */
export function scaledTier(scale: ValueScale, word: string, tiers: readonly string[]): string | undefined {
  if (scale !== 'priority' || tiers.length === 0) return undefined;
  const level = LEVEL_BY_WORD.get(squashValue(word));
  if (level === undefined) return undefined;
  if (level === 'lowest') return tiers[0];
  if (level === 'second') return tiers[Math.min(1, tiers.length - 1)];
  return tiers[tiers.length - 1];
}
