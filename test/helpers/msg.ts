// A catalogued message as the zh and en surfaces show it, for specs that read its words.
import { Msg, render } from '../../src/core/messages';

export const zh = (m: Msg): string => render(m, 'zh');
export const en = (m: Msg): string => render(m, 'en');
