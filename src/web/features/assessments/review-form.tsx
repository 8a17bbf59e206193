import { useMutation } from '@tanstack/react-query';
import { Details, Fieldset, Radios, Textarea } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import {
  CARER_SCALE,
  CHILD_SCALE,
  SECURE_BASE_DIMENSIONS,
  type ScalePoint,
  type SecureBaseDimensionId,
  type Side,
} from '../../../core/assessments/secure-base';
import { todayInLondon } from '../../../core/dates';
import { CARE_SETTING_CODES, CARE_SETTINGS, type CareSetting } from '../../../core/family-options';
import type { Problem } from '../../app/forms';
import { formatDate } from '../../app/format';
import { CodeRadios } from '../../components/code-radios';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { fromIsoDate, toIsoDate } from '../refer/date-parts';
import { FocusHeading } from '../risks/focus-heading';
import { dateProblems, serverProblems, textProblems } from '../risks/form-helpers';
import {
  changedFields,
  recordReview,
  reviseReview,
  type Assessments,
  type Dimensions,
  type ReviewInput,
  type SecureBaseReview,
} from './api';
import { FormButtons, PeopleFields, peopleProblems, type Feedback } from './form-parts';

const P = 'sbr';
const ID = {
  childId: `${P}-childId`,
  carerId: `${P}-carerId`,
  reviewedOn: `${P}-reviewedOn`,
  careSetting: `${P}-careSetting`,
  summary: `${P}-summary`,
} as const;
const ratingId = (d: SecureBaseDimensionId, side: Side) => `${P}-${d}-${side}`;
const textId = (d: SecureBaseDimensionId, what: 'evidence' | 'goals') => `${P}-${d}-${what}`;

/** The API's field names mapped to this form's element ids, for the error summary's links. */
const SERVER_FIELDS: Record<string, string> = {
  childId: ID.childId,
  carerId: ID.carerId,
  reviewedOn: dateFieldTarget(ID.reviewedOn),
  careSetting: ID.careSetting,
  summary: ID.summary,
  ...Object.fromEntries(
    SECURE_BASE_DIMENSIONS.flatMap((d) => [
      [`dimensions.${d.id}`, ratingId(d.id, 'carer')],
      [`dimensions.${d.id}.carer`, ratingId(d.id, 'carer')],
      [`dimensions.${d.id}.child`, ratingId(d.id, 'child')],
      [`dimensions.${d.id}.evidence`, textId(d.id, 'evidence')],
      [`dimensions.${d.id}.goals`, textId(d.id, 'goals')],
    ]),
  ),
};

type Draft = Record<
  SecureBaseDimensionId,
  { carer: number | null; child: number | null; evidence: string; goals: string }
>;

const emptyDraft = (): Draft =>
  Object.fromEntries(
    SECURE_BASE_DIMENSIONS.map((d) => [d.id, { carer: null, child: null, evidence: '', goals: '' }]),
  ) as Draft;

/** A saved review as the form would send it, to find what a revision changed. */
const asInput = (r: SecureBaseReview): ReviewInput => ({
  childId: r.child.id,
  carerId: r.carer.id,
  reviewedOn: r.reviewedOn,
  careSetting: r.careSetting,
  dimensions: r.dimensions,
  summary: r.summary ?? '',
});

type Props = {
  familyId: string;
  data: Assessments;
  /** The review to revise; a new one when absent. */
  review?: SecureBaseReview;
  feedback: Feedback;
  onCancel: () => void;
};

/**
 * A Secure Base review: who and when, then each of the five dimensions in turn (what to look for,
 * the carer's approach and the child's response rated 1 to 5, evidence and goals), then a summary.
 */
export function ReviewForm({ familyId, data, review, feedback, onCancel }: Props) {
  const { form } = feedback;
  const only = (list: { id: string }[]) => (list.length === 1 ? (list[0]?.id ?? '') : '');
  const [childId, setChildId] = useState(review?.child.id ?? only(data.people.children));
  const [carerId, setCarerId] = useState(review?.carer.id ?? only(data.people.carers));
  const [reviewedOn, setReviewedOn] = useState(() => fromIsoDate(review?.reviewedOn ?? todayInLondon()));
  const [careSetting, setCareSetting] = useState<CareSetting>(review?.careSetting ?? data.careSetting);
  const [draft, setDraft] = useState<Draft>(() => (review ? structuredClone(review.dimensions) : emptyDraft()));
  const [summary, setSummary] = useState(review?.summary ?? '');

  const change = (d: SecureBaseDimensionId, part: Partial<Draft[SecureBaseDimensionId]>) =>
    setDraft((prev) => ({ ...prev, [d]: { ...prev[d], ...part } }));

  const mutation = useMutation({
    mutationFn: (input: ReviewInput) =>
      review
        ? reviseReview(review.id, { ...changedFields(asInput(review), input), version: review.version })
        : recordReview(familyId, input),
    onSuccess: (saved) =>
      feedback.done(
        review ? 'Secure Base review updated' : 'Secure Base review recorded',
        `The review of ${formatDate(saved.reviewedOn)} is saved and the profile now includes it.`,
      ),
    onError: (error) => feedback.failed(error, serverProblems(error, SERVER_FIELDS, ID.childId)),
  });

  const check = (): Problem[] => {
    const problems = [
      ...peopleProblems(P, childId, carerId),
      ...dateProblems(ID.reviewedOn, reviewedOn, {
        what: 'The review date',
        required: 'Enter the date of the review',
        notFuture: true,
      }),
    ];
    for (const d of SECURE_BASE_DIMENSIONS) {
      const entry = draft[d.id];
      if (entry.carer === null)
        problems.push({ field: ratingId(d.id, 'carer'), message: `Rate the carer's ${d.name.toLowerCase()}` });
      if (entry.child === null)
        problems.push({ field: ratingId(d.id, 'child'), message: `Rate the child's ${d.benefit.toLowerCase()}` });
      problems.push(...textProblems(textId(d.id, 'evidence'), entry.evidence, undefined, 4000));
      problems.push(...textProblems(textId(d.id, 'goals'), entry.goals, undefined, 2000));
    }
    problems.push(...textProblems(ID.summary, summary, undefined, 4000));
    return problems;
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems = check();
    if (problems.length > 0) return form.show(problems);
    const dimensions = Object.fromEntries(
      SECURE_BASE_DIMENSIONS.map((d) => {
        const e = draft[d.id];
        return [d.id, { carer: e.carer ?? 0, child: e.child ?? 0, evidence: e.evidence.trim(), goals: e.goals.trim() }];
      }),
    ) as Dimensions;
    const input: ReviewInput = {
      childId,
      carerId,
      reviewedOn: toIsoDate(reviewedOn) ?? '',
      careSetting,
      dimensions,
      summary: summary.trim(),
    };
    if (review && Object.keys(changedFields(asInput(review), input)).length === 0)
      return form.show([{ field: ID.childId, message: 'Nothing has been changed: change something, or cancel' }]);
    form.clear();
    mutation.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate className="haven-assessment-form">
      <FocusHeading>
        {review ? `Update the review of ${formatDate(review.reviewedOn)}` : 'Record a Secure Base review'}
      </FocusHeading>
      <PeopleFields
        prefix={P}
        people={data.people}
        childId={childId}
        carerId={carerId}
        onChild={setChildId}
        onCarer={setCarerId}
        errorFor={form.errorFor}
      />
      <DateField
        id={ID.reviewedOn}
        legend="Date of the review"
        hint="For example, 15 3 2026"
        value={reviewedOn}
        onChange={setReviewedOn}
        error={form.errorFor(dateFieldTarget(ID.reviewedOn))}
      />
      <CodeRadios
        id={ID.careSetting}
        legend="Care setting"
        codes={CARE_SETTING_CODES}
        labels={CARE_SETTINGS}
        value={careSetting}
        onChange={setCareSetting}
        error={form.errorFor(ID.careSetting)}
      />
      <ScaleGuide />
      {SECURE_BASE_DIMENSIONS.map((d) => (
        <Fieldset key={d.id} className="haven-dimension">
          <Fieldset.Legend size="m">{d.title}</Fieldset.Legend>
          <p className="nhsuk-body">{d.caregiving}</p>
          <Details>
            <Details.Summary>What to look for</Details.Summary>
            <Details.Text>
              <h4 className="nhsuk-heading-xs">In the carer</h4>
              <ul>
                {d.carerPrompts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              <h4 className="nhsuk-heading-xs">In the child</h4>
              <ul>
                {d.childPrompts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Details.Text>
          </Details>
          <RatingRadios
            id={ratingId(d.id, 'carer')}
            legend={`The carer's approach: ${d.name.toLowerCase()}`}
            scale={CARER_SCALE}
            value={draft[d.id].carer}
            onChange={(carer) => change(d.id, { carer })}
            error={form.errorFor(ratingId(d.id, 'carer'))}
          />
          <RatingRadios
            id={ratingId(d.id, 'child')}
            legend={`The child's response: ${d.benefit.toLowerCase()}`}
            scale={CHILD_SCALE}
            value={draft[d.id].child}
            onChange={(child) => change(d.id, { child })}
            error={form.errorFor(ratingId(d.id, 'child'))}
          />
          <Textarea
            id={textId(d.id, 'evidence')}
            name={textId(d.id, 'evidence')}
            label={`Evidence for ${d.name.toLowerCase()} (optional)`}
            labelProps={{ size: 's' }}
            hint="What you saw or were told, and when"
            rows={3}
            value={draft[d.id].evidence}
            onChange={(e) => change(d.id, { evidence: e.currentTarget.value })}
            error={form.errorFor(textId(d.id, 'evidence'))}
          />
          <Textarea
            id={textId(d.id, 'goals')}
            name={textId(d.id, 'goals')}
            label={`Goals for ${d.name.toLowerCase()} (optional)`}
            labelProps={{ size: 's' }}
            rows={2}
            value={draft[d.id].goals}
            onChange={(e) => change(d.id, { goals: e.currentTarget.value })}
            error={form.errorFor(textId(d.id, 'goals'))}
          />
        </Fieldset>
      ))}
      <Textarea
        id={ID.summary}
        name={ID.summary}
        label="Summary (optional)"
        labelProps={{ size: 's' }}
        hint="Strengths, concerns and what happens next"
        rows={4}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        error={form.errorFor(ID.summary)}
      />
      <FormButtons label={review ? 'Save changes' : 'Save review'} pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}

type RatingProps = {
  id: string;
  legend: string;
  scale: readonly ScalePoint[];
  value: number | null;
  onChange: (rating: number) => void;
  error?: string;
};

/** One rating from 1 to 5, each point with its anchor label; the descriptions are in the guide above. */
function RatingRadios({ id, legend, scale, value, onChange, error }: RatingProps) {
  return (
    <Radios name={id} legend={legend} legendProps={{ size: 's' }} error={error}>
      {scale.map((p, i) => (
        <Radios.Item
          key={p.rating}
          id={i === 0 ? id : `${id}-${String(p.rating)}`}
          value={String(p.rating)}
          checked={value === p.rating}
          onChange={() => onChange(p.rating)}
        >
          {`${String(p.rating)} – ${p.label}`}
        </Radios.Item>
      ))}
    </Radios>
  );
}

/** The two scales' anchors, once, so every rating means the same to everyone. */
export function ScaleGuide() {
  return (
    <Details>
      <Details.Summary>How to rate: the 1 to 5 scales</Details.Summary>
      <Details.Text>
        <p>Rate what you have seen across recent contact, not one good or bad moment.</p>
        <ScaleList title="The carer's approach" scale={CARER_SCALE} />
        <ScaleList title="The child's response" scale={CHILD_SCALE} />
      </Details.Text>
    </Details>
  );
}

function ScaleList({ title, scale }: { title: string; scale: readonly ScalePoint[] }) {
  return (
    <>
      <h4 className="nhsuk-heading-xs">{title}</h4>
      <dl className="haven-scale">
        {scale.map((p) => (
          <div key={p.rating}>
            <dt>{`${String(p.rating)} – ${p.label}`}</dt>
            <dd>{p.description}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
