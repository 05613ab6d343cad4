// The core worker (src/worker): the pane's jobs go through the real worker file, loaded here with
// a fake worker scope (jest's Node has no Worker). Every message crosses structuredClone, as it
// would between threads, so a result that cannot be posted fails here. The answers must equal
// those of the same job run in line, progress comes by step with counts, errors are one line, and
// Cancel terminates the worker at once and ignores whatever it posts afterwards.
import { MsgError, render } from '../src/core/messages';
import type { OpContext, ProgressCount } from '../src/workbook/backend';
import type { Job, WorkbookGrids } from '../src/worker/protocol';
import { FakeWorker, loadWorkerFile } from './helpers/fake-worker';
import { PART_ITEMS, isFromWorker, isToWorker, joinAnswer, splitAnswer } from '../src/worker/protocol';
import { inlineRunner, workerRunner } from '../src/worker/runner';
import { demoRegister, DEMO_AS_OF } from '../src/core/demo/generate';
import { parseDateTime } from '../src/core/register/cells';
import { monthPeriod } from '../src/core/report/period';
import type { CellValue } from '../src/core/register/cells';

const demo = demoRegister(7, 400);
/** The demo's rows as a grid (header row first), dates as the wall-clock Dates a reader gives. */
const rows: CellValue[][] = [demo.headers, ...demo.rows.map((r) => r.map((v) => (v === undefined ? null : v)))];
const wb: WorkbookGrids = {
  candidates: [{ name: '投诉登记', rows, firstRow: 0, firstCol: 0 }],
  hint: {},
  aliases: {},
  workbook: 'demo.xlsx',
  qualify: true,
};
const asOf = (parseDateTime(DEMO_AS_OF) as { ok: true; value: number }).value;

function ctx(signal = new AbortController().signal) {
  const steps: { what: string; fraction: number | undefined; count?: ProgressCount }[] = [];
  const c: OpContext = { signal, progress: (fraction, what, count) => void steps.push({ what, fraction, count }) };
  return { c, steps };
}

test('check through the worker file equals the check in line, with progress by step and count', async () => {
  const made: FakeWorker[] = [];
  const runner = workerRunner(() => {
    const w = new FakeWorker();
    made.push(w);
    return w;
  });
  const viaWorker = ctx();
  const got = await runner.run({ kind: 'check', wb, asOf }, viaWorker.c);
  const inline = await inlineRunner.run({ kind: 'check', wb, asOf }, ctx().c);
  expect(got).toEqual(inline);
  expect(got.counts.rows).toBe(400);
  expect(got.rows).toHaveLength(400);
  // Grids come read already (Office.js counted its blocks): the worker counts the check, in complaints.
  expect(viaWorker.steps.map((s) => s.what)).toEqual(['check', 'check']);
  expect(viaWorker.steps[0].count).toEqual({ done: 0, total: 400, unit: 'rows' });
  expect(viaWorker.steps[1].count).toEqual({ done: 400, total: 400, unit: 'rows' });
  // The bar only moves forward, and within 0–1.
  const fractions = viaWorker.steps.map((s) => s.fraction ?? 0);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  expect(Math.max(...fractions)).toBeLessThanOrEqual(1);
  // One worker per job, terminated once it answered.
  expect(made).toHaveLength(1);
  expect(made[0].terminated).toBe(1);
});

test('the month through the worker: the same report model as in line', async () => {
  const runner = workerRunner(() => new FakeWorker());
  const job: Job = { kind: 'month', wb, period: monthPeriod(2026, 10), includeContacts: false };
  const got = await runner.run(job, ctx().c);
  expect(got).toEqual(await inlineRunner.run(job, ctx().c));
  expect(got.sheets.map((s) => s.name)).toContain('月度统计');
});

test('a workbook without a register: the one line of the core, not a stack', async () => {
  const runner = workerRunner(() => new FakeWorker());
  const empty: WorkbookGrids = { ...wb, candidates: [{ name: 'Sheet1', rows: [['a', 'b'], [1, 2]], firstRow: 0, firstCol: 0 }] };
  const e = await runner.run({ kind: 'check', wb: empty, asOf }, ctx().c).catch((x: Error) => x);
  expect(e).toBeInstanceOf(Error);
  expect((e as Error).message).not.toMatch(/\n\s+at /);
  await expect(inlineRunner.run({ kind: 'check', wb: empty, asOf }, ctx().c)).rejects.toThrow((e as Error).message);
});

test('cancel terminates the worker at once; what it posts afterwards changes nothing', async () => {
  const w = new FakeWorker(true);
  const runner = workerRunner(() => w);
  const ac = new AbortController();
  const { c, steps } = ctx(ac.signal);
  const p = runner.run({ kind: 'check', wb, asOf }, c);
  ac.abort();
  await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  expect(w.terminated).toBe(1);
  // The worker, had it not been stopped, would answer now: nothing reaches the operation.
  w.release();
  await new Promise((r) => setTimeout(r, 10));
  expect(steps).toEqual([]);
  expect(w.terminated).toBe(1);
});

test('an operation cancelled before it starts never starts a worker', async () => {
  const make = jest.fn(() => new FakeWorker());
  const ac = new AbortController();
  ac.abort();
  await expect(workerRunner(make).run({ kind: 'check', wb, asOf }, ctx(ac.signal).c)).rejects.toMatchObject({ name: 'AbortError' });
  await expect(inlineRunner.run({ kind: 'check', wb, asOf }, ctx(ac.signal).c)).rejects.toMatchObject({ name: 'AbortError' });
  expect(make).not.toHaveBeenCalled();
});

test('a worker that fails to load or crashes: one line saying so, and it is terminated', async () => {
  const crash = new FakeWorker(true);
  const p = workerRunner(() => crash).run({ kind: 'check', wb, asOf }, ctx().c);
  crash.onerror?.({ message: 'Uncaught SyntaxError' } as ErrorEvent);
  // A catalogued value: the pane shows it in its language (issue 12; it was one mixed zh/en line).
  const crashed = await p.catch((e: unknown) => e);
  expect(crashed instanceof MsgError && [render(crashed.msg, 'zh'), render(crashed.msg, 'en')]).toEqual(['后台计算失败：Uncaught SyntaxError', 'the background computation failed: Uncaught SyntaxError']);
  expect(crash.terminated).toBe(1);
  const blocked = await workerRunner(() => { throw new Error('blocked by CSP'); }).run({ kind: 'check', wb, asOf }, ctx().c).catch((e: unknown) => e);
  expect(blocked instanceof MsgError && [render(blocked.msg, 'zh'), render(blocked.msg, 'en')]).toEqual(['无法启动后台计算：blocked by CSP', 'cannot start the background worker: blocked by CSP']);
});

test.each([
  ['a job', { id: 1, job: { kind: 'check', wb, asOf } }, true, false],
  ['an unknown job', { id: 1, job: { kind: 'format-disk' } }, false, false],
  ['progress', { id: 2, type: 'progress', step: 'read' }, false, true],
  ['an answer', { id: 2, type: 'done', value: [] }, false, true],
  ['an error', { id: 2, type: 'error', message: 'x' }, false, true],
  ['a stray post', { hello: 'world' }, false, false],
  ['no id', { type: 'done', value: 1 }, false, false],
  ['null', null, false, false],
])('the protocol tells %s apart', (_what, m, toWorker, fromWorker) => {
  expect(isToWorker(m)).toBe(toWorker);
  expect(isFromWorker(m)).toBe(fromWorker);
});

test('the worker file ignores what is not a job, and answers each job under its own id', async () => {
  const scope = loadWorkerFile();
  await scope.onmessage?.({ data: { hello: 'world' } } as MessageEvent<unknown>);
  expect(scope.posted).toEqual([]);
  await scope.onmessage?.({ data: { id: 41, job: { kind: 'register-sheets', wb } } } as MessageEvent<unknown>);
  expect(scope.posted.at(-1)).toEqual({ id: 41, type: 'done', value: ['投诉登记'] });
  expect(scope.posted.every((m) => m.id === 41)).toBe(true);
});

describe('a long answer comes in parts, so the page paints between them', () => {
  test.each([0, 1, 1999, 2000, 2001, 4000, 10_001])('%i rows: split into parts of at most 2,000 and joined again, in order', (n) => {
    const value = { sheet: 'S', rows: Array.from({ length: n }, (_, i) => ({ row: i + 2 })), queue: [{ id: 'a' }], counts: { rows: n } };
    const { parts, rest } = splitAnswer(value);
    expect(parts.every((p) => p.items.length <= PART_ITEMS)).toBe(true);
    expect(parts.length).toBe(n > PART_ITEMS ? Math.ceil(n / PART_ITEMS) : 0);
    if (n > PART_ITEMS) expect((rest as typeof value).rows).toEqual([]);
    expect(joinAnswer(structuredClone(rest), parts.map((p) => structuredClone(p)))).toEqual(value);
  });
  test('answers that are not objects pass whole', () => {
    expect(splitAnswer(['a', 'b'], 1)).toEqual({ parts: [], rest: ['a', 'b'] });
    expect(splitAnswer('x')).toEqual({ parts: [], rest: 'x' });
  });
});
