import { Input } from '@fluentui/react-components';
import { Cell, RemoveButton, RowCard, SectionProps, TableSection } from './parts';

/** The tiers: key, Chinese and English name; one card each. */
export function TiersSection({ policy, edit, w }: SectionProps) {
  const add = () => edit((p) => p.tiers.push({ key: `tier${p.tiers.length + 1}`, zh: '', en: '' }));
  return (
    <TableSection title={w.tiers} w={w} onAdd={add}>
      {policy.tiers.map((t, i) => (
        <RowCard key={i} title={`${w.tier} ${i + 1}${t.zh ? ` ${t.zh}` : ''}`}>
          <Cell label={w.nameZh}><Input value={t.zh} onChange={(_, d) => edit((p) => (p.tiers[i].zh = d.value))} /></Cell>
          <Cell label={w.nameEn}><Input value={t.en} onChange={(_, d) => edit((p) => (p.tiers[i].en = d.value))} /></Cell>
          <Cell label={w.key}><Input value={t.key} onChange={(_, d) => edit((p) => (p.tiers[i].key = d.value))} /></Cell>
          <RemoveButton label={`${w.tier} ${t.zh || t.key}`} w={w} onRemove={() => edit((p) => p.tiers.splice(i, 1))} />
        </RowCard>
      ))}
    </TableSection>
  );
}
