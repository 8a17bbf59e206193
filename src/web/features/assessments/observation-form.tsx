import { useMutation } from '@tanstack/react-query';
import { Fieldset, Radios, Textarea, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import {
  ATTACHMENT_FEATURES,
  FEATURE_SEEN,
  FEATURE_SEEN_CODES,
  FEATURE_SEEN_HINTS,
  type AttachmentFeatureId,
  type FeatureSeen,
} from '../../../core/assessments/attachment-features';
import { todayInLondon } from '../../../core/dates';
import type { Problem } from '../../app/forms';
import { formatDate } from '../../app/format';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { fromIsoDate, toIsoDate } from '../refer/date-parts';
import { FocusHeading } from '../risks/focus-heading';
import { dateProblems, serverProblems, textProblems } from '../risks/form-helpers';
import {
  changedFields,
  recordObservation,
  reviseObservation,
  type AttachmentObservation,
  type Assessments,
  type Features,
  type ObservationInput,
} from './api';
import { FormButtons, PeopleFields, peopleProblems, type Feedback } from './form-parts';

const P = 'obs';
const ID = {
  childId: `${P}-childId`,
  carerId: `${P}-carerId`,
  observedOn: `${P}-observedOn`,
  observedBy: `${P}-observedBy`,
  setting: `${P}-setting`,
} as const;
const seenId = (f: AttachmentFeatureId) => `${P}-${f}-seen`;
const descriptionId = (f: AttachmentFeatureId) => `${P}-${f}-description`;

const SERVER_FIELDS: Record<string, string> = {
  childId: ID.childId,
  carerId: ID.carerId,
  observedOn: dateFieldTarget(ID.observedOn),
  observedBy: ID.observedBy,
  setting: ID.setting,
  ...Object.fromEntries(
    ATTACHMENT_FEATURES.flatMap((f) => [
      [`features.${f.id}`, seenId(f.id)],
      [`features.${f.id}.seen`, seenId(f.id)],
      [`features.${f.id}.description`, descriptionId(f.id)],
    ]),
  ),
};

type Draft = Record<AttachmentFeatureId, { seen: FeatureSeen | null; description: string }>;

/** A saved observation as the form would send it, to find what a revision changed. */
const asInput = (o: AttachmentObservation): ObservationInput => ({
  childId: o.child.id,
  carerId: o.carer.id,
  observedOn: o.observedOn,
  observedBy: o.observedBy,
  setting: o.setting ?? '',
  features: o.features,
});

type Props = {
  familyId: string;
  data: Assessments;
  observation?: AttachmentObservation;
  feedback: Feedback;
  onCancel: () => void;
};

/** An observation of the four features of attachment: who, when, where, and what was seen of each. */
export function ObservationForm({ familyId, data, observation, feedback, onCancel }: Props) {
  const { form } = feedback;
  const only = (list: { id: string }[]) => (list.length === 1 ? (list[0]?.id ?? '') : '');
  const [childId, setChildId] = useState(observation?.child.id ?? only(data.people.children));
  const [carerId, setCarerId] = useState(observation?.carer.id ?? only(data.people.carers));
  const [observedOn, setObservedOn] = useState(() => fromIsoDate(observation?.observedOn ?? todayInLondon()));
  const [observedBy, setObservedBy] = useState(observation?.observedBy ?? '');
  const [setting, setSetting] = useState(observation?.setting ?? '');
  const [draft, setDraft] = useState<Draft>(
    () =>
      (observation
        ? structuredClone(observation.features)
        : Object.fromEntries(ATTACHMENT_FEATURES.map((f) => [f.id, { seen: null, description: '' }]))) as Draft,
  );
  const change = (f: AttachmentFeatureId, part: Partial<Draft[AttachmentFeatureId]>) =>
    setDraft((prev) => ({ ...prev, [f]: { ...prev[f], ...part } }));

  const mutation = useMutation({
    mutationFn: (input: ObservationInput) =>
      observation
        ? reviseObservation(observation.id, {
            ...changedFields(asInput(observation), input),
            version: observation.version,
          })
        : recordObservation(familyId, input),
    onSuccess: (saved) =>
      feedback.done(
        observation ? 'Observation updated' : 'Observation recorded',
        `The observation of ${formatDate(saved.observedOn)} is saved.`,
      ),
    onError: (error) => feedback.failed(error, serverProblems(error, SERVER_FIELDS, ID.childId)),
  });

  const check = (): Problem[] => {
    const problems = [
      ...peopleProblems(P, childId, carerId),
      ...dateProblems(ID.observedOn, observedOn, {
        what: 'The date observed',
        required: 'Enter the date observed',
        notFuture: true,
      }),
      ...textProblems(ID.observedBy, observedBy, 'Say who observed', 200),
      ...textProblems(ID.setting, setting, undefined, 200),
    ];
    for (const f of ATTACHMENT_FEATURES) {
      const entry = draft[f.id];
      if (entry.seen === null)
        problems.push({ field: seenId(f.id), message: `Say what was seen of ${f.name.toLowerCase()}` });
      if (entry.seen === 'concern' && entry.description.trim() === '')
        problems.push({ field: descriptionId(f.id), message: 'Describe what was seen that is a concern' });
      else problems.push(...textProblems(descriptionId(f.id), entry.description, undefined, 2000));
    }
    return problems;
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems = check();
    if (problems.length > 0) return form.show(problems);
    const features = Object.fromEntries(
      ATTACHMENT_FEATURES.map((f) => [
        f.id,
        { seen: draft[f.id].seen ?? 'not-observed', description: draft[f.id].description.trim() },
      ]),
    ) as Features;
    const input: ObservationInput = {
      childId,
      carerId,
      observedOn: toIsoDate(observedOn) ?? '',
      observedBy: observedBy.trim(),
      setting: setting.trim(),
      features,
    };
    if (observation && Object.keys(changedFields(asInput(observation), input)).length === 0)
      return form.show([{ field: ID.childId, message: 'Nothing has been changed: change something, or cancel' }]);
    form.clear();
    mutation.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate className="haven-assessment-form">
      <FocusHeading>
        {observation
          ? `Update the observation of ${formatDate(observation.observedOn)}`
          : 'Record attachment behaviours'}
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
        id={ID.observedOn}
        legend="Date observed"
        hint="For example, 15 3 2026"
        value={observedOn}
        onChange={setObservedOn}
        error={form.errorFor(dateFieldTarget(ID.observedOn))}
      />
      <TextInput
        id={ID.observedBy}
        name={ID.observedBy}
        label="Who observed"
        labelProps={{ size: 's' }}
        hint="Name and role, for example: Priya, practitioner; or the foster carer"
        value={observedBy}
        onChange={(e) => setObservedBy(e.currentTarget.value)}
        error={form.errorFor(ID.observedBy)}
      />
      <TextInput
        id={ID.setting}
        name={ID.setting}
        label="Where (optional)"
        labelProps={{ size: 's' }}
        hint="For example: home, clinic playroom, nursery"
        value={setting}
        onChange={(e) => setSetting(e.currentTarget.value)}
        error={form.errorFor(ID.setting)}
      />
      {ATTACHMENT_FEATURES.map((f) => (
        <Fieldset key={f.id} className="haven-dimension">
          <Fieldset.Legend size="m">{f.name}</Fieldset.Legend>
          <p className="nhsuk-body">
            {f.description} <span className="nhsuk-u-secondary-text-colour">Look for: {f.lookFor}</span>
          </p>
          <Radios
            name={seenId(f.id)}
            legend={`What was seen of ${f.name.toLowerCase()}?`}
            legendProps={{ size: 's' }}
            error={form.errorFor(seenId(f.id))}
          >
            {FEATURE_SEEN_CODES.map((code, i) => (
              <Radios.Item
                key={code}
                id={i === 0 ? seenId(f.id) : `${seenId(f.id)}-${code}`}
                value={code}
                checked={draft[f.id].seen === code}
                onChange={() => change(f.id, { seen: code })}
                hint={FEATURE_SEEN_HINTS[code]}
              >
                {FEATURE_SEEN[code]}
              </Radios.Item>
            ))}
          </Radios>
          <Textarea
            id={descriptionId(f.id)}
            name={descriptionId(f.id)}
            label={`Describe what was seen of ${f.name.toLowerCase()}`}
            labelProps={{ size: 's' }}
            hint={draft[f.id].seen === 'concern' ? 'Needed for a concern' : 'Optional'}
            rows={3}
            value={draft[f.id].description}
            onChange={(e) => change(f.id, { description: e.currentTarget.value })}
            error={form.errorFor(descriptionId(f.id))}
          />
        </Fieldset>
      ))}
      <FormButtons
        label={observation ? 'Save changes' : 'Save observation'}
        pending={mutation.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
