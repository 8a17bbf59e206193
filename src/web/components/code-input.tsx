import { TextInput } from 'nhsuk-react-components';

type Props = {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
};

/** A 6-digit code from an authenticator app: numeric keypad, one-time-code autofill. */
export function CodeInput({ id, label, hint, value, onChange, error }: Props) {
  return (
    <TextInput
      id={id}
      name={id}
      label={label}
      hint={hint}
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      width={10}
      code
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

/** Client-side check before sending a code: the API accepts "123456" or "123 456". */
export function codeProblem(code: string): string | undefined {
  const trimmed = code.trim();
  if (trimmed === '') return 'Enter the 6-digit code from your authenticator app';
  if (!/^\d{3}\s?\d{3}$/.test(trimmed)) return 'Enter the 6-digit code from your authenticator app, like 123456';
  return undefined;
}
