import { useState } from 'react';
import { CARE_SETTING_CODES, CARE_SETTINGS, type CareSetting } from '../../../core/family-options';
import { formatDate } from '../../app/format';
import type { Problem } from '../../app/forms';
import { CodeRadios } from '../../components/code-radios';
import { DateField, dateFieldTarget, type DateParts } from '../../components/date-field';
import { changeFamily, type FamilyChange } from './api';
import { useFamilyRecord } from './record-context';
import { checkDate, dateOrBlank, FormButtons, FormPage, Restartable, useRecordChange } from './record-forms';

const ID = {
  careSetting: 'careSetting',
  placementStart: 'placementStart',
  placementEnd: 'placementEnd',
  firstContactOn: 'firstContactOn',
  assessmentOn: 'assessmentOn',
  interventionStartOn: 'interventionStartOn',
  plannedEndOn: 'plannedEndOn',
} as const;

const SERVER_FIELDS: Record<string, string> = {
  careSetting: ID.careSetting,
  placementStart: dateFieldTarget(ID.placementStart),
  placementEnd: dateFieldTarget(ID.placementEnd),
  firstContactOn: dateFieldTarget(ID.firstContactOn),
  assessmentOn: dateFieldTarget(ID.assessmentOn),
  interventionStartOn: dateFieldTarget(ID.interventionStartOn),
  plannedEndOn: dateFieldTarget(ID.plannedEndOn),
};

type DateKey = Exclude<keyof typeof ID, 'careSetting'>;
type PastDateKey = Exclude<DateKey, 'placementStart' | 'placementEnd' | 'plannedEndOn'>;

const KEY_DATE_FIELDS: { key: PastDateKey; legend: string; what: string; hint: string }[] = [
  {
    key: 'firstContactOn',
    legend: 'First contact (optional)',
    what: 'The first contact',
    hint: 'The first time the service spoke with the family.',
  },
  {
    key: 'assessmentOn',
    legend: 'Assessment (optional)',
    what: 'The assessment',
    hint: 'When the assessment was done.',
  },
  {
    key: 'interventionStartOn',
    legend: 'Start of intervention (optional)',
    what: 'The start of intervention',
    hint: 'The first session of the work after assessment.',
  },
];

/** The care setting, the placement and the key dates of the work: for practitioners and managers. */
export function KeyDatesForm() {
  return <Restartable render={(startAgain) => <KeyDatesFields onStartAgain={startAgain} />} />;
}

function KeyDatesFields({ onStartAgain }: { onStartAgain: () => void }) {
  const record = useFamilyRecord();
  const [careSetting, setCareSetting] = useState<CareSetting>(record.careSetting);
  const [dates, setDates] = useState<Record<DateKey, DateParts>>(() => ({
    placementStart: dateOrBlank(record.placementStart),
    placementEnd: dateOrBlank(record.placementEnd),
    firstContactOn: dateOrBlank(record.keyDates.firstContact.on),
    assessmentOn: dateOrBlank(record.keyDates.assessment.on),
    interventionStartOn: dateOrBlank(record.keyDates.interventionStart.on),
    plannedEndOn: dateOrBlank(record.plannedEndOn),
  }));
  // A placement is asked about for a baby living away from the birth family, or when one is recorded.
  const showPlacement = careSetting !== 'birth-family' || Boolean(record.placementStart ?? record.placementEnd);
  const setDate = (key: DateKey) => (value: DateParts) => setDates((old) => ({ ...old, [key]: value }));
  const change = useRecordChange({
    save: (input: Omit<FamilyChange, 'version'>) => changeFamily(record.id, { ...input, version: record.version }),
    notice: () => 'The care setting and key dates are saved',
    fields: SERVER_FIELDS,
    fallbackField: ID.careSetting,
  });
  const { form } = change;

  const build = (): Omit<FamilyChange, 'version'> | Problem[] => {
    const problems: Problem[] = [];
    const placementStart = showPlacement
      ? checkDate(problems, ID.placementStart, dates.placementStart, 'The placement start')
      : null;
    const placementEnd = showPlacement
      ? checkDate(problems, ID.placementEnd, dates.placementEnd, 'The placement end')
      : null;
    if (placementStart && placementEnd && placementEnd < placementStart)
      problems.push({ field: dateFieldTarget(ID.placementEnd), message: 'The placement must end after it starts' });
    const [firstContactOn, assessmentOn, interventionStartOn] = KEY_DATE_FIELDS.map((f) =>
      checkDate(problems, ID[f.key], dates[f.key], f.what, { notFuture: true }),
    );
    const plannedEndOn = checkDate(problems, ID.plannedEndOn, dates.plannedEndOn, 'The planned end');
    if (problems.length > 0) return problems;
    return {
      careSetting,
      placementStart,
      placementEnd,
      firstContactOn: firstContactOn ?? null,
      assessmentOn: assessmentOn ?? null,
      interventionStartOn: interventionStartOn ?? null,
      plannedEndOn,
    };
  };

  return (
    <FormPage
      title="Change the care setting and key dates"
      form={form}
      conflict={change.conflict}
      onStartAgain={onStartAgain}
    >
      <form onSubmit={change.handleSubmit(build)} noValidate>
        <CodeRadios
          id={ID.careSetting}
          legend="Where does the baby live?"
          codes={CARE_SETTING_CODES}
          labels={CARE_SETTINGS}
          value={careSetting}
          onChange={setCareSetting}
          error={form.errorFor(ID.careSetting)}
        />
        {showPlacement ? (
          <>
            <DateField
              id={ID.placementStart}
              legend="Placement start (optional)"
              hint="When the baby went to live with their carers. For example, 3 2 2026"
              value={dates.placementStart}
              onChange={setDate('placementStart')}
              error={form.errorFor(dateFieldTarget(ID.placementStart))}
            />
            <DateField
              id={ID.placementEnd}
              legend="Placement end (optional)"
              value={dates.placementEnd}
              onChange={setDate('placementEnd')}
              error={form.errorFor(dateFieldTarget(ID.placementEnd))}
            />
          </>
        ) : null}
        <h2 className="nhsuk-heading-m">Key dates</h2>
        <p className="nhsuk-body">
          The referral was received on {formatDate(record.keyDates.referral.on ?? '')}. The overview shows the days
          between each date and the one before it.
        </p>
        {KEY_DATE_FIELDS.map((f) => (
          <DateField
            key={f.key}
            id={ID[f.key]}
            legend={f.legend}
            hint={f.hint}
            value={dates[f.key]}
            onChange={setDate(f.key)}
            error={form.errorFor(dateFieldTarget(ID[f.key]))}
          />
        ))}
        <DateField
          id={ID.plannedEndOn}
          legend="Planned end of the work (optional)"
          hint="When you and the family plan for the work to end. Discharge measures are asked for on your caseload from 4 weeks before."
          value={dates.plannedEndOn}
          onChange={setDate('plannedEndOn')}
          error={form.errorFor(dateFieldTarget(ID.plannedEndOn))}
        />
        <FormButtons label="Save changes" pending={change.pending} />
      </form>
    </FormPage>
  );
}
