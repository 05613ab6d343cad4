// Running a long operation from the pane: a labelled progress (which step, how many of how many),
// a Cancel that works while nothing is being written, and every error as a message.
import { useCallback, useRef, useState } from 'react';
import type { OpContext, ProgressCount } from '../workbook/backend';
import { MsgError, isMsg, langOf, render } from '../core/messages';
import type { Msg } from '../core/messages';

export interface Notice {
  intent: 'success' | 'error' | 'info';
  text: string;
}

/** The words of the progress bar and of a cancelled operation (i18n.ts has them in both languages). */
export interface OpWords {
  cancelled: string;
  /** Said when the operation was cancelled before it changed anything. */
  cancelledUnchanged: string;
  steps: Record<string, string>;
  units: Record<ProgressCount['unit'], string>;
  working: string;
}

/** Steps that change the workbook: Cancel waits for them rather than leave a sheet half written. */
const WRITING = new Set(['write', 'setup', 'compute']);

export interface OpState {
  busy: boolean;
  fraction: number | undefined;
  what: string;
  count: ProgressCount | undefined;
  /** The progress bar's label: the step, and how many of how many when counted. */
  label: string;
  /** False while the workbook is being written. */
  cancellable: boolean;
  notice: Notice | undefined;
  /** `f` answers what it did: text in the pane's words, or a catalogued message rendered in its language. */
  run: (f: (ctx: OpContext) => Promise<string | Msg | void>) => Promise<void>;
  cancel: () => void;
  setNotice: (n: Notice | undefined) => void;
}

/** "检查 40,960 / 100,000 行": the step's word, and the count in the user's language. */
export function progressLabel(words: OpWords, what: string, count: ProgressCount | undefined, locale: string): string {
  const step = words.steps[what] ?? words.working;
  if (!count) return step;
  const n = (x: number) => x.toLocaleString(locale);
  return count.done > 0 && count.done < count.total ? `${step} ${n(count.done)} / ${n(count.total)} ${words.units[count.unit]}` : `${step} ${n(count.total)} ${words.units[count.unit]}`;
}

export function useOp(words: OpWords | string, locale = 'zh-CN'): OpState {
  const w: OpWords = typeof words === 'string' ? { cancelled: words, cancelledUnchanged: words, steps: {}, units: { rows: '', blocks: '', sheets: '' }, working: '' } : words;
  const [busy, setBusy] = useState(false);
  const [fraction, setFraction] = useState<number | undefined>(undefined);
  const [what, setWhat] = useState('');
  const [count, setCount] = useState<ProgressCount | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const ctrl = useRef<AbortController | undefined>(undefined);
  /** Whether the operation running has begun to write: a Cancel after that is not "unchanged". */
  const wrote = useRef(false);
  const run = useCallback(
    async (f: (ctx: OpContext) => Promise<string | Msg | void>) => {
      const c = new AbortController();
      ctrl.current = c;
      wrote.current = false;
      setBusy(true);
      setNotice(undefined);
      setFraction(undefined);
      setWhat('');
      setCount(undefined);
      const progress: OpContext['progress'] = (x, step, n) => {
        if (WRITING.has(step)) wrote.current = true;
        setFraction(x);
        setWhat(step);
        setCount(n);
      };
      const cancelledText = () => (wrote.current ? w.cancelled : w.cancelledUnchanged);
      try {
        const msg = await f({ signal: c.signal, progress });
        if (c.signal.aborted) setNotice({ intent: 'info', text: cancelledText() });
        else if (msg) setNotice({ intent: 'success', text: isMsg(msg) ? render(msg, langOf(locale)) : msg });
      } catch (e) {
        if (c.signal.aborted || (e instanceof DOMException && e.name === 'AbortError')) setNotice({ intent: 'info', text: cancelledText() });
        else setNotice({ intent: 'error', text: e instanceof MsgError ? render(e.msg, langOf(locale)) : e instanceof Error ? e.message : String(e) });
      } finally {
        setBusy(false);
        ctrl.current = undefined;
      }
    },
    [w.cancelled, w.cancelledUnchanged],
  );
  const cancellable = !WRITING.has(what);
  const cancel = useCallback(() => {
    if (!WRITING.has(what)) ctrl.current?.abort();
  }, [what]);
  return { busy, fraction, what, count, label: progressLabel(w, what, count, locale), cancellable, notice, run, cancel, setNotice };
}
