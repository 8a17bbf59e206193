import { Radios } from 'nhsuk-react-components';

type ChoiceProps<Code extends string> = {
  id: string;
  legend: string;
  codes: readonly Code[];
  labels: Record<Code, string>;
  value: string;
  onChange: (code: Code) => void;
  error?: string;
};

/** One of a list of codes as radios; the error summary links to the first, `id`. */
export function CodeRadios<Code extends string>({
  id,
  legend,
  codes,
  labels,
  value,
  onChange,
  error,
}: ChoiceProps<Code>) {
  return (
    <Radios name={id} legend={legend} legendProps={{ size: 's' }} error={error}>
      {codes.map((code, i) => (
        <Radios.Item
          key={code}
          id={i === 0 ? id : `${id}-${code}`}
          value={code}
          checked={value === code}
          onChange={() => onChange(code)}
        >
          {labels[code]}
        </Radios.Item>
      ))}
    </Radios>
  );
}
