import { Checkboxes, Radios, Select, Textarea, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { ETHNIC_CATEGORIES, ETHNIC_CATEGORY_CODES, GENDER_CODES, GENDERS } from '../../../core/family-options';
import {
  CONTACT_METHOD_CODES,
  CONTACT_METHODS,
  RELATIONSHIP_CODES,
  RELATIONSHIPS,
} from '../../../core/referral-options';
import type { Problem } from '../../app/forms';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { YesNoQuestion, type YesNo } from '../../components/yes-no';
import { addPerson, changePerson, type CarerInput, type Person } from './api';
import { babyName } from './people-section';
import { useFamilyRecord } from './record-context';
import {
  booleanOf,
  checkDate,
  dateOrBlank,
  FormButtons,
  FormPage,
  orNull,
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

const NHS_NUMBER_HINT = 'This is a 10 digit number, like 485 777 3456.';

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
  const [attempt, setAttempt] = useState(0);
  // Starting again after a conflict remounts the fields from what is saved now.
  return <CarerFields key={attempt} carer={carer} onStartAgain={() => setAttempt((n) => n + 1)} />;
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

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    change.send(build());
  };

  return (
    <FormPage title={title} form={form} conflict={change.conflict} onStartAgain={onStartAgain}>
      <form onSubmit={submit} noValidate>
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
        <TextInput
          id={ID.nhsNumber}
          name={ID.nhsNumber}
          label="NHS number (optional)"
          labelProps={{ size: 's' }}
          hint={NHS_NUMBER_HINT}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width={10}
          value={v.nhsNumber}
          onChange={(e) => set({ nhsNumber: e.currentTarget.value })}
          error={form.errorFor(ID.nhsNumber)}
        />
        <Select
          id={ID.gender}
          name={ID.gender}
          label="Gender (optional)"
          labelProps={{ size: 's' }}
          value={v.gender}
          onChange={(e) => set({ gender: e.currentTarget.value })}
          error={form.errorFor(ID.gender)}
        >
          <Select.Option value="">Not recorded</Select.Option>
          {GENDER_CODES.map((code) => (
            <Select.Option key={code} value={code}>
              {GENDERS[code]}
            </Select.Option>
          ))}
        </Select>
        <Select
          id={ID.ethnicity}
          name={ID.ethnicity}
          label="Ethnicity (optional)"
          labelProps={{ size: 's' }}
          hint="As they describe it, using the NHS ethnic categories."
          value={v.ethnicity}
          onChange={(e) => set({ ethnicity: e.currentTarget.value })}
          error={form.errorFor(ID.ethnicity)}
        >
          <Select.Option value="">Not recorded</Select.Option>
          {ETHNIC_CATEGORY_CODES.map((code) => (
            <Select.Option key={code} value={code}>
              {ETHNIC_CATEGORIES[code]}
            </Select.Option>
          ))}
        </Select>

        <h2 className="nhsuk-heading-m">Contact</h2>
        <TextInput
          id={ID.phone}
          name={ID.phone}
          label="Phone (optional)"
          labelProps={{ size: 's' }}
          type="tel"
          autoComplete="off"
          width={20}
          value={v.phone}
          onChange={(e) => set({ phone: e.currentTarget.value })}
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
          value={v.email}
          onChange={(e) => set({ email: e.currentTarget.value })}
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
        <Radios
          name={ID.preferredContact}
          legend="How do they prefer to be contacted? (optional)"
          legendProps={{ size: 's' }}
          error={form.errorFor(ID.preferredContact)}
        >
          {CONTACT_METHOD_CODES.map((code, i) => (
            <Radios.Item
              key={code}
              id={i === 0 ? ID.preferredContact : `${ID.preferredContact}-${code}`}
              value={code}
              checked={v.preferredContact === code}
              onChange={() => set({ preferredContact: code })}
            >
              {CONTACT_METHODS[code]}
            </Radios.Item>
          ))}
        </Radios>
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
          <Checkboxes name={ID.active} legend="Involvement" legendProps={{ size: 's' }}>
            <Checkboxes.Item
              id={ID.active}
              value="inactive"
              checked={!v.active}
              onChange={(e) => set({ active: !e.currentTarget.checked })}
              hint="They stay on the record, listed apart, and can be marked as involved again."
            >
              No longer involved in the baby&apos;s care
            </Checkboxes.Item>
          </Checkboxes>
        ) : null}
        <FormButtons label={carer ? 'Save changes' : 'Add parent or carer'} pending={change.pending} />
      </form>
    </FormPage>
  );
}
