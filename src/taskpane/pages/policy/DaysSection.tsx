import { Input, Select } from '@fluentui/react-components';
import { formatDay, parseIsoDay } from '../../../core/time';
import { Cell, RemoveButton, RowCard, SectionProps, TableSection } from './parts';

/** The calendar's own days: holidays off and make-up days worked, on top of the base calendar. */
export function DaysSection({ policy, edit, w }: SectionProps) {
  const add = () => edit((p) => p.calendar.days.push({ day: parseIsoDay('2027-01-01') as number, kind: 'off', name: '元旦' }));
  return (
    <TableSection title={w.days} w={w} onAdd={add}>
      {policy.calendar.days.map((d, i) => (
        <RowCard key={i} title={`${formatDay(d.day)} ${d.name}`}>
          <Cell label={w.date}>
            {/* Typed freely, taken on leaving the field: a half-typed date is not a change. */}
            <Input defaultValue={formatDay(d.day)} onBlur={(e) => {
              const day = parseIsoDay(e.currentTarget.value);
              if (day !== undefined) edit((p) => (p.calendar.days[i].day = day));
            }} />
          </Cell>
          <Cell label={w.kind}>
            <Select value={d.kind} onChange={(_, v) => edit((p) => (p.calendar.days[i].kind = v.value as 'off' | 'work'))}>
              <option value="off">{w.dayOff}</option>
              <option value="work">{w.dayWork}</option>
            </Select>
          </Cell>
          <Cell label={w.dayName}><Input value={d.name} onChange={(_, v) => edit((p) => (p.calendar.days[i].name = v.value))} /></Cell>
          <RemoveButton label={`${w.days} ${formatDay(d.day)}`} w={w} onRemove={() => edit((p) => p.calendar.days.splice(i, 1))} />
        </RowCard>
      ))}
    </TableSection>
  );
}
