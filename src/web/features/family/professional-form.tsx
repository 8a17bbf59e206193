import { TextInput } from 'nhsuk-react-components';
import { useState } from 'react';
import { PROFESSIONAL_ROLE_CODES, PROFESSIONAL_ROLES } from '../../../core/family-options';
import type { Problem } from '../../app/forms';
import { CodeRadios } from '../../components/code-radios';
import { addProfessional, changeProfessional, type Professional, type ProfessionalInput } from './api';
import { EmailInput, InvolvementCheckbox, PhoneInput } from './person-fields';
import { useFamilyRecord } from './record-context';
import { FormButtons, FormPage, orNull, Restartable, useRecordChange } from './record-forms';

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
  return (
    <Restartable
      render={(startAgain) => <ProfessionalFields professional={professional} onStartAgain={startAgain} />}
    />
  );
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

  return (
    <FormPage
      title={p ? `Change ${p.name}'s details` : 'Add a professional'}
      form={form}
      conflict={change.conflict}
      onStartAgain={onStartAgain}
    >
      <form onSubmit={change.handleSubmit(build)} noValidate>
        <CodeRadios
          id={ID.role}
          legend="Role"
          codes={PROFESSIONAL_ROLE_CODES}
          labels={PROFESSIONAL_ROLES}
          value={role}
          onChange={setRole}
          error={form.errorFor(ID.role)}
        />
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
        <PhoneInput id={ID.phone} value={phone} onChange={setPhone} error={form.errorFor(ID.phone)} />
        <EmailInput id={ID.email} value={email} onChange={setEmail} error={form.errorFor(ID.email)} />
        {p ? (
          <InvolvementCheckbox id={ID.active} active={active} onChange={setActive}>
            No longer involved with the family
          </InvolvementCheckbox>
        ) : null}
        <FormButtons label={p ? 'Save changes' : 'Add professional'} pending={change.pending} />
      </form>
    </FormPage>
  );
}
