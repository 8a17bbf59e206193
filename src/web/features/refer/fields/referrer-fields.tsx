import { Select, TextInput } from 'nhsuk-react-components';
import { PROFESSIONAL_SOURCES, type ProfessionalSource } from '../../../../core/referral-options';
import { FIELD } from '../fields';
import type { Flow } from '../referral-flow';

type Props = { flow: Flow; errorFor: (field: string) => string | undefined };

/** The professional making the referral, so the service can reach them with questions. */
export function ReferrerFields({ flow, errorFor }: Props) {
  const referrer = flow.answers.referrer;
  const set = (patch: Partial<typeof referrer>) => flow.setSection('referrer', patch);
  return (
    <>
      <TextInput
        id={FIELD.referrerName}
        name={FIELD.referrerName}
        label="Your full name"
        labelProps={{ size: 's' }}
        autoComplete="name"
        spellCheck={false}
        value={referrer.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        error={errorFor(FIELD.referrerName)}
      />
      <Select
        id={FIELD.referrerRole}
        name={FIELD.referrerRole}
        label="Your role"
        labelProps={{ size: 's' }}
        value={referrer.role}
        onChange={(e) => set({ role: e.currentTarget.value as ProfessionalSource | '' })}
        error={errorFor(FIELD.referrerRole)}
      >
        <Select.Option value="">Choose your role</Select.Option>
        {flow.service.referralSources.map((code) => (
          <Select.Option key={code} value={code}>
            {PROFESSIONAL_SOURCES[code]}
          </Select.Option>
        ))}
      </Select>
      {referrer.role === 'other' ? (
        <TextInput
          id={FIELD.referrerRoleOther}
          name={FIELD.referrerRoleOther}
          label="What is your role?"
          labelProps={{ size: 's' }}
          value={referrer.roleOther}
          onChange={(e) => set({ roleOther: e.currentTarget.value })}
          error={errorFor(FIELD.referrerRoleOther)}
        />
      ) : null}
      <TextInput
        id={FIELD.referrerOrganisation}
        name={FIELD.referrerOrganisation}
        label="Your organisation"
        labelProps={{ size: 's' }}
        hint="For example, the name of your GP surgery, team or trust."
        autoComplete="organization"
        value={referrer.organisation}
        onChange={(e) => set({ organisation: e.currentTarget.value })}
        error={errorFor(FIELD.referrerOrganisation)}
      />
      <TextInput
        id={FIELD.referrerPhone}
        name={FIELD.referrerPhone}
        type="tel"
        label="Your work phone number"
        labelProps={{ size: 's' }}
        autoComplete="tel"
        width={20}
        value={referrer.phone}
        onChange={(e) => set({ phone: e.currentTarget.value })}
        error={errorFor(FIELD.referrerPhone)}
      />
      <TextInput
        id={FIELD.referrerEmail}
        name={FIELD.referrerEmail}
        type="email"
        label="Your work email address"
        labelProps={{ size: 's' }}
        hint="We may contact you here with questions about this referral."
        autoComplete="email"
        spellCheck={false}
        value={referrer.email}
        onChange={(e) => set({ email: e.currentTarget.value })}
        error={errorFor(FIELD.referrerEmail)}
      />
    </>
  );
}
