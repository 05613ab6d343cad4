// The CLI's language, chosen once at start-up: --lang zh|en, else LC_ALL / LC_MESSAGES / LANG,
// else Chinese. Every line the CLI prints comes from the shared catalogue through m().
import { Lang, MessageKey, Msg, Params, langOf, lookup, msgJson, render } from '../core/messages';

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

/** A problem value (an error or warning of the engine) in the CLI's language. */
export const say = (x: Msg): string => render(x, current);

/** A problem value for --json: the rendered message with its code and parameters, so tools can rely on codes. */
export const sayJson = (x: Msg) => msgJson(x, current);

/** The cell problems of a row for --json: column and message as before, code and params added. */
export const errorsJson = (errors: readonly { column: string; msg: Msg }[]) => errors.map((e) => ({ column: e.column, ...sayJson(e.msg) }));

/** A row's tier reason for --json: the text in the CLI's language as before ('' on an error row), its code and parameters beside. */
export const tierReasonJson = (reason: Msg | undefined) => {
  if (!reason) return { tierReason: '' };
  const j = sayJson(reason);
  return { tierReason: j.message, tierReasonCode: { code: j.code, params: j.params } };
};

/** Warnings for --json: the rendered lines as before, and their codes and parameters alongside. */
export const warningsJson = (warnings: readonly Msg[]) => ({
  warnings: warnings.map(say),
  warningCodes: warnings.map((w) => {
    const j = sayJson(w);
    return { code: j.code, params: j.params };
  }),
});
