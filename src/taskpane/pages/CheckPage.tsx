// The check page is the SLA queue a supervisor works from: open complaints grouped overdue / due
// soon / on track, by time left in the unit of their next milestone (core's queue), filtered by
// department, handler and tier; the bad cells in their own list. Picking an entry selects its
// row (or cell) in the sheet in Excel; in the browser the page says that only Excel can.
import { useEffect, useMemo, useState } from 'react';
import { Badge, Button, Caption1, Field, Input, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { parseDateTime } from '../../core/register/cells';
import { dayOfStamp, formatDay, formatStamp } from '../../core/time';
import { wallClockNow } from '../../core/now';
import { QueueEntry, QueueFilter, RowState, choicesOf, filterQueue, groupQueue, sayTimeLeft, stateChoicesOf } from '../../core/queue';
import { lookup, render } from '../../core/messages';
import type { CheckEntry, CheckView } from '../../workbook/model';
import type { WorkbookBackend } from '../../workbook/backend';
import type { OpState } from '../ops';
import { Lang, STATE_WORDS, Words, fill } from '../i18n';
import { STATE_COLOURS } from './states';
import { ReadoutView } from './ReadoutView';
import { KeyList } from './KeyList';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'end', flexWrap: 'wrap' },
  filter: { flexGrow: 1, flexBasis: '7em', minWidth: 0 },
  counts: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap' },
  line: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sub: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  soon: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  // Next to the tier; a badge is one line by default, and a long department name must wrap inside the pane's 320 px.
  badge: { marginLeft: tokens.spacingHorizontalXS, whiteSpace: 'normal', height: 'auto', maxWidth: '100%', overflowWrap: 'anywhere', verticalAlign: 'baseline' },
});

export interface CheckPageProps {
  backend: WorkbookBackend;
  op: OpState;
  w: Words;
  lang: Lang;
  /** The as-of time the page starts with (default: now). */
  initialAsOf?: string;
}

export function CheckPage({ backend, op, w, lang, initialAsOf }: CheckPageProps) {
  const s = useStyles();
  const [asOf, setAsOf] = useState(initialAsOf ?? formatStamp(wallClockNow(), ' '));
  const [view, setView] = useState<CheckView | undefined>();
  const [filter, setFilter] = useState<QueueFilter>({});
  const parsed = parseDateTime(asOf);
  const asOfOk = parsed.ok && parsed.value !== undefined;
  const say = (key: Parameters<typeof lookup>[1], p?: Parameters<typeof lookup>[2]) => lookup(lang, key, p);
  const run = () =>
    op.run(async (ctx) => {
      if (!parsed.ok || parsed.value === undefined) return;
      setView(await backend.check(parsed.value, ctx));
    });
  // The queue is what the page is for: it is there when the page opens.
  useEffect(() => {
    void run();
    // Once per workbook; later runs are the user's (the button).
  }, [backend]);
  const shown = useMemo(() => (view ? filterQueue(view.queue, filter) : []), [view, filter]);
  const tierName = (key: string) => view?.tierNames[key]?.[lang] ?? key;
  const pick = (e: CheckEntry) => {
    if (backend.kind === 'file') return op.setNotice({ intent: 'info', text: `${w.row} ${e.row}${e.column ? ` ${e.column}` : ''}: ${w.selectExcelOnly}` });
    void op.run(async () => {
      await backend.select(e);
      return `${w.selected}: ${e.sheet} ${w.row} ${e.row}`;
    });
  };
  const pickQueue = (q: QueueEntry) => view && pick({ kind: q.group === 'overdue' ? 'overdue' : 'due-soon', sheet: view.sheet, row: q.row, col: view.queueCol, id: q.id, status: q.group });
  const groupLabel = { overdue: w.overdue, 'due-soon': w.dueSoon, 'on-track': w.onTrack } as const;
  const cells = view ? view.entries.filter((e) => e.kind === 'cell') : [];
  /** A state's badge text: its word, with the new department (申诉成立) or the new date (已延期). */
  const stateText = (q: QueueEntry, k: RowState) => {
    const word = w[STATE_WORDS[k]];
    if (k === 'appeal-upheld') return `${word} → ${q.department}${q.appealFrom ? ` (${fill(w.appealFrom, { dept: q.appealFrom })})` : ''}`;
    if (k === 'extended' && q.extendedTo !== undefined) return `${word} ${formatDay(dayOfStamp(q.extendedTo))}`;
    return word;
  };
  // Per answer, like the lists below: not recounted over the whole queue on every progress message.
  const choices = useMemo(
    () =>
      view && {
        department: choicesOf(view.queue, 'department'),
        handler: choicesOf(view.queue, 'handler'),
        tier: choicesOf(view.queue, 'tier'),
        state: stateChoicesOf(view.queue),
        overdue: view.queue.filter((q) => q.group === 'overdue').length,
        dueSoon: view.queue.filter((q) => q.group === 'due-soon').length,
      },
    [view],
  );
  const choice = (field: 'department' | 'handler' | 'tier', label: string) => (
    <Field className={s.filter} label={label} size="small">
      <Select size="small" value={filter[field] ?? ''} onChange={(_, d) => setFilter({ ...filter, [field]: d.value || undefined })}>
        <option value="">{w.all}</option>
        {(choices?.[field] ?? []).map((v) => (
          <option key={v} value={v}>{field === 'tier' ? tierName(v) : v}</option>
        ))}
      </Select>
    </Field>
  );
  // The lists are built once per answer, filter and language, not on every progress message of
  // the next run: re-rendering 100,000 rows' queue per block held the page for 250 ms a click.
  const lists = useMemo(
    () =>
      view && (
        <>
          <KeyList
            label={w.queue}
            testId="queue"
            empty={w.emptyGroup}
              more={w.showMore}
            groups={groupQueue(shown).map((g) => ({ label: groupLabel[g.group], items: g.entries }))}
            onPick={pickQueue}
            render={(q) => (
              <>
                <div className={s.line}>
                  <span>
                    <strong>{q.id || `${w.row} ${q.row}`}</strong> {q.customer}
                  </span>
                  <span className={q.group === 'overdue' ? s.over : q.group === 'due-soon' ? s.soon : undefined}>{sayTimeLeft(q.left, say)}</span>
                </div>
                <div className={s.sub}>
                  {[q.department, q.handler, tierName(q.tier)].filter(Boolean).join(' · ')}
                  {(q.states ?? []).map((k) => (
                    <Badge key={k} className={s.badge} size="small" appearance="tint" color={STATE_COLOURS[k]} data-state={k}>{stateText(q, k)}</Badge>
                  ))}
                  {` · ${w.nextStep} ${say(`milestone.${q.next.milestone}`)}`}
                </div>
              </>
            )}
          />
          <Subtitle2 as="h2">{w.badCells} ({cells.length})</Subtitle2>
          {cells.length === 0 ? (
            <Caption1>{w.none}</Caption1>
          ) : (
            <KeyList
              label={w.badCells}
              testId="bad-cells"
              empty={w.emptyGroup}
              more={w.showMore}
              groups={[{ label: w.badCells, items: cells }]}
              onPick={pick}
              render={(e) => (
                <>
                  <div><strong>{w.row} {e.row}</strong>{e.column ? ` · ${w.column} ${e.column}` : ''}{e.id ? ` · ${e.id}` : ''}</div>
                  <div className={s.sub}>{e.msg ? render(e.msg, lang) : ''}</div>
                </>
              )}
            />
          )}
        </>
      ),
    [view, shown, lang, w, backend],
  );
  return (
    <section aria-label={w.tabCheck} className={s.col}>
      <div className={s.row}>
        <Field label={w.asOf} validationState={asOfOk ? 'none' : 'error'}>
          <Input value={asOf} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <Button appearance="primary" disabledFocusable={op.busy || !asOfOk} onClick={run}>
          {w.runCheck}
        </Button>
      </div>
      {view && (
        <>
          <div className={s.counts} aria-live="polite">
            <Badge appearance="tint" color="informative">{w.rows} {view.counts.rows}</Badge>
            <Badge appearance="tint" color="danger">{w.overdue} {choices?.overdue}</Badge>
            <Badge appearance="tint" color="warning">{w.dueSoon} {choices?.dueSoon}</Badge>
            <Badge appearance="tint" color="danger">{w.badCells} {view.counts.badCells}</Badge>
          </div>
          <Subtitle2 as="h2">{w.queue}</Subtitle2>
          <div className={s.row}>
            {choice('department', w.department)}
            {choice('handler', w.handler)}
            {choice('tier', w.tier)}
            <Field className={s.filter} label={w.state} size="small">
              <Select size="small" value={filter.state ?? ''} onChange={(_, d) => setFilter({ ...filter, state: (d.value || undefined) as RowState | undefined })}>
                <option value="">{w.all}</option>
                {(choices?.state ?? []).map((k) => (
                  <option key={k} value={k}>{w[STATE_WORDS[k]]}</option>
                ))}
              </Select>
            </Field>
          </div>
          <Caption1>
            {fill(w.shownOf, { n: shown.length, total: view.queue.length })} · {w.queueHint}
            {backend.kind === 'file' ? ` ${w.selectExcelOnly}。` : ''}
          </Caption1>
          {lists}
          <ReadoutView read={view.read} lang={lang} />
        </>
      )}
    </section>
  );
}
