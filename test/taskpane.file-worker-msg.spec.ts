// Browser mode's file worker (src/export/file.worker.ts) and the pane's runner of it
// (src/taskpane/file-runner.ts), joined by a message channel as a Worker joins them: a file job's
// catalogued refusal crosses as its value and reaches the page as a MsgError, so an English pane
// shows it in English (before, only its zh text crossed). A library's own failure names the file.
import ExcelJS from 'exceljs';
import { MsgError, render } from '../src/core/messages';
import { fileWorkerRunner } from '../src/taskpane/file-runner';
import type { OpContext } from '../src/workbook/backend';

type Handler = ((e: { data: unknown }) => void) | null;
const scope = globalThis as unknown as { onmessage: Handler; postMessage: (m: unknown) => void };

/** A Worker over the worker module loaded in this thread: postMessage either way is a structured clone. */
function channel() {
  const w = {
    onmessage: null as Handler,
    onerror: null,
    terminate: () => undefined,
    postMessage: (m: unknown) => queueMicrotask(() => scope.onmessage?.({ data: structuredClone(m) })),
  };
  scope.postMessage = (m: unknown) => queueMicrotask(() => w.onmessage?.({ data: structuredClone(m) }));
  return w;
}

beforeAll(async () => {
  scope.postMessage = () => undefined;
  await import('../src/export/file.worker');
});

const ctx = (): OpContext => ({ signal: new AbortController().signal, progress: () => undefined });
const CJK = /[\u3400-\u9fff]/;

async function refusal(xlsx: Uint8Array): Promise<MsgError> {
  const runner = fileWorkerRunner(channel as never);
  const e = await runner.run({ kind: 'inspect', xlsx, at: { aliases: {} } }, ctx(), 'book.xlsx').catch((x: unknown) => x);
  expect(e).toBeInstanceOf(MsgError);
  return e as MsgError;
}

test('a workbook whose register sheet is empty: the refusal is a message in either language', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('投诉登记表');
  const e = await refusal(new Uint8Array(await wb.xlsx.writeBuffer()));
  expect(e.msg.code).toBe('excel.emptySheet');
  expect(render(e.msg, 'zh')).toBe('「投诉登记表」是空表：请先输入表头，或新建登记表');
  expect(render(e.msg, 'en')).toBe('the sheet "投诉登记表" is empty: type the headers first, or set up a new register');
});

test('bytes exceljs cannot open: one line naming the file, in either language', async () => {
  const e = await refusal(new TextEncoder().encode('not a workbook'));
  expect(e.msg.code).toBe('file.cannotRead');
  expect(render(e.msg, 'zh')).toMatch(/^无法读取 book\.xlsx：/);
  expect(render(e.msg, 'en')).toMatch(/^cannot read book\.xlsx: /);
  expect(render(e.msg, 'en').replace(/book\.xlsx/g, '')).not.toMatch(CJK);
});
