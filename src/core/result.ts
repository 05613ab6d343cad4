// Errors are values in core: a function that can fail on user data returns a Result, its error a
// catalogued message (code + params) that each surface renders in its reader's language.
import type { Msg } from './messages/msg';

export type Result<T> = { ok: true; value: T } | { ok: false; error: Msg };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: Msg): Result<T> => ({ ok: false, error });
