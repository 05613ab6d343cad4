// Self time per file and per function of a V8 .cpuprofile, to say where a run's time goes.
// Usage: node --cpu-prof --cpu-prof-dir=/tmp/p dist/bench/report.js report <file.xlsx>
//        node dist/bench/profile.js /tmp/p/<name>.cpuprofile [rows shown, default 40]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package> or dist/<path>, so the table names what we own and what we call. */
const shortUrl = (url: string): string => url.replace(/^.*\/(node_modules\/(?:@[^/]+\/)?[^/]+|dist)\//, '$1/');

export function selfTimes(p: Profile): { total: number; byFile: Map<string, number>; byFunction: Map<string, number> } {
  const node = new Map(p.nodes.map((n) => [n.id, n]));
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    const f = (node.get(id) as ProfileNode).callFrame;
    const file = f.url ? shortUrl(f.url) : f.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    const fn = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    total += dt;
  });
  return { total, byFile, byFunction };
}

if (require.main === module) {
  const [file, shown = '40'] = process.argv.slice(2);
  const { total, byFile, byFunction } = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  const table = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(shown)).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((us / total) * 100).toFixed(1).padStart(5)} %  ${k}`).join('\n');
  console.log(`sampled ${(total / 1000).toFixed(0)} ms\n\nself time by file:\n${table(byFile)}\n\nself time by function:\n${table(byFunction)}`);
}
