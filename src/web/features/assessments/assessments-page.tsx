import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useSectionForms } from '../../app/section-forms';
import { usePageTitle } from '../../app/page';
import { SectionTop } from '../../components/section-top';
import { familyKeys } from '../family/api';
import { useFamilyRecord } from '../family/record-context';
import { assessmentKeys, listAssessments, type Assessments } from './api';
import './assessments.css';
import { ObservationCard, ReviewCard } from './entry-cards';
import type { Feedback } from './form-parts';
import { ObservationForm } from './observation-form';
import { ProfileSection } from './profile-section';
import { ReviewForm } from './review-form';

type Mode =
  { kind: 'new-review' | 'new-observation' } | { kind: 'edit-review' | 'edit-observation'; id: string } | null;

const CONFLICT =
  'Someone else changed this while you were working on it. The page now shows their change and what you entered is still in the form: check it, then save again.';

/**
 * A family's attachment-informed assessments: the Secure Base profile compared over time, the
 * reviews behind it with evidence and goals, and observations of the four features of attachment.
 */
export function AssessmentsPage() {
  const record = useFamilyRecord();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: assessmentKeys.list(record.id), queryFn: () => listAssessments(record.id) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) });
  const { form, notice, mode, open, cancel, feedback } = useSectionForms<NonNullable<Mode>>({
    conflict: CONFLICT,
    refresh,
  });
  usePageTitle(`Attachment: ${record.name}`, form.hasProblems);

  const data = query.data;
  return (
    <div className="haven-assessments">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <SectionTop form={form} notice={notice} caption={record.name} title="Attachment" />
          <p className="nhsuk-body">
            Secure Base reviews rate the carer’s approach and the child’s response on the five dimensions of the Secure
            Base model. Observations record what was seen of the four features of attachment.
          </p>
          {query.isPending ? <p className="nhsuk-body">Loading the assessments…</p> : null}
          {query.isError ? (
            <p className="nhsuk-body">The assessments could not be loaded: {query.error.message}</p>
          ) : null}
          {data && !data.canWrite ? (
            <p className="nhsuk-body">This family has been discharged: its assessments can no longer be changed.</p>
          ) : null}
        </div>
      </div>
      {data ? (
        <Sections familyId={record.id} data={data} mode={mode} feedback={feedback} open={open} cancel={cancel} />
      ) : null}
    </div>
  );
}

type SectionsProps = {
  familyId: string;
  data: Assessments;
  mode: Mode;
  feedback: Feedback;
  open: (mode: NonNullable<Mode>) => void;
  cancel: (focusId: string) => void;
};

function Sections({ familyId, data, mode, feedback, open, cancel }: SectionsProps) {
  const canRecord = data.canWrite && data.people.children.length > 0 && data.people.carers.length > 0;
  const editing = (kind: 'edit-review' | 'edit-observation', id: string) => mode?.kind === kind && mode.id === id;
  return (
    <>
      {data.reviews.length > 0 ? <ProfileSection reviews={data.reviews} /> : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-m">Secure Base reviews</h2>
          {data.canWrite && data.people.children.length === 0 ? (
            <p className="nhsuk-body">Reviews and observations can be recorded once the baby is born.</p>
          ) : null}
          {canRecord ? (
            mode?.kind === 'new-review' ? (
              <ReviewForm familyId={familyId} data={data} feedback={feedback} onCancel={() => cancel('new-review')} />
            ) : (
              <Button type="button" id="new-review" onClick={() => open({ kind: 'new-review' })}>
                Record a Secure Base review
              </Button>
            )
          ) : null}
          {data.reviews.length === 0 ? <p className="nhsuk-body">No Secure Base reviews yet.</p> : null}
          <ul className="nhsuk-list haven-assessment-list">
            {data.reviews.map((r, i) => (
              <ReviewCard
                key={r.id}
                review={r}
                expanded={i === 0}
                editButtonId={`edit-${r.id}`}
                onEdit={
                  data.canWrite && !editing('edit-review', r.id) ? () => open({ kind: 'edit-review', id: r.id }) : null
                }
              >
                {editing('edit-review', r.id) ? (
                  <ReviewForm
                    familyId={familyId}
                    data={data}
                    review={r}
                    feedback={feedback}
                    onCancel={() => cancel(`edit-${r.id}`)}
                  />
                ) : null}
              </ReviewCard>
            ))}
          </ul>

          <h2 className="nhsuk-heading-m">Attachment behaviours</h2>
          <p className="nhsuk-body">
            Proximity maintenance, safe haven, secure base and separation distress: what was seen of each, when, and by
            whom.
          </p>
          {canRecord ? (
            mode?.kind === 'new-observation' ? (
              <ObservationForm
                familyId={familyId}
                data={data}
                feedback={feedback}
                onCancel={() => cancel('new-observation')}
              />
            ) : (
              <Button type="button" id="new-observation" onClick={() => open({ kind: 'new-observation' })}>
                Record attachment behaviours
              </Button>
            )
          ) : null}
          {data.observations.length === 0 ? <p className="nhsuk-body">No observations yet.</p> : null}
          <ul className="nhsuk-list haven-assessment-list">
            {data.observations.map((o) => (
              <ObservationCard
                key={o.id}
                observation={o}
                editButtonId={`edit-${o.id}`}
                onEdit={
                  data.canWrite && !editing('edit-observation', o.id)
                    ? () => open({ kind: 'edit-observation', id: o.id })
                    : null
                }
              >
                {editing('edit-observation', o.id) ? (
                  <ObservationForm
                    familyId={familyId}
                    data={data}
                    observation={o}
                    feedback={feedback}
                    onCancel={() => cancel(`edit-${o.id}`)}
                  />
                ) : null}
              </ObservationCard>
            ))}
          </ul>
        </div>
      </div>
    </>
  );
}
