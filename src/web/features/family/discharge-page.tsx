import { SummaryList, Textarea, WarningCallout } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import { todayInLondon } from '../../../core/dates';
import { DISCHARGE_REASON_CODES, DISCHARGE_REASONS } from '../../../core/family-options';
import { formatDate, readableDates } from '../../app/format';
import type { Problem } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { CodeRadios } from '../../components/code-radios';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { PageHeading } from '../../components/page-heading';
import { Paragraphs } from '../../components/paragraphs';
import { DischargeMeasureWarning } from '../measure-links/discharge-measure-warning';
import { dischargeFamily, type DischargeInput, type FamilyRecord } from './api';
import { dischargeReason } from './labels';
import { useFamilyRecord } from './record-context';
import { checkDate, dateOrBlank, FormButtons, FormPage, overviewPath, useRecordChange } from './record-forms';

const ID = { reason: 'reason', summary: 'summary', dischargedOn: 'dischargedOn' } as const;
const SERVER_FIELDS: Record<string, string> = {
  reason: ID.reason,
  summary: ID.summary,
  dischargedOn: dateFieldTarget(ID.dischargedOn),
};
const SUMMARY_MAX = 10_000;

/** Ending the work with a family, or, once discharged, what was recorded then. */
export function DischargePage() {
  const record = useFamilyRecord();
  if (record.discharge) return <Discharged record={record} discharge={record.discharge} />;
  if (!record.can.discharge) return <CannotDischarge record={record} />;
  return <DischargeForm />;
}

function Discharged({
  record,
  discharge,
}: {
  record: FamilyRecord;
  discharge: NonNullable<FamilyRecord['discharge']>;
}) {
  usePageTitle(`Discharge: ${record.name}`);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading caption={readableDates(record.name)}>Discharge</PageHeading>
        <p className="nhsuk-body">This family has been discharged. The record is read-only.</p>
        <SummaryList>
          <SummaryList.Row>
            <SummaryList.Key>Discharged on</SummaryList.Key>
            <SummaryList.Value>{formatDate(discharge.on)}</SummaryList.Value>
          </SummaryList.Row>
          <SummaryList.Row>
            <SummaryList.Key>Reason</SummaryList.Key>
            <SummaryList.Value>{dischargeReason(discharge.reason)}</SummaryList.Value>
          </SummaryList.Row>
          <SummaryList.Row>
            <SummaryList.Key>Summary</SummaryList.Key>
            <SummaryList.Value>
              <Paragraphs text={discharge.summary} />
            </SummaryList.Value>
          </SummaryList.Row>
        </SummaryList>
      </div>
    </div>
  );
}

function CannotDischarge({ record }: { record: FamilyRecord }) {
  usePageTitle(`Discharge: ${record.name}`);
  return (
    <>
      <PageHeading caption={readableDates(record.name)}>Discharge</PageHeading>
      <p className="nhsuk-body">
        Only the family&apos;s practitioner or a manager can discharge a family.{' '}
        <Link to={overviewPath(record.id)}>Back to the overview</Link>
      </p>
    </>
  );
}

function DischargeForm() {
  const record = useFamilyRecord();
  const [reason, setReason] = useState('');
  const [summary, setSummary] = useState('');
  const [dischargedOn, setDischargedOn] = useState(() => dateOrBlank(todayInLondon()));
  const change = useRecordChange({
    save: (input: Omit<DischargeInput, 'version'>) => dischargeFamily(record.id, { ...input, version: record.version }),
    notice: () => 'The family is discharged: the record is now read-only',
    fields: SERVER_FIELDS,
    fallbackField: ID.reason,
  });
  const { form } = change;

  const build = (): Omit<DischargeInput, 'version'> | Problem[] => {
    const problems: Problem[] = [];
    if (!reason) problems.push({ field: ID.reason, message: 'Choose why the work is ending' });
    if (summary.trim() === '') problems.push({ field: ID.summary, message: 'Write a discharge summary' });
    else if (summary.length > SUMMARY_MAX)
      problems.push({ field: ID.summary, message: 'The summary must be 10,000 characters or fewer' });
    const on = checkDate(problems, ID.dischargedOn, dischargedOn, 'The discharge date', {
      required: 'Enter the discharge date',
      notFuture: true,
    });
    const referral = record.keyDates.referral.on;
    if (on && referral && on < referral)
      problems.push({
        field: dateFieldTarget(ID.dischargedOn),
        message: `The discharge date cannot be before the referral, ${formatDate(referral)}`,
      });
    if (problems.length > 0 || !on) return problems;
    return { reason, summary: summary.trim(), dischargedOn: on };
  };

  return (
    <FormPage title="Discharge this family" form={form}>
      <DischargeMeasureWarning familyId={record.id} />
      <WarningCallout>
        <WarningCallout.Heading headingLevel="h2">Discharging cannot be undone</WarningCallout.Heading>
        <p>When you discharge this family:</p>
        <ul>
          <li>booked appointments still to come are cancelled by the service</li>
          <li>active risk flags are closed</li>
          <li>the whole record becomes read-only: nothing can be added or changed</li>
        </ul>
        <p>Draft case notes must be signed or discarded, and past appointments given an outcome, first.</p>
      </WarningCallout>
      <form onSubmit={change.handleSubmit(build)} noValidate>
        <CodeRadios
          id={ID.reason}
          legend="Why is the work ending?"
          codes={DISCHARGE_REASON_CODES}
          labels={DISCHARGE_REASONS}
          value={reason}
          onChange={setReason}
          error={form.errorFor(ID.reason)}
        />
        <Textarea
          id={ID.summary}
          name={ID.summary}
          label="Discharge summary"
          labelProps={{ size: 's' }}
          hint="The work done, how things are now, and anything the family or other professionals have been told."
          rows={8}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={form.errorFor(ID.summary)}
        />
        <DateField
          id={ID.dischargedOn}
          legend="Date of discharge"
          hint="Today, unless the work ended earlier. For example, 27 3 2026"
          value={dischargedOn}
          onChange={setDischargedOn}
          error={form.errorFor(dateFieldTarget(ID.dischargedOn))}
        />
        <FormButtons label="Discharge the family" pending={change.pending} />
      </form>
    </FormPage>
  );
}
