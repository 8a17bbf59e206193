import { Table } from 'nhsuk-react-components';
import type { FormProblems } from '../../app/forms';
import type { Member } from './api';
import type { Feedback } from './feedback';
import { MemberRow } from './member-row';

type Props = { members: Member[]; currentUserId: string; form: FormProblems; feedback: Feedback };

export function MembersTable({ members, currentUserId, form, feedback }: Props) {
  return (
    <Table
      responsive
      className="haven-members"
      caption="Members of this service"
      captionProps={{ className: 'nhsuk-u-visually-hidden' }}
    >
      <Table.Head>
        <Table.Row>
          <Table.Cell>Name</Table.Cell>
          <Table.Cell>Email address</Table.Cell>
          <Table.Cell>Role</Table.Cell>
          <Table.Cell>Status</Table.Cell>
          <Table.Cell>Two-factor sign-in</Table.Cell>
          <Table.Cell>
            <span className="nhsuk-u-visually-hidden">Actions</span>
          </Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {members.map((m) => (
          // A new version (after any change, ours or someone else's) starts the row afresh.
          <MemberRow
            key={`${m.id}-${m.version}`}
            member={m}
            isYou={m.userId === currentUserId}
            form={form}
            feedback={feedback}
          />
        ))}
      </Table.Body>
    </Table>
  );
}
