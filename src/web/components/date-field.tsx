import { DateInput } from 'nhsuk-react-components';

export type DateParts = { day: string; month: string; year: string };

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

type Props = {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string;
  /** "bday" for a person's own date of birth, so browsers can fill it in. */
  autoComplete?: 'bday';
};

/**
 * The NHS.UK date input: day, month and year boxes in a fieldset. Problems link to the day box,
 * `dateFieldTarget(id)`, as the NHS.UK error summary pattern asks.
 */
export function DateField({ id, legend, hint, value, onChange, error, autoComplete }: Props) {
  const auto = (part: 'day' | 'month' | 'year') => (autoComplete ? `${autoComplete}-${part}` : 'off');
  return (
    <DateInput id={id} name={id} legend={legend} legendProps={{ size: 's' }} hint={hint} error={error}>
      <DateInput.Day
        value={value.day}
        autoComplete={auto('day')}
        onChange={(e) => onChange({ ...value, day: e.currentTarget.value })}
      />
      <DateInput.Month
        value={value.month}
        autoComplete={auto('month')}
        onChange={(e) => onChange({ ...value, month: e.currentTarget.value })}
      />
      <DateInput.Year
        value={value.year}
        autoComplete={auto('year')}
        onChange={(e) => onChange({ ...value, year: e.currentTarget.value })}
      />
    </DateInput>
  );
}

export const dateFieldTarget = (id: string) => `${id}-day`;
