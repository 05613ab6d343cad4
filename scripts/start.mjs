// npm start: make sure the add-in can be built, then serve it on https://localhost:3000 (webpack
// serve, which rebuilds in memory and reloads on change). On Windows and macOS it hands over to
// office-addin-debugging (starts the dev server and sideloads manifest.xml into desktop Excel) when
// that tool is installed; otherwise, and on Linux, it prints how to sideload and serves.
//
//   node scripts/start.mjs [--build] [--no-sideload]
//     --build        rebuild dist/web (development) even if it looks up to date
//     --no-sideload  never start office-addin-debugging, just serve
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const isWindows = process.platform === 'win32';
const MANIFEST = 'manifest.xml';
const URL_BASE = 'https://localhost:3000/';

const log = (msg) => console.log(`[start] ${msg}`);

function run(cmd, argv, what) {
  log(`${what}: ${[cmd, ...argv].join(' ')}`);
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[start] ${what} failed${r.error ? `: ${r.error.message}` : ''}`);
    process.exit(r.status ?? 1);
  }
}

/** The newest modification time of the files under the given paths (0 when none exist). */
function newest(paths) {
  let t = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(join(p, name));
    else t = Math.max(t, st.mtimeMs);
  };
  paths.forEach((p) => visit(join(root, p)));
  return t;
}

// 1. Build if needed: a development build in dist/web, so the files exist on disk too (the dev server
// itself compiles in memory and watches). The china calendar table is generated (npm install runs it through prepare); without it nothing compiles.
if (!existsSync(join(root, 'src/core/calendar/china-days.generated.ts'))) {
  run(process.execPath, [join(root, 'scripts/gen-china-calendar.mjs')], 'generating the china calendar table');
}
const webpackCli = require.resolve('webpack-cli/bin/cli.js');
const builtAt = newest(['dist/web/taskpane.html']);
const sourcesAt = newest(['src/functions', 'src/taskpane', 'src/core', 'assets', MANIFEST, 'webpack.config.js', 'tsconfig.json']);
if (args.has('--build') || builtAt === 0 || builtAt < sourcesAt) {
  run(process.execPath, [webpackCli, '--mode', 'development'], builtAt === 0 ? 'building dist/web' : 'rebuilding dist/web');
} else {
  log('dist/web is up to date');
}

// 2. Sideload (Windows / macOS, when office-addin-debugging is available) or explain how.
function findOfficeAddinDebugging() {
  const names = isWindows ? ['office-addin-debugging.cmd', 'office-addin-debugging.exe'] : ['office-addin-debugging'];
  const dirs = [join(root, 'node_modules', '.bin'), ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

const sideloadHelp = [
  'To load the add-in into Excel:',
  '  Excel on the web:  open a workbook > Home > Add-ins (or Insert > Add-ins) > More Add-ins >',
  '                     My Add-ins > Upload My Add-in > choose manifest.xml from this folder.',
  '  Excel desktop:     npm start sideloads manifest.xml itself on Windows and macOS with',
  '                     office-addin-debugging (an optional dependency npm install adds); if it',
  '                     could not install, see README "Sideloading" for the steps by hand.',
  `The manifest loads everything from ${URL_BASE}; Office only accepts it over https with a trusted`,
  'certificate: npx office-addin-dev-certs install (asks for admin rights) trusts the development CA,',
  'or trust ~/.office-addin-dev-certs/ca.crt in your browser / OS by hand.',
];

const wantsSideload = !args.has('--no-sideload') && (isWindows || process.platform === 'darwin');
const debugging = wantsSideload ? findOfficeAddinDebugging() : undefined;

let child;
if (debugging) {
  // office-addin-debugging starts the dev server itself (npm run dev-server) and sideloads the manifest;
  // stop it with: npx office-addin-debugging stop manifest.xml
  log(`sideloading ${MANIFEST} with ${debugging}`);
  child = spawn(debugging, ['start', MANIFEST], { cwd: root, stdio: 'inherit', shell: isWindows });
} else {
  if (wantsSideload) {
    log('office-addin-debugging is not installed, so manifest.xml is not sideloaded automatically.');
    log('Install it with: npm install --save-dev office-addin-debugging');
  }
  sideloadHelp.forEach((line) => log(line));
  log(`serving ${URL_BASE} (Ctrl+C to stop)`);
  child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { cwd: root, stdio: 'inherit' });
}

const forward = (signal) => {
  if (child && child.exitCode === null) child.kill(signal);
};
process.on('SIGINT', () => forward('SIGINT'));
process.on('SIGTERM', () => forward('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on('error', (e) => {
  console.error(`[start] could not start ${debugging ? 'office-addin-debugging' : 'the dev server'}: ${e.message}`);
  process.exit(1);
});
