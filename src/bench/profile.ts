// Self time per part of the program, per file and per function, of V8 .cpuprofile files, to say
// where a run's time goes. `node --cpu-prof` writes one profile per thread (the report's reading
// worker too); given several, the first is taken as the main thread, and their common clock
// splits each thread's time into phases: while the worker ran, and after it had ended.
// Usage: node --cpu-prof --cpu-prof-dir=/tmp/p dist/bench/report.js report <file.xlsx>
//        node dist/bench/profile.js /tmp/p/*.cpuprofile [--rows N (default 25)]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** node_modules/<package> or dist/<path>, so the table names what we own and what we call. */
const shortUrl = (url: string): string => url.replace(/^.*\/(node_modules\/(?:@[^/]+\/)?[^/]+|dist)\//, '$1/');

/**
 * The part of the program a file belongs to, first match wins. The names follow the report's
 * stages: read (unzip, tokenize, decode cells), cells → complaint, engine, figures, writer.
 */
export const PARTS: readonly (readonly [string, RegExp])[] = [
  ['GC', /^\(garbage collector\)$/],
  ['idle (waiting)', /^\(idle\)$/],
  ['read: unzip, tokenize, decode', /^(dist\/reader\/|node:zlib|node:internal\/encoding|decode$|read$|fstat$|dist\/cli\/(block-worker|thread-blocks)\.js|postMessage$)/],
  ['cells → complaint', /^dist\/core\/(register|text\.js|result\.js)/],
  ['figures', /^dist\/core\/report\//],
  ['engine (sla, tiers, calendar, masking)', /^dist\/core\//],
  ['writer (exceljs, fflate, layout)', /^(dist\/(export|workbook)\/|node_modules\/(exceljs|fflate|jszip|archiver|readable-stream|sax|saxes|zip-stream|compress-commons|crc32-stream|pako|lodash|unzipper|fast-csv|dayjs))/],
  ['module loading', /^(node:internal\/modules|internalModuleStat|compileFunction|wrapSafe|readFileUtf8|internalModuleReadJSON)/],
];

export const partOf = (file: string): string => PARTS.find(([, re]) => re.test(file))?.[0] ?? 'other';

export interface SelfTimes {
  total: number;
  byFile: Map<string, number>;
  byFunction: Map<string, number>;
  byPart: Map<string, number>;
}

const add = (m: Map<string, number>, k: string, dt: number) => m.set(k, (m.get(k) ?? 0) + dt);

/** Self times (µs) of the samples taken in [from, to) on the profile's clock (all of them by default). */
export function selfTimes(p: Profile, from = -Infinity, to = Infinity): SelfTimes {
  const node = new Map(p.nodes.map((n) => [n.id, n]));
  const out: SelfTimes = { total: 0, byFile: new Map(), byFunction: new Map(), byPart: new Map() };
  let t = p.startTime;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    t += dt;
    if (t < from || t >= to) return;
    const f = (node.get(id) as ProfileNode).callFrame;
    const file = f.url ? shortUrl(f.url) : f.functionName;
    add(out.byFile, file, dt);
    add(out.byFunction, `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`, dt);
    add(out.byPart, partOf(file), dt);
    out.total += dt;
  });
  return out;
}

const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;

function table(m: Map<string, number>, total: number, rows: number): string {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([k, us]) => `${ms(us)} ${((us / total) * 100).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
}

/** The parts side by side: one column per thread and phase, so the shares can be compared. */
function partsTable(columns: { head: string; t: SelfTimes }[]): string {
  const names = [...PARTS.map(([n]) => n), 'other'];
  const w = 40;
  const head = `${''.padEnd(w)}${columns.map((c) => c.head.padStart(22)).join('')}`;
  const line = (name: string, get: (t: SelfTimes) => number) =>
    `${name.padEnd(w)}${columns.map((c) => `${ms(get(c.t))} ${((get(c.t) / (c.t.total || 1)) * 100).toFixed(0).padStart(3)} %`.padStart(22)).join('')}`;
  return [head, ...names.map((n) => line(n, (t) => t.byPart.get(n) ?? 0)), line('sampled', (t) => t.total)].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const r = args.indexOf('--rows');
  const rows = r >= 0 ? Number(args.splice(r, 2)[1]) : 25;
  const profiles = args.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Profile);
  if (!profiles.length) throw new Error('usage: profile.js <main.cpuprofile> [<worker.cpuprofile>…] [--rows N]');
  const [main, ...workers] = profiles;
  const columns = [{ head: 'main, whole run', t: selfTimes(main) }];
  const at = (us: number) => `${((us - main.startTime) / 1e6).toFixed(2)} s`;
  const spans = [`main thread ${at(main.startTime)} – ${at(main.endTime)}`];
  if (workers.length) {
    const end = Math.max(...workers.map((w) => w.endTime));
    columns.push({ head: 'main, worker running', t: selfTimes(main, -Infinity, end) }, { head: 'main, after worker', t: selfTimes(main, end) });
    workers.forEach((w, i) => {
      columns.push({ head: `worker ${i + 1}`, t: selfTimes(w) });
      spans.push(`worker ${i + 1} ${at(w.startTime)} – ${at(w.endTime)}`);
    });
  }
  console.log(`${spans.join('; ')}\n\nself time by part:\n${partsTable(columns)}`);
  profiles.forEach((p, i) => {
    const t = selfTimes(p);
    console.log(`\n${i === 0 ? 'main thread' : `worker ${i}`}: self time by file\n${table(t.byFile, t.total, rows)}\n\nby function\n${table(t.byFunction, t.total, rows)}`);
  });
}
