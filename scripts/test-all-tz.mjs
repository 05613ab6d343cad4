// Runs the whole jest suite under two time zones: dates are wall-clock values, so every result
// must be the same in Shanghai and in Los Angeles. Prints one closing "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const zones = ['Asia/Shanghai', 'America/Los_Angeles'];
const extra = process.argv.slice(2);
mkdirSync('artifacts', { recursive: true });
let passed = 0;
let failed = 0;
let code = 0;
for (const tz of zones) {
  const out = join('artifacts', `jest-${tz.replace('/', '_')}.json`);
  console.log(`\n== jest under TZ=${tz}`);
  const r = spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${out}`, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) code = r.status ?? 1;
  try {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    if (j.numTotalTests === 0) code = code || 1;
  } catch {
    code = code || 1;
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(code);
