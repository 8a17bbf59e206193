import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useSectionForms } from '../../app/section-forms';
import { usePageTitle } from '../../app/page';
import { SectionTop } from '../../components/section-top';
import { familyKeys } from '../family/api';
import { useFamilyRecord } from '../family/record-context';
import { alertKeys } from '../measure-links/api';
import { ParentLinksPanel } from '../measure-links/parent-links-panel';
import { CriticalAlerts } from './alerts';
import { getCatalogue, getFamilyMeasures, measureKeys, type FamilyMeasures, type MeasureView } from './api';
import { GiveForm } from './give-form';
import { GoalsSection, type GoalMode } from './goals-section';
import './measures.css';
import { ResultsList } from './results-list';
import { ScoredElsewhereSection } from './scored-elsewhere';
import { MeasureSeries } from './series-view';

type Mode =
  { kind: 'give' } | { kind: 'score' } | { kind: 'withdraw' | 'ack'; id: string } | NonNullable<GoalMode> | null;

const CONFLICT =
  'Someone else changed this while you were working on it. The page now shows their change: check it, then try again.';

/**
 * A family's outcome measures: critical answers to act on first, then each person's results over
 * time (chart, table and change), the family's goals and the scores from other tools.
 */
export function MeasuresPage() {
  const record = useFamilyRecord();
  const queryClient = useQueryClient();
  const catalogue = useQuery({ queryKey: measureKeys.catalogue, queryFn: getCatalogue, staleTime: 5 * 60_000 });
  const data = useQuery({ queryKey: measureKeys.family(record.id), queryFn: () => getFamilyMeasures(record.id) });
  // The record (its banner counts open alerts) and the caseload's and home page's alert callouts.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) }),
      queryClient.invalidateQueries({ queryKey: alertKeys.all }),
    ]);
  const { form, notice, mode, open, cancel, feedback } = useSectionForms<NonNullable<Mode>>({
    conflict: CONFLICT,
    refresh,
  });
  usePageTitle(`Measures: ${record.name}`, form.hasProblems);

  // Practitioners and managers record measures (readNotes is true for exactly them), on an open record.
  const canRecord = record.can.readNotes && record.can.edit;
  // The allocated practitioners and managers: the people who act on a critical answer.
  const canAcknowledge = record.can.seeSafeguarding;

  const views = catalogue.data?.measures ?? [];
  const m: FamilyMeasures | undefined = data.data;
  const carers = (m?.people ?? []).filter((p) => p.kind === 'carer' && p.active);
  const personName = (id: string | null) =>
    m?.people.find((p) => p.id === id)?.name ?? 'Someone no longer in the record';
  const openAlerts = (m?.results ?? []).filter((r) => r.alert && !r.alert.acknowledgedAt && !r.withdrawn);

  if (mode?.kind === 'give') {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <SectionTop form={form} notice={null} caption={record.name} title="Measures" />
          <GiveForm
            familyId={record.id}
            measures={views.filter((v) => v.id !== 'gbo')}
            carers={carers}
            feedback={feedback}
            onCancel={() => cancel('give-measure-button')}
          />
        </div>
      </div>
    );
  }

  return (
    <div className="haven-measures">
      <SectionTop form={form} notice={notice} caption={record.name} title="Measures" />
      {!record.can.readNotes ? (
        <p className="nhsuk-body">Only the family&apos;s practitioners and managers can see outcome measures.</p>
      ) : null}
      {record.can.readNotes && !record.can.edit ? (
        <p className="nhsuk-body">This family has been discharged: its measures can no longer be added to.</p>
      ) : null}

      <CriticalAlerts
        alerts={openAlerts}
        views={views}
        personName={personName}
        canAcknowledge={canAcknowledge}
        openId={mode?.kind === 'ack' ? mode.id : null}
        onOpen={(id) => open({ kind: 'ack', id })}
        onCancel={cancel}
        feedback={feedback}
      />

      {canRecord && carers.length > 0 ? (
        <Button type="button" id="give-measure-button" onClick={() => open({ kind: 'give' })}>
          Give a measure
        </Button>
      ) : null}
      {canRecord && m && carers.length === 0 ? (
        <p className="nhsuk-body">Add a parent or carer to the record before giving a measure.</p>
      ) : null}

      {data.isPending ? <p className="nhsuk-body">Loading the measures…</p> : null}
      {data.isError ? <p className="nhsuk-body">The measures could not be loaded: {data.error.message}</p> : null}
      {m ? (
        <>
          <Results m={m} views={views} personName={personName} />
          {m.results.length > 0 ? (
            <ResultsList
              results={m.results}
              personName={personName}
              canWithdraw={canRecord}
              openId={mode?.kind === 'withdraw' ? mode.id : null}
              onOpen={(id) => open({ kind: 'withdraw', id })}
              onCancel={cancel}
              feedback={feedback}
            />
          ) : null}
          {/* After the results: what a parent has been sent, and sending a new questionnaire. */}
          <ParentLinksPanel familyId={record.id} />
          <GoalsSection
            familyId={record.id}
            goals={m.goals}
            series={m.series.filter((s) => s.goalId !== null)}
            view={views.find((v) => v.id === 'gbo')}
            canChange={canRecord}
            mode={
              mode &&
              (mode.kind === 'add-goal' || mode.kind === 'rate' || mode.kind === 'reword' || mode.kind === 'close-goal')
                ? mode
                : null
            }
            onOpen={open}
            onCancel={cancel}
            feedback={feedback}
          />
          <ScoredElsewhereSection
            familyId={record.id}
            scores={m.scoredElsewhere}
            people={m.people.filter((p) => p.active)}
            personName={personName}
            canRecord={canRecord}
            formOpen={mode?.kind === 'score'}
            onOpen={() => open({ kind: 'score' })}
            onCancel={() => cancel('record-score')}
            feedback={feedback}
          />
        </>
      ) : null}
    </div>
  );
}

/** Each person's questionnaires, a chart and table per measure, grouped by person. */
function Results({
  m,
  views,
  personName,
}: {
  m: FamilyMeasures;
  views: MeasureView[];
  personName: (id: string | null) => string;
}) {
  const lines = m.series.filter((s) => s.personId !== null);
  const people = [...new Set(lines.map((s) => s.personId))];
  return (
    <section aria-labelledby="results-heading" className="haven-measures-part">
      <h2 className="nhsuk-heading-m" id="results-heading">
        Results over time
      </h2>
      {lines.length === 0 ? <p className="nhsuk-body">No measures have been given yet.</p> : null}
      {people.map((personId) =>
        lines
          .filter((s) => s.personId === personId)
          .map((s) => {
            const view = views.find((v) => v.id === s.measureId);
            return view ? (
              <MeasureSeries
                key={`${personId ?? ''}-${s.measureId}`}
                view={view}
                series={s}
                personName={personName(personId)}
                results={m.results}
                headingId={`series-${personId ?? ''}-${s.measureId}`}
              />
            ) : null;
          }),
      )}
    </section>
  );
}
