/**
 * @jest-environment jsdom
 */
// The policy page's sections (src/taskpane/pages/policy/*): every edit lands in the policy that is
// saved, the one in the page's state is never mutated, and a policy with problems cannot be saved.
// Also the pane's start-up notice, shown when Office could not be used.
import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import { PolicyPage } from '../src/taskpane/pages/PolicyPage';
import type { WorkbookBackend } from '../src/workbook/backend';
import { WORDS } from '../src/taskpane/i18n';
import type { OpState } from '../src/taskpane/ops';
import type { Policy } from '../src/core/policy/types';
import { preset } from '../src/core/policy/presets';

jest.setTimeout(30_000);
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const w = WORDS.zh;
const op: OpState = { busy: false, fraction: undefined, what: '', count: undefined, label: '', cancellable: true, notice: undefined, run: async (f) => void (await f({ signal: new AbortController().signal, progress: () => undefined })), cancel: () => undefined, setNotice: () => undefined };

/** The page over a policy held the way App holds it; returns the latest policy set. */
function page(start: Policy) {
  const writePolicy = jest.fn(async () => 'ok');
  const backend = { writePolicy } as unknown as WorkbookBackend;
  let current = start;
  const frozen = JSON.stringify(start);
  const view = () => (
    <FluentProvider theme={webLightTheme}>
      <PolicyPage backend={backend} op={op} w={w} policy={current} setPolicy={(p) => ((current = p), r.rerender(view()))} />
    </FluentProvider>
  );
  const r = render(view());
  return { writePolicy, latest: () => current, untouched: () => JSON.stringify(start) === frozen };
}

test('tiers, clocks, factors, days and penalties: each edit is in the saved policy', async () => {
  const start = preset('severity')!;
  const p = page(start);
  fireEvent.click(within(screen.getByRole('heading', { name: w.tiers }).parentElement!).getByRole('button', { name: w.add }));
  const n = start.tiers.length + 1;
  fireEvent.change(screen.getByRole('textbox', { name: `${w.tiers} ${n} key` }), { target: { value: 'vip' } });
  fireEvent.change(screen.getByRole('textbox', { name: `${w.tiers} ${n} 中文` }), { target: { value: '贵宾投诉' } });
  fireEvent.change(screen.getByRole('spinbutton', { name: `${w.clocks} 1 amount` }), { target: { value: '2' } });
  fireEvent.change(screen.getByRole('combobox', { name: `${w.clocks} 1 tier` }), { target: { value: 'vip' } });
  fireEvent.click(screen.getByRole('button', { name: `${w.remove} ${w.penalties} 1` }));
  fireEvent.change(screen.getByRole('spinbutton', { name: '合格 Pass' }), { target: { value: '55' } });
  const factor = screen.getAllByRole('textbox', { name: new RegExp(`^${w.factors} \\d+$`) })[0];
  const factorIndex = Number(factor.getAttribute('aria-label')!.split(' ')[1]) - 1;
  fireEvent.change(factor, { target: { value: '媒体曝光' } });
  fireEvent.click(within(screen.getByRole('heading', { name: w.days }).parentElement!).getByRole('button', { name: w.add }));
  const d = start.calendar.days.length + 1;
  fireEvent.change(screen.getByRole('textbox', { name: `${w.days} ${d} name` }), { target: { value: '公司年会' } });
  fireEvent.click(screen.getByRole('button', { name: w.savePolicy }));
  await waitFor(() => expect(p.writePolicy).toHaveBeenCalledTimes(1));
  const saved = (p.writePolicy.mock.calls[0] as unknown as [Policy])[0];
  expect(saved.tiers[n - 1]).toEqual({ key: 'vip', zh: '贵宾投诉', en: '' });
  expect([saved.clocks[0].tier, saved.clocks[0].amount]).toEqual(['vip', 2]);
  expect(saved.appraisal.penalties).toEqual(start.appraisal.penalties.slice(1));
  expect(saved.appraisal.grades.pass).toBe(55);
  expect(saved.rules[factorIndex]).toMatchObject({ kind: 'factor', factor: '媒体曝光' });
  expect(saved.calendar.days[d - 1]).toMatchObject({ kind: 'off', name: '公司年会' });
  expect(p.untouched()).toBe(true);
});

test('a policy with problems shows them and cannot be saved', () => {
  const p = page(preset('severity')!);
  fireEvent.change(screen.getByRole('textbox', { name: `${w.tiers} 1 key` }), { target: { value: '' } });
  expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('tiers[0]: tier without a key');
  expect(screen.getByRole('button', { name: w.savePolicy })).toBeDisabled();
  expect(p.latest().tiers[0].key).toBe('');
});

test('why Office could not be used is shown when the pane opens', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <App openDemo={() => ({}) as WorkbookBackend} initialLang="zh" startupNotice={{ intent: 'error', text: 'Office 未能启动 (Office did not start: timeout)' }} />
    </FluentProvider>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('Office did not start: timeout');
});
