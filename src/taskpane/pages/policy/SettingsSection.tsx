import { Field, Select } from '@fluentui/react-components';
import { NumberField, Section, SectionProps, TierOptions, usePolicyStyles } from './parts';

/** Warning hours, the calendar and the default tier. */
export function SettingsSection({ policy, edit, w }: SectionProps) {
  const s = usePolicyStyles();
  return (
    <Section title={w.settings} w={w}>
      <div className={s.row}>
        <NumberField label={w.warnHours} value={policy.warnHours} onChange={(v) => edit((p) => (p.warnHours = v))} />
        <Field label={w.calendar}>
          <Select value={policy.calendar.base} onChange={(_, d) => edit((p) => (p.calendar.base = d.value))}>
            <option value="china">{w.calChina}</option>
            <option value="weekends">{w.calWeekends}</option>
          </Select>
        </Field>
        <Field label={w.defaultTier}>
          <Select value={policy.defaultTier} onChange={(_, d) => edit((p) => (p.defaultTier = d.value))}>
            <TierOptions policy={policy} lang={w.lang} />
          </Select>
        </Field>
      </div>
    </Section>
  );
}
