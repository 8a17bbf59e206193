import { Radios, Tag } from 'nhsuk-react-components';
import { RISK_LEVEL_CODES, RISK_LEVELS } from '../../../core/family-options';
import type { RiskLevel } from './api';

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
