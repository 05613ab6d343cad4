// Issue 12: a policy's problems outside the pane, in each surface's language. The CLI's heading
// ("the policy (…) has N problem(s):", English under the default zh before) follows --lang; the
// workbook functions' #VALUE! text (a fixed "投诉政策有误 policy problem:" prefix before) follows
// Excel's display language.
import { requirePolicy } from '../src/cli/load';
import { setLang } from '../src/cli/lang';
import { policyState } from '../src/functions/policy';
import { setFunctionsLang } from '../src/functions/lang';
import { loadPolicy } from '../src/core/workbook';
import { policyToTable } from '../src/core/policy/table';
import { preset } from '../src/core/policy/presets';
import type { CellValue } from '../src/core/register/cells';

const rows: CellValue[][] = policyToTable(preset('severity')!);
rows.push(['时限', 'urgent', 'contact', '小时', 2, '受理'], ['等级', 'general', '一般投诉', 'General']);
const n = rows.length;
const broken = () => loadPolicy({ kind: 'table', rows, label: 'r.xlsx 投诉政策' });
/** The words, with the sheet's name, the label and the user's values (quoted or in 「」) taken out. */
const words = (t: string) => t.split('投诉政策').join(' ').replace(/"[^"]*"|「[^」]*」/g, ' ');
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

const thrown = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

describe('complaints: the policy problems heading', () => {
  afterEach(() => setLang('zh'));

  test('--lang en: an English heading and English lines', () => {
    setLang('en');
    const text = thrown(() => requirePolicy(broken()));
    expect(text.split('\n')).toEqual([
      'the policy (r.xlsx 投诉政策) has 2 problem(s):',
      `  投诉政策 row ${n}: tier "general" is defined twice`,
      `  投诉政策 row ${n - 1}: unknown tier "urgent" (tiers: general, important, major)`,
    ]);
    expect(words(text)).not.toMatch(CJK);
  });

  test('default zh: the heading and lines in Chinese', () => {
    setLang('zh');
    expect(thrown(() => requirePolicy(broken())).split('\n')).toEqual([
      '政策（r.xlsx 投诉政策）有 2 处问题：',
      `  投诉政策 第 ${n} 行：等级「general」定义了两次`,
      `  投诉政策 第 ${n - 1} 行：未知的等级「urgent」（等级：general, important, major）`,
    ]);
  });
});

describe('workbook functions: #VALUE! text of a broken policy', () => {
  afterEach(() => setFunctionsLang('zh-CN'));

  test('an English Excel: no Chinese prefix, the count of the others in English', () => {
    setFunctionsLang('en-US');
    const s = policyState(broken());
    const text = s.ok ? '' : s.message;
    expect(text).toBe(`policy problem: r.xlsx 投诉政策: 投诉政策 row ${n}: tier "general" is defined twice (+1 more)`);
    expect(words(text)).not.toMatch(CJK);
  });

  test('a Chinese Excel: all Chinese', () => {
    setFunctionsLang('zh-CN');
    const s = policyState(broken());
    expect(s.ok ? '' : s.message).toBe(`投诉政策有误：r.xlsx 投诉政策：投诉政策 第 ${n} 行：等级「general」定义了两次（另有 1 处问题）`);
  });
});
