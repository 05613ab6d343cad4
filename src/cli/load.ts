// Turns command-line arguments into the engine's inputs: sheets, register, policy, as-of.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { XlsxWorkbook, ReaderRefusal } from '../reader';
import { fileSource } from '../reader/node-source';
import { SheetInput, PolicySource, policyForWorkbook, LoadedPolicy, FindOptions, OWN_SHEETS, chooseRegisterAsync, readOptionsFor } from '../core/workbook';
import { RegisterRead, readRegisterBlocks } from '../core/register/read';
import { POLICY_SHEET, problemAt } from '../core/policy/table';
import { PRESET_NAMES } from '../core/policy/presets';
import { parseDateTime } from '../core/register/cells';
import { Stamp } from '../core/time';
import { wallClockNow } from '../core/now';
import { CompiledPolicy } from '../core/policy/compile';
import { m, say } from './lang';
import { msg } from '../core/messages';
import { statIfAny } from './fs-probe';
import { ReadingThread, THREADED_ABOVE_BYTES, threadBlocks } from './thread-blocks';

/** A failure the user must see as one clear line; the CLI exits non-zero with it. */
export class UserError extends Error {}

/** A file that exists but cannot be read, in the user's terms: permission denied, or the error code. */
function readFailure(what: string, e: NodeJS.ErrnoException): UserError {
  const code = e.code;
  return new UserError(code === 'EACCES' || code === 'EPERM' ? m('file.denied', { file: what }) : m('file.other', { file: what, code: code ?? e.message }));
}

/** Why a path cannot be opened at all, in the user's terms (no errno codes, no stack). */
async function openPath(file: string, what: string): Promise<XlsxWorkbook> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    if (info.code === 'ENOENT' || info.code === 'ENOTDIR') throw new UserError(m('file.noSuch', { file: what }));
    throw readFailure(what, info);
  }
  if (info.isDirectory()) throw new UserError(m('file.folder', { file: what }));
  if (!info.isFile()) throw new UserError(m('file.special', { file: what }));
  const src = await fileSource(file).catch((e: NodeJS.ErrnoException) => {
    throw readFailure(what, e);
  });
  return readerCall(what, () => XlsxWorkbook.open(src));
}

/** Runs a reader step; a refused file becomes one line: what, which file, why, what to do. */
async function readerCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ReaderRefusal) throw new UserError(m('file.notXlsx', { file: what, why: say(e.why), hint: m(`refuse.${e.kind}`) }));
    throw e;
  }
}

/** Every sheet of a workbook as a grid (for small workbooks: a policy file, tests). */
export async function loadSheets(file: string): Promise<SheetInput[]> {
  const wb = await openPath(file, file);
  try {
    return await readerCall(file, async () => {
      const out: SheetInput[] = [];
      for (const name of wb.sheetNames) out.push({ name, rows: await wb.grid(name) });
      return out;
    });
  } finally {
    await wb.close();
  }
}

export interface LoadedRegister {
  /** The sheets the engine reads whole: the policy and survey sheets, when present. */
  sheets: SheetInput[];
  register: { sheet: string; read: RegisterRead };
}

/**
 * The register of a workbook, read from the streaming reader's row blocks, and the small sheets
 * beside it (policy, survey, 列映射). `find` is asked for the read options once those small sheets
 * are known (the policy's tiers come from them). The register is the named sheet, or the first sheet
 * whose headers match; a sheet that is not one is left after its first rows. `threads`: 1 reads on
 * this thread, 2 on a second one; by default a register over THREADED_ABOVE_BYTES gets two.
 */
export async function loadRegister(file: string, find: (sheets: SheetInput[]) => Promise<FindOptions> | FindOptions = () => ({}), threads?: number): Promise<LoadedRegister> {
  // A big register is inflated and tokenized on a second thread while this one reads its rows;
  // the thread starts first, so it opens the file while this one opens it and finds the register.
  const size = threads === undefined ? ((await statIfAny(file).catch(() => undefined))?.size ?? 0) : 0;
  const two = threads === undefined ? size > THREADED_ABOVE_BYTES : threads > 1;
  const started = two ? new ReadingThread(file) : undefined;
  let early = started;
  const wb = await openPath(file, file).catch(async (e: unknown) => {
    await started?.end();
    throw e;
  });
  const blocks = (name: string) => {
    if (!two) return wb.blocks(name);
    // The early thread reads the first sheet asked for; a later one (the first was no register) gets its own.
    const thread = early;
    early = undefined;
    return threadBlocks(file, name, () => wb.sharedStrings(), wb.date1904, thread);
  };
  try {
    return await readerCall(file, async () => {
      const names = wb.sheetNames;
      const sheets: SheetInput[] = [];
      for (const name of names) if (OWN_SHEETS.has(name)) sheets.push({ name, rows: await wb.grid(name) });
      const o = await find(sheets);
      const opts = readOptionsFor(sheets, o);
      if (!opts.ok) throw new UserError(m('err.inFile', { file, why: say(opts.error) }));
      const chosen = await chooseRegisterAsync(names, { named: o.name }, (name) => readRegisterBlocks(blocks(name), opts.value), {
        noSheetNamed: msg('advice.sheetName'),
        notRegister: msg('advice.headerRow'),
        none: msg('advice.nameSheet'),
      });
      if (!chosen.ok) throw new UserError(m('err.inFile', { file, why: say(chosen.error) }));
      return { sheets, register: { sheet: chosen.value.sheet, read: chosen.value.value } };
    });
  } finally {
    await wb.close();
    // Ended by threadBlocks once read; here too if it never was (ending twice is harmless).
    await started?.end();
  }
}

/**
 * --preset NAME chooses one of the shipped presets by name (the pane's list); --policy takes a
 * preset or a file. Both at once would be two answers to one question, so that is refused.
 */
export function policyArg(opts: { policy?: string; preset?: string }): string | undefined {
  if (opts.preset === undefined) return opts.policy;
  if (opts.policy !== undefined) throw new UserError(m('err.presetAndPolicy', { preset: opts.preset, policy: opts.policy }));
  if (!PRESET_NAMES.includes(opts.preset)) throw new UserError(m('err.noPreset', { preset: opts.preset, presets: PRESET_NAMES.join(', ') }));
  return opts.preset;
}

export async function policySource(arg: string | undefined): Promise<PolicySource | undefined> {
  if (arg === undefined) return undefined;
  if (PRESET_NAMES.includes(arg)) return { kind: 'preset', name: arg };
  const what = `--policy ${arg}`;
  const info = await statIfAny(arg).catch((e: NodeJS.ErrnoException) => {
    throw readFailure(what, e);
  });
  if (!info) throw new UserError(m('err.policyMissing', { arg, presets: PRESET_NAMES.join(', ') }));
  if (info.isDirectory()) throw new UserError(m('err.policyFolder', { arg, presets: PRESET_NAMES.join(', '), sheet: POLICY_SHEET }));
  if (extname(arg).toLowerCase() === '.json') {
    const text = await readFile(arg, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw readFailure(what, e);
    });
    try {
      return { kind: 'json', value: JSON.parse(text), label: arg };
    } catch (e) {
      throw new UserError(m('err.policyJson', { arg, why: (e as Error).message }));
    }
  }
  const wb = await openPath(arg, what);
  try {
    if (!wb.sheetNames.includes(POLICY_SHEET)) throw new UserError(m('err.policyNoSheet', { arg, sheet: POLICY_SHEET, sheets: wb.sheetNames.join(', ') }));
    const rows = await readerCall(what, () => wb.grid(POLICY_SHEET));
    return { kind: 'table', rows, label: `${arg} ${POLICY_SHEET}` };
  } finally {
    await wb.close();
  }
}

export function requirePolicy(loaded: LoadedPolicy): CompiledPolicy {
  if (loaded.result.ok) return loaded.result.value;
  const lines = loaded.result.problems.map((p) => `  ${say(problemAt(p))}`);
  throw new UserError([m('policy.problems', { label: loaded.label, n: lines.length }), ...lines].join('\n'));
}

export async function resolvePolicy(sheets: SheetInput[], arg: string | undefined): Promise<{ policy: CompiledPolicy; label: string }> {
  const loaded = policyForWorkbook(sheets, await policySource(arg));
  return { policy: requirePolicy(loaded), label: loaded.label };
}

/** A time zone Intl knows (IANA name), or the one clear line saying it is not. */
export function requireZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    throw new UserError(m('err.tz', { zone }));
  }
}

export function parseAsOf(arg: string | undefined, zone?: string): Stamp {
  if (zone !== undefined) requireZone(zone);
  if (arg === undefined) return wallClockNow(zone);
  const r = parseDateTime(arg);
  if (!r.ok || r.value === undefined) throw new UserError(m('err.asOf', { value: arg, why: r.ok ? 'empty' : say(r.error) }));
  return r.value;
}
