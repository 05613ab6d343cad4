import { Input } from '@fluentui/react-components';
import { Cell, NumberField, RemoveButton, RowCard, Section, SectionProps, TableSection, usePolicyStyles } from './parts';

/** The appraisal score's weights (percent). */
export function WeightsSection({ policy, edit, w }: SectionProps) {
  const s = usePolicyStyles();
  const weights = policy.appraisal.weights;
  return (
    <Section title={w.weights} w={w}>
      <div className={s.row}>
        <NumberField label={w.onTimeRate} value={weights.timeliness} onChange={(v) => edit((p) => (p.appraisal.weights.timeliness = v))} />
        <NumberField label={w.resolutionRate} value={weights.resolution} onChange={(v) => edit((p) => (p.appraisal.weights.resolution = v))} />
        <NumberField label={w.satisfactionRate} value={weights.satisfaction} onChange={(v) => edit((p) => (p.appraisal.weights.satisfaction = v))} />
      </div>
    </Section>
  );
}

/** The score lines for 优秀 and 合格. */
export function GradesSection({ policy, edit, w }: SectionProps) {
  const s = usePolicyStyles();
  return (
    <Section title={w.grades} w={w}>
      <div className={s.row}>
        <NumberField label={w.excellent} value={policy.appraisal.grades.excellent} onChange={(v) => edit((p) => (p.appraisal.grades.excellent = v))} />
        <NumberField label={w.pass} value={policy.appraisal.grades.pass} onChange={(v) => edit((p) => (p.appraisal.grades.pass = v))} />
      </div>
    </Section>
  );
}

/** The penalty ladder: from so many valid complaints a month, an action and a fine. */
export function PenaltiesSection({ policy, edit, w }: SectionProps) {
  const s = usePolicyStyles();
  const add = () => edit((p) => p.appraisal.penalties.push({ atLeast: (p.appraisal.penalties.at(-1)?.atLeast ?? 0) + 1, action: '', fine: 0 }));
  return (
    <TableSection title={w.penalties} w={w} onAdd={add}>
      {policy.appraisal.penalties.map((r, i) => (
        <RowCard key={i} title={`${w.penalties} ${i + 1}`}>
          <Cell label={w.atLeast}><Input type="number" className={s.small} value={String(r.atLeast)} onChange={(_, d) => edit((p) => (p.appraisal.penalties[i].atLeast = Number(d.value)))} /></Cell>
          <Cell label={w.action}><Input value={r.action} onChange={(_, d) => edit((p) => (p.appraisal.penalties[i].action = d.value))} /></Cell>
          <Cell label={w.fine}><Input type="number" className={s.small} value={String(r.fine)} onChange={(_, d) => edit((p) => (p.appraisal.penalties[i].fine = Number(d.value)))} /></Cell>
          <RemoveButton label={`${w.penalties} ${i + 1}`} w={w} onRemove={() => edit((p) => p.appraisal.penalties.splice(i, 1))} />
        </RowCard>
      ))}
    </TableSection>
  );
}
