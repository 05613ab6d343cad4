// Files that are not what they claim (issue 9): the CLI's own cases from the corpus, run on the
// compiled CLI. Each gets one line naming the file, why and what to do, exit 2, no stack.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { makeFilesCorpus } from './helpers/bad-corpus';

const root = join(__dirname, '..');
const corpus = makeFilesCorpus();
const STACK = /\n {4}at |TypeError|RangeError|Cannot read properties/;

test.each(corpus.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'complaints.js'), ...c.args], { encoding: 'utf8' });
  expect(r.stdout + r.stderr).not.toMatch(STACK);
  expect(r.status).toBe(c.expectExit);
  if (c.stderr) expect(r.stderr).toMatch(new RegExp(c.stderr));
  if (c.stdout) expect(r.stdout).toMatch(new RegExp(c.stdout));
  if (c.expectExit === 2) {
    // One line: what, which file, why, what to do.
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^complaints: .+(; |：).+/);
  }
});
