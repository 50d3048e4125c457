import 'server-only';

import { createHash } from 'node:crypto';

import { headers } from 'next/headers';

/**
 * The sender's address as our reverse proxy reports it: X-Real-IP when the proxy sets it, else the
 * last entry of X-Forwarded-For (the one the nearest proxy appended; entries before it are
 * whatever the client claimed). Without a proxy in front, `next start` fills X-Forwarded-For from
 * the socket only when the client sent none, so production must run behind one that sets these
 * headers (see README). A missing or absurd value counts as one shared "unknown" client.
 */
export function clientAddress(headers: Headers): string {
  const real = headers.get('x-real-ip')?.trim();
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const candidate = real || forwarded?.at(-1) || '';
  return /^[0-9a-fA-F:.]{2,64}$/.test(candidate) ? candidate.toLowerCase() : 'unknown';
}

/**
 * A salted hash of the address, stored with each feedback for the per-client rate limit: enough
 * to count one client's messages, useless for finding out who sent them.
 */
export function clientHash(address: string): string {
  const salt = process.env.FEEDBACK_SALT || process.env.NEXTAUTH_SECRET || 'lien-minh-htx-feedback';
  return createHash('sha256').update(`${salt}\u0000${address}`).digest('hex').slice(0, 40);
}

/** The hash of the client sending the current request (a server action's caller). */
export async function requestClientHash(): Promise<string> {
  return clientHash(clientAddress(await headers()));
}
