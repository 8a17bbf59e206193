import { useMutation } from '@tanstack/react-query';
import { Button, Checkboxes, Radios, Textarea, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { todayInLondon } from '../../../core/dates';
import { CONSENT_SOUGHT, CONSENT_SOUGHT_CODES, LAWFUL_BASES, LAWFUL_BASIS_CODES } from '../../../core/family-options';
import type { FormProblems, Problem } from '../../app/forms';
import { DateField, dateFieldTarget } from '../../components/date-field';
import type { Person } from '../family/api';
import { fromIsoDate, toIsoDate } from '../refer/date-parts';
import { FocusHeading } from '../risks/focus-heading';
import { dateProblems, serverProblems, textProblems } from '../risks/form-helpers';
import { recordDisclosure, type ConsentSought, type Disclosure, type LawfulBasis, type RecordDisclosure } from './api';
import { personName, personRole } from './people';

const ID = {
  disclosedOn: 'disclosedOn',
  recipient: 'recipient',
  recipientOrganisation: 'recipientOrganisation',
  information: 'information',
  personIds: 'personIds',
  lawfulBasis: 'lawfulBasis',
  consent: 'consent',
  reason: 'reason',
} as const;
const SERVER_FIELDS: Record<string, string> = { ...ID, disclosedOn: dateFieldTarget(ID.disclosedOn) };

type Props = {
  familyId: string;
  people: Person[];
  form: FormProblems;
  onRecorded: (entry: Disclosure) => void;
  onFailed: (error: unknown, problems: Problem[]) => void;
  onCancel: () => void;
};

/** Recording one sharing of information outside the service. Entries cannot be changed afterwards. */
export function DisclosureForm({ familyId, people, form, onRecorded, onFailed, onCancel }: Props) {
  const [disclosedOn, setDisclosedOn] = useState(() => fromIsoDate(todayInLondon()));
  const [recipient, setRecipient] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [information, setInformation] = useState('');
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [lawfulBasis, setLawfulBasis] = useState<LawfulBasis | ''>('');
  const [consent, setConsent] = useState<ConsentSought | ''>('');
  const [reason, setReason] = useState('');
  // Parents and carers, then babies; people no longer active in the record last, but still there to choose.
  const rank = (p: Person) => (p.active ? 0 : 2) + (p.kind === 'carer' ? 0 : 1);
  const choices = [...people].sort((a, b) => rank(a) - rank(b));

  const mutation = useMutation({
    mutationFn: (input: RecordDisclosure) => recordDisclosure(familyId, input),
    onSuccess: onRecorded,
    onError: (error) => onFailed(error, serverProblems(error, SERVER_FIELDS, dateFieldTarget(ID.disclosedOn))),
  });

  const check = (): Problem[] => {
    const problems: Problem[] = [
      ...dateProblems(ID.disclosedOn, disclosedOn, {
        what: 'The date shared',
        required: 'Enter the date the information was shared',
        notFuture: true,
      }),
      ...textProblems(ID.recipient, recipient, 'Enter who the information was shared with', 200),
      ...textProblems(ID.recipientOrganisation, organisation, undefined, 200),
      ...textProblems(ID.information, information, 'Describe what was shared', 4000),
    ];
    if (personIds.length === 0) problems.push({ field: ID.personIds, message: 'Choose who the information was about' });
    if (!lawfulBasis) problems.push({ field: ID.lawfulBasis, message: 'Choose the lawful basis for sharing' });
    if (!consent) problems.push({ field: ID.consent, message: 'Say whether consent was sought' });
    problems.push(...textProblems(ID.reason, reason, 'Say why it was shared', 4000));
    return problems;
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems = check();
    if (problems.length > 0 || !lawfulBasis || !consent) return form.show(problems);
    form.clear();
    mutation.mutate({
      disclosedOn: toIsoDate(disclosedOn) ?? '',
      recipient: recipient.trim(),
      recipientOrganisation: organisation.trim() || undefined,
      information: information.trim(),
      // In the record's order, whatever order they were ticked in.
      personIds: choices.map((p) => p.id).filter((id) => personIds.includes(id)),
      lawfulBasis,
      consent,
      reason: reason.trim(),
    });
  };

  const toggle = (id: string, on: boolean) =>
    setPersonIds((ids) => (on ? [...ids.filter((i) => i !== id), id] : ids.filter((i) => i !== id)));

  return (
    <form onSubmit={submit} noValidate className="haven-disclosure-form">
      <FocusHeading className="nhsuk-heading-m">Record a disclosure</FocusHeading>
      <p className="nhsuk-body">
        Once saved, an entry cannot be changed or removed. If something in it is wrong, record a new entry that says
        what it corrects.
      </p>
      <DateField
        id={ID.disclosedOn}
        legend="When was the information shared?"
        hint="For example, 15 3 2026"
        value={disclosedOn}
        onChange={setDisclosedOn}
        error={form.errorFor(dateFieldTarget(ID.disclosedOn))}
      />
      <TextInput
        id={ID.recipient}
        name={ID.recipient}
        label="Who was it shared with?"
        labelProps={{ size: 's' }}
        hint="Their name and role, for example: Sam Patel, social worker"
        value={recipient}
        onChange={(e) => setRecipient(e.currentTarget.value)}
        error={form.errorFor(ID.recipient)}
      />
      <TextInput
        id={ID.recipientOrganisation}
        name={ID.recipientOrganisation}
        label="Their organisation (optional)"
        labelProps={{ size: 's' }}
        value={organisation}
        onChange={(e) => setOrganisation(e.currentTarget.value)}
        error={form.errorFor(ID.recipientOrganisation)}
      />
      <Textarea
        id={ID.information}
        name={ID.information}
        label="What was shared?"
        labelProps={{ size: 's' }}
        hint="Describe the information, and how it was shared (for example, by phone or secure email)."
        rows={5}
        value={information}
        onChange={(e) => setInformation(e.currentTarget.value)}
        error={form.errorFor(ID.information)}
      />
      <Checkboxes
        name={ID.personIds}
        legend="Who was the information about?"
        legendProps={{ size: 's' }}
        hint="Select all that apply."
        error={form.errorFor(ID.personIds)}
      >
        {choices.map((p, i) => (
          <Checkboxes.Item
            key={p.id}
            id={i === 0 ? ID.personIds : `${ID.personIds}-${p.id}`}
            value={p.id}
            checked={personIds.includes(p.id)}
            onChange={(e) => toggle(p.id, e.currentTarget.checked)}
            hint={p.active ? personRole(p) : `${personRole(p)}, no longer active in the record`}
          >
            {personName(p)}
          </Checkboxes.Item>
        ))}
      </Checkboxes>
      <Radios
        name={ID.lawfulBasis}
        legend="What was the lawful basis for sharing?"
        legendProps={{ size: 's' }}
        hint="In safeguarding, consent is often not the right basis: asking may put someone at risk, and a person cannot freely refuse. Whatever the basis, you must record why you shared."
        error={form.errorFor(ID.lawfulBasis)}
      >
        {LAWFUL_BASIS_CODES.map((code, i) => (
          <Radios.Item
            key={code}
            id={i === 0 ? ID.lawfulBasis : `${ID.lawfulBasis}-${code}`}
            value={code}
            checked={lawfulBasis === code}
            onChange={() => setLawfulBasis(code)}
          >
            {LAWFUL_BASES[code]}
          </Radios.Item>
        ))}
      </Radios>
      <Radios
        name={ID.consent}
        legend="Was the family's consent sought?"
        legendProps={{ size: 's' }}
        hint="If consent was refused and overridden, or not sought, say why in the reason below."
        error={form.errorFor(ID.consent)}
      >
        {CONSENT_SOUGHT_CODES.map((code, i) => (
          <Radios.Item
            key={code}
            id={i === 0 ? ID.consent : `${ID.consent}-${code}`}
            value={code}
            checked={consent === code}
            onChange={() => setConsent(code)}
          >
            {CONSENT_SOUGHT[code]}
          </Radios.Item>
        ))}
      </Radios>
      <Textarea
        id={ID.reason}
        name={ID.reason}
        label="Why was it shared?"
        labelProps={{ size: 's' }}
        hint="The reason for sharing, and for sharing without consent if it was not sought or was overridden."
        rows={5}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={form.errorFor(ID.reason)}
      />
      <div className="nhsuk-button-group">
        <Button type="submit">{mutation.isPending ? 'Saving…' : 'Save to the log'}</Button>
        <Button type="button" secondary onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
