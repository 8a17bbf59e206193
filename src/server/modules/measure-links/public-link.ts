import { todayInLondon } from '../../../core/dates';
import { actorIn, type Ctx } from '../../platform/context';
import { inScope, setScope, type Tx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { findLinkByHash, serviceOfToken } from './queries';
import { linkStatus } from './present';
import { hashToken } from './token';

export const LINK_NOT_VALID =
  'This link is not valid. Check you copied the whole link, or ask your practitioner to send it again.';
export const LINK_USED =
  'These answers have already been received. Thank you: there is nothing more to do. If you need to change an answer, tell your practitioner.';
export const LINK_EXPIRED = 'This link has expired or is no longer in use. Ask your practitioner for a new one.';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type OpenLink = NonNullable<Awaited<ReturnType<typeof findLinkByHash>>>;

/**
 * Runs `fn` in one transaction scoped to the service that issued the token, with the link it names,
 * once the link is known to be open. Nothing else can be learnt from a token: an unknown one is
 * 404, a used one and a closed one 412, each with words a parent understands. The service is found
 * through the one SECURITY DEFINER lookup; everything after it runs under row-level security.
 */
export function withOpenLink<T>(
  ctx: Ctx,
  token: string,
  fn: (tx: Tx, link: OpenLink, actor: ReturnType<typeof actorIn>) => Promise<T>,
): Promise<T> {
  // 32 random bytes in base64url are 43 characters; anything else was never issued.
  if (!TOKEN_SHAPE.test(token)) return Promise.reject(new AppError('NOT_FOUND', LINK_NOT_VALID));
  const tokenHash = hashToken(token);
  return inScope(ctx.db, { serviceId: null, userId: null }, async (tx) => {
    const serviceId = await serviceOfToken(tx, tokenHash);
    if (!serviceId) throw new AppError('NOT_FOUND', LINK_NOT_VALID);
    await setScope(tx, { serviceId, userId: null });
    const found = await findLinkByHash(tx, serviceId, tokenHash);
    if (!found) throw new AppError('NOT_FOUND', LINK_NOT_VALID);
    const status = linkStatus(found.link);
    if (status === 'completed') throw new AppError('PRECONDITION_FAILED', LINK_USED);
    // A family discharged since the link was sent has a read-only record: the link has closed with it.
    if (status !== 'waiting' || found.familyStatus === 'discharged')
      throw new AppError('PRECONDITION_FAILED', LINK_EXPIRED);
    return fn(tx, found, actorIn({ ...ctx, userId: null }, serviceId));
  });
}

/** Today in the UK: the date a parent's answers are recorded as completed. */
export const completedToday = () => todayInLondon();
