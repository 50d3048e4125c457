import type { ActionState } from '@/lib/actions/state';

/**
 * A credential handed out by an action: shown once to the admin and never stored in clear, so the
 * action's return value is the only place it exists.
 */
export type IssuedCredential =
  | { kind: 'password'; password: string }
  | { kind: 'invitation'; path: string; expiresAt: string };

export type CredentialState = ActionState & { credential?: IssuedCredential; userId?: number };
