// What a workbook holds for the engine: which sheet is the register, which policy applies.
// Shared by the CLI (exceljs), the task pane (Office.js) and the browser fallback.
import { Result, ok, err } from './result';
import { Msg, msg } from './messages/msg';
import { CellValue } from './register/cells';
import { readRegister, ReadOptions, RegisterRead } from './register/read';
import { MAPPING_SHEET, Mapping, mappingFromSheet, mergeMappings } from './register/mapping';
import { SURVEY_SHEET } from './report/survey';
import { compilePolicy, PolicyResult } from './policy/compile';
import { POLICY_SHEET, policyFromTable } from './policy/table';
import { policyFromJson } from './policy/json';
import { DEFAULT_PRESET, PRESET_NAMES, preset } from './policy/presets';

export interface SheetInput {
  name: string;
  rows: readonly (readonly CellValue[])[];
}

export interface FindOptions {
  /** The sheet to read; default: the first sheet whose headers match. */
  name?: string;
  /** A mapping the user stated outside the workbook (--map): it wins over the workbook's 列映射 sheet. */
  mapping?: Mapping;
  /** The policy's tier keys, lowest first (a Priority column is read through them). */
  tiers?: readonly string[];
}

/** The mapping saved in the workbook's 列映射 sheet, or the one clear line saying what is wrong with it. */
export function savedMapping(sheets: readonly SheetInput[]): Result<Mapping | undefined> {
  const sheet = sheets.find((s) => s.name === MAPPING_SHEET);
  if (!sheet) return ok(undefined);
  const m = mappingFromSheet(sheet.rows);
  if (m.problems.length) return err(msg('sheet.mapping', { sheet: MAPPING_SHEET, problems: m.problems.map((p) => msg('sheet.mappingRow', { row: p.row, why: p.msg })) }));
  return ok(m.mapping);
}

/** Sheets that are never the register: the policy, the satisfaction survey and the 列映射 a workbook carries. */
export const NOT_REGISTER_SHEETS: readonly string[] = [POLICY_SHEET, SURVEY_SHEET, MAPPING_SHEET];
export const OWN_SHEETS: ReadonlySet<string> = new Set(NOT_REGISTER_SHEETS);

/** Why there is no register, in the words every reader (grid, streaming, Office) uses. */
export const REGISTER_MISSING = {
  noSheetNamed: (name: string, names: readonly string[]): Msg => msg('sheet.noSuch', { name, names: names.join(', ') }),
  notRegister: (name: string, why: Msg): Msg => msg('sheet.problem', { name, why }),
  none: (names: readonly string[]): Msg => msg('sheet.none', { names: names.join(', ') }),
};

/** The read options of a workbook: its saved 列映射 under the user's stated mapping, and the tiers. */
export function readOptionsFor(sheets: readonly SheetInput[], o: FindOptions): Result<ReadOptions> {
  const saved = savedMapping(sheets);
  if (!saved.ok) return saved;
  return ok({ mapping: mergeMappings(saved.value, o.mapping), tiers: o.tiers });
}

/** A sheet that has a header row but is refused (two columns for one field) says why; it is not "no register". */
export const refusalOf = (sheet: string, error: Msg): Msg | undefined => (error.code === 'sheet.noHeader' ? undefined : REGISTER_MISSING.notRegister(sheet, error));

export interface RegisterHint {
  /** The sheet named by the user (CLI --sheet) or set up as the register (the add-in's mark): only it is tried. */
  named?: string;
  /** Tried first when none is named: the active sheet in Excel. */
  prefer?: string;
  /** Sheets the add-in generated (report sheets): never the register. */
  generated?: readonly string[];
}

/**
 * The one rule for which sheet is the register, for the CLI, the task pane and the browser
 * fallback alike: the sheet named or set up as the register; else, skipping the policy, the
 * survey, the 列映射 and generated sheets, the preferred sheet and then the others in workbook
 * order. This gives the order to try them in.
 */
export function registerCandidates(names: readonly string[], hint: RegisterHint = {}): string[] {
  if (hint.named !== undefined) return names.includes(hint.named) ? [hint.named] : [];
  const skip = new Set([...NOT_REGISTER_SHEETS, ...(hint.generated ?? [])]);
  const rest = names.filter((n) => !skip.has(n));
  const p = hint.prefer;
  return p !== undefined && rest.includes(p) ? [p, ...rest.filter((n) => n !== p)] : rest;
}

/** What a caller adds to each kind of "no register" (the CLI names its options). */
export interface RegisterAdvice {
  noSheetNamed?: Msg;
  notRegister?: Msg;
  none?: Msg;
}

type Chosen<T> = Result<{ sheet: string; value: T }>;

/** The one rule as steps: yields each sheet to read and is told how it read, so that sync and async readers share it. */
function* registerSteps<T>(names: readonly string[], hint: RegisterHint, advice: RegisterAdvice): Generator<string, Chosen<T>, Result<T>> {
  const add = (why: Msg, advice?: Msg): Msg => (advice ? msg('sheet.withAdvice', { why, advice }) : why);
  if (hint.named !== undefined) {
    if (!names.includes(hint.named)) return err(add(REGISTER_MISSING.noSheetNamed(hint.named, names), advice.noSheetNamed));
    const r = yield hint.named;
    return r.ok ? ok({ sheet: hint.named, value: r.value }) : err(add(REGISTER_MISSING.notRegister(hint.named, r.error), advice.notRegister));
  }
  let refused: Msg | undefined;
  for (const name of registerCandidates(names, hint)) {
    const r = yield name;
    if (r.ok) return ok({ sheet: name, value: r.value });
    refused ??= refusalOf(name, r.error);
  }
  return err(refused ?? add(REGISTER_MISSING.none(names), advice.none));
}

/** The register: the first candidate that `read` (the caller's reader of a sheet) reads as one, or why there is none. */
export function chooseRegister<T>(names: readonly string[], hint: RegisterHint, read: (name: string) => Result<T>, advice: RegisterAdvice = {}): Chosen<T> {
  const steps = registerSteps<T>(names, hint, advice);
  for (let s = steps.next(); ; ) {
    if (s.done) return s.value;
    s = steps.next(read(s.value));
  }
}

/** chooseRegister for a reader that streams (the CLI reads each candidate sheet block by block). */
export async function chooseRegisterAsync<T>(names: readonly string[], hint: RegisterHint, read: (name: string) => Promise<Result<T>>, advice: RegisterAdvice = {}): Promise<Chosen<T>> {
  const steps = registerSteps<T>(names, hint, advice);
  for (let s = steps.next(); ; ) {
    if (s.done) return s.value;
    s = steps.next(await read(s.value));
  }
}

/** The named sheet, or the first sheet whose headers match the register's (registerCandidates), read with the user's mapping. */
export function findRegister(sheets: readonly SheetInput[], nameOrOptions?: string | FindOptions): Result<{ sheet: string; read: RegisterRead }> {
  const o: FindOptions = typeof nameOrOptions === 'string' ? { name: nameOrOptions } : nameOrOptions ?? {};
  const ro = readOptionsFor(sheets, o);
  if (!ro.ok) return ro;
  const rows = new Map(sheets.map((s) => [s.name, s.rows]));
  const r = chooseRegister(sheets.map((s) => s.name), { named: o.name }, (n) => readRegister(rows.get(n) ?? [], 1, ro.value));
  return r.ok ? ok({ sheet: r.value.sheet, read: r.value.value }) : r;
}

export type PolicySource =
  | { kind: 'preset'; name: string }
  | { kind: 'json'; value: unknown; label: string }
  | { kind: 'table'; rows: readonly (readonly CellValue[])[]; label: string };

export interface LoadedPolicy {
  result: PolicyResult;
  /** Where it came from, for messages and report properties. */
  label: string;
}

export function loadPolicy(src: PolicySource): LoadedPolicy {
  if (src.kind === 'preset') {
    const p = preset(src.name);
    if (!p) return { label: src.name, result: { ok: false, problems: [{ where: 'preset', message: msg('policy.unknownPreset', { value: src.name, presets: PRESET_NAMES.join(', ') }) }] } };
    return { label: `preset ${src.name}`, result: compilePolicy(p) };
  }
  if (src.kind === 'json') {
    const j = policyFromJson(src.value);
    if (!j.policy) return { label: src.label, result: { ok: false, problems: j.problems } };
    return { label: src.label, result: compilePolicy(j.policy) };
  }
  const t = policyFromTable(src.rows);
  const compiled = t.policy ? compilePolicy(t.policy, t.rowOf) : undefined;
  const problems = [...t.problems, ...(compiled && !compiled.ok ? compiled.problems : [])];
  if (problems.length || !compiled) return { label: src.label, result: { ok: false, problems } };
  return { label: src.label, result: compiled };
}

/**
 * The one rule for which policy applies, for the CLI, the task pane and the browser fallback: an
 * explicit source, else the workbook's 投诉政策 sheet, else the default preset. A policy that
 * cannot be read is not replaced by another: its problems are the result.
 */
export function policyForWorkbook(sheets: readonly SheetInput[], explicit?: PolicySource): LoadedPolicy {
  if (explicit) return loadPolicy(explicit);
  const sheet = sheets.find((s) => s.name === POLICY_SHEET);
  if (sheet) return loadPolicy({ kind: 'table', rows: sheet.rows, label: `sheet ${POLICY_SHEET}` });
  return loadPolicy({ kind: 'preset', name: DEFAULT_PRESET });
}
