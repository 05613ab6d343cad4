// The monthly page: pick a month or a quarter, generate the appraisal sheets (or export them as a
// workbook), then see the period at a glance in the pane: complaints, on-time %, satisfaction %,
// each department's grade, and a small chart of complaints per day. The figures are core's
// (report/summary.ts), the same the sheets are written from.
import type { Msg } from '../../core/messages';
import { useEffect, useState } from 'react';
import { Badge, Button, Caption1, Checkbox, Field, Select, Subtitle2, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { Period, monthPeriod, parsePeriod, previousPeriod, quarterPeriod } from '../../core/report/period';
import type { MonthSummary } from '../../core/report/summary';
import { ymdOf, dayOfStamp } from '../../core/time';
import { wallClockNow } from '../../core/now';
import type { OpContext, WorkbookBackend } from '../../workbook/backend';
import type { OpState } from '../ops';
import { Words, fill } from '../i18n';
import { MiniChart } from './MiniChart';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap', alignItems: 'end' },
  pick: { flexGrow: 1, flexBasis: '5.5em', minWidth: 0 },
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(6.5em, 1fr))', gap: tokens.spacingHorizontalS, margin: 0 },
  tile: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalS, '& dd': { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold } },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', '& td, & th': { padding: '2px 4px', textAlign: 'left', overflowWrap: 'anywhere', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
});

function lastMonth(): Period {
  const now = ymdOf(dayOfStamp(wallClockNow()));
  return previousPeriod(monthPeriod(now.y, now.m));
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

export interface MonthlyPageProps {
  backend: WorkbookBackend;
  op: OpState;
  w: Words;
  /** YYYY-MM or YYYY-Qn; last month when absent. */
  initialPeriod?: string;
}

export function MonthlyPage({ backend, op, w, initialPeriod }: MonthlyPageProps) {
  const s = useStyles();
  const start = initialPeriod ? parsePeriod(initialPeriod) : undefined;
  const first: Period = start?.ok ? start.value : lastMonth();
  const [kind, setKind] = useState<'month' | 'quarter'>(first.kind);
  const [year, setYear] = useState(first.year);
  const [month, setMonth] = useState(first.months[0]);
  const [quarter, setQuarter] = useState(Math.ceil(first.months[0] / 3));
  const [contacts, setContacts] = useState(false);
  const [registers, setRegisters] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [summary, setSummary] = useState<MonthSummary | undefined>();
  const period = kind === 'month' ? monthPeriod(year, month) : quarterPeriod(year, quarter);
  const thisYear = ymdOf(dayOfStamp(wallClockNow())).y;
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i).concat(year < thisYear - 5 || year > thisYear + 1 ? [year] : []);
  // The sheets that read as registers, looked up when the page opens; a workbook with one register has nothing to consolidate.
  useEffect(() => {
    let live = true;
    backend
      .registerSheets({ signal: new AbortController().signal, progress: () => undefined })
      .then((names) => live && setRegisters(names ?? []))
      .catch(() => live && setRegisters([]));
    return () => {
      live = false;
    };
  }, [backend]);
  /** The sheets chosen, in workbook order (two or more are consolidated); none: the register. */
  const sheets = chosen.length ? registers.filter((n) => chosen.includes(n)) : undefined;
  /** Writes (or exports), then reads the period's figures for the pane. */
  const make = (f: (ctx: OpContext) => Promise<Msg>) =>
    op.run(async (ctx) => {
      setSummary(undefined);
      const msg = await f(ctx);
      setSummary(await backend.monthSummary(period, undefined, ctx, sheets));
      return msg;
    });
  return (
    <section aria-label={w.tabMonthly} className={s.col}>
      <div className={s.row}>
        <Field className={s.pick} label={w.period}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as 'month' | 'quarter')}>
            <option value="month">{w.month}</option>
            <option value="quarter">{w.quarter}</option>
          </Select>
        </Field>
        <Field className={s.pick} label={w.year}>
          <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
            {[...new Set(years)].sort((a, b) => b - a).map((y) => <option key={y} value={y}>{y}</option>)}
          </Select>
        </Field>
        {kind === 'month' ? (
          <Field className={s.pick} label={w.month}>
            <Select value={String(month)} onChange={(_, d) => setMonth(Number(d.value))}>
              {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => <option key={m} value={m}>{String(m).padStart(2, '0')}</option>)}
            </Select>
          </Field>
        ) : (
          <Field className={s.pick} label={w.quarter}>
            <Select value={String(quarter)} onChange={(_, d) => setQuarter(Number(d.value))}>
              {[1, 2, 3, 4].map((q) => <option key={q} value={q}>Q{q}</option>)}
            </Select>
          </Field>
        )}
      </div>
      <Caption1>{period.label}</Caption1>
      <Switch label={w.includeContacts} checked={contacts} onChange={(_, d) => setContacts(d.checked)} />
      {registers.length > 1 && (
        <fieldset className={s.col}>
          <legend>{w.consolidate}</legend>
          <Caption1>{w.consolidateHint}</Caption1>
          {registers.map((n) => (
            <Checkbox key={n} label={n} checked={chosen.includes(n)} onChange={(_, d) => setChosen(d.checked ? [...chosen, n] : chosen.filter((x) => x !== n))} />
          ))}
        </fieldset>
      )}
      <div className={s.row}>
        <Button appearance="primary" disabledFocusable={op.busy} onClick={() => make((ctx) => backend.generate(period, contacts, undefined, ctx, sheets))}>
          {w.generate}
        </Button>
        <Button disabledFocusable={op.busy} onClick={() => make((ctx) => backend.exportWorkbook(period, contacts, undefined, ctx, sheets))}>
          {w.exportWb}
        </Button>
      </div>
      {summary && (
        <section aria-label={w.figures} className={s.col} data-testid="figures">
          <Subtitle2 as="h2">{w.figures} {summary.period}</Subtitle2>
          <Caption1>{w.asOf} {summary.asOf.replace('T', ' ')}</Caption1>
          <dl className={s.tiles}>
            <div className={s.tile}><dt>{w.complaintsCount}</dt><dd>{summary.complaints}</dd></div>
            <div className={s.tile}><dt>{w.onTimeRate}</dt><dd>{pct(summary.onTime)}</dd></div>
            <div className={s.tile}><dt>{w.satisfactionRate}</dt><dd>{pct(summary.satisfaction)}</dd></div>
            <div className={s.tile}><dt>{w.overdueCount}</dt><dd>{summary.overdue}</dd></div>
          </dl>
          <MiniChart title={period.kind === 'month' ? w.chartByDay : w.chartByMonth} bars={summary.byDay} />
          <table className={s.table} aria-label={w.grade}>
            <thead>
              <tr><th scope="col">{w.department}</th><th scope="col">{w.onTimeRate}</th><th scope="col">{w.grade}</th></tr>
            </thead>
            <tbody>
              {summary.departments.map((d) => (
                <tr key={d.unit}>
                  <td>{d.unit}</td>
                  <td>{pct(d.onTime)}</td>
                  <td><Badge appearance="tint" color={d.grade === '优秀' ? 'success' : d.grade === '不合格' ? 'danger' : 'informative'}>{d.grade || '—'}</Badge>{d.score !== null ? ` ${d.score.toFixed(1)}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Caption1>{fill(w.generatedFor, { period: summary.period })}</Caption1>
        </section>
      )}
    </section>
  );
}
