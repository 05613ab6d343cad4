import { Input, Select } from '@fluentui/react-components';
import { Anchor, CLOCK_KINDS, CLOCK_LABELS, ClockKind, MILESTONES, MILESTONE_LABELS, MilestoneKey } from '../../../core/policy/types';
import { RemoveButton, SectionProps, TableSection, TierOptions, usePolicyStyles } from './parts';

function MilestoneOptions() {
  return (
    <>
      {MILESTONES.map((m) => (
        <option key={m} value={m}>
          {MILESTONE_LABELS[m].zh}
        </option>
      ))}
    </>
  );
}

/** The clocks: per tier and milestone, an amount of a clock kind from an anchor. */
export function ClocksSection({ policy, edit, w }: SectionProps) {
  const s = usePolicyStyles();
  const add = () => edit((p) => p.clocks.push({ tier: p.tiers[0]?.key ?? '', milestone: 'contact', clock: 'hours', amount: 24, anchor: 'receipt' }));
  return (
    <TableSection title={w.clocks} w={w} onAdd={add}>
      {policy.clocks.map((c, i) => (
        <tr key={i}>
          <td>
            <Select aria-label={`${w.clocks} ${i + 1} tier`} value={c.tier} onChange={(_, d) => edit((p) => (p.clocks[i].tier = d.value))}>
              <TierOptions policy={policy} />
            </Select>
          </td>
          <td>
            <Select aria-label={`${w.clocks} ${i + 1} milestone`} value={c.milestone} onChange={(_, d) => edit((p) => (p.clocks[i].milestone = d.value as MilestoneKey))}>
              <MilestoneOptions />
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
              <MilestoneOptions />
            </Select>
          </td>
          <td><RemoveButton label={`${w.clocks} ${i + 1}`} w={w} onRemove={() => edit((p) => p.clocks.splice(i, 1))} /></td>
        </tr>
      ))}
    </TableSection>
  );
}
