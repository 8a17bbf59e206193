import { Checkboxes, Select, TextInput } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { ETHNIC_CATEGORIES, ETHNIC_CATEGORY_CODES, GENDER_CODES, GENDERS } from '../../../core/family-options';

/** One field of a change form: its id (also its name), what is typed or chosen, and its problem. */
type FieldProps = { id: string; value: string; onChange: (value: string) => void; error?: string };

export function NhsNumberInput({ id, value, onChange, error }: FieldProps) {
  return (
    <TextInput
      id={id}
      name={id}
      label="NHS number (optional)"
      labelProps={{ size: 's' }}
      hint="This is a 10 digit number, like 485 777 3456."
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      width={10}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

export function PhoneInput({ id, value, onChange, error }: FieldProps) {
  return (
    <TextInput
      id={id}
      name={id}
      label="Phone (optional)"
      labelProps={{ size: 's' }}
      type="tel"
      autoComplete="off"
      width={20}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

export function EmailInput({ id, value, onChange, error }: FieldProps) {
  return (
    <TextInput
      id={id}
      name={id}
      label="Email (optional)"
      labelProps={{ size: 's' }}
      type="email"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

type SelectProps = FieldProps & { label: string; hint?: string; options: Record<string, string> };

/** A choice that may be left as "Not recorded". */
function OptionalSelect({ id, label, hint, options, value, onChange, error }: SelectProps) {
  return (
    <Select
      id={id}
      name={id}
      label={label}
      labelProps={{ size: 's' }}
      hint={hint}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    >
      <Select.Option value="">Not recorded</Select.Option>
      {Object.entries(options).map(([code, text]) => (
        <Select.Option key={code} value={code}>
          {text}
        </Select.Option>
      ))}
    </Select>
  );
}

const GENDER_OPTIONS = Object.fromEntries(GENDER_CODES.map((code) => [code, GENDERS[code]]));
const ETHNICITY_OPTIONS = Object.fromEntries(ETHNIC_CATEGORY_CODES.map((code) => [code, ETHNIC_CATEGORIES[code]]));

export function GenderSelect(props: FieldProps) {
  return <OptionalSelect {...props} label="Gender (optional)" options={GENDER_OPTIONS} />;
}

export function EthnicitySelect(props: FieldProps & { hint?: string }) {
  return <OptionalSelect {...props} label="Ethnicity (optional)" options={ETHNICITY_OPTIONS} />;
}

type InvolvementProps = { id: string; active: boolean; onChange: (active: boolean) => void; children: ReactNode };

/** Marking someone no longer involved: they stay on the record, listed apart. */
export function InvolvementCheckbox({ id, active, onChange, children }: InvolvementProps) {
  return (
    <Checkboxes name={id} legend="Involvement" legendProps={{ size: 's' }}>
      <Checkboxes.Item
        id={id}
        value="inactive"
        checked={!active}
        onChange={(e) => onChange(!e.currentTarget.checked)}
        hint="They stay on the record, listed apart, and can be marked as involved again."
      >
        {children}
      </Checkboxes.Item>
    </Checkboxes>
  );
}
