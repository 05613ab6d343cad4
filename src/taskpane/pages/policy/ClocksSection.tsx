import { Input, Select } from '@fluentui/react-components';
import { Anchor, CLOCK_KINDS, CLOCK_LABELS, ClockKind, MILESTONES, MILESTONE_LABELS, MilestoneKey } from '../../../core/policy/types';
import { RECEIPT_LABEL } from '../../../core/policy/diff';
import { Cell, RemoveButton, RowCard, SectionProps, TableSection, TierOptions, tierName, usePolicyStyles } from './parts';

function MilestoneOptions({ lang }: { lang: 'zh' | 'en' }) {
  return (
    <>
      {MILESTONES.map((m) => (
        <option key={m} value={m}>
          {MILESTONE_LABELS[m][lang]}
        </option>
      ))}
    </>
  );
}

/** The clocks: per tier and milestone, an amount of a clock kind from an anchor; one card each, titled "一般投诉 · 首次联系". */
export function ClocksSection({ policy, edit, w }: SectionProps) {
  const s = usePolicyStyles();
  const add = () => edit((p) => p.clocks.push({ tier: p.tiers[0]?.key ?? '', milestone: 'contact', clock: 'hours', amount: 24, anchor: 'receipt' }));
  return (
    <TableSection title={w.clocks} w={w} onAdd={add}>
      {policy.clocks.map((c, i) => {
        const title = `${tierName(policy, c.tier, w.lang)} · ${MILESTONE_LABELS[c.milestone][w.lang]}`;
        return (
          <RowCard key={i} title={title}>
            <Cell label={w.tier}>
              <Select value={c.tier} onChange={(_, d) => edit((p) => (p.clocks[i].tier = d.value))}>
                <TierOptions policy={policy} lang={w.lang} />
              </Select>
            </Cell>
            <Cell label={w.milestone}>
              <Select value={c.milestone} onChange={(_, d) => edit((p) => (p.clocks[i].milestone = d.value as MilestoneKey))}>
                <MilestoneOptions lang={w.lang} />
              </Select>
            </Cell>
            <Cell label={w.amount}>
              <Input type="number" className={s.small} value={String(c.amount)} onChange={(_, d) => edit((p) => (p.clocks[i].amount = Number(d.value)))} />
            </Cell>
            <Cell label={w.unit}>
              <Select value={c.clock} onChange={(_, d) => edit((p) => (p.clocks[i].clock = d.value as ClockKind))}>
                {CLOCK_KINDS.map((k) => <option key={k} value={k}>{CLOCK_LABELS[k][w.lang]}</option>)}
              </Select>
            </Cell>
            <Cell label={w.anchor}>
              <Select value={c.anchor} onChange={(_, d) => edit((p) => (p.clocks[i].anchor = d.value as Anchor))}>
                <option value="receipt">{RECEIPT_LABEL[w.lang]}</option>
                <MilestoneOptions lang={w.lang} />
              </Select>
            </Cell>
            <RemoveButton label={title} w={w} onRemove={() => edit((p) => p.clocks.splice(i, 1))} />
          </RowCard>
        );
      })}
    </TableSection>
  );
}
