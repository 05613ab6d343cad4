// Looks a message up in the catalogue and fills its {placeholders}.
import { CATALOGUE, Lang, MessageKey } from './catalogue';

export { CATALOGUE };
export type { Lang, MessageKey };

export type Params = Readonly<Record<string, string | number>>;

export function lookup(lang: Lang, key: MessageKey, params: Params = {}): string {
  return CATALOGUE[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** zh unless the language tag (a --lang value, LANG, Office's display language) is English. */
export function langOf(tag: string | undefined): Lang {
  return tag && /^en([-_.@]|$)/i.test(tag) ? 'en' : 'zh';
}
