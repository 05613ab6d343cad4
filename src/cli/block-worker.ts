// The second thread of a report: inflates, tokenizes and decodes one sheet's rows while the main
// thread reads the previous block into complaints and counts them (see thread-blocks.ts). Blocks
// go over packed (typed arrays, transferred, not cloned: see reader/packed.ts), shared strings as
// indices the main thread resolves; a few blocks at most are in flight, so a million rows never
// queue up in memory.
import { parentPort, workerData } from 'node:worker_threads';
import { XlsxWorkbook, ReaderRefusal, BLOCK_ROWS, PackedBlock, transferables } from '../reader';
import { fileSource } from '../reader/node-source';

/**
 * What the main thread starts the worker with: the file only. The worker opens it while the main
 * thread is still deciding which sheet is the register, and reads the sheet it is then told.
 */
export interface BlockJob {
  file: string;
}
export type FromWorker =
  | { block: PackedBlock }
  | { done: true }
  | { refusal: { kind: ReaderRefusal['kind']; why: ReaderRefusal['why'] } }
  | { failure: string };
/** { sheet }: the sheet to read (once); 'more': one block was taken, another may be sent; 'stop': the reading was left early. */
export type ToWorker = { sheet: string } | 'more' | 'stop';

/** Blocks sent and not yet taken: enough to keep both threads busy, few enough to keep memory flat. */
export const IN_FLIGHT = 3;

async function run(job: BlockJob): Promise<void> {
  const port = parentPort as NonNullable<typeof parentPort>;
  const send = (m: FromWorker) => port.postMessage(m);
  let credit = IN_FLIGHT;
  let stopped = false;
  let sheet: string | undefined;
  let wake: (() => void) | undefined;
  port.on('message', (m: ToWorker) => {
    if (typeof m === 'object') sheet = m.sheet;
    else if (m === 'more') credit++;
    else stopped = true;
    wake?.();
  });
  const opening = fileSource(job.file).then((src) => XlsxWorkbook.open(src));
  // Its failure is told once a sheet is asked for (below): the main thread opened the file too by then.
  opening.catch(() => undefined);
  let wb: XlsxWorkbook | undefined;
  try {
    while (sheet === undefined && !stopped) await new Promise<void>((r) => (wake = r));
    if (sheet === undefined) return;
    wb = await opening;
    // The strings stay on the main thread (one copy of each, shared by its cells): indices come over.
    for await (const b of wb.packedBlocks(sheet, BLOCK_ROWS)) {
      while (credit === 0 && !stopped) await new Promise<void>((r) => (wake = r));
      if (stopped) break;
      credit--;
      port.postMessage({ block: b } satisfies FromWorker, transferables(b));
    }
    send({ done: true });
  } catch (e) {
    send(e instanceof ReaderRefusal ? { refusal: { kind: e.kind, why: e.why } } : { failure: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  } finally {
    // The main thread ends the worker once it has the last message.
    await (wb ?? (await opening.catch(() => undefined)))?.close();
  }
}

if (parentPort) void run(workerData as BlockJob);
