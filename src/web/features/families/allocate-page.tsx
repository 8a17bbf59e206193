import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { BackLink, Button, Select, SummaryList } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ROLE_LABELS } from '../../../core/roles';
import { PRIORITIES } from '../../../core/referral-options';
import { isApiError } from '../../app/api-client';
import { formatDate, plural, readableDates } from '../../app/format';
import { problemsFrom, useProblems, type Problem } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { LoadingPage } from '../../app/status-pages';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { allocateFamily, familyKeys, getWaitingList, listAllocatable, type Allocatable } from './api';
import type { WaitingListState } from './waiting-list-page';

const FIELDS = ['practitionerId', 'coWorkerId'] as const;

const personLabel = (p: Allocatable) =>
  `${p.name}${p.role === 'practitioner' ? '' : ` (${ROLE_LABELS[p.role]})`} – ${plural(p.caseload, 'family', 'families')}`;

/** Allocating a waiting family to a practitioner, with an optional co-worker. */
export function AllocatePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: familyKeys.waiting, queryFn: getWaitingList });
  const people = useQuery({ queryKey: familyKeys.allocatable, queryFn: listAllocatable });
  const form = useProblems();
  const [practitionerId, setPractitionerId] = useState('');
  const [coWorkerId, setCoWorkerId] = useState('');
  const family = list.data?.families.find((f) => f.id === id);
  usePageTitle(family ? `Allocate ${family.reference}` : 'Allocate a family', form.hasProblems);

  const mutation = useMutation({
    mutationFn: (version: number) =>
      allocateFamily(id, { version, practitionerId, coWorkerId: coWorkerId === '' ? null : coWorkerId }),
    onSuccess: async (allocated) => {
      await queryClient.invalidateQueries({ queryKey: ['families'] });
      const state: WaitingListState = {
        notice: `${family?.reference ?? allocated.reference} is allocated to ${allocated.practitioner?.name ?? 'the practitioner'}`,
      };
      await navigate('/waiting-list', { state });
    },
    onError: (error) => {
      form.show(problemsFrom(error, FIELDS, 'practitionerId'));
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: familyKeys.waiting });
    },
  });

  if (list.isPending || people.isPending) return <LoadingPage />;
  if (!family) {
    return (
      <>
        <PageHeading>This family is not on the waiting list</PageHeading>
        <p className="nhsuk-body">They may have been allocated already.</p>
        <p className="nhsuk-body">
          <Link to="/waiting-list">Back to the waiting list</Link>
        </p>
      </>
    );
  }

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems: Problem[] = [];
    if (!practitionerId) problems.push({ field: 'practitionerId', message: 'Choose a practitioner' });
    if (coWorkerId && coWorkerId === practitionerId)
      problems.push({ field: 'coWorkerId', message: 'The co-worker must be someone else' });
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate(family.version);
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to="/waiting-list">
          Back
        </BackLink>
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        <PageHeading caption={readableDates(family.name)}>Allocate {family.reference}</PageHeading>
        <SummaryList>
          <SummaryList.Row>
            <SummaryList.Key>Priority</SummaryList.Key>
            <SummaryList.Value>{PRIORITIES[family.priority]}</SummaryList.Value>
          </SummaryList.Row>
          <SummaryList.Row>
            <SummaryList.Key>Referred</SummaryList.Key>
            <SummaryList.Value>
              {formatDate(family.referralDate)} ({plural(family.daysWaiting, 'day')} ago)
            </SummaryList.Value>
          </SummaryList.Row>
        </SummaryList>
        {people.isError ? <p className="nhsuk-body">The practitioners could not be loaded.</p> : null}
        <form onSubmit={submit} noValidate>
          <Select
            id="practitionerId"
            name="practitionerId"
            label="Practitioner"
            labelProps={{ size: 's' }}
            hint="With the number of families each holds now."
            value={practitionerId}
            onChange={(e) => setPractitionerId(e.currentTarget.value)}
            error={form.errorFor('practitionerId')}
          >
            <Select.Option value="">Choose a practitioner</Select.Option>
            {people.data?.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {personLabel(p)}
              </Select.Option>
            ))}
          </Select>
          <Select
            id="coWorkerId"
            name="coWorkerId"
            label="Co-worker (optional)"
            labelProps={{ size: 's' }}
            value={coWorkerId}
            onChange={(e) => setCoWorkerId(e.currentTarget.value)}
            error={form.errorFor('coWorkerId')}
          >
            <Select.Option value="">No co-worker</Select.Option>
            {people.data?.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {personLabel(p)}
              </Select.Option>
            ))}
          </Select>
          <Button type="submit">{mutation.isPending ? 'Allocating…' : 'Allocate'}</Button>
        </form>
      </div>
    </div>
  );
}
