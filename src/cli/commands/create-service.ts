import { parseArgs } from 'node:util';
import { createService } from '../../server/modules/services';
import { open, say, UsageError } from '../runtime';

export const help = `haven create-service --name NAME --slug SLUG

Opens a new service (a team using Haven). The slug is its short name in addresses,
for example "oxpip". Then add its first admin with haven create-user.`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, slug: { type: 'string' } } });
  if (!values.name || !values.slug) throw new UsageError('Give both --name and --slug.');
  const { database } = await open();
  try {
    await createService({ db: database.db, input: { name: values.name, slug: values.slug } });
    say(`Created service "${values.name}" (${values.slug}).`);
  } finally {
    await database.close();
  }
}
