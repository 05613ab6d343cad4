/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// (Node's export conditions: exceljs, which builds the spec's workbook, needs uuid's CommonJS build, not its browser ESM.)
// Issue 13 in the pane: the second-round states of the demo register's rows as badges next to the
// tier in the queue, a state filter, counts on the home card; the 操作人 asked once and kept on this
// machine; loading on open said and switchable. The demo register exercises 重新处理, 申诉成立 and
// 无效 at its as-of time; three of its open rows are given an appeal awaiting its verdict, an
// extension and a pause running now, as a desk would type them.
import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ExcelJS from 'exceljs';
import { App } from '../src/taskpane/App';
import { FileBackend } from '../src/taskpane/file-backend';
import { DEMO_AS_OF, DEMO_HEADERS, demoRegister } from '../src/core/demo/generate';
import { addPolicySheet, addRegisterSheet } from '../src/export/write-register';
import { preset } from '../src/core/policy/presets';
import { CellValue } from '../src/core/register/cells';
import { OPERATOR_KEY } from '../src/workbook/operator';
import type { WorkbookBackend } from '../src/workbook/backend';
import { paneSpecSetup } from './helpers/pane-setup';
import { fakeStatus } from './helpers/pane-fakes';
import { at, compiled } from './helpers/build';
import { readRegister } from '../src/core/register/read';
import { checkRegister } from '../src/core/check';
import { buildQueue } from '../src/core/queue';
import { TextDecoder as TextDecoderNode } from 'node:util';
import { MsgError } from '../src/core/messages';

paneSpecSetup();
// jsdom has no TextDecoder; the pane's .xlsx reader (in line here, a worker in the pane) uses the platform's.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoderNode });

const H = (name: string) => DEMO_HEADERS.indexOf(name);
const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v));
const asDate = (v: CellValue | undefined) => (v instanceof Date ? v.getTime() : NaN);

/** The demo register with three of its queued rows given the states it has none of at its as-of time. */
function register() {
  const demo = demoRegister();
  const rows = demo.rows.map((r) => [...r]);
  const read = readRegister([DEMO_HEADERS, ...rows]);
  if (!read.ok) throw new MsgError(read.error);
  const asOf = at(DEMO_AS_OF);
  const report = checkRegister(read.value, compiled('severity'), asOf);
  const queued = new Set(buildQueue(report.rows, read.value.complaints, compiled('severity').calendar, asOf).map((q) => q.row));
  const rowOf = (i: number) => i + 2;
  // Queued, with none of the second-round cells, received before 11-05 09:00 (the pause below starts then).
  const plain = rows.filter((r, i) => queued.has(rowOf(i))
    && ['申诉时间', '延期至', '暂停期间', '重新处理时间'].every((h) => r[H(h)] === null) && asDate(r[H('受理时间')]) < Date.UTC(2026, 10, 5, 9));
  const [pending, extended, paused] = plain;
  // An appeal an hour after receipt: in time (001: within 1 working day), no verdict yet.
  pending[H('申诉时间')] = new Date(asDate(pending[H('受理时间')]) + 3_600_000);
  extended[H('延期至')] = '2026-11-30';
  extended[H('延期原因')] = '等待厂家配件';
  paused[H('暂停期间')] = '2026-11-05 09:00–2026-11-06 09:00';
  // From the cells, not the states the engine gives: reopened and not resolved again (rows the check
  // cannot read, status 数据有误, run no clock and are left out); marked invalid; appeals upheld.
  const reopened = rows.filter((r, i) => r[H('重新处理时间')] !== null && r[H('再次办结时间')] === null && text(r[H('是否有效')]) !== '否' && report.rows[i].status !== 'error').length;
  const invalid = rows.filter((r) => text(r[H('是否有效')]) === '否').length;
  const upheld = rows.filter((r) => text(r[H('申诉结果')]) === '成立').map((r) => ({ id: text(r[H('编号')]), to: text(r[H('改派部门')]), from: text(r[H('责任部门')]) }));
  // The demo's own pause still running ('start–', waiting for the customer) is paused too.
  const running = rows.filter((r) => /–$/.test(text(r[H('暂停期间')]))).map((r) => text(r[H('编号')]));
  const ids = { pending: text(pending[H('编号')]), extended: text(extended[H('编号')]), paused: text(paused[H('编号')]) };
  return { rows, ids, allPaused: [ids.paused, ...running].sort(), reopened, invalid, upheld };
}

async function backendOf(rows: CellValue[][]): Promise<FileBackend> {
  const wb = new ExcelJS.Workbook();
  addRegisterSheet(wb, DEMO_HEADERS, rows);
  addPolicySheet(wb, preset('severity')!);
  const bytes = await wb.xlsx.writeBuffer();
  return FileBackend.open('demo-states.xlsx', bytes as ArrayBuffer, () => undefined);
}

const ui = (b: WorkbookBackend, page: 'home' | 'check', lang: 'zh' | 'en' = 'zh') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={b} initialLang={lang} initialPage={page} initialAsOf={DEMO_AS_OF} />
    </FluentProvider>,
  );

const reg = register();
let backend: FileBackend;
beforeAll(async () => {
  backend = await backendOf(reg.rows);
});

const entryOf = (list: HTMLElement, id: string) => within(list).getAllByRole('option').find((o) => o.textContent?.startsWith(id));

describe('the queue shows each state next to the tier, in the user\'s language', () => {
  // Each row's id, and the badge it must show in Chinese and in English.
  const cases = (): [string, string, string][] => [
    [reg.ids.pending, '申诉中', 'Appeal pending'],
    [reg.ids.extended, '已延期 2026-11-30', 'Extended 2026-11-30'],
    [reg.ids.paused, '暂停中', 'Paused'],
  ];
  test.each<['zh' | 'en', string, 1 | 2]>([['zh', '时限队列', 1], ['en', 'SLA queue', 2]])('申诉中, 已延期 with the new date, 暂停中 (%s)', async (lang, name, col) => {
    ui(backend, 'check', lang);
    const list = await screen.findByRole('listbox', { name }, { timeout: 20_000 });
    for (const c of cases()) expect(entryOf(list, c[0])).toHaveTextContent(c[col]);
  });

  test('重新处理 and 申诉成立 (with the new department and the one it came from), on the demo\'s own rows', async () => {
    ui(backend, 'check');
    const list = await screen.findByRole('listbox', { name: '时限队列' }, { timeout: 20_000 });
    const reopened = within(list).getAllByRole('option').filter((o) => o.querySelector('[data-state="reopened"]'));
    expect(reopened).toHaveLength(reg.reopened);
    const upheld = within(list).getAllByRole('option').filter((o) => o.querySelector('[data-state="appeal-upheld"]'));
    expect(upheld.length).toBeGreaterThan(0);
    for (const o of upheld) {
      const u = reg.upheld.find((x) => o.textContent?.startsWith(x.id));
      expect(u).not.toBeUndefined();
      expect(o).toHaveTextContent(`申诉成立 → ${u!.to} (原 ${u!.from})`);
    }
    // 无效: never in the queue.
    expect(list.querySelector('[data-state="invalid"]')).toBeNull();
  });

  test('the state filter beside department, handler and tier', async () => {
    ui(backend, 'check');
    await screen.findByRole('listbox', { name: '时限队列' }, { timeout: 20_000 });
    const select = screen.getByRole('combobox', { name: '状态' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['全部', '重新处理', '申诉中', '申诉成立', '已延期', '暂停中']);
    fireEvent.change(select, { target: { value: 'paused' } });
    const list = screen.getByRole('listbox', { name: '时限队列' });
    expect(within(list).getAllByRole('option').map((o) => o.textContent?.slice(0, reg.ids.paused.length)).sort()).toEqual(reg.allPaused);
  });
});

test('the home card counts each state', async () => {
  ui(backend, 'home');
  const count = async (k: string) => (await screen.findByTestId(`count-${k}`, {}, { timeout: 20_000 })).textContent;
  expect(await count('reopened')).toBe(`重新处理 ${reg.reopened}`);
  expect(await count('appeal-pending')).toBe('申诉中 1');
  expect(await count('extended')).toBe('已延期 1');
  expect(reg.allPaused.length).toBeGreaterThan(1);
  expect(await count('paused')).toBe(`暂停中 ${reg.allPaused.length}`);
  expect(await count('invalid')).toBe(`无效 ${reg.invalid}`);
  expect(await count('appeal-upheld')).toMatch(/^申诉成立 [1-9]\d*$/);
});

describe('in Excel: the 操作人 and loading on open', () => {
  const excel = (over: Partial<WorkbookBackend> = {}): WorkbookBackend => ({
    kind: 'excel', label: 'Excel', inspect: jest.fn(), setUpNew: jest.fn(), adopt: jest.fn(), readPolicy: jest.fn(), writePolicy: jest.fn(), check: jest.fn(),
    whatIsRead: jest.fn(), registerSheets: jest.fn(async () => []), select: jest.fn(), generate: jest.fn(), exportWorkbook: jest.fn(),
    status: jest.fn(async () => fakeStatus()), monthSummary: jest.fn(), ...over,
  });
  beforeEach(() => localStorage.clear());

  test('asked once, kept on this machine, shown with a way to change it', async () => {
    const { unmount } = ui(excel(), 'home');
    const input = await screen.findByRole('textbox', { name: '操作人' });
    expect(screen.getByText(/请填写您的姓名/)).toBeInTheDocument();
    fireEvent.change(input, { target: { value: ' 张三 ' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(localStorage.getItem(OPERATOR_KEY)).toBe('张三');
    expect(screen.getByTestId('operator')).toHaveTextContent('操作人张三更改');
    unmount();
    // The next time the pane opens it does not ask again.
    ui(excel(), 'home');
    await screen.findByTestId('operator');
    expect(screen.queryByRole('textbox', { name: '操作人' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '更改' }));
    fireEvent.change(screen.getByRole('textbox', { name: '操作人' }), { target: { value: '李四' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: '操作人' }), { key: 'Enter' });
    expect(localStorage.getItem(OPERATOR_KEY)).toBe('李四');
  });

  test('not asked outside Excel (nothing is logged there)', async () => {
    ui(backend, 'home');
    await screen.findByTestId('count-reopened', {}, { timeout: 20_000 });
    expect(screen.queryByTestId('operator')).toBeNull();
    expect(screen.queryByTestId('load-on-open')).toBeNull();
  });

  test('loading on open is said, and can be turned off', async () => {
    let on = true;
    const setLoadOnOpen = jest.fn(async (v: boolean) => (on = v));
    ui(excel({ loadOnOpen: jest.fn(async () => on), setLoadOnOpen }), 'home');
    const line = await screen.findByTestId('load-on-open');
    expect(line).toHaveTextContent('此工作簿打开时自动加载加载项，以便记录修改和自动编号');
    fireEvent.click(within(line).getByRole('button', { name: '关闭自动加载' }));
    await waitFor(() => expect(line).toHaveTextContent('此工作簿打开时不自动加载加载项'));
    expect(setLoadOnOpen).toHaveBeenCalledWith(false);
    expect(within(line).getByRole('button', { name: '开启自动加载' })).toBeInTheDocument();
  });

  test('where the host cannot load on open, nothing is said', async () => {
    ui(excel({ loadOnOpen: jest.fn(async () => undefined), setLoadOnOpen: jest.fn() }), 'home');
    await screen.findByTestId('operator');
    expect(screen.queryByTestId('load-on-open')).toBeNull();
  });
});
