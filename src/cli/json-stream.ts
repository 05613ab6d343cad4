// `check --json` written as it is serialised: one JSON document ({"rows":[...],"summary":{...}})
// or, with --ndjson, one row per line and the summary last. No single string holds the output, and
// the writer waits for the pipe to drain, so a million rows cost a few MB of buffer, not 400.
import { CheckReport, CheckRow } from '../core/check';
import { Readout, readoutJson } from '../core/register/readout';
import { errorsJson, lang, tierReasonJson, warningsJson } from './lang';

/** A row as --json prints it: its tier reason and cell problems rendered in the CLI's language, with their codes. */
const rowJson = (r: CheckRow) => ({ ...r, ...tierReasonJson(r.tierReason), errors: errorsJson(r.errors) });

export interface Sink {
  /** Resolves once the chunk is accepted (after a drain when the pipe was full). */
  write(chunk: string): Promise<void>;
}

/** Rows serialised per write: fewer syscalls than one per row, still a small buffer. */
const ROWS_PER_WRITE = 512;

/** A sink over a Node writable (stdout). A closed pipe (EPIPE: `| head`) ends the output quietly. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  return {
    write: (chunk) =>
      new Promise((resolve) => {
        if (closed) return resolve();
        if (stream.write(chunk)) resolve();
        else {
          const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('close', done);
        }
      }),
  };
}

export async function writeCheckJson(report: CheckReport & { sheet: string; read?: Readout }, sink: Sink, ndjson: boolean): Promise<void> {
  const summary = { ...report.summary, ...warningsJson(report.summary.warnings), sheet: report.sheet };
  const rows = report.rows;
  const sep = ndjson ? '\n' : ',';
  if (!ndjson) await sink.write('{"rows":[');
  for (let i = 0; i < rows.length; i += ROWS_PER_WRITE) {
    const end = Math.min(rows.length, i + ROWS_PER_WRITE);
    let chunk = '';
    for (let j = i; j < end; j++) chunk += (j > 0 && !ndjson ? sep : '') + JSON.stringify(rowJson(rows[j])) + (ndjson ? sep : '');
    await sink.write(chunk);
  }
  const read = report.read === undefined ? '' : `,"read":${JSON.stringify(readoutJson(report.read, lang()))}`;
  await sink.write(ndjson ? `{"summary":${JSON.stringify(summary)}${read}}\n` : `],"summary":${JSON.stringify(summary)}${read}}\n`);
}
