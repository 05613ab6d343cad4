// The operator's name (操作人) the audit trail records. Excel's released API sets name no user:
// Excel.Identity is "ExcelApi BETA (PREVIEW ONLY)", not for production
// (https://learn.microsoft.com/javascript/api/excel/excel.identity). So the pane asks once and
// keeps the name per user on this machine in the runtime's local storage: the add-in's shared
// runtime is a browser runtime, which has local storage, unlike the JavaScript-only runtime
// (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes). The audit handlers, started
// with the runtime, read it at each change, so a name given in the pane counts from then on.
import { MsgError, msg } from '../core/messages';

/** The part of the Web Storage API used here (window.localStorage in the add-in). */
export interface NameStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const OPERATOR_KEY = 'complaint-register.operator';
/** Long enough for a name with a department ("张三（客服部）"), short enough for a log column. */
export const OPERATOR_MAX = 40;

const storage = (): NameStore | undefined => {
  try {
    return (globalThis as { localStorage?: NameStore }).localStorage;
  } catch {
    // A browser with storage blocked throws on access: no name is kept, the log says unknown.
    return undefined;
  }
};

/** A name as kept: trimmed, inner runs of space (and control characters) one space; undefined when empty. */
export function cleanOperator(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters typed or pasted into the name field are dropped, not stored
  const t = name.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return t === '' ? undefined : [...t].slice(0, OPERATOR_MAX).join('');
}

/** The name given on this machine, if any. */
export function readOperator(store: NameStore | undefined = storage()): string | undefined {
  try {
    const v = store?.getItem(OPERATOR_KEY);
    return v ? cleanOperator(v) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the name (an empty one forgets it); returns what is kept, or an Error when storage refuses (full, blocked). */
export function saveOperator(name: string, store: NameStore | undefined = storage()): string | undefined | MsgError {
  const clean = cleanOperator(name);
  if (!store) return new MsgError(msg('pane.noStorage'));
  try {
    if (clean === undefined) store.removeItem(OPERATOR_KEY);
    else store.setItem(OPERATOR_KEY, clean);
    return clean;
  } catch (e) {
    return new MsgError(msg('pane.storageFailed', { why: e instanceof Error ? e.message : String(e) }));
  }
}
