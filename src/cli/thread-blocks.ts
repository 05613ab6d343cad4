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

type Message = FromWorker | { crash: Error };

/**
 * A reading thread (block-worker.ts), started before the sheet it is to read is known: it loads
 * its modules and opens the file while this thread opens it too and finds the register.
 */
export class ReadingThread {
  private readonly worker: Worker;
  private readonly queue: Message[] = [];
  private wake: (() => void) | undefined;

  constructor(file: string) {
    const job: BlockJob = { file };
    this.worker = new Worker(join(__dirname, 'block-worker.js'), { workerData: job });
    const put = (m: Message) => {
      this.queue.push(m);
      this.wake?.();
    };
    // Listening from the start: a crash before the sheet is asked for is still seen.
    this.worker.on('message', put);
    this.worker.on('error', (e: Error) => put({ crash: e }));
    this.worker.on('exit', (code) => put({ crash: new Error(`the reading thread stopped (exit code ${code})`) }));
  }

  tell(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  async next(): Promise<Message> {
    while (this.queue.length === 0) await new Promise<void>((r) => (this.wake = r));
    return this.queue.shift() as Message;
  }

  async end(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * `strings`: the workbook's shared strings, read on this thread (each string one copy, as the
 * one-thread reader keeps it; cloned per cell, a million rows would hold a copy per row).
 * `thread`: one started early for this file (it is ended here); else one is started now.
 */
export async function* threadBlocks(file: string, sheet: string, strings: () => Promise<readonly string[]>, date1904: boolean, thread = new ReadingThread(file)): AsyncGenerator<RowBlockInput> {
  let finished = false;
  try {
    thread.tell({ sheet });
    // Read while the worker reads; its failure first, as the one-thread reader reads them first.
    const table = await strings();
    for (;;) {
      const m = await thread.next();
      if ('block' in m) {
        thread.tell('more');
        yield unpack(m.block, table, sheet, date1904);
      } else if ('done' in m) {
        finished = true;
        return;
      } else if ('refusal' in m) throw new ReaderRefusal(m.refusal.kind, m.refusal.why);
      else if ('failure' in m) throw new Error(`reading ${sheet} on the second thread: ${m.failure}`);
      else throw m.crash;
    }
  } finally {
    if (!finished) thread.tell('stop');
    await thread.end();
  }
}
