// The file-level options of functions.json, and the localized custom-function metadata
// (functions.zh-cn.json) from the generated functions.json and
// the one function table, src/core/functions/table.json. Excel lets a locale's metadata change a
// function's `name` and `description` and its parameters' (custom-functions-naming); the add-in
// translates descriptions and parameter names only and keeps every function's name equal to its id,
// so the formulas it writes (=COMPLAINTS.TIER(...) through Range.formulas) resolve in zh-CN Excel too
// instead of showing #NAME?. The manifest points zh-CN at this file with a <bt:Override> on the
// Functions.Metadata.Url resource. Used by webpack.config.js and by the tests.
const path = require('path');

const TABLE_FILE = path.join(__dirname, '..', 'src', 'core', 'functions', 'table.json');

/** The function table: { namespace, functions: [{ id, zh, description: { en, zh }, params: [...] }] }. */
function loadTable(file = TABLE_FILE) {
  // Read fresh each build, so editing the table is picked up by a running dev server.
  return JSON.parse(require('fs').readFileSync(file, 'utf8'));
}

/**
 * A copy of the metadata with each function's description and its parameters' names and
 * descriptions in Chinese, from the table. Throws when a function or parameter has no entry, or the
 * table and the metadata disagree on a function's parameters, so nothing ships untranslated.
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const out = JSON.parse(JSON.stringify(metadata));
  const byId = new Map(table.functions.map((f) => [f.id, f]));
  for (const f of out.functions) {
    const entry = byId.get(f.id);
    if (!entry) {
      problems.push(`function ${f.id} has no entry in src/core/functions/table.json`);
      continue;
    }
    if (f.name !== f.id) problems.push(`function ${f.id}: its name "${f.name}" must stay its id in every locale`);
    f.description = entry.description.zh;
    for (const p of f.parameters || []) {
      const pe = entry.params.find((q) => q.name === p.name);
      if (!pe || !pe.zh) {
        problems.push(`function ${f.id}: parameter ${p.name} has no entry in src/core/functions/table.json`);
        continue;
      }
      p.name = pe.zh.name;
      p.description = pe.zh.description;
    }
  }
  for (const id of byId.keys()) {
    if (!out.functions.some((f) => f.id === id)) problems.push(`table.json has ${id}, which is no function`);
  }
  if (problems.length) throw new Error(`localized functions metadata: ${problems.join('; ')}`);
  return out;
}

/**
 * The generated metadata with the file-level options the JSDoc tags cannot express:
 * allowErrorForDataTypeAny, so a cell holding an error (#N/A, #DIV/0!) reaches TIER / DUE / STATUS
 * as a value and fails only its own row, instead of Excel answering the whole call with that error
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-json).
 */
function withMetadataOptions(metadata) {
  return { allowErrorForDataTypeAny: true, ...metadata };
}

/**
 * Emits `output` (functions.zh-cn.json) next to `source` (functions.json, emitted by
 * CustomFunctionsMetadataPlugin, which must come before this plugin).
 */
class LocalizedFunctionsMetadataPlugin {
  constructor(options) {
    this.localized = { source: 'functions.json', output: 'functions.zh-cn.json', locale: 'zh-CN', ...options };
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const name = 'LocalizedFunctionsMetadataPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(TABLE_FILE);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.localized.source);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${name}: ${this.localized.source} was not emitted (is CustomFunctionsMetadataPlugin configured first?)`));
          return;
        }
        try {
          const source = withMetadataOptions(JSON.parse(asset.source.source().toString()));
          compilation.updateAsset(this.localized.source, new sources.RawSource(JSON.stringify(source, null, 4)));
          const localized = localizeMetadata(source, loadTable());
          compilation.emitAsset(this.localized.output, new sources.RawSource(JSON.stringify(localized, null, 4)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${name}: ${e instanceof Error ? e.message : e}`));
        }
      });
    });
  }
}

module.exports = { TABLE_FILE, loadTable, localizeMetadata, withMetadataOptions, LocalizedFunctionsMetadataPlugin };
