import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Select, Table, Tag } from 'nhsuk-react-components';
import { Fragment, useState, type SyntheticEvent } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../core/roles';
import { isApiError } from '../../app/api-client';
import type { FormProblems } from '../../app/forms';
import { adminKeys, updateMember, type Member, type MemberChange } from './api';
import type { Feedback } from './feedback';

type Props = { member: Member; isYou: boolean; form: FormProblems; feedback: Feedback };

export function MemberRow({ member, isYou, form, feedback }: Props) {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(member.role);
  const roleField = `role-${member.id}`;
  const activeField = `active-${member.id}`;
  const name = member.displayName;

  const mutation = useMutation({
    mutationFn: (change: MemberChange) => updateMember(member.id, change),
    onSuccess: (updated, change) => {
      queryClient.setQueryData<Member[]>(adminKeys.members, (list) =>
        list?.map((m) => (m.id === updated.id ? updated : m)),
      );
      if (change.role !== undefined) feedback.done(`${name} is now: ${ROLE_LABELS[updated.role]}`);
      else if (updated.active)
        feedback.done(
          `${name} has been reactivated`,
          <p className="nhsuk-body">They can sign in to this service again.</p>,
        );
      else
        feedback.done(
          `${name} has been deactivated`,
          <p className="nhsuk-body">They can no longer work in this service. You can reactivate them at any time.</p>,
        );
    },
    onError: (error, change) => {
      feedback.failed([
        {
          field: change.role !== undefined ? roleField : activeField,
          message: isApiError(error) ? error.message : 'The change could not be saved. Try again.',
        },
      ]);
      // Someone else may have changed the member: show what is there now.
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: adminKeys.members });
    },
  });

  const saveRole = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    if (role === member.role) return feedback.failed([{ field: roleField, message: `Choose a new role for ${name}` }]);
    mutation.mutate({ version: member.version, role });
  };

  return (
    <Table.Row>
      <Table.Cell>
        {name}
        {isYou ? <span className="nhsuk-u-secondary-text-colour"> (you)</span> : null}
      </Table.Cell>
      <Table.Cell>
        <BreakableEmail email={member.email} />
      </Table.Cell>
      <Table.Cell>
        <form onSubmit={saveRole} noValidate className="haven-inline-form">
          <Select
            id={roleField}
            label={`Role for ${name}`}
            labelProps={{ className: 'nhsuk-u-visually-hidden' }}
            formGroupProps={{ className: 'nhsuk-u-margin-bottom-2' }}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            error={form.errorFor(roleField)}
          >
            {ROLES.map((r) => (
              <Select.Option key={r} value={r}>
                {ROLE_LABELS[r]}
              </Select.Option>
            ))}
          </Select>
          <Button type="submit" secondary small className="nhsuk-u-margin-bottom-0">
            Save role<span className="nhsuk-u-visually-hidden"> for {name}</span>
          </Button>
        </form>
      </Table.Cell>
      <Table.Cell>
        <MemberStatus member={member} />
      </Table.Cell>
      <Table.Cell>{member.twoFactorEnrolled ? 'Yes' : 'No'}</Table.Cell>
      <Table.Cell>
        <Button
          id={activeField}
          type="button"
          secondary
          small
          className="nhsuk-u-margin-bottom-0"
          onClick={() => {
            if (!mutation.isPending) mutation.mutate({ version: member.version, active: !member.active });
          }}
        >
          {member.active ? 'Deactivate' : 'Reactivate'}
          <span className="nhsuk-u-visually-hidden"> {name}</span>
        </Button>
      </Table.Cell>
    </Table.Row>
  );
}

/** An email address that wraps after its @ and dots rather than mid-word. */
function BreakableEmail({ email }: { email: string }) {
  const parts = email.split(/(?<=[@.])/);
  return (
    <span className="haven-break-anywhere">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}

function MemberStatus({ member }: { member: Member }) {
  if (!member.active) return <Tag modifier="grey">Deactivated</Tag>;
  if (member.invitationPending) return <Tag modifier="yellow">Invitation pending</Tag>;
  return <Tag modifier="green">Active</Tag>;
}
