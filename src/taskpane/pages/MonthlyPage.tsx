import { useEffect, useState } from 'react';
import { Button, Caption1, Checkbox, Field, Input, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { parsePeriod, previousPeriod, monthPeriod } from '../../core/report/period';
import { ymdOf, dayOfStamp } from '../../core/time';
import { wallClockNow } from '../../core/now';
import type { WorkbookBackend } from '../../workbook/backend';
import type { OpState } from '../ops';
import type { Words } from '../i18n';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function lastMonthLabel(): string {
  const now = ymdOf(dayOfStamp(wallClockNow()));
  return previousPeriod(monthPeriod(now.y, now.m)).label;
}

export interface MonthlyPageProps {
  backend: WorkbookBackend;
  op: OpState;
  w: Words;
  /** YYYY-MM or YYYY-Qn; last month when absent. */
  initialPeriod?: string;
}

export function MonthlyPage({ backend, op, w, initialPeriod }: MonthlyPageProps) {
  const s = useStyles();
  const [kind, setKind] = useState<'month' | 'quarter'>('month');
  const [label, setLabel] = useState(initialPeriod ?? lastMonthLabel());
  const [contacts, setContacts] = useState(false);
  const [registers, setRegisters] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const p = parsePeriod(label);
  const valid = p.ok && p.value.kind === kind;
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
  return (
    <section aria-label={w.tabMonthly} className={s.col}>
      <div className={s.row}>
        <Field label={w.period}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as 'month' | 'quarter')}>
            <option value="month">{w.month} (YYYY-MM)</option>
            <option value="quarter">{w.quarter} (YYYY-Qn)</option>
          </Select>
        </Field>
        <Field label={kind === 'month' ? w.month : w.quarter} validationState={valid ? 'none' : 'error'} validationMessage={valid ? undefined : kind === 'month' ? 'YYYY-MM' : 'YYYY-Qn'}>
          <Input value={label} onChange={(_, d) => setLabel(d.value)} />
        </Field>
      </div>
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
        <Button appearance="primary" disabled={op.busy || !valid} onClick={() => p.ok && op.run((ctx) => backend.generate(p.value, contacts, undefined, ctx, sheets))}>
          {w.generate}
        </Button>
        <Button disabled={op.busy || !valid} onClick={() => p.ok && op.run((ctx) => backend.exportWorkbook(p.value, contacts, undefined, ctx, sheets))}>
          {w.exportWb}
        </Button>
      </div>
    </section>
  );
}
