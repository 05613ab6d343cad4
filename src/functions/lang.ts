// The language of the custom functions' error texts. The add-in runs a shared runtime, so the
// entry (src/excel/functions-entry.ts) can read Office.context.displayLanguage once and set it here;
// without Office (Node, a plain browser) it stays Chinese, the product's first language.
import { Lang, Msg, langOf, render } from '../core/messages';

let current: Lang = 'zh';

/** Sets the language from a display-language tag such as "en-US" or "zh-CN". */
export function setFunctionsLang(tag: string | undefined): void {
  current = langOf(tag);
}

export const functionsLang = (): Lang => current;

/** A catalogued message as a function's error text. */
export const fnText = (m: Msg): string => render(m, current);
