/**
 * @jest-environment jsdom
 */
// Issue 15: the pane says what it read. The readout of a CRM export read with its saved 列映射 (a
// column named only by the mapping, a column no field has, one that looks like dates) is shown on
// the Register page (on request and after a set-up) and after a check, in zh-CN and in English.
import { MsgError } from '../src/core/messages';
import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import { paneSpecSetup } from './helpers/pane-setup';
import type { WorkbookBackend } from '../src/workbook/backend';
import { CheckView, ReadView, findRegisterGrid, policyOf, readViewOf, registerReadOptions } from '../src/workbook/model';
import type { CellValue } from '../src/core/register/cells';
import { fakeBackend } from './helpers/pane-fakes';

paneSpecSetup();


const REGISTER: CellValue[][] = [
  ['CRM 客户投诉导出'],
  ['编码', '客户', '开始日期', '处理完成', '备注', '回访日'],
  ['C-001', '华强贸易', '2026-11-03 09:00', '2026-11-04 10:00', null, '2026-11-06'],
  ['C-002', '远航科技', '2026-11-10 14:00', null, '待厂家', '2026-11-12'],
];
const MAPPING: CellValue[][] = [['列', '处理完成', 'resolved']];

/** The readout as the backends make it (core's reader with the saved mapping and the policy's tiers). */
function readView(): ReadView {
  const policy = policyOf(undefined);
  const opts = registerReadOptions(MAPPING, policy);
  if (!opts.ok) throw new MsgError(opts.error);
  const reg = findRegisterGrid([{ name: 'CRM导出', rows: REGISTER, firstRow: 0, firstCol: 0 }], {}, {}, opts.value);
  if (!reg.ok) throw new MsgError(reg.error);
  return readViewOf(reg.value, policy);
}

function backend(read: ReadView): WorkbookBackend {
  const view: CheckView = { sheet: read.sheet, summary: {} as CheckView['summary'], rows: [], read, entries: [], counts: { badCells: 0, overdue: 0, dueSoon: 0, rows: 2 }, queue: [], tierNames: {} };
  return fakeBackend({ kind: 'file', label: 'crm.xlsx', check: jest.fn(async () => view), whatIsRead: jest.fn(async () => read) });
}

const ui = (b: WorkbookBackend, page: 'register' | 'check' = 'register') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={b} initialLang="zh" initialPage={page} />
    </FluentProvider>,
  );

const rowOf = (table: HTMLElement, header: string) => within(table).getByText(header).closest('tr') as HTMLElement;

test('the readout itself: 处理完成 read by the mapping, 备注 and 回访日 unread, the title row above the header', () => {
  const r = readView();
  expect(r.headerRow).toBe(2);
  expect(r.columns.map((c) => [c.column, c.header, c.field, c.by])).toEqual([
    ['A', '编码', 'id', 'table'], ['B', '客户', 'customer', 'table'], ['C', '开始日期', 'received', 'table'], ['D', '处理完成', 'resolved', 'mapping'],
  ]);
  expect(r.unread.map((u) => [u.column, u.header, u.why, u.looks])).toEqual([['E', '备注', 'unknown', undefined], ['F', '回访日', 'unknown', 'date']]);
});

test('Register page: "读取情况" shows the mapping and the unread columns with why, in zh and then in English', async () => {
  const b = backend(readView());
  ui(b);
  fireEvent.click(screen.getByRole('button', { name: '读取情况' }));
  const box = await screen.findByTestId('readout');
  expect(within(box).getByText('表头：工作表「CRM导出」第 2 行（其上第 1–1 行为标题或说明）')).toBeInTheDocument();
  const read = within(box).getByRole('table', { name: '读取的列（4）' });
  expect(rowOf(read, '处理完成')).toHaveTextContent('D处理完成→ 办结时间 [按映射]');
  expect(rowOf(read, '开始日期')).toHaveTextContent('C开始日期→ 受理时间');
  expect(rowOf(read, '开始日期')).not.toHaveTextContent('按映射');
  const unread = within(box).getByRole('table', { name: '未读取的列（2）' });
  expect(rowOf(unread, '备注')).toHaveTextContent('E备注无对应字段');
  expect(rowOf(unread, '回访日')).toHaveTextContent('F回访日无对应字段 — 看起来是日期');
  // The reader's warning about the date-like column is shown too.
  expect(within(box).getByRole('note', { name: '请注意' })).toHaveTextContent('回访日');

  fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
  const en = screen.getByTestId('readout');
  expect(within(en).getByText('Header: sheet "CRM导出", row 2 (rows 1–1 above it are a title or notes)')).toBeInTheDocument();
  expect(rowOf(within(en).getByRole('table', { name: 'Columns read (4)' }), '处理完成')).toHaveTextContent('→ Resolved [by the mapping]');
  expect(rowOf(within(en).getByRole('table', { name: 'Columns not read (2)' }), '回访日')).toHaveTextContent('no field has this header — looks like dates');
});

test('Register page: after setting up a register the pane says what it now reads', async () => {
  const b = backend(readView());
  ui(b);
  expect(screen.queryByTestId('readout')).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '新建登记表' }));
  const box = await screen.findByTestId('readout');
  expect(b.setUpNew).toHaveBeenCalled();
  expect(b.whatIsRead).toHaveBeenCalled();
  expect(within(box).getByRole('table', { name: '读取的列（4）' })).toBeInTheDocument();
});

test('Check page: after a check the readout is shown with the results', async () => {
  const b = backend(readView());
  ui(b, 'check');
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  const box = await screen.findByTestId('readout');
  expect(rowOf(within(box).getByRole('table', { name: '未读取的列（2）' }), '备注')).toHaveTextContent('无对应字段');
  expect(b.whatIsRead).not.toHaveBeenCalled();
});

test('a register with every column read says so', async () => {
  const r = { ...readView(), unread: [], warnings: [] };
  ui(backend(r));
  fireEvent.click(screen.getByRole('button', { name: '读取情况' }));
  expect(await screen.findByText('未读取的列：无，每个有表头的列都已读取。')).toBeInTheDocument();
});
