import { Checkboxes, Radios, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { PROFESSIONAL_ROLE_CODES, PROFESSIONAL_ROLES } from '../../../core/family-options';
import type { Problem } from '../../app/forms';
import { addProfessional, changeProfessional, type Professional, type ProfessionalInput } from './api';
import { useFamilyRecord } from './record-context';
import { FormButtons, FormPage, orNull, useRecordChange } from './record-forms';

const ID = {
  role: 'role',
  name: 'name',
  organisation: 'organisation',
  phone: 'phone',
  email: 'email',
  active: 'active',
} as const;
const SERVER_FIELDS: Record<string, string> = { ...ID };

/** Adding a professional around the family, changing their details, or marking them no longer involved. */
export function ProfessionalForm({ professional }: { professional: Professional | null }) {
  const [attempt, setAttempt] = useState(0);
  return <ProfessionalFields key={attempt} professional={professional} onStartAgain={() => setAttempt((n) => n + 1)} />;
}

function ProfessionalFields({
  professional: p,
  onStartAgain,
}: {
  professional: Professional | null;
  onStartAgain: () => void;
}) {
  const record = useFamilyRecord();
  const [role, setRole] = useState(p?.role ?? '');
  const [name, setName] = useState(p?.name ?? '');
  const [organisation, setOrganisation] = useState(p?.organisation ?? '');
  const [phone, setPhone] = useState(p?.phone ?? '');
  const [email, setEmail] = useState(p?.email ?? '');
  const [active, setActive] = useState(p?.active ?? true);
  const change = useRecordChange({
    save: ({ active: stillActive, ...input }: ProfessionalInput & { active: boolean }) =>
      p
        ? changeProfessional(record.id, p.id, { ...input, version: p.version, active: stillActive })
        : addProfessional(record.id, input),
    notice: (saved) =>
      !p
        ? `${saved.name} is added to the professionals around the family`
        : saved.active
          ? `${saved.name}'s details are saved`
          : `${saved.name} is marked as no longer involved`,
    fields: SERVER_FIELDS,
    fallbackField: ID.role,
  });
  const { form } = change;

  const build = (): (ProfessionalInput & { active: boolean }) | Problem[] => {
    const problems: Problem[] = [];
    if (!role) problems.push({ field: ID.role, message: 'Choose their role' });
    if (name.trim() === '') problems.push({ field: ID.name, message: 'Enter their name' });
    if (problems.length > 0) return problems;
    return {
      role,
      name: name.trim(),
      organisation: orNull(organisation),
      phone: orNull(phone),
      email: orNull(email),
      active,
    };
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    change.send(build());
  };

  return (
    <FormPage
      title={p ? `Change ${p.name}'s details` : 'Add a professional'}
      form={form}
      conflict={change.conflict}
      onStartAgain={onStartAgain}
    >
      <form onSubmit={submit} noValidate>
        <Radios name={ID.role} legend="Role" legendProps={{ size: 's' }} error={form.errorFor(ID.role)}>
          {PROFESSIONAL_ROLE_CODES.map((code, i) => (
            <Radios.Item
              key={code}
              id={i === 0 ? ID.role : `${ID.role}-${code}`}
              value={code}
              checked={role === code}
              onChange={() => setRole(code)}
            >
              {PROFESSIONAL_ROLES[code]}
            </Radios.Item>
          ))}
        </Radios>
        <TextInput
          id={ID.name}
          name={ID.name}
          label="Name"
          labelProps={{ size: 's' }}
          autoComplete="off"
          spellCheck={false}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={form.errorFor(ID.name)}
        />
        <TextInput
          id={ID.organisation}
          name={ID.organisation}
          label="Organisation or team (optional)"
          labelProps={{ size: 's' }}
          autoComplete="off"
          value={organisation}
          onChange={(e) => setOrganisation(e.currentTarget.value)}
          error={form.errorFor(ID.organisation)}
        />
        <TextInput
          id={ID.phone}
          name={ID.phone}
          label="Phone (optional)"
          labelProps={{ size: 's' }}
          type="tel"
          autoComplete="off"
          width={20}
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
          error={form.errorFor(ID.phone)}
        />
        <TextInput
          id={ID.email}
          name={ID.email}
          label="Email (optional)"
          labelProps={{ size: 's' }}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={form.errorFor(ID.email)}
        />
        {p ? (
          <Checkboxes name={ID.active} legend="Involvement" legendProps={{ size: 's' }}>
            <Checkboxes.Item
              id={ID.active}
              value="inactive"
              checked={!active}
              onChange={(e) => setActive(!e.currentTarget.checked)}
              hint="They stay on the record, listed apart, and can be marked as involved again."
            >
              No longer involved with the family
            </Checkboxes.Item>
          </Checkboxes>
        ) : null}
        <FormButtons label={p ? 'Save changes' : 'Add professional'} pending={change.pending} />
      </form>
    </FormPage>
  );
}
