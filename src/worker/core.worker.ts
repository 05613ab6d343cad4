// The core worker: runs one job of ./protocol off the pane's thread (webpack builds it as its own
// entry, core-worker.js, loaded only when an operation starts) and posts progress and the answer.
// The pane terminates it to cancel.
import { render } from '../core/messages';
import { FromWorker, isToWorker, splitAnswer } from './protocol';
import { runJob } from './jobs';

/** The part of a dedicated worker's global scope used here (tsconfig's lib is the DOM's, not WebWorker's). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  postMessage(m: FromWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (e) => {
  if (!isToWorker(e.data)) return;
  const { id, job } = e.data;
  const r = await runJob(job, (step, count) => scope.postMessage({ id, type: 'progress', step, count }));
  if (!r.ok) return scope.postMessage({ id, type: 'error', message: render(r.error, 'zh'), msg: r.error });
  const { parts, rest } = splitAnswer(r.value);
  for (const p of parts) scope.postMessage({ id, type: 'part', ...p });
  scope.postMessage({ id, type: 'done', value: rest as typeof r.value });
};
