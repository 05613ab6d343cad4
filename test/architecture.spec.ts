// docs/ARCHITECTURE.md matches the code: every import in src/ is one its layer table allows, every
// layer with files has a row, and every file and function the page names exists.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = join(__dirname, '..');
const src = join(root, 'src');
const page = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');

/** The layer table: layer → the layers it may import. */
const table = new Map<string, string[]>();
for (const m of page.matchAll(/^\| `([a-z/]+)` \| .* \| ([a-z, /]+) \|$/gm)) table.set(m[1], m[2].split(',').map((s) => s.trim()));

/** Files the page names as standing apart. */
const apart = ['src/taskpane/index.tsx'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}
const layerOf = (file: string): string | undefined => {
  const rel = relative(src, file).split(sep);
  if (rel[0] === '..' || rel.length < 2) return undefined;
  return rel[0] === 'taskpane' && rel[1] === 'pages' && rel.length > 2 ? 'taskpane/pages' : rel[0];
};
const within = (layer: string, names: string[]) => names.some((n) => layer === n || layer.startsWith(`${n}/`));

test('the page has a row for every layer in src/, and the rows are the ones linted', () => {
  const layers = new Set(files(src).map(layerOf).filter((l): l is string => l !== undefined));
  expect([...layers].filter((l) => !table.has(l))).toEqual([]);
  expect(table.get('core')).toEqual(['core']);
  expect(table.get('workbook')).toEqual(['core']);
  expect(table.get('functions')).not.toContain('excel');
  expect(table.get('excel')).not.toContain('taskpane');
  expect(table.get('taskpane')).not.toContain('excel');
});

test('every import in src/ is one the table allows (the file apart excepted)', () => {
  const broken: string[] = [];
  let imports = 0;
  for (const file of files(src)) {
    const from = layerOf(file);
    const rel = relative(root, file).split(sep).join('/');
    if (!from || apart.includes(rel)) continue;
    const allowed = table.get(from) ?? [];
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)) {
      const to = layerOf(resolve(dirname(file), m[1]));
      if (!to || within(to, [from])) continue;
      imports++;
      if (!within(to, allowed)) broken.push(`${rel} imports ${m[1]} (${from} → ${to})`);
    }
  }
  expect(broken).toEqual([]);
  expect(imports).toBeGreaterThan(50);
});

test('every file and function the page names exists', () => {
  const paths = [...page.matchAll(/`((?:src\/)?[a-z]+\/[\w/.-]+\.(?:ts|tsx|mjs))`/g)].map((m) => m[1]);
  expect(paths.length).toBeGreaterThan(15);
  for (const p of paths) expect([p, existsSync(p.startsWith('src/') || p.startsWith('eslint') ? join(root, p) : join(src, p)) || existsSync(join(root, p))]).toEqual([p, true]);
  const code = files(src).map((f) => readFileSync(f, 'utf8')).join('\n');
  const names = [...page.matchAll(/`([a-z][A-Za-z]+)`/g)].map((m) => m[1]).filter((n) => /[A-Z]/.test(n));
  expect(names.length).toBeGreaterThan(10);
  for (const n of names) expect([n, new RegExp(`export (async )?(function|const|class) ${n}\\b`).test(code)]).toEqual([n, true]);
});
