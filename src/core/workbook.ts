// What a workbook holds for the engine: which sheet is the register, which policy applies.
// Shared by the CLI (exceljs), the task pane (Office.js) and the browser fallback.
import { Result, ok, err } from './result';
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
  if (m.problems.length) return err(`sheet ${MAPPING_SHEET}: ${m.problems.map((p) => `row ${p.row}: ${p.message}`).join('; ')}`);
  return ok(m.mapping);
}

/** Sheets the add-in owns beside the register: never taken for the register. */
export const OWN_SHEETS: ReadonlySet<string> = new Set([POLICY_SHEET, MAPPING_SHEET, SURVEY_SHEET]);

/** Why there is no register, in the words every reader (grid or streaming) uses. */
export const REGISTER_MISSING = {
  noSheetNamed: (name: string, names: readonly string[]) => `no sheet named "${name}" (sheets: ${names.join(', ')})`,
  notRegister: (name: string, why: string) => `sheet "${name}": ${why}`,
  none: (names: readonly string[]) => `no register sheet found: no sheet has 受理时间 (Received) and 客户 (Customer) headers (sheets: ${names.join(', ')}); say which column is which with --map "<header>=received,<header>=customer"`,
};

/** The read options of a workbook: its saved 列映射 under the user's stated mapping, and the tiers. */
export function readOptionsFor(sheets: readonly SheetInput[], o: FindOptions): Result<ReadOptions> {
  const saved = savedMapping(sheets);
  if (!saved.ok) return saved;
  return ok({ mapping: mergeMappings(saved.value, o.mapping), tiers: o.tiers });
}

/** A sheet that has a header row but is refused (two columns for one field) says why; it is not "no register". */
export const refusalOf = (sheet: string, error: string): string | undefined => (/^no register header row/.test(error) ? undefined : REGISTER_MISSING.notRegister(sheet, error));

/** The named sheet, or the first sheet whose headers match the register's, read with the user's mapping. */
export function findRegister(sheets: readonly SheetInput[], nameOrOptions?: string | FindOptions): Result<{ sheet: string; read: RegisterRead }> {
  const o: FindOptions = typeof nameOrOptions === 'string' ? { name: nameOrOptions } : nameOrOptions ?? {};
  const names = sheets.map((x) => x.name);
  const ro = readOptionsFor(sheets, o);
  if (!ro.ok) return ro;
  const opts = ro.value;
  if (o.name !== undefined) {
    const s = sheets.find((x) => x.name === o.name);
    if (!s) return err(REGISTER_MISSING.noSheetNamed(o.name, names));
    const r = readRegister(s.rows, 1, opts);
    return r.ok ? ok({ sheet: s.name, read: r.value }) : err(REGISTER_MISSING.notRegister(o.name, r.error));
  }
  let refused: string | undefined;
  for (const s of sheets) {
    if (OWN_SHEETS.has(s.name)) continue;
    const r = readRegister(s.rows, 1, opts);
    if (r.ok) return ok({ sheet: s.name, read: r.value });
    refused ??= refusalOf(s.name, r.error);
  }
  if (refused) return err(refused);
  return err(REGISTER_MISSING.none(names));
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
    if (!p) return { label: src.name, result: { ok: false, problems: [{ where: 'preset', message: `unknown preset "${src.name}" (presets: ${PRESET_NAMES.join(', ')})` }] } };
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

/** The policy for a workbook: an explicit source, else its 投诉政策 sheet, else the default preset. */
export function policyForWorkbook(sheets: readonly SheetInput[], explicit?: PolicySource): LoadedPolicy {
  if (explicit) return loadPolicy(explicit);
  const sheet = sheets.find((s) => s.name === POLICY_SHEET);
  if (sheet) return loadPolicy({ kind: 'table', rows: sheet.rows, label: `sheet ${POLICY_SHEET}` });
  return loadPolicy({ kind: 'preset', name: DEFAULT_PRESET });
}
