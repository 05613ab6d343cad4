// What a workbook holds for the engine: which sheet is the register, which policy applies.
// Shared by the CLI (exceljs), the task pane (Office.js) and the browser fallback.
import { Result, ok, err } from './result';
import { CellValue } from './register/cells';
import { readRegister, RegisterRead } from './register/read';
import { compilePolicy, PolicyResult } from './policy/compile';
import { POLICY_SHEET, policyFromTable } from './policy/table';
import { policyFromJson } from './policy/json';
import { DEFAULT_PRESET, PRESET_NAMES, preset } from './policy/presets';

export interface SheetInput {
  name: string;
  rows: readonly (readonly CellValue[])[];
}

/** Why there is no register, in the words every reader (grid or streaming) uses. */
export const REGISTER_MISSING = {
  noSheetNamed: (name: string, names: readonly string[]) => `no sheet named "${name}" (sheets: ${names.join(', ')})`,
  notRegister: (name: string, why: string) => `sheet "${name}": ${why}`,
  none: (names: readonly string[]) => `no register sheet found: no sheet has 受理时间 (Received) and 客户 (Customer) headers (sheets: ${names.join(', ')})`,
};

/** The named sheet, or the first sheet whose headers match the register's. */
export function findRegister(sheets: readonly SheetInput[], name?: string): Result<{ sheet: string; read: RegisterRead }> {
  const names = sheets.map((x) => x.name);
  if (name !== undefined) {
    const s = sheets.find((x) => x.name === name);
    if (!s) return err(REGISTER_MISSING.noSheetNamed(name, names));
    const r = readRegister(s.rows);
    return r.ok ? ok({ sheet: s.name, read: r.value }) : err(REGISTER_MISSING.notRegister(name, r.error));
  }
  for (const s of sheets) {
    if (s.name === POLICY_SHEET) continue;
    const r = readRegister(s.rows);
    if (r.ok) return ok({ sheet: s.name, read: r.value });
  }
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
