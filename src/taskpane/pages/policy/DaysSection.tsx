import { Input, Select } from '@fluentui/react-components';
import { formatDay, parseIsoDay } from '../../../core/time';
import { RemoveButton, SectionProps, TableSection } from './parts';

/** The calendar's own days: holidays off and make-up days worked, on top of the base calendar. */
export function DaysSection({ policy, edit, w }: SectionProps) {
  const add = () => edit((p) => p.calendar.days.push({ day: parseIsoDay('2027-01-01') as number, kind: 'off', name: '元旦' }));
  return (
    <TableSection title={w.days} w={w} onAdd={add}>
      {policy.calendar.days.map((d, i) => (
        <tr key={i}>
          <td>
            {/* Typed freely, taken on leaving the field: a half-typed date is not a change. */}
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
          <td><RemoveButton label={`${w.days} ${formatDay(d.day)}`} w={w} onRemove={() => edit((p) => p.calendar.days.splice(i, 1))} /></td>
        </tr>
      ))}
    </TableSection>
  );
}
