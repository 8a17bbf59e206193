import { audit } from '../../platform/audit';
import { withinPlatform, type Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { SessionState } from '../../platform/session';
import { checkTotp } from '../../platform/totp';
import { completeTwoFactor, findUser, updateUser } from './queries';
import type { TwoFactorCode } from './schemas';
import { assertNotLocked, recordFailure, recordSuccess, throttleKeys } from './throttle';

/** Completes a sign-in that is waiting for its second factor. */
export async function verifyTwoFactor({
  ctx,
  session,
  input,
}: {
  ctx: Ctx;
  session: SessionState | null;
  input: TwoFactorCode;
}): Promise<void> {
  if (!session?.twoFactorPending) throw new AppError('UNAUTHENTICATED', 'Sign in with your password first.');
  const keys = throttleKeys(session.email, ctx.clientAddress);
  const ok = await withinPlatform({ ...ctx, userId: session.userId }, async (tx, actor) => {
    await assertNotLocked(tx, [keys.account, keys.address]);
    const user = await findUser(tx, session.userId);
    const step = user?.totpSecret ? checkTotp(user.totpSecret, input.code, user.totpLastStep) : null;
    if (!user || step === null) {
      await recordFailure(tx, ctx.config, keys.account, ctx.config.HAVEN_SIGNIN_MAX_FAILURES);
      await audit(tx, actor, { action: 'sign-in.two-factor-failed', entityType: 'user', entityId: session.userId });
      return false;
    }
    await updateUser(tx, user.id, { totpLastStep: step });
    await completeTwoFactor(tx, session.sessionId);
    await recordSuccess(tx, keys.account);
    await audit(tx, actor, { action: 'sign-in', entityType: 'user', entityId: user.id, details: { twoFactor: true } });
    return true;
  });
  if (!ok) {
    throw new AppError('VALIDATION', 'That code is not right. Enter the current 6-digit code from your app.', {
      fields: [{ path: 'body.code', message: 'Enter the current 6-digit code from your authenticator app' }],
    });
  }
}
