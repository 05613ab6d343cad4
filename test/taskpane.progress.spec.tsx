/**
 * @jest-environment jsdom
 */
// The pane's progress bar: labelled with the step and how many of how many, in the user's
// language; Cancel works until the workbook is being written, then waits (a sheet is never left
// half written), and the message after a cancel says whether the workbook was changed.
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import { paneSpecSetup } from './helpers/pane-setup';
import type { OpContext, WorkbookBackend } from '../src/workbook/backend';
import { WORDS } from '../src/taskpane/i18n';
import { OpWords, progressLabel } from '../src/taskpane/ops';
import { fakeBackend } from './helpers/pane-fakes';
import { msg } from '../src/core/messages';
import type { Msg } from '../src/core/messages';

paneSpecSetup();



const words = (lang: 'zh' | 'en'): OpWords => ({ ...WORDS[lang].op, cancelled: WORDS[lang].cancelled, working: WORDS[lang].working });

test.each([
  ['zh', 'read', undefined, '读取'],
  ['zh', 'check', { done: 40_960, total: 100_000, unit: 'rows' }, '检查 40,960 / 100,000 行'],
  ['zh', 'check', { done: 100_000, total: 100_000, unit: 'rows' }, '检查 100,000 行'],
  ['zh', 'figures', { done: 0, total: 320, unit: 'rows' }, '计算数据 320 行'],
  ['zh', 'write', undefined, '写入'],
  ['en', 'read', { done: 3, total: 25, unit: 'blocks' }, 'Reading 3 / 25 blocks'],
  ['en', 'figures', undefined, 'Computing figures'],
  ['en', 'something new', undefined, 'Working…'],
] as const)('%s: step %s, %j → %s', (lang, what, count, label) => {
  expect(progressLabel(words(lang), what, count, lang === 'zh' ? 'zh-CN' : 'en-US')).toBe(label);
});

const backend = (generate: WorkbookBackend['generate']): WorkbookBackend => fakeBackend({ generate });

/** A generate that stops at each step until the test moves it on. */
function stepping() {
  let seen: OpContext | undefined;
  let finish: (m: Msg) => void = () => undefined;
  const generate = jest.fn((_p, _c, _a, ctx: OpContext) => new Promise<Msg>((resolve, reject) => {
    seen = ctx;
    finish = resolve;
    ctx.signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
  }));
  return { generate, ctx: () => seen as OpContext, finish: (m: Msg) => finish(m) };
}

const ui = (b: WorkbookBackend) => render(<FluentProvider theme={webLightTheme}><App backend={b} initialLang="zh" initialPage="monthly" initialPeriod="2026-10" /></FluentProvider>);

test('the bar says the step and the count; Cancel while reading: the workbook is unchanged', async () => {
  const s = stepping();
  ui(backend(s.generate));
  fireEvent.click(screen.getByRole('button', { name: '生成月报工作表' }));
  await screen.findByRole('button', { name: '取消' });
  act(() => s.ctx().progress(0.2, 'read', { done: 8_192, total: 100_000, unit: 'rows' }));
  expect(screen.getByTestId('progress-label')).toHaveTextContent('读取 8,192 / 100,000 行');
  expect(screen.getByRole('progressbar', { name: '读取 8,192 / 100,000 行' })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '取消' }));
  expect(s.ctx().signal.aborted).toBe(true);
  expect(await screen.findByText('已取消，工作簿未作任何改动。')).toBeInTheDocument();
});

test('while writing Cancel is disabled and does nothing; the operation finishes', async () => {
  const s = stepping();
  ui(backend(s.generate));
  fireEvent.click(screen.getByRole('button', { name: '生成月报工作表' }));
  await screen.findByRole('button', { name: '取消' });
  act(() => s.ctx().progress(0.9, 'write'));
  expect(screen.getByTestId('progress-label')).toHaveTextContent('写入');
  const cancel = screen.getByRole('button', { name: '取消' });
  expect(cancel).toBeDisabled();
  fireEvent.click(cancel);
  expect(s.ctx().signal.aborted).toBe(false);
  await act(async () => s.finish(msg('done.generated', { sheets: '月度统计, 月度考核', renamed: '', charts: 3 })));
  expect(await screen.findByText('已写入 月度统计, 月度考核；图表 3 个')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '取消' })).toBeNull();
});
