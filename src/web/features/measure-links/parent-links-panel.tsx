import './measure-links.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Table, Tag } from 'nhsuk-react-components';
import { useState } from 'react';
import { TIMEPOINTS } from '../../../core/measures/catalogue';
import { isApiError } from '../../app/api-client';
import { useProblems } from '../../app/forms';
import { formatDay } from '../../app/format';
import { ProblemSummary } from '../../components/problem-summary';
import { familyKeys, getFamily } from '../family/api';
import { FocusHeading } from '../risks/focus-heading';
import { linkKeys, listLinks, revokeLink, type LinkStatus, type MeasureLink } from './api';
import { LinkForm } from './link-form';

const STATUS: Record<LinkStatus, { label: string; colour: 'blue' | 'green' | 'grey' | 'orange' }> = {
  waiting: { label: 'Waiting', colour: 'blue' },
  completed: { label: 'Completed', colour: 'green' },
  expired: { label: 'Expired', colour: 'orange' },
  revoked: { label: 'Withdrawn', colour: 'grey' },
};

/**
 * Questionnaire links for a family's Measures page: create one for a carer (the address is shown
 * once, to copy and send by the service's usual secure route), see where each stands, and withdraw
 * one not yet used. For practitioners and managers; creating needs an open record.
 */
export function ParentLinksPanel({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const record = useQuery({ queryKey: familyKeys.one(familyId), queryFn: () => getFamily(familyId) });
  const links = useQuery({ queryKey: linkKeys.list(familyId), queryFn: () => listLinks(familyId) });
  const form = useProblems();
  const [created, setCreated] = useState<{ link: MeasureLink; url: string } | null>(null);
  // The form opens on request, so the page leads with the family's results.
  const [composing, setComposing] = useState(false);

  const refresh = () => queryClient.invalidateQueries({ queryKey: familyKeys.one(familyId) });
  const revoke = useMutation({
    mutationFn: (link: MeasureLink) => revokeLink(link.id, link.version),
    onSuccess: () => {
      setCreated(null);
      void refresh();
    },
    onError: (error) => {
      form.show([{ message: isApiError(error) ? error.message : 'The link could not be withdrawn. Try again.' }]);
      void refresh();
    },
  });

  if (!record.data?.can.readNotes) return null;
  const carers = record.data.people
    .filter((p) => p.kind === 'carer' && p.active)
    .map((p) => ({ id: p.id, name: p.name ?? 'Parent or carer (name not recorded)' }));

  return (
    <section className="haven-parent-links" aria-labelledby="parent-links-heading">
      <h2 className="nhsuk-heading-m" id="parent-links-heading">
        Questionnaires for parents to complete
      </h2>
      <ProblemSummary problems={form.problems} attempt={form.attempt} />
      {created ? <CreatedLink created={created} onDone={() => setCreated(null)} /> : null}
      <p className="nhsuk-body">
        A link a parent can open on their phone, with no account, to answer a questionnaire. It works once, and shows
        nothing about the family.
      </p>
      {record.data.can.writeNotes && !created && composing ? (
        <>
          <LinkForm
            familyId={familyId}
            carers={carers}
            form={form}
            onCreated={(c) => {
              form.clear();
              setComposing(false);
              setCreated(c);
              void refresh();
            }}
          />
          <Button
            type="button"
            secondary
            onClick={() => {
              form.clear();
              setComposing(false);
            }}
          >
            Cancel
          </Button>
        </>
      ) : null}
      {record.data.can.writeNotes && !created && !composing ? (
        <Button type="button" secondary onClick={() => setComposing(true)}>
          Send a questionnaire link
        </Button>
      ) : null}
      <LinkTable links={links.data ?? []} canRevoke={record.data.can.writeNotes} onRevoke={(l) => revoke.mutate(l)} />
      {links.isError ? <p className="nhsuk-body">The links could not be loaded: {links.error.message}</p> : null}
    </section>
  );
}

/** The new link, shown this once: the token is not kept, so it cannot be shown again. */
function CreatedLink({ created, onDone }: { created: { link: MeasureLink; url: string }; onDone: () => void }) {
  const address = `${window.location.origin}${created.url}`;
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setCopied('Link copied');
    } catch {
      setCopied('The link could not be copied: select it and copy it yourself');
    }
  };
  return (
    <div className="nhsuk-inset-text">
      <FocusHeading className="nhsuk-heading-s">
        {created.link.measure.shortName} link for {created.link.person.name}
      </FocusHeading>
      <p className="nhsuk-body">
        Send it to the parent by your usual secure route. It works once, until {formatDay(created.link.expiresAt)}. This
        is the only time it is shown: copy it now.
      </p>
      <label className="nhsuk-label" htmlFor="new-link-address">
        Link to send
      </label>
      <input
        className="nhsuk-input haven-link-address"
        id="new-link-address"
        readOnly
        value={address}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="nhsuk-button-group nhsuk-u-margin-top-3">
        <Button type="button" secondary onClick={() => void copy()}>
          Copy the link
        </Button>
        <Button type="button" secondary onClick={onDone}>
          Done
        </Button>
      </div>
      <p className="nhsuk-body-s" role="status">
        {copied}
      </p>
    </div>
  );
}

function LinkTable({
  links,
  canRevoke,
  onRevoke,
}: {
  links: MeasureLink[];
  canRevoke: boolean;
  onRevoke: (link: MeasureLink) => void;
}) {
  if (links.length === 0) return <p className="nhsuk-body">No links have been sent to this family yet.</p>;
  return (
    <Table responsive caption="Links sent to this family" captionProps={{ className: 'nhsuk-heading-s' }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Questionnaire</Table.Cell>
          <Table.Cell>Parent or carer</Table.Cell>
          <Table.Cell>Status</Table.Cell>
          <Table.Cell>Dates</Table.Cell>
          <Table.Cell>
            <span className="nhsuk-u-visually-hidden">Action</span>
          </Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {links.map((l) => (
          <Table.Row key={l.id}>
            <Table.Cell>
              {l.measure.shortName}
              <br />
              <span className="nhsuk-body-s">{TIMEPOINTS[l.timepoint]}</span>
            </Table.Cell>
            <Table.Cell>{l.person.name}</Table.Cell>
            <Table.Cell>
              <Tag modifier={STATUS[l.status].colour}>{STATUS[l.status].label}</Tag>
            </Table.Cell>
            <Table.Cell>
              Sent {formatDay(l.createdAt)}
              <br />
              {l.usedAt
                ? `Completed ${formatDay(l.usedAt)}`
                : l.revokedAt
                  ? `Withdrawn ${formatDay(l.revokedAt)}`
                  : `${l.status === 'expired' ? 'Expired' : 'Expires'} ${formatDay(l.expiresAt)}`}
            </Table.Cell>
            <Table.Cell>
              {canRevoke && l.status === 'waiting' ? (
                <Button type="button" secondary small onClick={() => onRevoke(l)}>
                  Withdraw<span className="nhsuk-u-visually-hidden"> the {l.measure.shortName} link</span>
                </Button>
              ) : null}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
