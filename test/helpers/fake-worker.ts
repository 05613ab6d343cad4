// A Worker stand-in for jest (its Node has no Worker): the real worker file (src/worker/core.worker.ts)
// loaded with a fake `self`, every message crossing structuredClone as between threads.
import type { FromWorker, ToWorkerMessage } from '../../src/worker/protocol';
import type { WorkerLike } from '../../src/worker/runner';

/**
 * A message as the other thread gets it. structuredClone proves it can be posted (it throws on a
 * function, a class instance's methods are lost, …); the copy handed on is made in this realm,
 * because jest's structuredClone returns Dates of Node's outer realm, which fail `instanceof Date`.
 */
export function posted<T>(m: T): T {
  structuredClone(m);
  const copy = (x: unknown): unknown => {
    if (x instanceof Date) return new Date(x.getTime());
    if (Array.isArray(x)) return x.map(copy);
    if (x instanceof Map) return new Map([...x].map(([k, v]) => [copy(k), copy(v)]));
    if (x instanceof Set) return new Set([...x].map(copy));
    if (x && typeof x === 'object') {
      expect(Object.getPrototypeOf(x)).toBe(Object.prototype);
      return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, copy(v)]));
    }
    return x;
  };
  return copy(m) as T;
}

/** The worker file's onmessage, as it installs itself on `self`. */
export function loadWorkerFile(): { onmessage: ((e: MessageEvent<unknown>) => void) | null; posted: FromWorker[]; post?: (m: FromWorker) => void } {
  const scope: { onmessage: ((e: MessageEvent<unknown>) => void) | null; posted: FromWorker[]; post?: (m: FromWorker) => void; postMessage: (m: FromWorker) => void } = {
    onmessage: null,
    posted: [],
    postMessage(m) {
      const copy = posted(m);
      this.posted.push(copy);
      this.post?.(copy);
    },
  };
  (globalThis as { self?: unknown }).self = scope;
  jest.isolateModules(() => {
    jest.requireActual('../../src/worker/core.worker');
  });
  delete (globalThis as { self?: unknown }).self;
  return scope;
}

/** A Worker stand-in over the real worker file: messages are cloned and delivered in a later task. */
export class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = 0;
  received: ToWorkerMessage[] = [];
  private readonly scope = loadWorkerFile();
  constructor(private readonly hold = false) {
    this.scope.post = (m) => setTimeout(() => this.terminated === 0 && this.onmessage?.({ data: m } as MessageEvent<unknown>), 0);
  }
  postMessage(m: ToWorkerMessage): void {
    const copy = posted(m);
    this.received.push(copy);
    if (!this.hold) setTimeout(() => this.scope.onmessage?.({ data: copy } as MessageEvent<unknown>), 0);
  }
  /** Runs the held job now (after a cancel, say: its posts must change nothing). */
  release(): void {
    for (const m of this.received) this.scope.onmessage?.({ data: m } as MessageEvent<unknown>);
  }
  terminate(): void {
    this.terminated++;
  }
}
