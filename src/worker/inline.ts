// A core job run on the calling thread (./runner's inlineRunner loads this on first use). Cancel
// is seen before and after the job: the computation itself runs to its end.
import { MsgError } from '../core/messages';
import type { OpContext } from '../workbook/backend';
import type { Answers, JobKind, JobOf } from './protocol';
import { runJob } from './jobs';
import { abortError, reportStep } from './runner';

export async function runInline<K extends JobKind>(job: JobOf<K>, ctx: OpContext): Promise<Answers[K]> {
  if (ctx.signal.aborted) throw abortError();
  const r = await runJob(job, (step, count) => reportStep(ctx, step, count));
  if (ctx.signal.aborted) throw abortError();
  if (!r.ok) throw new MsgError(r.error);
  return r.value;
}
