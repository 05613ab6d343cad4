// Turns command-line arguments into the engine's inputs: sheets, register, policy, as-of.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { readSheetsStreaming } from '../export/read-workbook';
import { SheetInput, PolicySource, policyForWorkbook, LoadedPolicy, findRegister } from '../core/workbook';
import { RegisterRead } from '../core/register/read';
import { POLICY_SHEET } from '../core/policy/table';
import { PRESET_NAMES } from '../core/policy/presets';
import { parseDateTime } from '../core/register/cells';
import { Stamp } from '../core/time';
import { wallClockNow } from '../core/now';
import { CompiledPolicy } from '../core/policy/compile';
import { m } from './lang';

/** A failure the user must see as one clear line; the CLI exits non-zero with it. */
export class UserError extends Error {}

export async function loadSheets(file: string): Promise<SheetInput[]> {
  if (!existsSync(file)) throw new UserError(`cannot read ${file}: no such file`);
  try {
    return await readSheetsStreaming(file);
  } catch (e) {
    // exceljs' own message carries library hints; the first clause is what a user needs.
    throw new UserError(`cannot read ${file} as an .xlsx workbook: ${(e as Error).message.split(/\s:\s|\. /)[0]}`);
  }
}

/** The register sheet of a workbook already read, or the one clear line saying why there is none. */
export function requireRegister(sheets: SheetInput[], file: string, sheet?: string): { sheet: string; read: RegisterRead } {
  const reg = findRegister(sheets, sheet);
  if (!reg.ok) throw new UserError(`${file}: ${reg.error}`);
  return reg.value;
}

export async function policySource(arg: string | undefined): Promise<PolicySource | undefined> {
  if (arg === undefined) return undefined;
  if (PRESET_NAMES.includes(arg)) return { kind: 'preset', name: arg };
  if (!existsSync(arg)) throw new UserError(`--policy ${arg}: not a preset (${PRESET_NAMES.join(', ')}) and no such file`);
  if (extname(arg).toLowerCase() === '.json') {
    try {
      return { kind: 'json', value: JSON.parse(await readFile(arg, 'utf8')), label: arg };
    } catch (e) {
      throw new UserError(`--policy ${arg}: not valid JSON: ${(e as Error).message}`);
    }
  }
  const sheets = await loadSheets(arg);
  const sheet = sheets.find((s) => s.name === POLICY_SHEET);
  if (!sheet) throw new UserError(`--policy ${arg}: the workbook has no ${POLICY_SHEET} sheet`);
  return { kind: 'table', rows: sheet.rows, label: `${arg} ${POLICY_SHEET}` };
}

export function requirePolicy(loaded: LoadedPolicy): CompiledPolicy {
  if (loaded.result.ok) return loaded.result.value;
  const lines = loaded.result.problems.map((p) => `  ${p.row !== undefined ? `row ${p.row}` : p.where}: ${p.message}`);
  throw new UserError(`the policy (${loaded.label}) has ${lines.length} problem(s):\n${lines.join('\n')}`);
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
  if (!r.ok || r.value === undefined) throw new UserError(m('err.asOf', { value: arg, why: r.ok ? 'empty' : r.error }));
  return r.value;
}
