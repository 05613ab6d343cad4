import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'os',
  'path', 'process', 'readline', 'stream', 'url', 'util', 'worker_threads', 'zlib', 'node:*',
];

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
  {
    // core is pure: it must run in Excel's custom-function runtime, the browser and Node alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...nodeBuiltins.filter((n) => !n.includes('*')).map((name) => ({ name, message: 'src/core must not use Node APIs' })),
          { name: 'exceljs', message: 'src/core must not import exceljs: renderers live in src/export' },
          { name: 'react', message: 'src/core must not import React' },
          { name: 'react-dom', message: 'src/core must not import React' },
          { name: 'office-js', message: 'src/core must not touch Office' },
        ],
        patterns: [
          { group: ['node:*'], message: 'src/core must not use Node APIs' },
          { group: ['@fluentui/*', '@microsoft/office-js*', 'office-*', 'exceljs/*', 'react/*', 'react-dom/*'], message: 'src/core is pure TypeScript' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'Excel', message: 'src/core must not touch Office' },
        { name: 'Office', message: 'src/core must not touch Office' },
        { name: 'process', message: 'src/core must not use Node APIs' },
        { name: 'require', message: 'src/core must not load modules at run time' },
        { name: 'Buffer', message: 'src/core must not use Node APIs' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      // Plain JS config and scripts are CommonJS or ESM run by Node; require is how they load.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
