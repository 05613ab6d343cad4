// A sheet's row blocks read on a second thread (block-worker.ts), handed out in sheet order as
// the one-thread reader hands them: the same values, so both give the same report (a spec
// compares them). Used for big registers; --threads 1 keeps everything on one thread.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InvalidArgumentError } from 'commander';
import { ReaderRefusal, unpack } from '../reader';
import { RowBlockInput } from '../core/register/read';
import type { BlockJob, FromWorker, ToWorker } from './block-worker';

/** Registers smaller than this are read on one thread: starting a worker costs more than it saves. */
export const THREADED_ABOVE_BYTES = 1_000_000;

/** --threads: 1 (everything on one thread) or 2 (the register read on a second one). */
export function threadsArg(v: string): number {
  if (v !== '1' && v !== '2') throw new InvalidArgumentError('1 or 2');
  return Number(v);
}

/**
 * `strings`: the workbook's shared strings, read on this thread (each string one copy, as the
 * one-thread reader keeps it; cloned per cell, a million rows would hold a copy per row).
 */
export async function* threadBlocks(file: string, sheet: string, strings: () => Promise<readonly string[]>, date1904: boolean): AsyncGenerator<RowBlockInput> {
  const job: BlockJob = { file, sheet };
  const worker = new Worker(join(__dirname, 'block-worker.js'), { workerData: job });
  const queue: (FromWorker | { crash: Error })[] = [];
  let wake: (() => void) | undefined;
  const put = (m: FromWorker | { crash: Error }) => {
    queue.push(m);
    wake?.();
  };
  worker.on('message', put);
  worker.on('error', (e: Error) => put({ crash: e }));
  worker.on('exit', (code) => put({ crash: new Error(`the reading thread stopped (exit code ${code})`) }));
  const tell = (m: ToWorker) => worker.postMessage(m);
  let finished = false;
  try {
    // Read while the worker starts; its failure first, as the one-thread reader reads them first.
    const table = await strings();
    for (;;) {
      while (queue.length === 0) await new Promise<void>((r) => (wake = r));
      const m = queue.shift() as FromWorker | { crash: Error };
      if ('block' in m) {
        tell('more');
        yield unpack(m.block, table, sheet, date1904);
      } else if ('done' in m) {
        finished = true;
        return;
      } else if ('refusal' in m) throw new ReaderRefusal(m.refusal.kind, m.refusal.why);
      else if ('failure' in m) throw new Error(`reading ${sheet} on the second thread: ${m.failure}`);
      else throw m.crash;
    }
  } finally {
    if (!finished) tell('stop');
    await worker.terminate();
  }
}
