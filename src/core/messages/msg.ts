// A problem as a value: a catalogue code and its parameters, rendered in the reader's language only
// when shown (HyperFormula's DateTimePlugin style: errors are values, their words live in one table).
// This file has type-only imports so that any core module can build a Msg without a module cycle.
import type { Lang, MessageKey } from './catalogue';

/** A word in both languages (a field or tier name), picked by the language a message is shown in. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type MsgParam = string | number | Bilingual | Msg | readonly Msg[];
export type MsgParams = Readonly<Record<string, MsgParam>>;

export interface Msg {
  readonly code: MessageKey;
  readonly params: MsgParams;
}

/** Builds the value; nothing is rendered until a surface asks for a language. */
export const msg = (code: MessageKey, params: MsgParams = {}): Msg => ({ code, params });

export const isMsg = (v: unknown): v is Msg => typeof v === 'object' && v !== null && typeof (v as Msg).code === 'string' && typeof (v as Msg).params === 'object';

export type { Lang };
