import { Input } from '@fluentui/react-components';
import { RemoveButton, SectionProps, TableSection } from './parts';

/** The tiers: key, Chinese and English name. */
export function TiersSection({ policy, edit, w }: SectionProps) {
  const add = () => edit((p) => p.tiers.push({ key: `tier${p.tiers.length + 1}`, zh: '', en: '' }));
  return (
    <TableSection title={w.tiers} w={w} onAdd={add}>
      {policy.tiers.map((t, i) => (
        <tr key={i}>
          <td><Input aria-label={`${w.tiers} ${i + 1} key`} value={t.key} onChange={(_, d) => edit((p) => (p.tiers[i].key = d.value))} /></td>
          <td><Input aria-label={`${w.tiers} ${i + 1} 中文`} value={t.zh} onChange={(_, d) => edit((p) => (p.tiers[i].zh = d.value))} /></td>
          <td><Input aria-label={`${w.tiers} ${i + 1} English`} value={t.en} onChange={(_, d) => edit((p) => (p.tiers[i].en = d.value))} /></td>
          <td><RemoveButton label={`${w.tiers} ${t.key}`} w={w} onRemove={() => edit((p) => p.tiers.splice(i, 1))} /></td>
        </tr>
      ))}
    </TableSection>
  );
}
