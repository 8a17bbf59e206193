import { useMutation } from '@tanstack/react-query';
import { Button, Select, Table, Textarea, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { todayInLondon } from '../../../core/dates';
import {
  SCORED_ELSEWHERE_CODES,
  SCORED_ELSEWHERE_TOOLS,
  TIMEPOINT_CODES,
  TIMEPOINTS,
  type ScoredElsewhereTool,
  type Timepoint,
} from '../../../core/measures/catalogue';
import type { Problem } from '../../app/forms';
import { formatDate } from '../../app/format';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { fromIsoDate, toIsoDate } from '../refer/date-parts';
import type { Feedback } from '../../app/section-forms';
import { FocusHeading } from '../risks/focus-heading';
import { dateProblems, serverProblems, textProblems } from '../risks/form-helpers';
import { RiskFormButtons as FormButtons } from '../risks/risk-fields';
import { recordScore, type FamilyPerson, type ScoredElsewhere } from './api';

const ID = {
  tool: 'score-tool',
  toolName: 'score-toolName',
  personId: 'score-person',
  timepoint: 'score-timepoint',
  scoredOn: 'score-scoredOn',
  score: 'score-score',
  result: 'score-result',
  notes: 'score-notes',
} as const;

type FormProps = { familyId: string; people: FamilyPerson[]; feedback: Feedback; onCancel: () => void };

/** Recording a score from a tool Haven does not hold: its name, the date, and the score or its reading. */
function ScoreForm({ familyId, people, feedback, onCancel }: FormProps) {
  const { form } = feedback;
  const [tool, setTool] = useState<ScoredElsewhereTool | ''>('');
  const [toolName, setToolName] = useState('');
  const [personId, setPersonId] = useState('');
  const [timepoint, setTimepoint] = useState<Timepoint | ''>('');
  const [scoredOn, setScoredOn] = useState(() => fromIsoDate(todayInLondon()));
  const [score, setScore] = useState('');
  const [result, setResult] = useState('');
  const [notes, setNotes] = useState('');
  const mutation = useMutation({
    mutationFn: (input: Parameters<typeof recordScore>[1]) => recordScore(familyId, input),
    onSuccess: (s) => feedback.done('Score recorded', `${s.toolName} on ${formatDate(s.scoredOn)}.`),
    onError: (error) =>
      feedback.failed(error, serverProblems(error, { ...ID, scoredOn: dateFieldTarget(ID.scoredOn) }, ID.tool)),
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems: Problem[] = [];
    if (!tool) problems.push({ field: ID.tool, message: 'Choose the tool' });
    if (tool === 'other') problems.push(...textProblems(ID.toolName, toolName, 'Enter the name of the tool', 100));
    if (!timepoint) problems.push({ field: ID.timepoint, message: 'Choose when it was scored' });
    problems.push(
      ...dateProblems(ID.scoredOn, scoredOn, {
        what: 'The date scored',
        required: 'Enter the date scored',
        notFuture: true,
      }),
    );
    const number = score.trim() === '' ? undefined : Number(score);
    if (number !== undefined && !Number.isFinite(number))
      problems.push({ field: ID.score, message: 'Enter the score as a number, like 42 or 3.5' });
    if (number === undefined && result.trim() === '')
      problems.push({ field: ID.score, message: 'Enter the score, the result, or both' });
    problems.push(
      ...textProblems(ID.result, result, undefined, 200),
      ...textProblems(ID.notes, notes, undefined, 1000),
    );
    if (problems.length > 0 || !tool || !timepoint) return form.show(problems);
    form.clear();
    mutation.mutate({
      tool,
      toolName: tool === 'other' ? toolName.trim() : undefined,
      personId: personId || undefined,
      timepoint,
      scoredOn: toIsoDate(scoredOn) ?? '',
      score: number,
      result: result.trim() || undefined,
      notes: notes.trim() || undefined,
    });
  };
  return (
    <form onSubmit={submit} noValidate className="haven-measure-form">
      <FocusHeading level={3} className="nhsuk-heading-s">
        Record a score from another tool
      </FocusHeading>
      <p className="nhsuk-body">
        Only the tool&apos;s name, the date and the score or its reading. Do not copy any of the tool&apos;s items,
        manual or coding into Haven.
      </p>
      <Select
        id={ID.tool}
        label="Tool"
        labelProps={{ size: 's' }}
        value={tool}
        onChange={(e) => setTool(e.currentTarget.value as ScoredElsewhereTool)}
        error={form.errorFor(ID.tool)}
      >
        <Select.Option value="">Choose a tool</Select.Option>
        {SCORED_ELSEWHERE_CODES.map((t) => (
          <Select.Option key={t} value={t}>
            {SCORED_ELSEWHERE_TOOLS[t]}
          </Select.Option>
        ))}
      </Select>
      {tool === 'other' ? (
        <TextInput
          id={ID.toolName}
          label="Name of the tool"
          labelProps={{ size: 's' }}
          value={toolName}
          onChange={(e) => setToolName(e.currentTarget.value)}
          error={form.errorFor(ID.toolName)}
        />
      ) : null}
      <Select
        id={ID.personId}
        label="Who is it about?"
        labelProps={{ size: 's' }}
        value={personId}
        onChange={(e) => setPersonId(e.currentTarget.value)}
        error={form.errorFor(ID.personId)}
      >
        <Select.Option value="">The carer and baby together</Select.Option>
        {people.map((p) => (
          <Select.Option key={p.id} value={p.id}>
            {p.name}
          </Select.Option>
        ))}
      </Select>
      <Select
        id={ID.timepoint}
        label="When in the work?"
        labelProps={{ size: 's' }}
        value={timepoint}
        onChange={(e) => setTimepoint(e.currentTarget.value as Timepoint)}
        error={form.errorFor(ID.timepoint)}
      >
        <Select.Option value="">Choose a time point</Select.Option>
        {TIMEPOINT_CODES.map((t) => (
          <Select.Option key={t} value={t}>
            {TIMEPOINTS[t]}
          </Select.Option>
        ))}
      </Select>
      <DateField
        id={ID.scoredOn}
        legend="Date scored"
        value={scoredOn}
        onChange={setScoredOn}
        error={form.errorFor(dateFieldTarget(ID.scoredOn))}
      />
      <TextInput
        id={ID.score}
        label="Score"
        labelProps={{ size: 's' }}
        hint="A number, if the tool gives one"
        inputMode="decimal"
        width={5}
        value={score}
        onChange={(e) => setScore(e.currentTarget.value)}
        error={form.errorFor(ID.score)}
      />
      <TextInput
        id={ID.result}
        label="Result"
        labelProps={{ size: 's' }}
        hint="The tool's own reading, for example “monitoring zone” or “sensitive-responsive”"
        value={result}
        onChange={(e) => setResult(e.currentTarget.value)}
        error={form.errorFor(ID.result)}
      />
      <Textarea
        id={ID.notes}
        label="Notes (optional)"
        labelProps={{ size: 's' }}
        rows={2}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={form.errorFor(ID.notes)}
      />
      <FormButtons label="Save score" pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}

type Props = {
  familyId: string;
  scores: ScoredElsewhere[];
  people: FamilyPerson[];
  personName: (id: string | null) => string;
  canRecord: boolean;
  formOpen: boolean;
  onOpen: () => void;
  onCancel: () => void;
  feedback: Feedback;
};

/** Scores from observational and publisher-owned tools (PIIOS, CARE-Index, ASQ:SE-2…), newest first. */
export function ScoredElsewhereSection({
  familyId,
  scores,
  people,
  personName,
  canRecord,
  formOpen,
  onOpen,
  onCancel,
  feedback,
}: Props) {
  return (
    <section aria-labelledby="elsewhere-heading" className="haven-measures-part">
      <h2 className="nhsuk-heading-m" id="elsewhere-heading">
        Scores from other tools
      </h2>
      {scores.length === 0 ? (
        <p className="nhsuk-body">No scores from other tools have been recorded.</p>
      ) : (
        <Table
          responsive
          caption="Scores from other tools, newest first"
          captionProps={{ className: 'nhsuk-u-visually-hidden' }}
        >
          <Table.Head>
            <Table.Row>
              <Table.Cell>Tool</Table.Cell>
              <Table.Cell>Date</Table.Cell>
              <Table.Cell>Time point</Table.Cell>
              <Table.Cell>About</Table.Cell>
              <Table.Cell>Score</Table.Cell>
              <Table.Cell>Result</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {scores.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>{s.toolName}</Table.Cell>
                <Table.Cell>{formatDate(s.scoredOn, 'short')}</Table.Cell>
                <Table.Cell>{TIMEPOINTS[s.timepoint]}</Table.Cell>
                <Table.Cell>{s.personId ? personName(s.personId) : 'Carer and baby together'}</Table.Cell>
                <Table.Cell>{s.score ?? '—'}</Table.Cell>
                <Table.Cell>
                  <span className="haven-wrap">{s.result ?? '—'}</span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {canRecord ? (
        formOpen ? (
          <ScoreForm familyId={familyId} people={people} feedback={feedback} onCancel={onCancel} />
        ) : (
          <Button type="button" id="record-score" secondary onClick={onOpen}>
            Record a score from another tool
          </Button>
        )
      ) : null}
    </section>
  );
}
