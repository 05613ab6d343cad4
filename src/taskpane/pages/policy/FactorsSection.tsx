import { Input, Select } from '@fluentui/react-components';
import { RemoveButton, SectionProps, TableSection, TierOptions } from './parts';

/** The factor rules: a word in 情形 that puts a complaint in a tier. Other rule kinds are kept as they are. */
export function FactorsSection({ policy, edit, w }: SectionProps) {
  const add = () => edit((p) => p.rules.push({ kind: 'factor', tier: p.tiers[p.tiers.length - 1]?.key ?? '', factor: '' }));
  return (
    <TableSection title={w.factors} w={w} onAdd={add}>
      {policy.rules.map((r, i) =>
        r.kind !== 'factor' ? null : (
          <tr key={i}>
            <td><Input aria-label={`${w.factors} ${i + 1}`} value={r.factor} onChange={(_, d) => edit((p) => ((p.rules[i] as { factor: string }).factor = d.value))} /></td>
            <td>
              <Select aria-label={`${w.factors} ${i + 1} tier`} value={r.tier} onChange={(_, d) => edit((p) => (p.rules[i].tier = d.value))}>
                <TierOptions policy={policy} />
              </Select>
            </td>
            <td><RemoveButton label={`${w.factors} ${r.factor}`} w={w} onRemove={() => edit((p) => p.rules.splice(i, 1))} /></td>
          </tr>
        ),
      )}
    </TableSection>
  );
}
