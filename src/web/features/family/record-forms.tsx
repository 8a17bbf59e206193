import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BackLink, Button } from 'nhsuk-react-components';
import { Fragment, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../app/api-client';
import { readableDates } from '../../app/format';
import { todayInLondon } from '../../../core/dates';
import { problemsFrom, useProblems, type FormProblems, type Problem } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { dateFieldTarget, EMPTY_DATE, type DateParts } from '../../components/date-field';
import type { YesNo } from '../../components/yes-no';
import { dateProblem, fromIsoDate, toIsoDate } from '../refer/date-parts';
import { familyKeys } from './api';
import { useFamilyRecord } from './record-context';

/** What a change form hands back to the overview when it is done. */
export type OverviewState = { notice?: string } | null;

export const overviewPath = (familyId: string) => `/families/${familyId}`;

/** The overview's change forms are addressed by `?form=…` (and the person or professional they change). */
export type FormAddress =
  | { form: 'add-carer' | 'add-baby' | 'add-professional' | 'change-details' }
  | { form: 'change-person' | 'record-birth'; person: string }
  | { form: 'change-professional'; professional: string };

export const formHref = (familyId: string, address: FormAddress) =>
  `${overviewPath(familyId)}?${new URLSearchParams(address).toString()}`;

export const yesNoOf = (value: boolean | null): YesNo => (value === null ? '' : value ? 'yes' : 'no');
export const booleanOf = (value: YesNo): boolean | null => (value === '' ? null : value === 'yes');

/** Optional text as the API takes it: blank is "not given". */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

type Options<Input, Answer> = {
  save: (input: Input) => Promise<Answer>;
  /** The success banner's heading on the overview. */
  notice: (answer: Answer) => string;
  /** The API's field paths (without "body.") and the ids of the form's fields they belong to. */
  fields: Record<string, string>;
  fallbackField: string;
};

/**
 * A failed request as problems on the form's own fields. A refusal that is not about a field (a
 * conflict, a discharged record) is one problem for the whole form, beside no field.
 */
export function serverProblems(error: unknown, fields: Record<string, string>, fallbackField: string): Problem[] {
  const invalid = isApiError(error) && error.code === 'VALIDATION';
  return problemsFrom(error, Object.keys(fields)).map((p) => ({
    message: p.message,
    field: p.field ? (fields[p.field] ?? p.field) : invalid ? fallbackField : undefined,
  }));
}

/**
 * Checks a date typed into day, month and year boxes: its ISO form (null when left blank), or a
 * problem added to `problems`, linked to the day box.
 */
export function checkDate(
  problems: Problem[],
  id: string,
  parts: DateParts,
  what: string,
  { required, notFuture = false }: { required?: string; notFuture?: boolean } = {},
): string | null {
  const problem = dateProblem(parts, what, required);
  if (problem) {
    problems.push({ field: dateFieldTarget(id), message: problem });
    return null;
  }
  const iso = toIsoDate(parts);
  if (iso && notFuture && iso > todayInLondon()) {
    problems.push({ field: dateFieldTarget(id), message: `${what} must be today or in the past` });
    return null;
  }
  return iso;
}

export const dateOrBlank = (iso: string | null): DateParts => (iso ? fromIsoDate(iso) : EMPTY_DATE);

/**
 * Sending one of the record's change forms: on success the record is reloaded and the overview
 * shows what was saved; on failure the form keeps what was typed and shows the problems. When
 * someone else changed the same thing first (409) the record is reloaded behind the form, so the
 * next save is made against their version, knowingly.
 */
export function useRecordChange<Input, Answer>({ save, notice, fields, fallbackField }: Options<Input, Answer>) {
  const record = useFamilyRecord();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useProblems();
  const [conflict, setConflict] = useState(false);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) });
      const state: OverviewState = { notice: notice(answer) };
      await navigate(overviewPath(record.id), { state });
    },
    onError: (error) => {
      form.show(serverProblems(error, fields, fallbackField));
      const stale = isApiError(error, 409);
      setConflict(stale);
      // A conflict or a record discharged meanwhile: load what is there now.
      if (stale || isApiError(error, 412)) void queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) });
    },
  });
  /**
   * The form's submit handler: builds the input from what was typed and sends it, or shows the
   * problems `build` found itself.
   */
  const handleSubmit = (build: () => Input | Problem[]) => (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const input = build();
    if (Array.isArray(input)) {
      if (input.length > 0) form.show(input);
      return;
    }
    form.clear();
    mutation.mutate(input);
  };
  return { form, conflict, pending: mutation.isPending, handleSubmit };
}

/**
 * A change form that can start again after a conflict: `render` gets `startAgain`, which remounts
 * the fields so they fill from what is saved now.
 */
export function Restartable({ render }: { render: (startAgain: () => void) => ReactNode }) {
  const [attempt, setAttempt] = useState(0);
  return <Fragment key={attempt}>{render(() => setAttempt((n) => n + 1))}</Fragment>;
}

type PageProps = {
  title: string;
  form: FormProblems;
  conflict?: boolean;
  /** Offered after a conflict: throw away what was typed and start from the saved details. */
  onStartAgain?: () => void;
  children: ReactNode;
};

/** A change form of the record, as a page of its own: back to the overview, the problems, the heading. */
export function FormPage({ title, form, conflict, onStartAgain, children }: PageProps) {
  const record = useFamilyRecord();
  usePageTitle(`${title}: ${record.name}`, form.hasProblems);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to={overviewPath(record.id)}>
          Back to the overview
        </BackLink>
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        {conflict && onStartAgain ? (
          <>
            <p className="nhsuk-body">
              What you typed is still below: save again to replace their change with yours, or start again from the
              details as they are saved now.
            </p>
            <Button type="button" secondary onClick={onStartAgain}>
              Start again from the saved details
            </Button>
          </>
        ) : null}
        <PageHeading caption={readableDates(record.name)}>{title}</PageHeading>
        {record.can.edit ? (
          children
        ) : (
          <p className="nhsuk-body">
            This family has been discharged, so the record is read-only.{' '}
            <Link to={overviewPath(record.id)}>Back to the overview</Link>
          </p>
        )}
      </div>
    </div>
  );
}

/** The save button and a way out without saving. */
export function FormButtons({ label, pending }: { label: string; pending: boolean }) {
  const record = useFamilyRecord();
  return (
    <div className="nhsuk-button-group">
      <Button type="submit">{pending ? 'Saving…' : label}</Button>
      <Link className="nhsuk-link" to={overviewPath(record.id)}>
        Cancel
      </Link>
    </div>
  );
}
