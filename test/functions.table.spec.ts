// The one function table (src/core/functions/table.json) against what is derived from it or must agree
// with it: the JSDoc of src/functions/functions.ts (the source of functions.json), the task pane
// catalogue, the named arguments of the wrappers and the formulas the adapter writes.
import path from 'path';
import { createRequire } from 'module';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS, FUNCTION_NAMESPACE, callFormula, namedArgs, signature } from '../src/core/functions/table';
import { CUSTOM_FUNCTIONS } from '../src/functions/args';
import { FIELD_BY_KEY } from '../src/core/register/fields';

test('the JSDoc of functions.ts says what the table says: ids, order, parameters, optional, descriptions, volatility', async () => {
  const r = await generateCustomFunctionsMetadata([path.join(__dirname, '..', 'src', 'functions', 'functions.ts')], false);
  expect(r.errors).toEqual([]);
  const meta = JSON.parse(r.metadataJson) as { functions: Array<{ id: string; name: string; description: string; options?: { volatile?: boolean }; parameters: Array<{ name: string; description: string; optional?: boolean }> }> };
  const fromJsdoc = meta.functions.map((f) => ({
    id: f.id, name: f.name, en: f.description, volatile: Boolean(f.options?.volatile),
    params: f.parameters.map((p) => [p.name, Boolean(p.optional), p.description]),
  }));
  const fromTable = FUNCTIONS.map((f) => ({ id: f.id, name: f.id, en: f.description.en, volatile: f.volatile, params: f.params.map((p) => [p.name, p.optional, p.en]) }));
  expect(fromJsdoc).toEqual(fromTable);
});

test('every parameter has a zh name and description; the fields it names exist', () => {
  for (const f of FUNCTIONS) {
    expect(f.zh).toMatch(/^[\u4e00-\u9fff]+$/);
    for (const p of f.params) {
      expect(p.zh.name.length).toBeGreaterThan(0);
      expect(p.zh.description.length).toBeGreaterThan(0);
      if (p.field) expect(FIELD_BY_KEY[p.field]).toBeTruthy();
    }
  }
});

test('the pane catalogue and the signatures are the table', () => {
  expect(CUSTOM_FUNCTIONS.map((c) => c.signature)).toEqual(FUNCTIONS.map(signature));
  expect(signature(FUNCTIONS.find((f) => f.id === 'TIER')!)).toBe('TIER(loss, factors, [subject], [received], [override], [format])');
});

test('positional arguments become the named ones in table order', () => {
  expect(namedArgs('DUE', ['plan', 1, 'major'])).toEqual({ milestone: 'plan', received: 1, tier: 'major', contacted: undefined, reported: undefined, planned: undefined, resolved: undefined, paused: undefined });
});

test('formulas: trailing omitted arguments dropped, inner ones kept empty', () => {
  const refs: Record<string, string> = { milestone: '"plan"', received: '[@[受理时间]]', tier: '[@[计算等级]]', planned: '[@[方案时间]]' };
  expect(callFormula('DUE', (p) => refs[p.name])).toBe(`=${FUNCTION_NAMESPACE}.DUE("plan",[@[受理时间]],[@[计算等级]],,,[@[方案时间]])`);
  expect(callFormula('TIER', () => undefined)).toBe(`=${FUNCTION_NAMESPACE}.TIER()`);
});

test('functions.json and functions.zh-cn.json allow error values as inputs (allowErrorForDataTypeAny), so one error cell fails only its row', async () => {
  const localize = createRequire(__filename)('../scripts/localize-functions.cjs') as {
    withMetadataOptions: (m: object) => { allowErrorForDataTypeAny?: boolean; functions: unknown[] };
    localizeMetadata: (m: object, t: object) => { allowErrorForDataTypeAny?: boolean };
    loadTable: () => object;
  };
  const r = await generateCustomFunctionsMetadata([path.join(__dirname, '..', 'src', 'functions', 'functions.ts')], false);
  const meta = JSON.parse(r.metadataJson) as { allowErrorForDataTypeAny?: boolean };
  expect(meta.allowErrorForDataTypeAny).toBeUndefined(); // the generator cannot say it
  const withOptions = localize.withMetadataOptions(meta);
  expect(withOptions.allowErrorForDataTypeAny).toBe(true);
  expect(withOptions.functions).toHaveLength(5);
  expect(localize.localizeMetadata(withOptions, localize.loadTable()).allowErrorForDataTypeAny).toBe(true);
});
