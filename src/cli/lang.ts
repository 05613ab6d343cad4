// The CLI's language, chosen once at start-up: --lang zh|en, else LC_ALL / LC_MESSAGES / LANG,
// else Chinese. Every line the CLI prints comes from the shared catalogue through m().
import { Lang, MessageKey, Params, langOf, lookup } from '../core/messages';

let current: Lang = 'zh';

/** The --lang value in argv (both "--lang en" and "--lang=en"), if any. */
export function langArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') return argv[i + 1];
    if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
  }
  return undefined;
}

export function chooseLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const arg = langArg(argv);
  if (arg === 'zh' || arg === 'en') return arg;
  return langOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export function setLang(lang: Lang): void {
  current = lang;
}

export const lang = (): Lang => current;

export const m = (key: MessageKey, params?: Params): string => lookup(current, key, params);
