// Issue 12: a tier's reason (情形「人身伤害」→ 重大投诉, and its siblings) is a catalogued value, so
// `check --json` gives it in the CLI's language, its code and parameters beside (it was Chinese only).
// The zh text is what it was: README's example and the specs of tier.spec.ts still hold.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { assignTiers, tierReasonMsg } from '../src/core/tier';
import { compilePolicy } from '../src/core/policy/compile';
import { preset } from '../src/core/policy/presets';
import { render } from '../src/core/messages';
import { complaint } from './helpers/build';

const root = join(__dirname, '..');
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
/** The words of a reason with the user's own factor word (in quotes or 「」) taken out. */
const words = (t: string) => t.replace(/"[^"]*"|「[^」]*」/g, ' ');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'complaints.js'), ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' } });
  return JSON.parse(r.stdout) as { rows: { tierReason: string; tierRule?: string; tierReasonCode?: { code: string; params: Record<string, string | number> } }[] };
}

describe('each kind of reason in both languages', () => {
  const compiled = (name: string) => {
    const r = compilePolicy(preset(name)!);
    if (!r.ok) throw new Error(name);
    return r.value;
  };
  const severity = compiled('severity');
  const klass = compiled('class');
  const rows = [complaint({ row: 2, factors: ['人身伤害'] }), complaint({ row: 3 }), complaint({ row: 4, tierOverride: 'major' })];
  const t = assignTiers(severity, rows);
  const loss = assignTiers(klass, [complaint({ row: 2, loss: 6000 }), complaint({ row: 3, loss: 100 })]);
  const repeat = assignTiers(klass, [1, 2, 3].map((d) => complaint({ row: d + 1, subject: '冰箱', factors: ['责任延误'], received: `2026-10-0${d * 3} 10:00` })));

  test.each([
    ['factor', () => tierReasonMsg(severity, t[0]), '情形「人身伤害」→ 重大投诉', 'factor "人身伤害" → Major'],
    ['default', () => tierReasonMsg(severity, t[1]), '默认等级 → 一般投诉', 'default tier → General'],
    ['override', () => tierReasonMsg(severity, t[2]), '手工指定 → 重大投诉', 'set by hand → Major'],
    ['loss above a bound', () => tierReasonMsg(klass, loss[0]), '损失 6,000 元 > 5,000 → 一类投诉', 'loss of 6,000 yuan, > 5,000 → Class 1'],
    ['loss between bounds', () => tierReasonMsg(klass, loss[1]), '损失 100 元 > 0 且 ≤ 5,000 → 二类投诉', 'loss of 100 yuan, > 0 and ≤ 5,000 → Class 2'],
    ['repeat', () => tierReasonMsg(klass, repeat[2]), '3个月内同一事项第3次二类投诉 → 一类投诉', 'Class 2 no. 3 on the same subject within 3 month(s) → Class 1'],
  ])('%s', (_kind, reason, zh, en) => {
    expect(render(reason(), 'zh')).toBe(zh);
    expect(render(reason(), 'en')).toBe(en);
    expect(words(render(reason(), 'en'))).not.toMatch(CJK);
  });
});

describe('complaints check --json', () => {
  const args = ['check', join(__dirname, 'fixtures', 'register-with-policy.xlsx'), '--as-of', '2026-11-07 12:00', '--json'];
  const en = cli([...args, '--lang', 'en']).rows;
  const zh = cli(args).rows;

  test('the register has reasons of several kinds (the spec is not vacuous)', () => {
    expect(new Set(en.map((r) => r.tierReasonCode?.code))).toEqual(new Set(['reason.factor', 'reason.loss', 'reason.repeat']));
  });

  test('--lang en: every reason in English, with its code and parameters', () => {
    for (const r of en) {
      expect(r.tierReason).toMatch(/ → /);
      expect(words(r.tierReason)).not.toMatch(CJK);
      expect(r.tierReasonCode?.code).toBe(`reason.${r.tierRule}`);
    }
  });

  test('the default: the same reasons in Chinese, the same codes', () => {
    expect(zh.map((r) => r.tierReasonCode)).toEqual(en.map((r) => r.tierReasonCode && { ...r.tierReasonCode, params: expect.any(Object) }));
    for (const r of zh) expect(words(r.tierReason)).not.toMatch(/[A-Za-z]{3,}/);
    expect(zh.map((r) => r.tierReason)).toContain('损失 6,000 元 > 5,000 → 一类投诉');
  });
});
