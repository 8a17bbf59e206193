import { Button, Radios, Tag, Textarea } from 'nhsuk-react-components';
import { addMonths, todayInLondon } from '../../../core/dates';
import { RISK_LEVEL_CODES, RISK_LEVELS } from '../../../core/family-options';
import { DateField, type DateParts } from '../../components/date-field';
import type { RiskLevel } from './api';
import { asDateBoxes } from './form-helpers';

/** The banner's colours (see FlagTag in the record banner): high red, medium orange, low yellow. */
export const LEVEL_COLOURS = { high: 'red', medium: 'orange', low: 'yellow' } as const;

export function LevelTag({ level }: { level: RiskLevel }) {
  return <Tag modifier={LEVEL_COLOURS[level]}>{RISK_LEVELS[level]}</Tag>;
}

type LevelProps = {
  id: string;
  legend: string;
  value: RiskLevel | '';
  onChange: (level: RiskLevel) => void;
  error?: string;
};

/** High, medium or low as inline radios; the error summary links to the first, `id`. */
export function LevelRadios({ id, legend, value, onChange, error }: LevelProps) {
  return (
    <Radios name={id} legend={legend} legendProps={{ size: 's' }} error={error} inline>
      {RISK_LEVEL_CODES.map((level, i) => (
        <Radios.Item
          key={level}
          id={i === 0 ? id : `${id}-${level}`}
          value={level}
          checked={value === level}
          onChange={() => onChange(level)}
        >
          {RISK_LEVELS[level]}
        </Radios.Item>
      ))}
    </Radios>
  );
}

type SummaryProps = { id: string; hint: string; value: string; onChange: (value: string) => void; error?: string };

/** The description of the risk, as raised or as changed at a review. */
export function SummaryField({ id, hint, value, onChange, error }: SummaryProps) {
  return (
    <Textarea
      id={id}
      name={id}
      label="Describe the risk"
      labelProps={{ size: 's' }}
      hint={hint}
      rows={5}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

type ReviewDateProps = {
  id: string;
  legend: string;
  /** The start of the hint, before the limit and the example three months from today. */
  lead: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string;
};

/** When the flag must next be looked at. */
export function ReviewDateField({ id, legend, lead, value, onChange, error }: ReviewDateProps) {
  return (
    <DateField
      id={id}
      legend={legend}
      hint={`${lead}, within 2 years. For example, ${asDateBoxes(addMonths(todayInLondon(), 3))}`}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** A flag form's save button and a way out without saving. */
export function RiskFormButtons({
  label,
  pending,
  onCancel,
}: {
  label: string;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="nhsuk-button-group">
      <Button type="submit">{pending ? 'Saving…' : label}</Button>
      <Button type="button" secondary onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
