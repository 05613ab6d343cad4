import { ReactNode, useState } from 'react';
import { Button, Caption1, Field, Input, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { CLOCK_KINDS, CLOCK_LABELS, ClockKind, MILESTONES, MILESTONE_LABELS, MilestoneKey, Policy, Anchor } from '../../core/policy/types';
import { PRESET_NAMES, preset } from '../../core/policy/presets';
import { compilePolicy } from '../../core/policy/compile';
import { formatDay, parseIsoDay } from '../../core/time';
import type { WorkbookBackend } from '../../workbook/backend';
import type { OpState } from '../ops';
import type { Words } from '../i18n';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  table: { borderCollapse: 'collapse', width: '100%', '& td': { padding: '1px 2px' }, '& input, & select': { minWidth: '0' } },
  problem: { color: tokens.colorPaletteRedForeground1 },
  small: { width: '5em' },
});

const clone = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

export function PolicyPage({ backend, op, w, policy, setPolicy }: { backend: WorkbookBackend; op: OpState; w: Words; policy: Policy; setPolicy: (p: Policy) => void }) {
  const s = useStyles();
  const [name, setName] = useState('');
  const edit = (f: (p: Policy) => void) => {
    const p = clone(policy);
    f(p);
    setPolicy(p);
  };
  const compiled = compilePolicy(policy);
  const problems = compiled.ok ? [] : compiled.problems.map((p) => `${p.where}: ${p.message}`);
  const tierOptions = policy.tiers.map((t) => (
    <option key={t.key} value={t.key}>
      {t.key} {t.zh}
    </option>
  ));
  const num = (label: string, value: number, set: (p: Policy, v: number) => void) => (
    <Field label={label}>
      <Input type="number" className={s.small} value={String(value)} onChange={(_, d) => edit((p) => set(p, Number(d.value)))} />
    </Field>
  );
  const section = (title: string, body: ReactNode, onAdd?: () => void) => (
    <div className={s.col}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {body}
      {onAdd && (
        <div>
          <Button size="small" onClick={onAdd}>
            {w.add}
          </Button>
        </div>
      )}
    </div>
  );
  const del = (label: string, f: () => void) => (
    <Button size="small" appearance="subtle" aria-label={`${w.remove} ${label}`} onClick={f}>
      ✕
    </Button>
  );
  return (
    <section aria-label={w.tabPolicy} className={s.col}>
      <div className={s.row}>
        <Field label={w.presets}>
          <Select
            value={name}
            onChange={(_, d) => {
              setName(d.value);
              const p = preset(d.value);
              if (p) setPolicy(clone(p));
            }}
          >
            <option value="">—</option>
            {PRESET_NAMES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={op.busy}
          onClick={() =>
            op.run(async () => {
              const r = await backend.readPolicy();
              if (r.policy) setPolicy(clone(r.policy));
              if (r.problems.length) throw new Error(r.problems.join('\n'));
              return r.source === 'sheet' ? '投诉政策 ✓' : `preset ${r.policy?.name ?? ''}`;
            })
          }
        >
          {w.loadFromSheet}
        </Button>
        <Button appearance="primary" disabled={op.busy || problems.length > 0} onClick={() => op.run(() => backend.writePolicy(policy))}>
          {w.savePolicy}
        </Button>
      </div>
      {problems.map((p) => (
        <Caption1 key={p} className={s.problem} role="alert">
          {p}
        </Caption1>
      ))}
      {section(
        w.settings,
        <div className={s.row}>
          {num(w.warnHours, policy.warnHours, (p, v) => (p.warnHours = v))}
          <Field label={w.calendar}>
            <Select value={policy.calendar.base} onChange={(_, d) => edit((p) => (p.calendar.base = d.value))}>
              <option value="china">china</option>
              <option value="weekends">weekends</option>
            </Select>
          </Field>
          <Field label={w.defaultTier}>
            <Select value={policy.defaultTier} onChange={(_, d) => edit((p) => (p.defaultTier = d.value))}>
              {tierOptions}
            </Select>
          </Field>
        </div>,
      )}
      {section(
        w.tiers,
        <table className={s.table}>
          <tbody>
            {policy.tiers.map((t, i) => (
              <tr key={i}>
                <td><Input aria-label={`${w.tiers} ${i + 1} key`} value={t.key} onChange={(_, d) => edit((p) => (p.tiers[i].key = d.value))} /></td>
                <td><Input aria-label={`${w.tiers} ${i + 1} 中文`} value={t.zh} onChange={(_, d) => edit((p) => (p.tiers[i].zh = d.value))} /></td>
                <td><Input aria-label={`${w.tiers} ${i + 1} English`} value={t.en} onChange={(_, d) => edit((p) => (p.tiers[i].en = d.value))} /></td>
                <td>{del(`${w.tiers} ${t.key}`, () => edit((p) => p.tiers.splice(i, 1)))}</td>
              </tr>
            ))}
          </tbody>
        </table>,
        () => edit((p) => p.tiers.push({ key: `tier${p.tiers.length + 1}`, zh: '', en: '' })),
      )}
      {section(
        w.clocks,
        <table className={s.table}>
          <tbody>
            {policy.clocks.map((c, i) => (
              <tr key={i}>
                <td>
                  <Select aria-label={`${w.clocks} ${i + 1} tier`} value={c.tier} onChange={(_, d) => edit((p) => (p.clocks[i].tier = d.value))}>{tierOptions}</Select>
                </td>
                <td>
                  <Select aria-label={`${w.clocks} ${i + 1} milestone`} value={c.milestone} onChange={(_, d) => edit((p) => (p.clocks[i].milestone = d.value as MilestoneKey))}>
                    {MILESTONES.map((m) => <option key={m} value={m}>{MILESTONE_LABELS[m].zh}</option>)}
                  </Select>
                </td>
                <td>
                  <Input aria-label={`${w.clocks} ${i + 1} amount`} type="number" className={s.small} value={String(c.amount)} onChange={(_, d) => edit((p) => (p.clocks[i].amount = Number(d.value)))} />
                </td>
                <td>
                  <Select aria-label={`${w.clocks} ${i + 1} unit`} value={c.clock} onChange={(_, d) => edit((p) => (p.clocks[i].clock = d.value as ClockKind))}>
                    {CLOCK_KINDS.map((k) => <option key={k} value={k}>{CLOCK_LABELS[k].zh}</option>)}
                  </Select>
                </td>
                <td>
                  <Select aria-label={`${w.clocks} ${i + 1} anchor`} value={c.anchor} onChange={(_, d) => edit((p) => (p.clocks[i].anchor = d.value as Anchor))}>
                    <option value="receipt">受理</option>
                    {MILESTONES.map((m) => <option key={m} value={m}>{MILESTONE_LABELS[m].zh}</option>)}
                  </Select>
                </td>
                <td>{del(`${w.clocks} ${i + 1}`, () => edit((p) => p.clocks.splice(i, 1)))}</td>
              </tr>
            ))}
          </tbody>
        </table>,
        () => edit((p) => p.clocks.push({ tier: p.tiers[0]?.key ?? '', milestone: 'contact', clock: 'hours', amount: 24, anchor: 'receipt' })),
      )}
      {section(
        w.factors,
        <table className={s.table}>
          <tbody>
            {policy.rules.map((r, i) =>
              r.kind !== 'factor' ? null : (
                <tr key={i}>
                  <td><Input aria-label={`${w.factors} ${i + 1}`} value={r.factor} onChange={(_, d) => edit((p) => ((p.rules[i] as { factor: string }).factor = d.value))} /></td>
                  <td>
                    <Select aria-label={`${w.factors} ${i + 1} tier`} value={r.tier} onChange={(_, d) => edit((p) => (p.rules[i].tier = d.value))}>{tierOptions}</Select>
                  </td>
                  <td>{del(`${w.factors} ${r.factor}`, () => edit((p) => p.rules.splice(i, 1)))}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>,
        () => edit((p) => p.rules.push({ kind: 'factor', tier: p.tiers[p.tiers.length - 1]?.key ?? '', factor: '' })),
      )}
      {section(
        w.days,
        <table className={s.table}>
          <tbody>
            {policy.calendar.days.map((d, i) => (
              <tr key={i}>
                <td>
                  <Input aria-label={`${w.days} ${i + 1}`} defaultValue={formatDay(d.day)} onBlur={(e) => {
                    const day = parseIsoDay(e.currentTarget.value);
                    if (day !== undefined) edit((p) => (p.calendar.days[i].day = day));
                  }} />
                </td>
                <td>
                  <Select aria-label={`${w.days} ${i + 1} kind`} value={d.kind} onChange={(_, v) => edit((p) => (p.calendar.days[i].kind = v.value as 'off' | 'work'))}>
                    <option value="off">放假 off</option>
                    <option value="work">上班 work</option>
                  </Select>
                </td>
                <td><Input aria-label={`${w.days} ${i + 1} name`} value={d.name} onChange={(_, v) => edit((p) => (p.calendar.days[i].name = v.value))} /></td>
                <td>{del(`${w.days} ${formatDay(d.day)}`, () => edit((p) => p.calendar.days.splice(i, 1)))}</td>
              </tr>
            ))}
          </tbody>
        </table>,
        () => edit((p) => p.calendar.days.push({ day: parseIsoDay('2027-01-01') as number, kind: 'off', name: '元旦' })),
      )}
      {section(
        w.weights,
        <div className={s.row}>
          {num('及时率 Timeliness', policy.appraisal.weights.timeliness, (p, v) => (p.appraisal.weights.timeliness = v))}
          {num('解决率 Resolution', policy.appraisal.weights.resolution, (p, v) => (p.appraisal.weights.resolution = v))}
          {num('满意度 Satisfaction', policy.appraisal.weights.satisfaction, (p, v) => (p.appraisal.weights.satisfaction = v))}
        </div>,
      )}
      {section(
        w.grades,
        <div className={s.row}>
          {num('优秀 Excellent', policy.appraisal.grades.excellent, (p, v) => (p.appraisal.grades.excellent = v))}
          {num('合格 Pass', policy.appraisal.grades.pass, (p, v) => (p.appraisal.grades.pass = v))}
        </div>,
      )}
      {section(
        w.penalties,
        <table className={s.table}>
          <tbody>
            {policy.appraisal.penalties.map((r, i) => (
              <tr key={i}>
                <td><Input aria-label={`${w.penalties} ${i + 1} ≥`} type="number" className={s.small} value={String(r.atLeast)} onChange={(_, d) => edit((p) => (p.appraisal.penalties[i].atLeast = Number(d.value)))} /></td>
                <td><Input aria-label={`${w.penalties} ${i + 1} action`} value={r.action} onChange={(_, d) => edit((p) => (p.appraisal.penalties[i].action = d.value))} /></td>
                <td><Input aria-label={`${w.penalties} ${i + 1} fine`} type="number" className={s.small} value={String(r.fine)} onChange={(_, d) => edit((p) => (p.appraisal.penalties[i].fine = Number(d.value)))} /></td>
                <td>{del(`${w.penalties} ${i + 1}`, () => edit((p) => p.appraisal.penalties.splice(i, 1)))}</td>
              </tr>
            ))}
          </tbody>
        </table>,
        () => edit((p) => p.appraisal.penalties.push({ atLeast: (p.appraisal.penalties.at(-1)?.atLeast ?? 0) + 1, action: '', fine: 0 })),
      )}
    </section>
  );
}
