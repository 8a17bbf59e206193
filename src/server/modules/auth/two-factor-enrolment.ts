import QRCode from 'qrcode';
import { audit } from '../../platform/audit';
import { withinPlatform, type Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { checkTotp, newTotpSecret, totpUri } from '../../platform/totp';
import { findUser, updateUser } from './queries';
import type { TwoFactorCode } from './schemas';

type Caller = { ctx: Ctx & { userId: string } };

/** Starts setting up two-factor sign-in: a new secret, as text and as a QR code for the app. */
export async function startTwoFactorEnrolment({ ctx }: Caller) {
  return withinPlatform(ctx, async (tx) => {
    const user = await findUser(tx, ctx.userId);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    if (user.totpSecret) throw new AppError('CONFLICT', 'Two-factor sign-in is already set up for your account.');
    const secret = newTotpSecret();
    await updateUser(tx, user.id, { totpPendingSecret: secret });
    const uri = totpUri(secret, user.email);
    return { secret, uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
  });
}

/** Confirms the new secret with a code from the app; from then on sign-in asks for a code. */
export async function confirmTwoFactor({ ctx, input }: Caller & { input: TwoFactorCode }): Promise<void> {
  const ok = await withinPlatform(ctx, async (tx, actor) => {
    const user = await findUser(tx, ctx.userId);
    if (!user?.totpPendingSecret) {
      throw new AppError('PRECONDITION_FAILED', 'Start setting up two-factor sign-in first.');
    }
    const step = checkTotp(user.totpPendingSecret, input.code, null);
    if (step === null) return false;
    await updateUser(tx, user.id, {
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      totpLastStep: step,
      version: user.version + 1,
    });
    await audit(tx, actor, { action: 'user.two-factor-enabled', entityType: 'user', entityId: user.id });
    return true;
  });
  if (!ok) {
    throw new AppError('VALIDATION', 'That code is not right. Enter the current 6-digit code from your app.', {
      fields: [{ path: 'body.code', message: 'Enter the current 6-digit code from your authenticator app' }],
    });
  }
}
