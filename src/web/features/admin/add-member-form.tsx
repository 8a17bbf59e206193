import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Radios, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../core/roles';
import { isBlank, problemsFrom, type FormProblems, type Problem } from '../../app/forms';
import { addMember, adminKeys } from './api';
import type { Feedback } from './feedback';
import { InviteLink } from './invite-link';

type Props = { form: FormProblems; feedback: Feedback };

const FIELDS = ['displayName', 'email', 'role'] as const;

export function AddMemberForm({ form, feedback }: Props) {
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('');

  const mutation = useMutation({
    mutationFn: addMember,
    onSuccess: async ({ member, invitePath }) => {
      setDisplayName('');
      setEmail('');
      setRole('');
      feedback.done(
        `${member.displayName} has been added as ${ROLE_LABELS[member.role]}`,
        invitePath ? (
          <InviteLink name={member.displayName} path={invitePath} />
        ) : (
          <p className="nhsuk-body">
            They already have a Haven account, so they can sign in now with their usual password and choose this
            service.
          </p>
        ),
      );
      await queryClient.invalidateQueries({ queryKey: adminKeys.members });
    },
    onError: (error) => feedback.failed(problemsFrom(error, FIELDS, 'email')),
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems: Problem[] = [];
    if (isBlank(displayName)) problems.push({ field: 'displayName', message: 'Enter their full name' });
    if (isBlank(email)) problems.push({ field: 'email', message: 'Enter their email address' });
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      problems.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.org' });
    if (!role) problems.push({ field: 'role', message: 'Choose a role' });
    if (problems.length > 0 || !role) return feedback.failed(problems);
    mutation.mutate({ displayName: displayName.trim(), email: email.trim(), role });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="nhsuk-body">
        Someone new gets a single-use link to set their password. Someone who already uses Haven in another service just
        gains access to this one.
      </p>
      <TextInput
        id="displayName"
        name="displayName"
        label="Full name"
        autoComplete="off"
        spellCheck={false}
        width={30}
        value={displayName}
        onChange={(e) => setDisplayName(e.currentTarget.value)}
        error={form.errorFor('displayName')}
      />
      <TextInput
        id="email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="off"
        spellCheck={false}
        width={30}
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        error={form.errorFor('email')}
      />
      <Radios name="role" legend="Role" legendProps={{ size: 's' }} error={form.errorFor('role')}>
        {ROLES.map((r, i) => (
          <Radios.Item
            key={r}
            id={i === 0 ? 'role' : `role-${r}`}
            value={r}
            checked={role === r}
            onChange={() => setRole(r)}
          >
            {ROLE_LABELS[r]}
          </Radios.Item>
        ))}
      </Radios>
      <Button type="submit">Add member</Button>
    </form>
  );
}
