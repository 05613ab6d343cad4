/**
 * @jest-environment jsdom
 */
// What an action did (the backends answer a catalogued message: src/workbook/backend.ts) is said in
// the pane's language by useOp, as its errors are: no English words in the Chinese pane's notice
// after generating a month, and none of Chinese in the English one.
import { act, renderHook } from '@testing-library/react';
import { msg } from '../src/core/messages';
import { useOp } from '../src/taskpane/ops';
import { WORDS } from '../src/taskpane/i18n';

const generated = msg('done.generated', { sheets: 'A, B', renamed: msg('done.renamed', { list: 'A → A (2)' }), charts: 3 });

test.each([
  ['zh-CN', 'zh', '已写入 A, B（A → A (2)）；图表 3 个'],
  ['en-US', 'en', 'wrote A, B (A → A (2)); 3 charts'],
] as const)('in %s the notice after generating is %s', async (locale, lang, text) => {
  const w = WORDS[lang];
  const { result } = renderHook(() => useOp({ ...w.op, cancelled: w.cancelled, working: w.working }, locale));
  await act(() => result.current.run(async () => generated));
  expect(result.current.notice).toEqual({ intent: 'success', text });
});

test('text a page already wrote in its words passes as it is', async () => {
  const { result } = renderHook(() => useOp('cancelled', 'en-US'));
  await act(() => result.current.run(async () => '投诉登记表 ✓'));
  expect(result.current.notice?.text).toBe('投诉登记表 ✓');
});
