import { useState } from 'react';
import { Badge, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { parseDateTime } from '../../core/register/cells';
import { formatStamp } from '../../core/time';
import { wallClockNow } from '../../core/now';
import type { CheckView } from '../../workbook/model';
import type { WorkbookBackend } from '../../workbook/backend';
import type { OpState } from '../ops';
import type { Lang, Words } from '../i18n';
import { ReadoutView } from './ReadoutView';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  counts: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  entry: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
});

const MAX_SHOWN = 300;

export interface CheckPageProps {
  backend: WorkbookBackend;
  op: OpState;
  w: Words;
  lang: Lang;
}

export function CheckPage({ backend, op, w, lang }: CheckPageProps) {
  const s = useStyles();
  const [asOf, setAsOf] = useState(formatStamp(wallClockNow(), ' '));
  const [view, setView] = useState<CheckView | undefined>();
  const parsed = parseDateTime(asOf);
  return (
    <section aria-label={w.tabCheck}>
      <div className={s.row}>
        <Field label={w.asOf} validationState={parsed.ok && parsed.value !== undefined ? 'none' : 'error'}>
          <Input value={asOf} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <Button
          appearance="primary"
          disabled={op.busy || !parsed.ok || parsed.value === undefined}
          onClick={() =>
            op.run(async (ctx) => {
              if (!parsed.ok || parsed.value === undefined) return;
              setView(await backend.check(parsed.value, ctx));
            })
          }
        >
          {w.runCheck}
        </Button>
      </div>
      {view && (
        <>
          <div className={s.counts} aria-live="polite">
            <Badge appearance="tint" color="informative">{w.rows} {view.counts.rows}</Badge>
            <Badge appearance="tint" color="danger">{w.badCells} {view.counts.badCells}</Badge>
            <Badge appearance="tint" color="danger">{w.overdue} {view.counts.overdue}</Badge>
            <Badge appearance="tint" color="warning">{w.dueSoon} {view.counts.dueSoon}</Badge>
          </div>
          {view.entries.length === 0 && <p>{w.none}</p>}
          <ul className={s.list}>
            {view.entries.slice(0, MAX_SHOWN).map((e, i) => (
              <li key={i}>
                <Button
                  className={s.entry}
                  size="small"
                  appearance="subtle"
                  onClick={() => op.run(() => backend.select(e))}
                >
                  [{e.kind === 'cell' ? w.badCells : e.kind === 'overdue' ? w.overdue : w.dueSoon}] {w.row} {e.row}
                  {e.id ? ` [${e.id}]` : ''}
                  {e.column ? ` ${e.column}` : ''}: {e.message}
                </Button>
              </li>
            ))}
          </ul>
          {view.entries.length > MAX_SHOWN && <p>… +{view.entries.length - MAX_SHOWN}</p>}
          <ReadoutView read={view.read} lang={lang} />
        </>
      )}
    </section>
  );
}
