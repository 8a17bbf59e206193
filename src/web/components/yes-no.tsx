import { Radios } from 'nhsuk-react-components';
import type { ReactNode } from 'react';

export type YesNo = '' | 'yes' | 'no';

type Props = {
  id: string;
  legend: string;
  hint?: string;
  value: YesNo;
  onChange: (value: 'yes' | 'no') => void;
  error?: string;
  /** The question is also the page's heading: the legend is then for screen readers only. */
  legendHidden?: boolean;
  yesLabel?: string;
  noLabel?: string;
  /**
   * Shown after the question while "Yes" is chosen (not inside it: NHS.UK frontend marks a radio
   * that reveals content with aria-expanded, which radios do not support).
   */
  ifYes?: ReactNode;
};

/** A yes-or-no question as NHS.UK radios; the summary links to the first radio, `id`. */
export function YesNoQuestion(props: Props) {
  const { id, legend, hint, value, onChange, error, legendHidden, ifYes } = props;
  return (
    <>
      <Radios
        name={id}
        legend={legend}
        legendProps={legendHidden ? { className: 'nhsuk-u-visually-hidden' } : { size: 's' }}
        hint={hint}
        error={error}
        inline
      >
        <Radios.Item id={id} value="yes" checked={value === 'yes'} onChange={() => onChange('yes')}>
          {props.yesLabel ?? 'Yes'}
        </Radios.Item>
        <Radios.Item id={`${id}-no`} value="no" checked={value === 'no'} onChange={() => onChange('no')}>
          {props.noLabel ?? 'No'}
        </Radios.Item>
      </Radios>
      {value === 'yes' ? ifYes : null}
    </>
  );
}
