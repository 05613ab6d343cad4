import { Input, Select } from '@fluentui/react-components';
import { Cell, RemoveButton, RowCard, SectionProps, TableSection, TierOptions } from './parts';

/** The factor rules: a word in 情形 that puts a complaint in a tier. Other rule kinds are kept as they are. */
export function FactorsSection({ policy, edit, w }: SectionProps) {
  const add = () => edit((p) => p.rules.push({ kind: 'factor', tier: p.tiers[p.tiers.length - 1]?.key ?? '', factor: '' }));
  return (
    <TableSection title={w.factors} w={w} onAdd={add}>
      {policy.rules.map((r, i) =>
        r.kind !== 'factor' ? null : (
          <RowCard key={i} title={`${w.factors} ${r.factor}`}>
            <Cell label={w.word}><Input value={r.factor} onChange={(_, d) => edit((p) => ((p.rules[i] as { factor: string }).factor = d.value))} /></Cell>
            <Cell label={w.tier}>
              <Select value={r.tier} onChange={(_, d) => edit((p) => (p.rules[i].tier = d.value))}>
                <TierOptions policy={policy} lang={w.lang} />
              </Select>
            </Cell>
            <RemoveButton label={`${w.factors} ${r.factor}`} w={w} onRemove={() => edit((p) => p.rules.splice(i, 1))} />
          </RowCard>
        ),
      )}
    </TableSection>
  );
}
