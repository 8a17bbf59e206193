import { Radios, TextInput } from 'nhsuk-react-components';
import { DateField, dateFieldTarget } from '../../../components/date-field';
import { FIELD } from '../fields';
import type { Flow } from '../referral-flow';

type Props = { flow: Flow; errorFor: (field: string) => string | undefined; legendHidden?: boolean };

/** The baby, born (name, date of birth, NHS number) or expected (due date). */
export function BabyFields({ flow, errorFor, legendHidden }: Props) {
  const self = flow.route === 'self';
  const baby = flow.answers.baby;
  const set = (patch: Partial<typeof baby>) => flow.setSection('baby', patch);
  const born = (
    <>
      <TextInput
        id={FIELD.babyName}
        name={FIELD.babyName}
        label={self ? "Your baby's name" : "The baby's name"}
        labelProps={{ size: 's' }}
        hint={
          self
            ? 'If your baby does not have a name yet, write Baby and your surname.'
            : "If the baby does not have a name yet, write Baby and the family's surname."
        }
        autoComplete="off"
        spellCheck={false}
        value={baby.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        error={errorFor(FIELD.babyName)}
      />
      <DateField
        id={FIELD.babyDob}
        legend={self ? "Your baby's date of birth" : "The baby's date of birth"}
        hint="For example, 15 3 2026"
        value={baby.dateOfBirth}
        onChange={(dateOfBirth) => set({ dateOfBirth })}
        error={errorFor(dateFieldTarget(FIELD.babyDob))}
      />
      <TextInput
        id={FIELD.babyNhs}
        name={FIELD.babyNhs}
        label={self ? "Your baby's NHS number (optional)" : "The baby's NHS number (optional)"}
        labelProps={{ size: 's' }}
        hint="This is a 10 digit number, like 485 777 3456. It is in the red book (personal child health record)."
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        width={10}
        value={baby.nhsNumber}
        onChange={(e) => set({ nhsNumber: e.currentTarget.value })}
        error={errorFor(FIELD.babyNhs)}
      />
    </>
  );
  const expected = (
    <DateField
      id={FIELD.dueDate}
      legend="Due date"
      hint="For example, 20 6 2027"
      value={baby.dueDate}
      onChange={(dueDate) => set({ dueDate })}
      error={errorFor(dateFieldTarget(FIELD.dueDate))}
    />
  );
  // The follow-up questions come after the radios rather than inside them: NHS.UK frontend marks a
  // radio that reveals questions with aria-expanded, which radios do not support.
  return (
    <>
      <Radios
        name={FIELD.babyKind}
        legend={self ? 'Has your baby been born?' : 'Has the baby been born?'}
        legendProps={legendHidden ? { className: 'nhsuk-u-visually-hidden' } : { size: 's' }}
        error={errorFor(FIELD.babyKind)}
      >
        <Radios.Item
          id={FIELD.babyKind}
          value="born"
          checked={baby.kind === 'born'}
          onChange={() => set({ kind: 'born' })}
        >
          Yes
        </Radios.Item>
        <Radios.Item
          id={`${FIELD.babyKind}-expected`}
          value="expected"
          checked={baby.kind === 'expected'}
          onChange={() => set({ kind: 'expected' })}
        >
          No, the baby is not born yet
        </Radios.Item>
      </Radios>
      {baby.kind === 'born' ? born : null}
      {baby.kind === 'expected' ? expected : null}
    </>
  );
}
