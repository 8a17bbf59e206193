import { verifyAuditChains } from '../../server/platform/audit';
import { PLATFORM_SCOPE } from '../../server/platform/db';
import { open, say, UsageError } from '../runtime';

export const help = `haven audit verify

Walks every service's audit chain and reports the first event that was altered or removed.
Exits 0 when every chain is intact, 1 when one is broken.`;

export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'verify') throw new UsageError('Say what to do: haven audit verify');
  const { database } = await open();
  try {
    const result = await verifyAuditChains(database.db);
    if (!result.firstBreak) {
      say(`Audit trail intact: ${result.events} events in ${result.chains} chains.`);
      return 0;
    }
    const b = result.firstBreak;
    const scope = b.serviceId === PLATFORM_SCOPE ? 'the platform chain (sign-ins)' : `service ${b.serviceId}`;
    say(`Audit trail BROKEN in ${scope} at event ${b.seq}: ${b.problem}.`);
    return 1;
  } finally {
    await database.close();
  }
}
