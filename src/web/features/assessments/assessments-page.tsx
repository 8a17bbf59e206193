import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../app/api-client';
import { useProblems, type Problem } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { SectionTop, type Notice } from '../../components/section-top';
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
  const form = useProblems();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [mode, setMode] = useState<Mode>(null);
  const returnFocus = useRef<string | null>(null);
  usePageTitle(`Attachment: ${record.name}`, form.hasProblems);

  // After a form closes without saving, focus goes back to the button that opened it.
  useEffect(() => {
    if (mode !== null || !returnFocus.current) return;
    document.getElementById(returnFocus.current)?.focus();
    returnFocus.current = null;
  }, [mode]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) });
  const feedback: Feedback = {
    form,
    done: (heading, text) => {
      form.clear();
      setMode(null);
      setNotice({ heading, text, key: Date.now() });
      void refresh();
    },
    failed: (error: unknown, problems: Problem[]) => {
      setNotice(null);
      form.show(isApiError(error, 409) ? problems.map((p) => ({ ...p, message: CONFLICT })) : problems);
      if (isApiError(error, 409) || isApiError(error, 412) || isApiError(error, 404)) void refresh();
    },
  };
  const open = (next: Mode) => {
    form.clear();
    setNotice(null);
    setMode(next);
  };
  const cancel = (focusId: string) => {
    form.clear();
    returnFocus.current = focusId;
    setMode(null);
  };

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
  open: (mode: Mode) => void;
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
