import { useEffect, useRef } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { focusNewPage } from '../../app/focus';
import { formatDate, readableDates } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { Paragraphs } from '../../components/paragraphs';
import { SuccessBanner } from '../../components/success-banner';
import type { FamilyRecord } from './api';
import { BabyForm } from './baby-form';
import { CarerForm } from './carer-form';
import { Episodes, KeyDatesSection } from './key-dates-section';
import { KeyDatesForm } from './key-dates-form';
import { dischargeReason } from './labels';
import { BabiesSection, CarersSection } from './people-section';
import { ProfessionalForm } from './professional-form';
import { ProfessionalsSection } from './professionals-section';
import { useFamilyRecord } from './record-context';
import { overviewPath, type OverviewState } from './record-forms';

/**
 * The record's overview: the people, the professionals around them, the care setting and the key
 * dates. Its change forms are pages of their own, addressed by `?form=…` on the same path.
 */
export function OverviewPage() {
  const record = useFamilyRecord();
  const [params] = useSearchParams();
  const location = useLocation();
  useFocusOnSearchChange(location.search);
  const form = params.get('form');
  const person = record.people.find((p) => p.id === params.get('person')) ?? null;
  const professional = record.professionals.find((p) => p.id === params.get('professional')) ?? null;
  if (record.can.edit) {
    if (form === 'add-carer') return <CarerForm carer={null} />;
    if (form === 'add-baby') return <BabyForm baby={null} mode="add" />;
    if (form === 'add-professional') return <ProfessionalForm professional={null} />;
    if (form === 'change-details' && record.can.readNotes) return <KeyDatesForm />;
    if (form === 'change-person' && person?.kind === 'carer') return <CarerForm key={person.id} carer={person} />;
    if (form === 'change-person' && person?.kind === 'baby')
      return <BabyForm key={person.id} baby={person} mode="change" />;
    if (form === 'record-birth' && person?.kind === 'baby' && !person.dateOfBirth)
      return <BabyForm key={person.id} baby={person} mode="birth" />;
    if (form === 'change-professional' && professional)
      return <ProfessionalForm key={professional.id} professional={professional} />;
  }
  return <Overview record={record} notice={(location.state as OverviewState)?.notice} unknownForm={form !== null} />;
}

/** A change form opened or closed keeps the path, so the layout does not move focus: do it here. */
function useFocusOnSearchChange(search: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusNewPage();
  }, [search]);
}

function Overview({
  record,
  notice,
  unknownForm,
}: {
  record: FamilyRecord;
  notice: string | undefined;
  unknownForm: boolean;
}) {
  usePageTitle(`Overview: ${record.name}`);
  return (
    <>
      {notice ? <SuccessBanner heading={notice} /> : null}
      <PageHeading caption={readableDates(record.name)}>Overview</PageHeading>
      {unknownForm ? (
        <p className="nhsuk-body">
          {record.can.edit
            ? 'That part of the record could not be found: it may have been changed by someone else.'
            : 'This record is read-only, so it cannot be changed.'}{' '}
          <Link to={overviewPath(record.id)}>Show the overview</Link>
        </p>
      ) : null}
      {record.discharge ? <DischargeSummary discharge={record.discharge} /> : null}
      <Episodes record={record} />
      <CarersSection record={record} />
      <BabiesSection record={record} />
      <ProfessionalsSection record={record} />
      <KeyDatesSection record={record} />
      <RecordExports record={record} />
    </>
  );
}

/** Taking the record elsewhere: FHIR for other clinical systems, subject access for the people in it. */
function RecordExports({ record }: { record: FamilyRecord }) {
  if (!record.can.readNotes) return null;
  return (
    <>
      <h2 className="nhsuk-heading-m">Export</h2>
      <ul className="nhsuk-list">
        <li>
          <a
            href={`/api/families/${encodeURIComponent(record.id)}/fhir`}
            download={`family-${record.reference}.fhir.json`}
          >
            Download this record as FHIR R4 (JSON)
          </a>{' '}
          for another clinical system. The download is recorded in the audit trail.
        </li>
        {record.can.seeAccessLog ? (
          <li>
            <Link to={`/families/${encodeURIComponent(record.id)}/subject-access`}>Subject access requests</Link>:
            everything held about one person, ready to check and print.
          </li>
        ) : null}
      </ul>
    </>
  );
}

/** A discharged record says so first: why, when, and the summary written then. */
function DischargeSummary({ discharge }: { discharge: NonNullable<FamilyRecord['discharge']> }) {
  return (
    <div className="nhsuk-card nhsuk-card--feature">
      <div className="nhsuk-card__content nhsuk-card__content--feature">
        <h2 className="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m">Discharged</h2>
        <p className="nhsuk-body">
          Discharged on {formatDate(discharge.on)}: {dischargeReason(discharge.reason)}. The record is read-only.
        </p>
        <h3 className="nhsuk-heading-s">Discharge summary</h3>
        <Paragraphs text={discharge.summary} />
      </div>
    </div>
  );
}
