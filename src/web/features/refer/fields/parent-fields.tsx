import { Radios, TextInput } from 'nhsuk-react-components';
import { RELATIONSHIP_CODES, RELATIONSHIPS } from '../../../../core/referral-options';
import { DateField, dateFieldTarget } from '../../../components/date-field';
import { FIELD } from '../fields';
import type { Flow } from '../referral-flow';

type Props = { flow: Flow; errorFor: (field: string) => string | undefined };

const NHS_NUMBER_HINT = 'This is a 10 digit number, like 485 777 3456.';

/** The parent or carer: name, how they are related to the baby, date of birth, NHS number. */
export function ParentFields({ flow, errorFor }: Props) {
  const self = flow.route === 'self';
  const parent = flow.answers.parent;
  const set = (patch: Partial<typeof parent>) => flow.setSection('parent', patch);
  return (
    <>
      <TextInput
        id={FIELD.parentName}
        name={FIELD.parentName}
        label={self ? 'Your full name' : 'Full name of the parent or carer'}
        labelProps={{ size: 's' }}
        autoComplete={self ? 'name' : 'off'}
        spellCheck={false}
        value={parent.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        error={errorFor(FIELD.parentName)}
      />
      <Radios
        name={FIELD.parentRelationship}
        legend={self ? 'How are you related to the baby?' : 'How are they related to the baby?'}
        legendProps={{ size: 's' }}
        error={errorFor(FIELD.parentRelationship)}
      >
        {RELATIONSHIP_CODES.map((code, i) => (
          <Radios.Item
            key={code}
            id={i === 0 ? FIELD.parentRelationship : `${FIELD.parentRelationship}-${code}`}
            value={code}
            checked={parent.relationship === code}
            onChange={() => set({ relationship: code })}
          >
            {RELATIONSHIPS[code]}
          </Radios.Item>
        ))}
      </Radios>
      <DateField
        id={FIELD.parentDob}
        legend={self ? 'Your date of birth (optional)' : 'Their date of birth (optional)'}
        hint="For example, 27 3 1990"
        autoComplete={self ? 'bday' : undefined}
        value={parent.dateOfBirth}
        onChange={(dateOfBirth) => set({ dateOfBirth })}
        error={errorFor(dateFieldTarget(FIELD.parentDob))}
      />
      <TextInput
        id={FIELD.parentNhs}
        name={FIELD.parentNhs}
        label={self ? 'Your NHS number (optional)' : 'Their NHS number (optional)'}
        labelProps={{ size: 's' }}
        hint={
          self
            ? `${NHS_NUMBER_HINT} You can find it on letters from the NHS or in the NHS App. You do not need to know it.`
            : NHS_NUMBER_HINT
        }
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        width={10}
        value={parent.nhsNumber}
        onChange={(e) => set({ nhsNumber: e.currentTarget.value })}
        error={errorFor(FIELD.parentNhs)}
      />
    </>
  );
}

/** The family's postcode, which tells the service whether it covers their area. */
export function PostcodeField({ flow, errorFor }: Props) {
  const self = flow.route === 'self';
  return (
    <TextInput
      id={FIELD.postcode}
      name={FIELD.postcode}
      label={self ? 'Your postcode (optional)' : "The family's postcode (optional)"}
      labelProps={{ size: 's' }}
      hint={
        self
          ? 'This helps us check that we cover the area where you live.'
          : 'This helps us check that we cover the area where the family lives.'
      }
      autoComplete={self ? 'postal-code' : 'off'}
      spellCheck={false}
      width={10}
      value={flow.answers.postcode}
      onChange={(e) => flow.setAnswer('postcode', e.currentTarget.value)}
      error={errorFor(FIELD.postcode)}
    />
  );
}
