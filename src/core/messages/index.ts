// Looks a message up in the catalogue and fills its {placeholders}; render() does the same for a
// problem value (Msg), with nested messages, lists and bilingual words in the chosen language.
import { CATALOGUE, Lang, MessageKey } from './catalogue';
import { Bilingual, Msg, MsgParam, isMsg } from './msg';

export { CATALOGUE };
export type { Lang, MessageKey };
export { msg, isMsg } from './msg';
export type { Msg, MsgParam, MsgParams, Bilingual } from './msg';

export type Params = Readonly<Record<string, string | number>>;

const fill = (text: string, value: (name: string) => string | undefined): string =>
  text.replace(/\{(\w+)\}/g, (m, name: string) => value(name) ?? m);

export function lookup(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill(CATALOGUE[key][lang], (name) => (name in params ? String(params[name]) : undefined));
}

/** How a list of messages is joined in each language. */
const LIST_SEP: Readonly<Record<Lang, string>> = { zh: '；', en: '; ' };

const isBilingual = (v: MsgParam): v is Bilingual => typeof v === 'object' && !Array.isArray(v) && !isMsg(v);

function renderParam(p: MsgParam, lang: Lang): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return String(p);
  if (Array.isArray(p)) return (p as readonly Msg[]).map((x) => render(x, lang)).join(LIST_SEP[lang]);
  if (isBilingual(p as MsgParam)) return (p as Bilingual)[lang];
  return render(p as Msg, lang);
}

/** The message in the reader's language; a code missing from the catalogue shows as itself (never throws). */
export function render(m: Msg, lang: Lang): string {
  const entry = CATALOGUE[m.code] as Record<Lang, string> | undefined;
  if (!entry) return m.code;
  return fill(entry[lang], (name) => (name in m.params ? renderParam(m.params[name], lang) : undefined));
}

/** The JSON form tools rely on: the rendered message, its code and its parameters (nested messages rendered). */
export function msgJson(m: Msg, lang: Lang): { message: string; code: string; params: Record<string, string | number> } {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params)) params[k] = typeof v === 'number' ? v : renderParam(v, lang);
  return { message: render(m, lang), code: m.code, params };
}

/** A message still built as text (policy problems, pending conversion) or a catalogued one, in the reader's language. */
export const textOf = (m: string | Msg, lang: Lang): string => (typeof m === 'string' ? m : render(m, lang));

/**
 * A catalogued problem thrown across a boundary that only carries exceptions (the worker's answer,
 * a pane operation): `message` is the Chinese text for logs, `msg` is rendered where it is shown.
 */
export class MsgError extends Error {
  constructor(readonly msg: Msg) {
    super(render(msg, 'zh'));
    this.name = 'MsgError';
  }
}

/** zh unless the language tag (a --lang value, LANG, Office's display language) is English. */
export function langOf(tag: string | undefined): Lang {
  return tag && /^en([-_.@]|$)/i.test(tag) ? 'en' : 'zh';
}
