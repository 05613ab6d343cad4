/**
 * @jest-environment jsdom
 */
// The task pane's components with Testing Library and a fake backend: pages, language switch,
// errors shown as messages, progress with cancel, the contacts switch off by default.
import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import type { OpContext, WorkbookBackend } from '../src/workbook/backend';
import { defaultLang } from '../src/taskpane/i18n';
import { preset } from '../src/core/policy/presets';

jest.setTimeout(30_000);

// jsdom has no ResizeObserver; Fluent's MessageBar uses one.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function fakeBackend(over: Partial<WorkbookBackend> = {}): WorkbookBackend {
  return {
    kind: 'excel',
    label: 'Excel',
    inspect: jest.fn(),
    setUpNew: jest.fn(async () => '投诉登记表: A1:AD2'),
    adopt: jest.fn(),
    readPolicy: jest.fn(async () => ({ policy: preset('severity'), source: 'preset' as const, problems: [] })),
    writePolicy: jest.fn(async () => 'ok'),
    check: jest.fn(),
    whatIsRead: jest.fn(),
    registerSheets: jest.fn(async () => []),
    select: jest.fn(),
    generate: jest.fn(async () => 'generated'),
    exportWorkbook: jest.fn(async () => 'exported'),
    ...over,
  };
}

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
  fireEvent.click(screen.getByRole('button', { name: '新建登记表' }));
  expect(await screen.findByText(/InvalidArgument/)).toBeInTheDocument();
});

test('monthly: contacts off by default; progress bar and cancel while generating', async () => {
  let seen: OpContext | undefined;
  const b = fakeBackend({
    generate: jest.fn(
      (_p, _c, _a, ctx: OpContext) =>
        new Promise<string>((_, reject) => {
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
  fireEvent.change(screen.getByRole('combobox', { name: '预设' }), { target: { value: 'class' } });
  fireEvent.change(screen.getByRole('spinbutton', { name: '预警小时' }), { target: { value: '12' } });
  fireEvent.click(screen.getByRole('button', { name: '保存到「投诉政策」' }));
  await waitFor(() => expect(b.writePolicy).toHaveBeenCalled());
  const saved = (b.writePolicy as jest.Mock).mock.calls[0][0];
  expect(saved.name).toBe('class');
  expect(saved.warnHours).toBe(12);
});
