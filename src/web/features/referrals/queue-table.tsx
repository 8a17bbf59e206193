import { Table } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { formatDay, plural, readableDates } from '../../app/format';
import type { QueueItem } from './api';
import { EligibilityTag, Flags, StatusTag } from './tags';

/** The triage queue, oldest first, as the API orders it. */
export function QueueTable({ items }: { items: QueueItem[] }) {
  return (
    <Table responsive caption="Referrals" captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Reference</Table.Cell>
          <Table.Cell>Received</Table.Cell>
          <Table.Cell>Source</Table.Cell>
          <Table.Cell>Family</Table.Cell>
          <Table.Cell>Eligibility</Table.Cell>
          <Table.Cell>Flags</Table.Cell>
          <Table.Cell>Status</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {items.map((r) => (
          <Table.Row key={r.id}>
            <Table.Cell>
              <Link to={`/referrals/${r.id}`} className="haven-nowrap">
                {r.reference}
              </Link>
            </Table.Cell>
            <Table.Cell>
              <span className="haven-nowrap">{formatDay(r.receivedAt, 'short')}</span>
              <br />
              <span className="nhsuk-u-secondary-text-colour">
                {r.daysWaiting === 0 ? 'today' : `${plural(r.daysWaiting, 'day')} ago`}
              </span>
            </Table.Cell>
            <Table.Cell>{r.sourceLabel}</Table.Cell>
            <Table.Cell>
              {r.parent}
              <br />
              <span className="nhsuk-u-secondary-text-colour">{readableDates(r.baby)}</span>
            </Table.Cell>
            <Table.Cell>
              <EligibilityTag eligibility={r.eligibility} />
            </Table.Cell>
            <Table.Cell>
              <Flags immediateRisk={r.immediateRisk} duplicates={r.possibleDuplicates} />
            </Table.Cell>
            <Table.Cell>
              <StatusTag status={r.status} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
