// The core worker: runs one job of ./protocol off the pane's thread (webpack builds it as its own
// entry, core-worker.js, loaded only when an operation starts) and posts progress and the answer.
// A streamed job (the Office backend) waits for its rows, block by block, and runs at `end`.
// The pane terminates it to cancel.
import { render } from '../core/messages';
import { FromWorker, Job, WorkbookGrids, isStreamMessage, isStreamedSource, isToWorker, splitAnswer } from './protocol';
import { runJob } from './jobs';
import { StreamedRows } from './stream';

/** The part of a dedicated worker's global scope used here (tsconfig's lib is the DOM's, not WebWorker's). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  postMessage(m: FromWorker): void;
}

const scope = self as unknown as WorkerScope;

/** Streamed jobs waiting for their `end`, by id. */
const waiting = new Map<number, { job: Job; rows: StreamedRows }>();

async function answer(id: number, job: Job): Promise<void> {
  const r = await runJob(job, (step, count) => scope.postMessage({ id, type: 'progress', step, count }));
  if (!r.ok) return scope.postMessage({ id, type: 'error', message: render(r.error, 'zh'), msg: r.error });
  const { parts, rest } = splitAnswer(r.value);
  for (const p of parts) scope.postMessage({ id, type: 'part', ...p });
  scope.postMessage({ id, type: 'done', value: rest as typeof r.value });
}

scope.onmessage = async (e) => {
  const m = e.data;
  if (isStreamMessage(m)) {
    const w = waiting.get(m.id);
    if (!w) return;
    if (m.type === 'rows') return w.rows.add(m.sheet, m.rows);
    waiting.delete(m.id);
    return answer(m.id, { ...w.job, wb: w.rows.grids(m.wb as WorkbookGrids) } as Job);
  }
  if (!isToWorker(m)) return;
  if (isStreamedSource(m.job.wb)) return void waiting.set(m.id, { job: m.job, rows: new StreamedRows() });
  return answer(m.id, m.job);
};
