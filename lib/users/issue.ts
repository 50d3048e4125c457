import 'server-only';

import { hashPassword } from '@/lib/auth/password';

import { generateOneTimePassword, invitationExpiry, invitationPath, newInvitationToken, unusablePassword } from './credentials';
import type { CredentialMode } from './schema';
import type { IssuedCredential } from './state';

/**
 * The secret for a new credential, prepared before the transaction: argon2 takes a noticeable
 * moment and must not hold the (single-session, embedded) database while it runs. Shared by the
 * users admin and the representative accounts created from an organization's page.
 */
export async function prepareCredential(mode: CredentialMode) {
  if (mode === 'password') {
    const password = generateOneTimePassword();
    return { mode, passwordHash: await hashPassword(password), password, invitation: null };
  }
  const { token, tokenHash } = newInvitationToken();
  return {
    mode,
    passwordHash: await hashPassword(unusablePassword()),
    password: null,
    invitation: { token, tokenHash, expiresAt: invitationExpiry() },
  };
}

export type PreparedCredential = Awaited<ReturnType<typeof prepareCredential>>;

/** What is shown once to whoever created the account. */
export function issuedCredential(prepared: PreparedCredential): IssuedCredential {
  return prepared.invitation
    ? { kind: 'invitation', path: invitationPath(prepared.invitation.token), expiresAt: prepared.invitation.expiresAt.toISOString() }
    : { kind: 'password', password: prepared.password! };
}
