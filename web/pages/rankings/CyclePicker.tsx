import { useTranslation } from 'react-i18next';
import { Field, Select } from '../../design/components/Field.tsx';

/** A cycle as the picker lists it: by its number and year. */
export interface PickableCycle {
  id: string;
  number: number;
  year: number;
}

/** Which cycle's results a page shows (the rankings, and their public transparency page). */
export function CyclePicker({
  cycles,
  value,
  onChange,
  testId,
}: {
  cycles: readonly PickableCycle[];
  value: string;
  onChange(cycleId: string): void;
  testId?: string;
}) {
  const { t } = useTranslation('improvement');
  return (
    <Field label={t('rankings.cycle')}>
      {(id) => (
        <Select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
          {cycles.map((c) => (
            <option key={c.id} value={c.id}>
              {t('rankings.cycleLabel', { number: c.number, year: c.year })}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
