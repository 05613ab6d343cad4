// The file worker: browser mode's exceljs work (./file-jobs.ts) off the pane's thread. webpack
// builds it as its own entry, file-worker.js, started when a set-up, a policy save, filled-in ids,
// the demo or a download needs it; the pane never loads exceljs itself.
import { FileJob, runFileJob } from './file-jobs';
import { MsgError } from '../core/messages';

/** The part of a dedicated worker's global scope used here (typed here: the CLI's build of src/export has no DOM or WebWorker lib). */
interface WorkerScope {
  onmessage: ((e: { data: unknown }) => void) | null;
  postMessage(m: unknown, transfer?: ArrayBufferLike[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = async (e) => {
  const m = e.data as { id?: unknown; job?: FileJob; label?: string };
  if (typeof m?.id !== 'number' || typeof m.job?.kind !== 'string') return;
  try {
    const value = await runFileJob(m.job, m.label);
    // The new bytes move to the page (transferred, not copied).
    const bytes = value instanceof Uint8Array ? value : (value as { xlsx?: unknown }).xlsx;
    scope.postMessage({ id: m.id, type: 'done', value }, bytes instanceof Uint8Array ? [bytes.buffer] : []);
  } catch (err) {
    // A catalogued message crosses as its value, so the pane renders it in its own language.
    scope.postMessage({ id: m.id, type: 'error', message: err instanceof Error ? err.message : String(err), msg: err instanceof MsgError ? err.msg : undefined });
  }
};
