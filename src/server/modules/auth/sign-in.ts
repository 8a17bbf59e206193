import { audit } from '../../platform/audit';
import { withinPlatform, type Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { checkPassword } from '../../platform/secrets';
import { startSession } from '../../platform/session';
import { findUserByEmail } from './queries';
import type { SignIn } from './schemas';
import { assertNotLocked, recordFailure, recordSuccess, throttleKeys } from './throttle';

export type SignInResult = { token: string; twoFactorRequired: boolean };

const WRONG = 'The email address or password is not right.';

/**
 * Checks an email and password and starts a session; when the account has two-factor sign-in
 * the session waits for a code before it can do anything. Unknown emails and wrong passwords get
 * the same answer after the same work.
 */
export async function signIn({ ctx, input }: { ctx: Ctx; input: SignIn }): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, ctx.clientAddress);
  const outcome = await withinPlatform(ctx, async (tx, actor) => {
    await assertNotLocked(tx, [keys.account, keys.address]);
    const user = await findUserByEmail(tx, email);
    const ok = await checkPassword(user?.passwordHash ?? null, input.password);
    if (!user || !ok) {
      await recordFailure(tx, ctx.config, keys.account, ctx.config.HAVEN_SIGNIN_MAX_FAILURES);
      await recordFailure(tx, ctx.config, keys.address, ctx.config.HAVEN_SIGNIN_ADDRESS_MAX_FAILURES);
      await audit(tx, { ...actor, userId: null }, { action: 'sign-in.failed', entityType: 'user', entityId: user?.id });
      return null;
    }
    await recordSuccess(tx, keys.account);
    const twoFactorRequired = user.totpSecret !== null;
    const token = await startSession(tx, ctx.config, user.id, twoFactorRequired);
    await audit(
      tx,
      { ...actor, userId: user.id },
      { action: twoFactorRequired ? 'sign-in.password-accepted' : 'sign-in', entityType: 'user', entityId: user.id },
    );
    return { token, twoFactorRequired };
  });
  // The failure was committed above (counters and audit); only now is the caller told.
  if (!outcome) throw new AppError('UNAUTHENTICATED', WRONG);
  return outcome;
}
