import { Radios, TextInput } from 'nhsuk-react-components';
import { useState } from 'react';
import { formatDate } from '../../app/format';
import type { Problem } from '../../app/forms';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { addPerson, changePerson, type BabyInput, type Person } from './api';
import { EthnicitySelect, GenderSelect, NhsNumberInput } from './person-fields';
import { useFamilyRecord } from './record-context';
import { checkDate, dateOrBlank, FormButtons, FormPage, orNull, Restartable, useRecordChange } from './record-forms';

const ID = {
  born: 'born',
  name: 'name',
  dateOfBirth: 'dateOfBirth',
  dueDate: 'dueDate',
  gestationWeeks: 'gestationWeeks',
  nhsNumber: 'nhsNumber',
  gender: 'gender',
  ethnicity: 'ethnicity',
} as const;

const SERVER_FIELDS: Record<string, string> = {
  name: ID.name,
  dateOfBirth: dateFieldTarget(ID.dateOfBirth),
  dueDate: dateFieldTarget(ID.dueDate),
  gestationWeeks: ID.gestationWeeks,
  nhsNumber: ID.nhsNumber,
  gender: ID.gender,
  ethnicity: ID.ethnicity,
};

/** Adding a baby or pregnancy; changing one; or recording the birth of a pregnancy. */
export type BabyFormMode = 'add' | 'change' | 'birth';

type Props = { baby: Person | null; mode: BabyFormMode };

export function BabyForm(props: Props) {
  return <Restartable render={(startAgain) => <BabyFields {...props} onStartAgain={startAgain} />} />;
}

const TITLES: Record<BabyFormMode, string> = {
  add: 'Add a baby or pregnancy',
  change: "Change the baby's details",
  birth: 'Record the birth',
};

function BabyFields({ baby, mode, onStartAgain }: Props & { onStartAgain: () => void }) {
  const record = useFamilyRecord();
  const [born, setBorn] = useState<'' | 'born' | 'expected'>(
    mode === 'birth' ? 'born' : baby ? (baby.dateOfBirth ? 'born' : 'expected') : '',
  );
  const [name, setName] = useState(baby?.name ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(() => dateOrBlank(baby?.dateOfBirth ?? null));
  const [dueDate, setDueDate] = useState(() => dateOrBlank(baby?.dueDate ?? null));
  const [weeks, setWeeks] = useState(baby?.gestationWeeks != null ? String(baby.gestationWeeks) : '');
  const [nhsNumber, setNhsNumber] = useState(baby?.nhsNumber ?? '');
  const [gender, setGender] = useState(baby?.gender ?? '');
  const [ethnicity, setEthnicity] = useState(baby?.ethnicity ?? '');
  const change = useRecordChange({
    save: (input: BabyInput) =>
      baby
        ? changePerson(record.id, baby.id, { ...input, version: baby.version, active: true })
        : addPerson(record.id, input),
    notice: (saved) =>
      mode === 'birth'
        ? `The birth of ${saved.name ?? 'the baby'} is recorded`
        : mode === 'add'
          ? `${saved.dateOfBirth ? (saved.name ?? 'The baby') : 'The pregnancy'} is added to the record`
          : saved.name
            ? `${saved.name}'s details are saved`
            : `The ${saved.dateOfBirth ? "baby's" : 'pregnancy'} details are saved`,
    fields: SERVER_FIELDS,
    fallbackField: mode === 'add' ? ID.born : ID.name,
  });
  const { form } = change;
  const isBorn = born === 'born';

  const build = (): BabyInput | Problem[] => {
    const problems: Problem[] = [];
    if (!born) return [{ field: ID.born, message: 'Say whether the baby is born yet' }];
    let birth: string | null = null;
    if (isBorn) {
      if (name.trim() === '') problems.push({ field: ID.name, message: "Enter the baby's name" });
      birth = checkDate(problems, ID.dateOfBirth, dateOfBirth, 'Date of birth', {
        required: "Enter the baby's date of birth",
        notFuture: true,
      });
    }
    // A baby born keeps the due date it had as a pregnancy.
    const due = isBorn
      ? (baby?.dueDate ?? null)
      : checkDate(problems, ID.dueDate, dueDate, 'Due date', { required: 'Enter the due date' });
    let gestationWeeks: number | null = null;
    if (isBorn && weeks.trim() !== '') {
      gestationWeeks = Number(weeks.trim());
      if (!/^\d+$/.test(weeks.trim()) || gestationWeeks < 22 || gestationWeeks > 44) {
        problems.push({ field: ID.gestationWeeks, message: 'Enter weeks from 22 to 44, like 38' });
      }
    }
    if (problems.length > 0) return problems;
    return {
      kind: 'baby',
      name: orNull(name),
      dateOfBirth: birth,
      dueDate: due,
      gestationWeeks,
      nhsNumber: isBorn ? orNull(nhsNumber) : (baby?.nhsNumber ?? null),
      gender: isBorn ? orNull(gender) : (baby?.gender ?? null),
      ethnicity: isBorn ? orNull(ethnicity) : (baby?.ethnicity ?? null),
    };
  };

  return (
    <FormPage title={TITLES[mode]} form={form} conflict={change.conflict} onStartAgain={onStartAgain}>
      {mode === 'birth' && baby?.dueDate ? (
        <p className="nhsuk-body">The baby was due on {formatDate(baby.dueDate)}.</p>
      ) : null}
      <form onSubmit={change.handleSubmit(build)} noValidate>
        {mode === 'add' ? (
          <Radios
            name={ID.born}
            legend="Is the baby born yet?"
            legendProps={{ size: 's' }}
            error={form.errorFor(ID.born)}
          >
            <Radios.Item id={ID.born} value="born" checked={born === 'born'} onChange={() => setBorn('born')}>
              Yes, the baby is born
            </Radios.Item>
            <Radios.Item
              id={`${ID.born}-expected`}
              value="expected"
              checked={born === 'expected'}
              onChange={() => setBorn('expected')}
            >
              No, this is a pregnancy
            </Radios.Item>
          </Radios>
        ) : null}
        {born === 'expected' ? (
          <DateField
            id={ID.dueDate}
            legend="Due date"
            hint="For example, 15 9 2026"
            value={dueDate}
            onChange={setDueDate}
            error={form.errorFor(dateFieldTarget(ID.dueDate))}
          />
        ) : null}
        {born ? (
          <TextInput
            id={ID.name}
            name={ID.name}
            label={isBorn ? "Baby's name" : "Baby's name, if the family has chosen one (optional)"}
            labelProps={{ size: 's' }}
            autoComplete="off"
            spellCheck={false}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={form.errorFor(ID.name)}
          />
        ) : null}
        {isBorn ? (
          <>
            <DateField
              id={ID.dateOfBirth}
              legend="Date of birth"
              hint="For example, 3 2 2026"
              value={dateOfBirth}
              onChange={setDateOfBirth}
              error={form.errorFor(dateFieldTarget(ID.dateOfBirth))}
            />
            <TextInput
              id={ID.gestationWeeks}
              name={ID.gestationWeeks}
              label="Weeks of pregnancy at birth (optional)"
              labelProps={{ size: 's' }}
              hint="For a baby born before 37 weeks, the record also shows the age corrected for being born early."
              inputMode="numeric"
              autoComplete="off"
              width={2}
              suffix="weeks"
              value={weeks}
              onChange={(e) => setWeeks(e.currentTarget.value)}
              error={form.errorFor(ID.gestationWeeks)}
            />
            <NhsNumberInput
              id={ID.nhsNumber}
              value={nhsNumber}
              onChange={setNhsNumber}
              error={form.errorFor(ID.nhsNumber)}
            />
            <GenderSelect id={ID.gender} value={gender} onChange={setGender} error={form.errorFor(ID.gender)} />
            <EthnicitySelect
              id={ID.ethnicity}
              value={ethnicity}
              onChange={setEthnicity}
              error={form.errorFor(ID.ethnicity)}
            />
          </>
        ) : null}
        <FormButtons
          label={mode === 'birth' ? 'Record the birth' : mode === 'add' ? 'Add to the record' : 'Save changes'}
          pending={change.pending}
        />
      </form>
    </FormPage>
  );
}
