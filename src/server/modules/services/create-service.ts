import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { services } from '../../db/schema';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';

export const CreateService = z.object({
  name: z.string().trim().min(1).max(200),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens')
    .max(60),
});
export type CreateService = z.infer<typeof CreateService>;

/**
 * Opens a new service (tenant). An operator action, run from the command line as the database
 * owner, since no member of a service that does not exist yet could authorise it.
 */
export async function createService({ db, input }: { db: Db; input: CreateService }): Promise<string> {
  const { name, slug } = CreateService.parse(input);
  const id = uuidv7();
  await db.transaction(async (tx) => {
    await tx.insert(services).values({ id, name, slug });
    await audit(
      tx,
      { serviceId: id, userId: null, requestId: null, clientAddress: null },
      { action: 'service.created', entityType: 'service', entityId: id },
    );
  });
  return id;
}
