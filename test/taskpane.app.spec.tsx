/**
 * @jest-environment jsdom
 */
// The task pane's components with Testing Library and a fake backend: pages, language switch,
// errors shown as messages, progress with cancel, the contacts switch off by default.
import { msg } from '../src/core/messages';
import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import { paneSpecSetup } from './helpers/pane-setup';
import type { OpContext, WorkbookBackend } from '../src/workbook/backend';
import { defaultLang } from '../src/taskpane/i18n';
import { fakeStatus, fakeBackend } from './helpers/pane-fakes';
import type { Msg } from '../src/core/messages';

paneSpecSetup();



const ui = (b: WorkbookBackend, lang: 'zh' | 'en' = 'zh') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={b} initialLang={lang} initialPeriod="2026-10" />
    </FluentProvider>,
  );

test('zh by default, English when Office says so, switchable', () => {
  expect(defaultLang('en-US')).toBe('en');
  expect(defaultLang('zh-CN')).toBe('zh');
  expect(defaultLang(undefined)).toBe('zh');
  ui(fakeBackend());
  expect(screen.getByRole('tab', { name: '登记表' })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
  expect(screen.getByRole('tab', { name: 'Register' })).toBeInTheDocument();
});

test('an Office error reaches the user as a message', async () => {
  const b = fakeBackend({ setUpNew: jest.fn(async () => Promise.reject(new Error('Excel: The argument is invalid. [InvalidArgument]'))) });
  ui(b);
  fireEvent.click(screen.getByRole('tab', { name: '登记表' }));
  fireEvent.click(screen.getByRole('button', { name: '新建登记表' }));
  expect(await screen.findByText(/InvalidArgument/)).toBeInTheDocument();
});

test('monthly: contacts off by default; progress bar and cancel while generating', async () => {
  let seen: OpContext | undefined;
  const b = fakeBackend({
    generate: jest.fn(
      (_p, _c, _a, ctx: OpContext) =>
        new Promise<Msg>((_, reject) => {
          seen = ctx;
          ctx.signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
        }),
    ),
  });
  ui(b);
  fireEvent.click(screen.getByRole('tab', { name: '月报' }));
  expect(screen.getByRole('switch', { name: '包含联系方式' })).not.toBeChecked();
  fireEvent.click(screen.getByRole('button', { name: '生成月报工作表' }));
  expect(b.generate).toHaveBeenCalledWith(expect.objectContaining({ label: '2026-10' }), false, undefined, expect.anything(), undefined);
  const cancel = await screen.findByRole('button', { name: '取消' });
  expect(screen.getByRole('progressbar')).toBeInTheDocument();
  fireEvent.click(cancel);
  await waitFor(() => expect(seen?.signal.aborted).toBe(true));
  // Nothing had been written yet (no progress step that writes), so the pane says the workbook is unchanged.
  expect(await screen.findByText('已取消，工作簿未作任何改动。')).toBeInTheDocument();
});

test('policy: choose a preset, edit, save', async () => {
  const b = fakeBackend();
  ui(b);
  fireEvent.click(screen.getByRole('tab', { name: '政策' }));
  fireEvent.change(await screen.findByRole('combobox', { name: '预设' }), { target: { value: 'class' } });
  fireEvent.change(screen.getByRole('spinbutton', { name: '预警小时' }), { target: { value: '12' } });
  fireEvent.click(screen.getByRole('button', { name: '保存到「投诉政策」' }));
  await waitFor(() => expect(b.writePolicy).toHaveBeenCalled());
  const saved = (b.writePolicy as jest.Mock).mock.calls[0][0];
  expect(saved.name).toBe('class');
  expect(saved.warnHours).toBe(12);
});

test('home: a workbook without a register is set up from the card in one click', async () => {
  const status = jest.fn().mockResolvedValueOnce(fakeStatus({ register: undefined, registerProblem: msg('sheet.none', { names: '' }), open: 0, dueSoon: 0, overdue: 0 })).mockResolvedValue(fakeStatus());
  const b = fakeBackend({ status });
  ui(b);
  fireEvent.click(await screen.findByRole('button', { name: '立即设置登记表' }));
  await waitFor(() => expect(b.setUpNew).toHaveBeenCalledTimes(1));
  expect(await screen.findByText('已设置')).toBeInTheDocument();
  expect(screen.getByRole('group', { name: '工作簿状态' })).toHaveTextContent('未办结 5即将到期 2已超期 1');
  // What it did is said, and belongs to the home page: another page starts without it.
  expect(await screen.findByText('已新建登记表 投诉登记表：A1:AD2')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('tab', { name: '政策' }));
  expect(screen.queryByText('已新建登记表 投诉登记表：A1:AD2')).not.toBeInTheDocument();
});

test('check: the queue is one tab stop, arrows move in it, Enter selects the row in Excel', async () => {
  const entry = (row: number, id: string, group: 'overdue' | 'due-soon' | 'on-track', minutesLeft: number) => ({
    row, id, customer: '张*', department: '售后部', handler: '李四', tier: 'general', group,
    next: { milestone: 'contact' as const, end: 0 }, left: { unit: 'minutes' as const, n: minutesLeft }, minutesLeft,
  });
  const view = {
    sheet: '登记', summary: {}, rows: [], read: { sheet: '登记', headerRow: 1, columns: [], unread: [], skipped: [], warnings: [] }, entries: [],
    counts: { badCells: 0, overdue: 1, dueSoon: 1, rows: 3 }, queueCol: 1, tierNames: { general: { zh: '一般投诉', en: 'General' } },
    queue: [entry(5, 'A-5', 'overdue', -90), entry(3, 'A-3', 'due-soon', 120), entry(4, 'A-4', 'on-track', 3000)],
  };
  const b = fakeBackend({ check: jest.fn(async () => view as never), select: jest.fn(async () => undefined) });
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={b} initialLang="zh" initialPage="check" initialAsOf="2026-11-05 10:00" />
    </FluentProvider>,
  );
  const list = await screen.findByRole('listbox', { name: '时限队列' });
  expect(list).toHaveAttribute('tabindex', '0');
  const options = within(list).getAllByRole('option');
  expect(options.map((o) => o.getAttribute('tabindex'))).toEqual([null, null, null]);
  expect(options[0]).toHaveTextContent('A-5 张*超期 1小时30分');
  expect(options[0]).toHaveTextContent('售后部 · 李四 · 一般投诉 · 下一节点 首次联系');
  expect(list.getAttribute('aria-activedescendant')).toBe(options[0].id);
  fireEvent.keyDown(list, { key: 'ArrowDown' });
  expect(list.getAttribute('aria-activedescendant')).toBe(options[1].id);
  fireEvent.keyDown(list, { key: 'End' });
  fireEvent.keyDown(list, { key: 'Enter' });
  await waitFor(() => expect(b.select).toHaveBeenCalledWith(expect.objectContaining({ sheet: '登记', row: 4, col: 1 })));
  // The tier filter offers tiers by their names, not their keys.
  expect(screen.getByRole('combobox', { name: '等级' })).toHaveTextContent('一般投诉');
  expect(screen.getByRole('combobox', { name: '等级' })).not.toHaveTextContent('general');
  expect(b.check).toHaveBeenCalledWith(expect.any(Number), expect.anything());
});

test('in Excel the pane paints before the Office backend has arrived, then reads the workbook', async () => {
  let arrive: (b: WorkbookBackend) => void = () => undefined;
  const connect = new Promise<WorkbookBackend>((r) => (arrive = r));
  render(
    <FluentProvider theme={webLightTheme}>
      <App connect={connect} initialLang="zh" />
    </FluentProvider>,
  );
  expect(screen.getByText('正在连接工作簿…')).toBeInTheDocument();
  const b = fakeBackend();
  arrive(b);
  expect(await screen.findByRole('group', { name: '工作簿状态' })).toBeInTheDocument();
  await waitFor(() => expect(b.status).toHaveBeenCalled());
  expect(screen.queryByText('正在连接工作簿…')).toBeNull();
});
