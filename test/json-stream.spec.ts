// check --json streams its document; the bytes must equal the one-string JSON it replaced.
import { EventEmitter } from 'node:events';
import { writeCheckJson, streamSink, Sink } from '../src/cli/json-stream';
import { CheckReport } from '../src/core/check';
import { errorsJson, tierReasonJson, warningsJson } from '../src/cli/lang';
import { msg } from '../src/core/messages';

const report = (n: number): CheckReport & { sheet: string } => ({
  sheet: '登记表',
  rows: Array.from({ length: n }, (_, i) => ({ row: i + 2, id: `A-${i}`, tier: 'general', tierReason: msg('reason.factor', { factor: '"引号"\n', tier: { zh: '一般投诉', en: 'General' } }), due: { contact: '2026-11-03T10:00' }, done: {}, breached: [], status: 'on-track', errors: [] })),
  summary: { rows: n, byStatus: {} as CheckReport['summary']['byStatus'], byTier: {}, rowsWithErrors: 0, errors: 0, invalid: 0, asOf: 'x', policy: 'p', calendar: 'c', headerRow: 1, warnings: [], duplicateIds: [] },
});

// The document's shape (rendered messages beside their codes) is check.cli.spec's; here, only that
// streaming it changes no byte.
const whole = (r: ReturnType<typeof report>) => ({
  rows: r.rows.map((x) => ({ ...x, ...tierReasonJson(x.tierReason), errors: errorsJson(x.errors) })),
  summary: { ...r.summary, ...warningsJson(r.summary.warnings), sheet: r.sheet },
});

const collect = (): Sink & { text: string; writes: number } => {
  const s = { text: '', writes: 0, write: async (c: string) => { s.text += c; s.writes++; } };
  return s;
};

test.each([0, 1, 511, 512, 513, 2000])('%i rows: the document is exactly JSON.stringify of rows + summary', async (n) => {
  const r = report(n);
  const sink = collect();
  await writeCheckJson(r, sink, false);
  expect(sink.text).toBe(`${JSON.stringify(whole(r))}\n`);
  expect(sink.writes).toBe(2 + Math.ceil(n / 512));
});

test('ndjson: one row per line, the summary last', async () => {
  const r = report(1000);
  const sink = collect();
  await writeCheckJson(r, sink, true);
  const lines = sink.text.trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(lines.slice(0, -1)).toEqual(whole(r).rows);
  expect(lines[lines.length - 1]).toEqual({ summary: whole(r).summary });
});

test('the sink waits for drain when the stream is full, and a closed pipe ends quietly', async () => {
  const stream = Object.assign(new EventEmitter(), { written: [] as string[], write(c: string) { this.written.push(c); return false; } });
  const sink = streamSink(stream as unknown as NodeJS.WritableStream);
  let done = false;
  const p = sink.write('a').then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  expect(done).toBe(false);
  stream.emit('drain');
  await p;
  expect(done).toBe(true);
  stream.emit('error', Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
  await sink.write('b');
  expect(stream.written).toEqual(['a']);
});
