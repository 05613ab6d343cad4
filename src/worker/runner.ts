// Running a core job for a backend: in a Web Worker (the pane in a browser or in Excel), or in line
// where there is none (jest's jsdom, Node). Cancel (the operation's AbortSignal) terminates the
// worker at once; the page learns of it as an AbortError, like any cancelled operation.
import { MsgError, msg } from '../core/messages';
import type { OpContext } from '../workbook/backend';
import type { CellValue } from '../core/register/cells';
import { Answers, Count, Job, JobKind, JobOf, STREAMED, Step, StreamMessage, ToWorkerMessage, WorkbookGrids, isFromWorker, joinAnswer } from './protocol';
import { StreamedRows } from './stream';

/** A job that takes its register rows block by block (protocol.ts StreamMessage): `rows` as each block is read, then `end` with the rest of the workbook. */
export interface JobStream<K extends JobKind> {
  rows(sheet: string, rows: CellValue[][]): void;
  end(wb: WorkbookGrids): Promise<Answers[K]>;
  /** The read failed or was cancelled on the page: the job is dropped (its worker terminated). */
  close(): void;
}

/** A job without its workbook, for `stream` (each kind of job on its own: Omit over the union would keep only the common fields). */
type StreamJob = Job extends infer J ? (J extends Job ? Omit<J, 'wb'> : never) : never;
export type StreamJobOf<K extends JobKind> = { kind: K } & Extract<StreamJob, { kind: K }>;

export interface CoreRunner {
  run<K extends JobKind>(job: JobOf<K>, ctx: OpContext): Promise<Answers[K]>;
  stream<K extends JobKind>(job: StreamJobOf<K>, ctx: OpContext): JobStream<K>;
}

/** What the runner needs of a Worker (a fake one in jest). */
export interface WorkerLike {
  postMessage(m: ToWorkerMessage): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export const abortError = () => new DOMException('cancelled', 'AbortError');

/** The part of the progress bar each step fills: reading first, then the check or the figures, writing last. */
const SPAN: Record<Step, [number, number]> = { read: [0, 0.45], check: [0.45, 0.95], figures: [0.45, 0.9], write: [0.9, 1] };

/** Hands a step to the operation's progress: the bar's fraction within the step's span when counted. */
export function reportStep(ctx: OpContext, step: Step, count?: Count): void {
  const [a, b] = SPAN[step];
  const fraction = count && count.total > 0 ? a + (b - a) * Math.min(1, count.done / count.total) : undefined;
  ctx.progress(fraction, step, count);
}

/** A job on a fresh worker: `post` hands it more messages (a streamed job's rows), `done` settles with its answer. */
function startWorker<K extends JobKind>(make: () => WorkerLike, id: number, job: Job, ctx: OpContext): { post: (m: StreamMessage) => void; stop: () => void; done: Promise<Answers[K]> } {
  let w: WorkerLike | undefined;
  let stop = () => undefined as void;
  const done = new Promise<Answers[K]>((resolve, reject) => {
    if (ctx.signal.aborted) return reject(abortError());
    try {
      w = make();
    } catch (e) {
      return reject(new MsgError(msg('pane.workerStart', { why: e instanceof Error ? e.message : String(e) })));
    }
    const worker = w;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      ctx.signal.removeEventListener('abort', onAbort);
      w = undefined;
    };
    const onAbort = () => {
      end();
      reject(abortError());
    };
    stop = () => {
      end();
      reject(abortError());
    };
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    const parts: { key: string; items: unknown[] }[] = [];
    worker.onmessage = (e) => {
      const m = e.data;
      if (!isFromWorker(m) || m.id !== id) return;
      if (m.type === 'progress') return reportStep(ctx, m.step, m.count);
      if (m.type === 'part') return void parts.push(m);
      end();
      if (m.type === 'done') resolve(joinAnswer(m.value, parts) as Answers[K]);
      else reject(m.msg ? new MsgError(m.msg) : new Error(m.message));
    };
    worker.onerror = (e) => {
      end();
      reject(new MsgError(msg('pane.workerFailed', { why: e.message || msg('pane.workerError') })));
    };
    worker.postMessage({ id, job });
  });
  return { post: (m) => w?.postMessage(m), stop: () => stop(), done };
}

/** One fresh worker per job, terminated when it answers or is cancelled. */
export function workerRunner(make: () => WorkerLike): CoreRunner {
  let next = 1;
  return {
    run<K extends JobKind>(job: JobOf<K>, ctx: OpContext): Promise<Answers[K]> {
      return startWorker<K>(make, next++, job, ctx).done;
    },
    // The worker parses and keeps each block while Excel reads the next; the page keeps none of them.
    stream<K extends JobKind>(job: StreamJobOf<K>, ctx: OpContext): JobStream<K> {
      const id = next++;
      const w = startWorker<K>(make, id, { ...job, wb: STREAMED } as Job, ctx);
      // Settled by `end`'s caller; until then a cancel's rejection is not left unhandled.
      w.done.catch(() => undefined);
      return {
        rows: (sheet, rows) => w.post({ id, type: 'rows', sheet, rows }),
        end: (wb) => {
          w.post({ id, type: 'end', wb });
          return w.done;
        },
        close: () => w.stop(),
      };
    },
  };
}

/**
 * The same jobs on the calling thread, for Node and jest (no Worker there). The pane never runs the
 * core in line: index.tsx always hands the backends the worker runner, and webpack leaves this
 * import out of the bundle (webpackIgnore), so the core the worker needs is not part of the page.
 */
export const inlineRunner: CoreRunner = {
  async run<K extends JobKind>(job: JobOf<K>, ctx: OpContext): Promise<Answers[K]> {
    const { runInline } = await import(/* webpackIgnore: true */ './inline');
    return runInline(job, ctx);
  },
  stream<K extends JobKind>(job: StreamJobOf<K>, ctx: OpContext): JobStream<K> {
    const kept = new StreamedRows();
    return {
      rows: (sheet, rows) => kept.add(sheet, rows),
      end: (wb) => inlineRunner.run({ ...job, wb: kept.grids(wb) } as JobOf<K>, ctx),
      close: () => undefined,
    };
  },
};

/** Where a host has no Web Worker: every job fails with the one line saying why. */
export const noWorkerRunner: CoreRunner = {
  run: async () => {
    throw new MsgError(msg('pane.noWorker'));
  },
  // Said before anything is read.
  stream: () => {
    throw new MsgError(msg('pane.noWorker'));
  },
};
