/**
 * @jest-environment jsdom
 */
// Issue 15: the Monthly page offers the register sheets of the open workbook to consolidate; the
// sheets chosen (in workbook order) go to generate and export; none chosen is the register alone;
// a workbook with one register sheet offers nothing to consolidate.
import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import { paneSpecSetup } from './helpers/pane-setup';
import { fakeBackend } from './helpers/pane-fakes';
import type { WorkbookBackend } from '../src/workbook/backend';

paneSpecSetup();


const backend = (sheets: string[]): WorkbookBackend => fakeBackend({ registerSheets: jest.fn(async () => sheets) });

const ui = (b: WorkbookBackend, lang: 'zh' | 'en' = 'zh') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={b} initialLang={lang} initialPage="monthly" initialPeriod="2026-11" />
    </FluentProvider>,
  );

test('the register sheets are offered; the two chosen are consolidated, in workbook order', async () => {
  const b = backend(['华东', '华南', '华北']);
  ui(b);
  expect(await screen.findByRole('group', { name: '合并登记表（每个工作表作为一个分公司）' })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('checkbox', { name: '华北' }));
  fireEvent.click(screen.getByRole('checkbox', { name: '华东' }));
  fireEvent.click(screen.getByRole('button', { name: '生成月报工作表' }));
  await waitFor(() => expect(b.generate).toHaveBeenCalledWith(expect.objectContaining({ label: '2026-11' }), false, undefined, expect.anything(), ['华东', '华北']));
  // The figures of what was generated are shown before the next action.
  expect(await screen.findByTestId('figures')).toHaveTextContent('42');
  expect(b.monthSummary).toHaveBeenCalledWith(expect.objectContaining({ label: '2026-11' }), undefined, expect.anything(), ['华东', '华北']);
  fireEvent.click(screen.getByRole('button', { name: '导出考核工作簿' }));
  await waitFor(() => expect(b.exportWorkbook).toHaveBeenCalledWith(expect.objectContaining({ label: '2026-11' }), false, undefined, expect.anything(), ['华东', '华北']));
});

test('unticking all goes back to the register alone', async () => {
  const b = backend(['华东', '华南']);
  ui(b, 'en');
  fireEvent.click(await screen.findByRole('checkbox', { name: '华南' }));
  fireEvent.click(screen.getByRole('checkbox', { name: '华南' }));
  expect(screen.getByRole('group', { name: 'Consolidate registers (one branch per sheet)' })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Generate the month’s sheets' }));
  await waitFor(() => expect(b.generate).toHaveBeenCalledWith(expect.anything(), false, undefined, expect.anything(), undefined));
});

test('one register sheet: nothing to consolidate is offered', async () => {
  const b = backend(['投诉登记表']);
  ui(b);
  await waitFor(() => expect(b.registerSheets).toHaveBeenCalled());
  expect(screen.queryByRole('group', { name: /合并登记表/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
});
