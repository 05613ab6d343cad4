// Running a long operation from the pane: progress, cancel, and every error as a message.
import { useCallback, useRef, useState } from 'react';
import type { OpContext } from '../workbook/backend';

export interface Notice {
  intent: 'success' | 'error' | 'info';
  text: string;
}

export interface OpState {
  busy: boolean;
  fraction: number | undefined;
  what: string;
  notice: Notice | undefined;
  run: (f: (ctx: OpContext) => Promise<string | void>) => Promise<void>;
  cancel: () => void;
  setNotice: (n: Notice | undefined) => void;
}

export function useOp(cancelledText: string): OpState {
  const [busy, setBusy] = useState(false);
  const [fraction, setFraction] = useState<number | undefined>(undefined);
  const [what, setWhat] = useState('');
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const ctrl = useRef<AbortController | undefined>(undefined);
  const run = useCallback(
    async (f: (ctx: OpContext) => Promise<string | void>) => {
      const c = new AbortController();
      ctrl.current = c;
      setBusy(true);
      setNotice(undefined);
      setFraction(undefined);
      try {
        const msg = await f({ signal: c.signal, progress: (x, w) => (setFraction(x), setWhat(w)) });
        if (c.signal.aborted) setNotice({ intent: 'info', text: cancelledText });
        else if (msg) setNotice({ intent: 'success', text: msg });
      } catch (e) {
        if (c.signal.aborted || (e instanceof DOMException && e.name === 'AbortError')) setNotice({ intent: 'info', text: cancelledText });
        else setNotice({ intent: 'error', text: e instanceof Error ? e.message : String(e) });
      } finally {
        setBusy(false);
        ctrl.current = undefined;
      }
    },
    [cancelledText],
  );
  const cancel = useCallback(() => ctrl.current?.abort(), []);
  return { busy, fraction, what, notice, run, cancel, setNotice };
}
