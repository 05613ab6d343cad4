// Runs scripts/bad-corpus/files.mjs (ESM) in a child process, so the reader specs read the very
// files `npm run test:bad` runs the CLI on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CorpusCase {
  name: string;
  args: string[];
  expectExit: 0 | 1 | 2;
  stdout?: string;
  stderr?: string;
}

export interface Corpus {
  dir: string;
  cases: CorpusCase[];
  variants: { name: string; file: string }[];
}

export function makeFilesCorpus(): Corpus {
  const dir = mkdtempSync(join(tmpdir(), 'reader-corpus-'));
  const script = join(__dirname, '..', '..', 'scripts', 'bad-corpus', 'files.mjs');
  const code = `import { make, variants } from ${JSON.stringify(script)};
const cases = await make(${JSON.stringify(dir)});
process.stdout.write(JSON.stringify({ cases, variants: variants().map((v) => ({ name: v.name, file: v.file })) }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return { dir, ...(JSON.parse(out) as Omit<Corpus, 'dir'>) };
}
