// Running a core job for a backend: in a Web Worker (the pane in a browser or in Excel), or in line
// where there is none (jest's jsdom, Node). Cancel (the operation's AbortSignal) terminates the
// worker at once; the page learns of it as an AbortError, like any cancelled operation.
import { MsgError } from '../core/messages';
import type { OpContext } from '../workbook/backend';
import { Answers, Count, JobKind, JobOf, Step, ToWorker, isFromWorker, joinAnswer } from './protocol';

export interface CoreRunner {
  run<K extends JobKind>(job: JobOf<K>, ctx: OpContext): Promise<Answers[K]>;
}

/** What the runner needs of a Worker (a fake one in jest). */
export interface WorkerLike {
  postMessage(m: ToWorker): void;
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

/** One fresh worker per job, terminated when it answers or is cancelled. */
export function workerRunner(make: () => WorkerLike): CoreRunner {
  let next = 1;
  return {
    run<K extends JobKind>(job: JobOf<K>, ctx: OpContext): Promise<Answers[K]> {
      return new Promise<Answers[K]>((resolve, reject) => {
        if (ctx.signal.aborted) return reject(abortError());
        const id = next++;
        let w: WorkerLike;
        try {
          w = make();
        } catch (e) {
          return reject(new Error(`无法启动后台计算 (cannot start the background worker: ${e instanceof Error ? e.message : String(e)})`));
        }
        const end = () => {
          w.onmessage = null;
          w.onerror = null;
          w.terminate();
          ctx.signal.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          end();
          reject(abortError());
        };
        ctx.signal.addEventListener('abort', onAbort, { once: true });
        const parts: { key: string; items: unknown[] }[] = [];
        w.onmessage = (e) => {
          const m = e.data;
          if (!isFromWorker(m) || m.id !== id) return;
          if (m.type === 'progress') return reportStep(ctx, m.step, m.count);
          if (m.type === 'part') return void parts.push(m);
          end();
          if (m.type === 'done') resolve(joinAnswer(m.value, parts) as Answers[K]);
          else reject(m.msg ? new MsgError(m.msg) : new Error(m.message));
        };
        w.onerror = (e) => {
          end();
          reject(new Error(`后台计算失败 (the background computation failed: ${e.message || 'worker error'})`));
        };
        w.postMessage({ id, job });
      });
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
};

/** Where a host has no Web Worker: every job fails with the one line saying why. */
export const noWorkerRunner: CoreRunner = {
  run: async () => {
    throw new Error('此浏览器不支持后台计算 (Web Worker)，请换用新版 Edge、Chrome 或 Safari (this browser has no Web Worker: use a current Edge, Chrome or Safari)');
  },
};
