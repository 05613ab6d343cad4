// Localized custom-function metadata (functions.zh-cn.json) from the generated functions.json and
// the one table of Chinese names, src/functions/names.json. Excel localizes a function's `name` and
// `description` (and its parameters' `name` and `description`) per locale; the `id` never changes.
// The manifest points the zh-CN locale at the localized file with a <bt:Override> on the
// Functions.Metadata.Url resource. Used by webpack.config.js (LocalizedFunctionsMetadataPlugin)
// and by the tests.
const path = require('path');

const NAMES_FILE = path.join(__dirname, '..', 'src', 'functions', 'names.json');

/** The table (id → { en, zh, description, params }), without the "$comment" entry. */
function loadNames(file = NAMES_FILE) {
  // Read fresh each build, so editing the table is picked up by a running dev server.
  const raw = JSON.parse(require('fs').readFileSync(file, 'utf8'));
  delete raw.$comment;
  return raw;
}

/**
 * A copy of the metadata with each function's name, description and parameter names and
 * descriptions from the table. Throws when a function or parameter has no entry, or the table's
 * English name is not the metadata's, so a new function cannot ship untranslated.
 */
function localizeMetadata(metadata, names) {
  const problems = [];
  const out = JSON.parse(JSON.stringify(metadata));
  for (const f of out.functions) {
    const entry = names[f.id];
    if (!entry) {
      problems.push(`function ${f.id} has no entry in src/functions/names.json`);
      continue;
    }
    if (entry.en !== f.name) problems.push(`function ${f.id}: names.json says en "${entry.en}", the metadata "${f.name}"`);
    f.name = entry.zh;
    if (entry.description) f.description = entry.description;
    for (const p of f.parameters || []) {
      const pe = entry.params && entry.params[p.name];
      if (!pe) {
        problems.push(`function ${f.id}: parameter ${p.name} has no entry in src/functions/names.json`);
        continue;
      }
      p.name = pe.name;
      if (pe.description) p.description = pe.description;
    }
  }
  for (const id of Object.keys(names)) {
    if (!out.functions.some((f) => f.id === id)) problems.push(`names.json has ${id}, which is no function`);
  }
  if (problems.length) throw new Error(`localized functions metadata: ${problems.join('; ')}`);
  return out;
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
      compilation.fileDependencies.add(NAMES_FILE);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.localized.source);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${name}: ${this.localized.source} was not emitted (is CustomFunctionsMetadataPlugin configured first?)`));
          return;
        }
        try {
          const localized = localizeMetadata(JSON.parse(asset.source.source().toString()), loadNames());
          compilation.emitAsset(this.localized.output, new sources.RawSource(JSON.stringify(localized, null, 4)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${name}: ${e instanceof Error ? e.message : e}`));
        }
      });
    });
  }
}

module.exports = { NAMES_FILE, loadNames, localizeMetadata, LocalizedFunctionsMetadataPlugin };
