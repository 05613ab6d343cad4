// The home card: what a supervisor sees first. Is this workbook set up (register sheet, policy
// sheet, the calendar years covered), how many complaints are open, due soon and overdue, and the
// next deadline; a first-run path to set up a register in one click. Figures from core (status.ts).
import type { Msg } from '../../core/messages';
import { Suspense, useCallback, useEffect, useId, useState } from 'react';
import { Badge, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { StatusCard } from '../../core/status';
import { isSetUp } from '../../core/status';
import { ROW_STATES, sayTimeLeft } from '../../core/queue';
import { lookup, render } from '../../core/messages';
import type { Stamp } from '../../core/time';
import type { OpContext, WorkbookBackend } from '../../workbook/backend';
import type { OpState } from '../ops';
import { STATE_WORDS, type Lang, type Words } from '../i18n';
import { STATE_COLOURS } from './states';
import { lazyPage } from './lazy';

// The 操作人 and loading-on-open lines, Excel only: loaded when the card first shows them.
const Records = lazyPage(() => import(/* webpackChunkName: "home-records" */ './HomeRecords').then((m) => m.HomeRecords));

const useStyles = makeStyles({
  // A card drawn with the theme's tokens: Fluent's Card (and its focus handling, not needed for a
  // card that is not itself interactive) would cost the first paint about 10 KB gzip.
  card: {
    display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow4, backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, margin: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(0, auto) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0, '& dd': { margin: 0, overflowWrap: 'anywhere' }, '& dt': { color: tokens.colorNeutralForeground2 } },
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export interface HomePageProps {
  backend: WorkbookBackend;
  op: OpState;
  w: Words;
  lang: Lang;
  asOf: () => Stamp;
  /** Goes to another page of the pane. */
  go: (page: 'register' | 'check' | 'policy' | 'monthly') => void;
  /** Creates a new register (the first-run path); resolves with what was done. */
  setUp: (ctx: OpContext) => Promise<Msg>;
}

export function HomePage({ backend, op, w, lang, asOf, go, setUp }: HomePageProps) {
  const s = useStyles();
  const [card, setCard] = useState<StatusCard | undefined>();
  const say = (key: Parameters<typeof lookup>[1], p?: Parameters<typeof lookup>[2]) => lookup(lang, key, p);
  const [problem, setProblem] = useState<string | undefined>();
  // Read quietly, not as an operation: the card must not hold up (or clear the messages of) the
  // rest of the pane. The refresh button reads again.
  const load = useCallback(() => {
    const ctx = { signal: new AbortController().signal, progress: () => undefined };
    setProblem(undefined);
    backend.status(asOf(), ctx).then(setCard, (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  }, [backend, asOf]);
  useEffect(load, [backend]);
  const ready = card ? isSetUp(card) : false;
  const titleId = useId();
  return (
    <section aria-label={w.tabHome}>
      <div role="group" aria-labelledby={titleId} className={s.card}>
        <div className={s.header}>
          <Subtitle2 as="h2" id={titleId}>{w.statusTitle}</Subtitle2>
          {card && <Badge appearance="filled" color={ready ? 'success' : 'warning'}>{ready ? w.readyStatus : w.notSetUp}</Badge>}
        </div>
        {problem && <Caption1 className={s.bad} role="alert">{problem}</Caption1>}
        {card && (
          <>
            <dl className={s.facts}>
              <dt>{w.registerSheet}</dt>
              <dd>{card.register ?? w.notSetUp}</dd>
              <dt>{w.policySheet}</dt>
              <dd>{card.policySheet ? '投诉政策' : w.presetInUse}</dd>
              <dt>{w.calendar}</dt>
              <dd>{card.calendar === 'china' ? w.calChina : card.calendar === 'weekends' ? w.calWeekends : card.calendar}</dd>
              <dt>{w.yearsCovered}</dt>
              <dd>{card.years ? `${card.years[0]}–${card.years[1]}` : w.weekendsOnly}</dd>
              <dt>{w.nextDeadline}</dt>
              <dd data-testid="next-deadline">
                {card.next
                  ? `${card.next.id || `${w.row} ${card.next.row}`} · ${say(`milestone.${card.next.next.milestone}`)} · ${sayTimeLeft(card.next.left, say)}`
                  : w.noDeadline}
              </dd>
            </dl>
            {card.register !== undefined && (
              <div className={s.counts}>
                <Badge appearance="tint" color="informative" size="large">{w.open} {card.open}</Badge>
                <Badge appearance="tint" color="warning" size="large">{w.dueSoon} {card.dueSoon}</Badge>
                <Badge appearance="tint" color="danger" size="large">{w.overdue} {card.overdue}</Badge>
                {card.badCells > 0 && <Badge appearance="tint" color="danger" size="large">{w.badCells} {card.badCells}</Badge>}
                {ROW_STATES.filter((k) => (card.states?.[k] ?? 0) > 0).map((k) => (
                  <Badge key={k} appearance="outline" color={STATE_COLOURS[k]} size="large" data-testid={`count-${k}`}>{w[STATE_WORDS[k]]} {card.states?.[k]}</Badge>
                ))}
              </div>
            )}
            {backend.kind === 'excel' && (
              <Suspense fallback={null}>
                <Records.Page backend={backend} w={w} op={op} register={card.register} />
              </Suspense>
            )}
            {card.policyProblems.map((p, i) => <Caption1 key={`${p.code}-${i}`} className={s.bad}>{render(p, lang)}</Caption1>)}
            {card.register === undefined && <Text>{w.setUpHint}</Text>}
            <div className={s.row}>
              {card.register === undefined ? (
                <>
                  <Button appearance="primary" disabledFocusable={op.busy} onClick={() => op.run(async (ctx) => {
                    const msg = await setUp(ctx);
                    setCard(await backend.status(asOf(), ctx));
                    return msg;
                  })}>
                    {w.setUpNow}
                  </Button>
                  <Button onClick={() => go('register')}>{w.adoptSheet}</Button>
                </>
              ) : (
                <>
                  <Button appearance="primary" onClick={() => go('check')}>{w.workQueue}</Button>
                  <Button onClick={() => go('monthly')}>{w.tabMonthly}</Button>
                </>
              )}
              <Button appearance="subtle" onClick={load}>{w.refresh}</Button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
