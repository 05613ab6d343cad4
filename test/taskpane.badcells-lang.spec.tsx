/**
 * @jest-environment jsdom
 */
// Issue 12 "Everything in the user's language": the Check page's bad cells and the reader's warnings
// of the demo register (with the bad-cell corpus's values) are in English in the en-US pane and in
// Chinese in the zh-CN pane. Column headers, ids and the user's own values stay as typed.
import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import { paneSpecSetup } from './helpers/pane-setup';
import type { WorkbookBackend } from '../src/workbook/backend';
import { CheckView, checkView, findRegisterGrid, policyOf } from '../src/workbook/model';
import { MsgError } from '../src/core/messages';
import type { CellValue } from '../src/core/register/cells';
import { demoRegister } from '../src/core/demo/generate';
import { fakeBackend } from './helpers/pane-fakes';
import { at } from './helpers/build';

paneSpecSetup();

function demoView(): CheckView {
  const demo = demoRegister(20261105, 30);
  const rows: CellValue[][] = demo.rows.map((r) => [...r]);
  const bad = (i: number, header: string, value: CellValue) => {
    rows[i][demo.headers.indexOf(header)] = value;
  };
  bad(0, '受理时间', '2026-11-03 25:00');
  bad(1, '损失金额（元）', '很多');
  bad(2, '回访满意度', 7);
  bad(3, '是否有效', '也许');
  bad(4, '情形', '天灾');
  const policy = policyOf(undefined);
  const reg = findRegisterGrid([{ name: '投诉登记表', rows: [demo.headers, ...rows], firstRow: 0, firstCol: 0 }], {});
  if (!reg.ok) throw new MsgError(reg.error);
  const v = checkView(reg.value, policy, at('2026-11-05 10:00'));
  if (!v.ok) throw new MsgError(v.error);
  return v.value;
}

const backend = (view: CheckView): WorkbookBackend =>
  fakeBackend({ kind: 'file', label: 'demo.xlsx', check: jest.fn(async () => view), whatIsRead: jest.fn(async () => view.read) });

const ui = (b: WorkbookBackend, lang: 'zh' | 'en') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={b} initialLang={lang} initialPage="check" />
    </FluentProvider>,
  );

/** The words of an entry, the user's values (quoted or in 「」), column headers and ids taken out. */
const words = (el: HTMLElement, headers: readonly string[]): string => {
  let t = el.textContent ?? '';
  for (const h of [...headers].sort((a, b) => b.length - a.length)) t = t.split(h).join(' ');
  return t.replace(/"[^"]*"|「[^」]*」|\b[A-Z]{2}-[\d-]+|Y\/N|yes\/no|true\/false/g, ' ');
};

const view = demoView();
const headers = demoRegister(20261105, 1).headers;

test('the demo with bad cells has them (the spec is not vacuous)', () => {
  expect(view.entries.filter((e) => e.kind === 'cell').map((e) => e.msg?.code)).toEqual(expect.arrayContaining(['cell.badTime', 'cell.badAmount', 'cell.ratingRange', 'cell.badBool', 'tier.unknownFactor']));
});

test('en-US: the bad cells are in English', async () => {
  ui(backend(view), 'en');
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  const list = await screen.findByTestId('bad-cells');
  const items = within(list).getAllByRole('option');
  expect(items.length).toBe(view.entries.filter((e) => e.kind === 'cell').length);
  expect(list).toHaveTextContent('invalid time "2026-11-03 25:00" (hours must be 0–23, minutes and seconds 0–59)');
  expect(list).toHaveTextContent('unrecognised amount "很多"');
  expect(list).toHaveTextContent('rating out of range "7"');
  for (const item of items) expect(words(item, headers)).not.toMatch(/[\u4e00-\u9fff]/);
});

test('zh-CN: the same bad cells in Chinese', async () => {
  ui(backend(view), 'zh');
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  const list = await screen.findByTestId('bad-cells');
  expect(list).toHaveTextContent('时间无效 "2026-11-03 25:00"（小时须为 0–23，分钟和秒须为 0–59）');
  expect(list).toHaveTextContent('无法识别的金额 "很多"');
  for (const item of within(list).getAllByRole('option')) expect(words(item, headers)).not.toMatch(/\b(?!row\b)[A-Za-z]{3,}/);
});
