import { Select, Textarea, TextInput } from 'nhsuk-react-components';
import { useState } from 'react';
import {
  CONTACT_METHOD_CODES,
  CONTACT_METHODS,
  RELATIONSHIP_CODES,
  RELATIONSHIPS,
} from '../../../core/referral-options';
import type { Problem } from '../../app/forms';
import { CodeRadios } from '../../components/code-radios';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { YesNoQuestion, type YesNo } from '../../components/yes-no';
import { addPerson, changePerson, type CarerInput, type Person } from './api';
import { babyName } from './people-section';
import {
  EmailInput,
  EthnicitySelect,
  GenderSelect,
  InvolvementCheckbox,
  NhsNumberInput,
  PhoneInput,
} from './person-fields';
import { useFamilyRecord } from './record-context';
import {
  booleanOf,
  checkDate,
  dateOrBlank,
  FormButtons,
  FormPage,
  orNull,
  Restartable,
  useRecordChange,
  yesNoOf,
} from './record-forms';

const ID = {
  name: 'name',
  dateOfBirth: 'dateOfBirth',
  nhsNumber: 'nhsNumber',
  gender: 'gender',
  ethnicity: 'ethnicity',
  phone: 'phone',
  email: 'email',
  address: 'address',
  postcode: 'postcode',
  preferredContact: 'preferredContact',
  voicemail: 'safeToLeaveVoicemail',
  text: 'safeToText',
  language: 'language',
  interpreter: 'interpreterNeeded',
  consent: 'consentToService',
  consentOn: 'consentRecordedOn',
  sharing: 'sharingPreferences',
  active: 'active',
} as const;

const relationshipId = (babyId: string) => `relationship-${babyId}`;

const SERVER_FIELDS: Record<string, string> = {
  ...Object.fromEntries(Object.values(ID).map((id) => [id, id])),
  dateOfBirth: dateFieldTarget(ID.dateOfBirth),
  consentRecordedOn: dateFieldTarget(ID.consentOn),
};

type Values = {
  name: string;
  relationships: Record<string, string>;
  dateOfBirth: ReturnType<typeof dateOrBlank>;
  nhsNumber: string;
  gender: string;
  ethnicity: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  preferredContact: string;
  safeToLeaveVoicemail: YesNo;
  safeToText: YesNo;
  language: string;
  interpreterNeeded: YesNo;
  consentToService: YesNo;
  consentRecordedOn: ReturnType<typeof dateOrBlank>;
  sharingPreferences: string;
  active: boolean;
};

const valuesOf = (p: Person | null): Values => ({
  name: p?.name ?? '',
  relationships: Object.fromEntries((p?.relationships ?? []).map((r) => [r.babyId, r.relationship])),
  dateOfBirth: dateOrBlank(p?.dateOfBirth ?? null),
  nhsNumber: p?.nhsNumber ?? '',
  gender: p?.gender ?? '',
  ethnicity: p?.ethnicity ?? '',
  phone: p?.phone ?? '',
  email: p?.email ?? '',
  address: p?.address ?? '',
  postcode: p?.postcode ?? '',
  preferredContact: p?.preferredContact ?? '',
  safeToLeaveVoicemail: yesNoOf(p?.safeToLeaveVoicemail ?? null),
  safeToText: yesNoOf(p?.safeToText ?? null),
  language: p?.language ?? '',
  interpreterNeeded: p ? yesNoOf(p.interpreterNeeded) : '',
  consentToService: yesNoOf(p?.consentToService ?? null),
  consentRecordedOn: dateOrBlank(p?.consentRecordedOn ?? null),
  sharingPreferences: p?.sharingPreferences ?? '',
  active: p?.active ?? true,
});

/** Adding a parent or carer, or changing one: who they are, how to reach them safely, consent. */
export function CarerForm({ carer }: { carer: Person | null }) {
  return <Restartable render={(startAgain) => <CarerFields carer={carer} onStartAgain={startAgain} />} />;
}

function CarerFields({ carer, onStartAgain }: { carer: Person | null; onStartAgain: () => void }) {
  const record = useFamilyRecord();
  const babies = record.people.filter((p) => p.kind === 'baby' && p.active);
  const [v, setValues] = useState(() => valuesOf(carer));
  const set = (patch: Partial<Values>) => setValues((old) => ({ ...old, ...patch }));
  const title = carer
    ? carer.name
      ? `Change ${carer.name}'s details`
      : 'Change their details'
    : 'Add a parent or carer';
  const change = useRecordChange({
    save: ({ active, ...input }: CarerInput & { active: boolean }) =>
      carer
        ? changePerson(record.id, carer.id, { ...input, version: carer.version, active })
        : addPerson(record.id, input),
    notice: (saved) =>
      carer
        ? saved.active
          ? saved.name
            ? `${saved.name}'s details are saved`
            : 'Their details are saved'
          : `${saved.name ?? 'They'} will show as no longer involved`
        : `${saved.name ?? 'The parent or carer'} is added to the record`,
    fields: SERVER_FIELDS,
    fallbackField: ID.name,
  });
  const { form } = change;

  const build = (): (CarerInput & { active: boolean }) | Problem[] => {
    const problems: Problem[] = [];
    if (v.name.trim() === '') problems.push({ field: ID.name, message: 'Enter their full name' });
    const dateOfBirth = checkDate(problems, ID.dateOfBirth, v.dateOfBirth, 'Date of birth', { notFuture: true });
    if (v.interpreterNeeded === '')
      problems.push({ field: ID.interpreter, message: 'Say whether they need an interpreter' });
    const consentRecordedOn = checkDate(problems, ID.consentOn, v.consentRecordedOn, 'The date consent was recorded', {
      notFuture: true,
    });
    if (v.sharingPreferences.length > 2000)
      problems.push({ field: ID.sharing, message: 'Sharing preferences must be 2,000 characters or fewer' });
    if (problems.length > 0) return problems;
    return {
      kind: 'carer',
      name: v.name.trim(),
      dateOfBirth,
      nhsNumber: orNull(v.nhsNumber),
      gender: orNull(v.gender),
      ethnicity: orNull(v.ethnicity),
      relationships: babies
        .filter((b) => v.relationships[b.id])
        .map((b) => ({ babyId: b.id, relationship: v.relationships[b.id] ?? '' })),
      phone: orNull(v.phone),
      email: orNull(v.email),
      address: orNull(v.address),
      postcode: orNull(v.postcode),
      preferredContact: orNull(v.preferredContact),
      safeToLeaveVoicemail: booleanOf(v.safeToLeaveVoicemail),
      safeToText: booleanOf(v.safeToText),
      language: orNull(v.language),
      interpreterNeeded: v.interpreterNeeded === 'yes',
      consentToService: booleanOf(v.consentToService),
      consentRecordedOn,
      sharingPreferences: orNull(v.sharingPreferences),
      active: v.active,
    };
  };

  return (
    <FormPage title={title} form={form} conflict={change.conflict} onStartAgain={onStartAgain}>
      <form onSubmit={change.handleSubmit(build)} noValidate>
        <h2 className="nhsuk-heading-m">About them</h2>
        <TextInput
          id={ID.name}
          name={ID.name}
          label="Full name"
          labelProps={{ size: 's' }}
          autoComplete="off"
          spellCheck={false}
          value={v.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={form.errorFor(ID.name)}
        />
        {babies.map((baby) => (
          <Select
            key={baby.id}
            id={relationshipId(baby.id)}
            name={relationshipId(baby.id)}
            label={`Relationship to ${babyName(baby)}`}
            labelProps={{ size: 's' }}
            value={v.relationships[baby.id] ?? ''}
            onChange={(e) => set({ relationships: { ...v.relationships, [baby.id]: e.currentTarget.value } })}
          >
            <Select.Option value="">Not recorded</Select.Option>
            {RELATIONSHIP_CODES.map((code) => (
              <Select.Option key={code} value={code}>
                {RELATIONSHIPS[code]}
              </Select.Option>
            ))}
          </Select>
        ))}
        <DateField
          id={ID.dateOfBirth}
          legend="Date of birth (optional)"
          hint="For example, 27 3 1990"
          value={v.dateOfBirth}
          onChange={(dateOfBirth) => set({ dateOfBirth })}
          error={form.errorFor(dateFieldTarget(ID.dateOfBirth))}
        />
        <NhsNumberInput
          id={ID.nhsNumber}
          value={v.nhsNumber}
          onChange={(nhsNumber) => set({ nhsNumber })}
          error={form.errorFor(ID.nhsNumber)}
        />
        <GenderSelect
          id={ID.gender}
          value={v.gender}
          onChange={(gender) => set({ gender })}
          error={form.errorFor(ID.gender)}
        />
        <EthnicitySelect
          id={ID.ethnicity}
          hint="As they describe it, using the NHS ethnic categories."
          value={v.ethnicity}
          onChange={(ethnicity) => set({ ethnicity })}
          error={form.errorFor(ID.ethnicity)}
        />

        <h2 className="nhsuk-heading-m">Contact</h2>
        <PhoneInput
          id={ID.phone}
          value={v.phone}
          onChange={(phone) => set({ phone })}
          error={form.errorFor(ID.phone)}
        />
        <EmailInput
          id={ID.email}
          value={v.email}
          onChange={(email) => set({ email })}
          error={form.errorFor(ID.email)}
        />
        <Textarea
          id={ID.address}
          name={ID.address}
          label="Address (optional)"
          labelProps={{ size: 's' }}
          rows={3}
          autoComplete="off"
          value={v.address}
          onChange={(e) => set({ address: e.currentTarget.value })}
          error={form.errorFor(ID.address)}
        />
        <TextInput
          id={ID.postcode}
          name={ID.postcode}
          label="Postcode (optional)"
          labelProps={{ size: 's' }}
          autoComplete="off"
          spellCheck={false}
          width={10}
          value={v.postcode}
          onChange={(e) => set({ postcode: e.currentTarget.value })}
          error={form.errorFor(ID.postcode)}
        />
        <CodeRadios
          id={ID.preferredContact}
          legend="How do they prefer to be contacted? (optional)"
          codes={CONTACT_METHOD_CODES}
          labels={CONTACT_METHODS}
          value={v.preferredContact}
          onChange={(preferredContact) => set({ preferredContact })}
          error={form.errorFor(ID.preferredContact)}
        />
        <YesNoQuestion
          id={ID.voicemail}
          legend="Is it safe to leave them a voicemail?"
          hint="Someone else may hear it. Leave it unanswered if you have not asked."
          value={v.safeToLeaveVoicemail}
          onChange={(safeToLeaveVoicemail) => set({ safeToLeaveVoicemail })}
          error={form.errorFor(ID.voicemail)}
        />
        <YesNoQuestion
          id={ID.text}
          legend="Is it safe to send them text messages?"
          hint="Someone else may read them. Leave it unanswered if you have not asked."
          value={v.safeToText}
          onChange={(safeToText) => set({ safeToText })}
          error={form.errorFor(ID.text)}
        />
        <TextInput
          id={ID.language}
          name={ID.language}
          label="Language they prefer (optional)"
          labelProps={{ size: 's' }}
          width={20}
          value={v.language}
          onChange={(e) => set({ language: e.currentTarget.value })}
          error={form.errorFor(ID.language)}
        />
        <YesNoQuestion
          id={ID.interpreter}
          legend="Do they need an interpreter?"
          value={v.interpreterNeeded}
          onChange={(interpreterNeeded) => set({ interpreterNeeded })}
          error={form.errorFor(ID.interpreter)}
        />

        <h2 className="nhsuk-heading-m">Consent and sharing</h2>
        <YesNoQuestion
          id={ID.consent}
          legend="Have they consented to working with the service?"
          hint="Leave it unanswered if it has not been asked yet."
          value={v.consentToService}
          onChange={(consentToService) => set({ consentToService })}
          error={form.errorFor(ID.consent)}
        />
        <DateField
          id={ID.consentOn}
          legend="Date their answer was recorded (optional)"
          hint="For example, 27 3 2026"
          value={v.consentRecordedOn}
          onChange={(consentRecordedOn) => set({ consentRecordedOn })}
          error={form.errorFor(dateFieldTarget(ID.consentOn))}
        />
        <Textarea
          id={ID.sharing}
          name={ID.sharing}
          label="Information sharing preferences (optional)"
          labelProps={{ size: 's' }}
          hint="Who they are happy for the service to share information with, and anything they do not want shared."
          rows={4}
          value={v.sharingPreferences}
          onChange={(e) => set({ sharingPreferences: e.currentTarget.value })}
          error={form.errorFor(ID.sharing)}
        />
        {carer ? (
          <InvolvementCheckbox id={ID.active} active={v.active} onChange={(active) => set({ active })}>
            No longer involved in the baby&apos;s care
          </InvolvementCheckbox>
        ) : null}
        <FormButtons label={carer ? 'Save changes' : 'Add parent or carer'} pending={change.pending} />
      </form>
    </FormPage>
  );
}
