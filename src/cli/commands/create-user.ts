import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../core/roles';
import { addMember } from '../../server/modules/admin';
import { NewPassword } from '../../server/modules/auth';
import { findServiceBySlug } from '../../server/modules/services';
import { systemCtx } from '../../server/db/seed/demo';
import { open, say, UsageError } from '../runtime';
import { readPassword } from '../read-password';

export const help = `haven create-user --service SLUG --email EMAIL --role ROLE [--name "Full Name"]

Adds a person to a service. Someone new gets an account with the password read from
standard input (or asked for, when run in a terminal), at least 12 characters; it is never
taken as an argument, so it does not end up in shell history. Someone who already has an
account keeps their password and gains the membership.

Roles: ${ROLES.join(', ')}`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      service: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
    },
  });
  if (!values.service || !values.email || !values.role) throw new UsageError('Give --service, --email and --role.');
  if (!(ROLES as readonly string[]).includes(values.role))
    throw new UsageError(`--role must be one of: ${ROLES.join(', ')}`);
  const password = NewPassword.safeParse(await readPassword('Password for the new account: '));
  if (!password.success) throw new UsageError(password.error.issues[0]?.message ?? 'Password is not valid.');
  const { config, database } = await open();
  try {
    const service = await findServiceBySlug(database.db, values.service);
    if (!service) throw new UsageError(`There is no service with the slug "${values.service}".`);
    const email = values.email.trim().toLowerCase();
    const result = await addMember({
      ctx: systemCtx(database.db, config, service.id),
      input: { email, displayName: values.name ?? email, role: values.role as Role, password: password.data },
    });
    say(`Added ${result.member.email} to ${service.name} as ${result.member.role}.`);
  } finally {
    await database.close();
  }
}
