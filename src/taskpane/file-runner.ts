// Running browser mode's workbook changes (src/export/file-jobs.ts): in the file worker in the pane,
// so the page thread never loads exceljs; in line in jest and Node. Cancel terminates the worker:
// the pane keeps its bytes until the new ones arrive, so a cancelled change leaves them as they were.
import type { OpContext } from '../workbook/backend';
import { MsgError, msg } from '../core/messages';
import type { Msg } from '../core/messages';
import type { FileAnswers, FileJobKind, FileJobOf } from '../export/file-jobs';

export interface FileRunner {
  run<K extends FileJobKind>(job: FileJobOf<K>, ctx: OpContext, label: string): Promise<FileAnswers[K]>;
}

interface WorkerLike {
  postMessage(m: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

const abortError = () => new DOMException('cancelled', 'AbortError');

/** One fresh file worker per job, terminated when it answers or is cancelled. */
export function fileWorkerRunner(make: () => WorkerLike): FileRunner {
  let next = 1;
  return {
    run<K extends FileJobKind>(job: FileJobOf<K>, ctx: OpContext, label: string): Promise<FileAnswers[K]> {
      return new Promise((resolve, reject) => {
        if (ctx.signal.aborted) return reject(abortError());
        const id = next++;
        let w: WorkerLike;
        try {
          w = make();
        } catch (e) {
          return reject(new MsgError(msg('pane.workerStart', { why: e instanceof Error ? e.message : String(e) })));
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
        w.onmessage = (e) => {
          const m = e.data as { id?: number; type?: string; value?: FileAnswers[K]; message?: string; msg?: Msg };
          if (m?.id !== id) return;
          end();
          if (m.type === 'done') resolve(m.value as FileAnswers[K]);
          else reject(m.msg ? new MsgError(m.msg) : new Error(m.message ?? 'file worker error'));
        };
        w.onerror = (e) => {
          end();
          reject(new MsgError(msg('pane.workerFailed', { why: e.message || msg('pane.workerError') })));
        };
        w.postMessage({ id, job, label });
      });
    },
  };
}

/** The same jobs on the calling thread (jest, Node); webpack leaves exceljs out of the page (webpackIgnore). */
export const inlineFileRunner: FileRunner = {
  async run<K extends FileJobKind>(job: FileJobOf<K>, ctx: OpContext, label: string): Promise<FileAnswers[K]> {
    if (ctx.signal.aborted) throw abortError();
    const { runFileJob } = await import(/* webpackIgnore: true */ '../export/file-jobs');
    const out = await runFileJob(job, label);
    if (ctx.signal.aborted) throw abortError();
    return out;
  },
};
