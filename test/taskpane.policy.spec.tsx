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
import { paneSpecSetup } from './helpers/pane-setup';
import { PolicyPage } from '../src/taskpane/pages/PolicyPage';
import type { WorkbookBackend } from '../src/workbook/backend';
import { WORDS } from '../src/taskpane/i18n';
import type { OpState } from '../src/taskpane/ops';
import type { Policy } from '../src/core/policy/types';
import { preset } from '../src/core/policy/presets';
import { msg } from '../src/core/messages';

paneSpecSetup();


const w = WORDS.zh;
const op: OpState = { busy: false, fraction: undefined, what: '', count: undefined, label: '', cancellable: true, notice: undefined, run: async (f) => void (await f({ signal: new AbortController().signal, progress: () => undefined })), cancel: () => undefined, setNotice: () => undefined };

/** The page over a policy held the way App holds it; returns the latest policy set. */
function page(start: Policy) {
  const writePolicy = jest.fn(async () => msg('done.policySaved', { sheet: '投诉政策' }));
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

test('the policy\'s problems are in the pane\'s language', () => {
  const broken = preset('severity')!;
  broken.tiers[0].key = '';
  render(
    <FluentProvider theme={webLightTheme}>
      <PolicyPage backend={{} as WorkbookBackend} op={op} w={WORDS.en} lang="en" policy={broken} setPolicy={() => undefined} />
    </FluentProvider>,
  );
  expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('tiers[0]: tier without a key');
});

/** The card (role group) of one tier, clock, rule, day or rung, by its title. */
const card = (name: string | RegExp) => screen.getByRole('group', { name });

test('tiers, clocks, factors, days and penalties: each edit is in the saved policy', async () => {
  const start = preset('severity')!;
  const p = page(start);
  fireEvent.click(within(screen.getByRole('heading', { name: w.tiers }).parentElement!).getByRole('button', { name: w.add }));
  const n = start.tiers.length + 1;
  fireEvent.change(within(card(`${w.tier} ${n}`)).getByRole('textbox', { name: w.key }), { target: { value: 'vip' } });
  fireEvent.change(within(card(`${w.tier} ${n}`)).getByRole('textbox', { name: w.nameZh }), { target: { value: '贵宾投诉' } });
  // The first clock is 一般投诉 · 首次联系: its card is titled by the names, never the keys.
  const clock = card('一般投诉 · 首次联系');
  fireEvent.change(within(clock).getByRole('spinbutton', { name: w.amount }), { target: { value: '2' } });
  fireEvent.change(within(clock).getByRole('combobox', { name: w.tier }), { target: { value: 'vip' } });
  expect(screen.queryByRole('group', { name: /general|important/ })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: `${w.remove} ${w.penalties} 1` }));
  fireEvent.change(screen.getByRole('spinbutton', { name: w.pass }), { target: { value: '55' } });
  const factorIndex = start.rules.findIndex((r) => r.kind === 'factor');
  const firstFactor = start.rules[factorIndex] as { factor: string };
  fireEvent.change(within(card(`${w.factors} ${firstFactor.factor}`)).getByRole('textbox', { name: w.word }), { target: { value: '媒体曝光' } });
  fireEvent.click(within(screen.getByRole('heading', { name: w.days }).parentElement!).getByRole('button', { name: w.add }));
  fireEvent.change(within(card('2027-01-01 元旦')).getByRole('textbox', { name: w.dayName }), { target: { value: '公司年会' } });
  fireEvent.click(screen.getByRole('button', { name: w.savePolicy }));
  await waitFor(() => expect(p.writePolicy).toHaveBeenCalledTimes(1));
  const saved = (p.writePolicy.mock.calls[0] as unknown as [Policy])[0];
  const d = start.calendar.days.length + 1;
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
  fireEvent.change(within(card(`${w.tier} 1 一般投诉`)).getByRole('textbox', { name: w.key }), { target: { value: '' } });
  expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('tiers[0]: 等级缺少代码');
  expect(screen.getByRole('button', { name: w.savePolicy })).toHaveAttribute('aria-disabled', 'true');
  expect(p.latest().tiers[0].key).toBe('');
});

test('the workbook’s own policy is loaded on open; saving one changed clock asks first, shows that one change, keeps the rest', async () => {
  const custom = preset('severity')!;
  custom.warnHours = 6;
  custom.tiers[0].zh = '普通投诉';
  const writePolicy = jest.fn(async () => msg('done.policySaved', { sheet: '投诉政策' }));
  const b = {
    kind: 'file', label: 'x.xlsx',
    readPolicy: jest.fn(async () => ({ policy: JSON.parse(JSON.stringify(custom)) as Policy, source: 'sheet' as const, problems: [] })),
    writePolicy, registerSheets: jest.fn(async () => []),
  } as unknown as WorkbookBackend;
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={b} initialLang="zh" initialPage="policy" />
    </FluentProvider>,
  );
  // The sheet's values, not the preset's.
  expect(await screen.findByRole('spinbutton', { name: w.warnHours })).toHaveValue(6);
  const clock = card('普通投诉 · 首次联系');
  fireEvent.change(within(clock).getByRole('spinbutton', { name: w.amount }), { target: { value: '12' } });
  fireEvent.click(screen.getByRole('button', { name: w.savePolicy }));
  const dialog = await screen.findByRole('dialog', { name: w.confirmTitle });
  const lines = within(within(dialog).getByRole('list', { hidden: true })).getAllByRole('listitem', { hidden: true }).map((l) => l.textContent);
  expect(lines).toEqual(['普通投诉 · 首次联系: 24 小时 自 受理 → 12 小时 自 受理']);
  expect(writePolicy).not.toHaveBeenCalled();
  fireEvent.click(within(dialog).getByRole('button', { name: w.confirmSave, hidden: true }));
  await waitFor(() => expect(writePolicy).toHaveBeenCalledTimes(1));
  const saved = (writePolicy.mock.calls[0] as unknown as [Policy])[0];
  const expected = JSON.parse(JSON.stringify(custom)) as Policy;
  expected.clocks[0].amount = 12;
  expect(saved).toEqual(expected);
  // Saved: the same policy again is nothing to save, and no dialog.
  fireEvent.click(screen.getByRole('button', { name: w.savePolicy }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(writePolicy).toHaveBeenCalledTimes(1);
});

test('why Office could not be used is shown when the pane opens', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <App openDemo={() => ({}) as WorkbookBackend} initialLang="zh" startupNotice={{ intent: 'error', text: 'Office 未能启动 (Office did not start: timeout)' }} />
    </FluentProvider>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('Office did not start: timeout');
});
