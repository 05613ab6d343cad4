import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'os',
  'path', 'process', 'readline', 'stream', 'url', 'util', 'worker_threads', 'zlib', 'node:*',
];

/**
 * A pure layer (src/core, src/workbook) runs in Excel's custom-function runtime, the browser and
 * Node alike: no Node API, no exceljs, no React, no Office.
 */
const pure = (dir) => ({
  files: [`src/${dir}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [
        ...nodeBuiltins.filter((n) => !n.includes('*')).map((name) => ({ name, message: `src/${dir} must not use Node APIs` })),
        { name: 'exceljs', message: `src/${dir} must not import exceljs: renderers live in src/export` },
        { name: 'react', message: `src/${dir} must not import React` },
        { name: 'react-dom', message: `src/${dir} must not import React` },
        { name: 'office-js', message: `src/${dir} must not touch Office` },
      ],
      patterns: [
        { group: ['node:*'], message: `src/${dir} must not use Node APIs` },
        { group: ['@fluentui/*', '@microsoft/office-js*', 'office-*', 'exceljs/*', 'react/*', 'react-dom/*'], message: `src/${dir} is pure TypeScript` },
      ],
    }],
    'no-restricted-globals': ['error',
      { name: 'Excel', message: `src/${dir} must not touch Office` },
      { name: 'Office', message: `src/${dir} must not touch Office` },
      { name: 'process', message: `src/${dir} must not use Node APIs` },
      { name: 'require', message: `src/${dir} must not load modules at run time` },
      { name: 'Buffer', message: `src/${dir} must not use Node APIs` },
    ],
  },
});

// ---- Layer boundaries (docs/ARCHITECTURE.md) --------------------------------------------------
// A file's layer is its first folder under src/, with the task pane's pages a layer of their own.
// `only`: the layers a layer may import; `not`: the layers it must not; `except`: files exempt, each
// with the reason. Only relative imports name a layer; packages are the rules above.
const SRC = path.join(import.meta.dirname, 'src');
const BOUNDARIES = [
  { from: 'core', only: ['core'], why: 'src/core imports nothing outside src/core' },
  { from: 'workbook', only: ['core'], why: 'src/workbook is host-neutral: it imports src/core only' },
  { from: 'worker', only: ['core', 'workbook', 'reader'], why: 'src/worker runs the core off the pane\'s thread on grids or .xlsx bytes: it imports src/core, src/workbook and src/reader only' },
  { from: 'reader', only: ['core'], why: 'src/reader turns .xlsx bytes into core cells: it imports src/core only' },
  { from: 'excel', not: ['taskpane'], why: 'src/excel must not import src/taskpane: the pane sits above Office' },
  {
    from: 'taskpane', not: ['excel'], why: 'src/taskpane must not import src/excel: pages see a WorkbookBackend (only the entry file index.tsx picks the Office one)',
    // The entry file is where the pane is put together: it hands the Office backend in.
    except: ['src/taskpane/index.tsx'],
  },
  {
    from: 'functions', not: ['excel'], why: 'src/functions must not import src/excel: its entry (src/excel/functions-entry.ts) hands it the policy provider',
  },
];

/** The layer of a path under src/ ("core", "taskpane/pages", …), or undefined outside src/. */
function layerOf(file) {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel[0] === '..' || rel.length < 2) return undefined;
  return rel[0] === 'taskpane' && rel[1] === 'pages' && rel.length > 2 ? 'taskpane/pages' : rel[0];
}
/** "taskpane" covers "taskpane/pages". */
const within = (layer, names) => names.some((n) => layer === n || layer.startsWith(`${n}/`));

const layers = {
  rules: {
    boundaries: {
      meta: { type: 'problem', schema: [], docs: { description: 'imports between src/ layers follow docs/ARCHITECTURE.md' } },
      create(context) {
        const file = context.filename;
        const from = layerOf(file);
        const rel = path.relative(import.meta.dirname, file).split(path.sep).join('/');
        const rules = BOUNDARIES.filter((b) => from && within(from, [b.from]) && !(b.except ?? []).includes(rel));
        if (!rules.length) return {};
        const check = (node, source) => {
          if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
          const to = layerOf(path.resolve(path.dirname(file), source.value));
          if (!to) return;
          for (const b of rules) {
            // A layer may always import itself.
            if (within(to, [b.from])) continue;
            if ((b.only && !within(to, b.only)) || (b.not && within(to, b.not))) context.report({ node, message: `${b.why} (imports src/${to})` });
          }
        };
        return {
          ImportDeclaration: (n) => check(n, n.source),
          ExportNamedDeclaration: (n) => check(n, n.source),
          ExportAllDeclaration: (n) => check(n, n.source),
          ImportExpression: (n) => check(n, n.source),
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'demo-out/', 'artifacts/', 'src/core/calendar/china-days.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  pure('core'),
  pure('workbook'),
  // The worker runs in a Web Worker (and in line in jest): no Office, React, exceljs or Node either.
  pure('worker'),
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { layers },
    rules: { 'layers/boundaries': 'error' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      // Plain JS config and scripts are CommonJS or ESM run by Node; require is how they load.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
