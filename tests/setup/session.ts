import { actAs as actAsUser, takeExpired } from './next-runtime';

/**
 * Small helpers for running server actions as a given user in integration tests. The stand-ins
 * for the session, headers and cache expiry are in tests/setup/next-runtime.ts (loaded for every
 * integration test); the database stays real, and getCurrentUser re-reads the chosen user from it.
 */

/** Signs in as `user` (an id, a record with an id, or null for signed out) and forgets earlier expiries. */
export function actAs(user: { id: number } | number | null): void {
  actAsUser(user == null ? null : typeof user === 'number' ? { id: user } : user);
  takeExpired();
}

/** Public tags and workspace paths expired since the last call (and forgets them). */
export function takeRevalidated(): { tags: string[]; paths: string[] } {
  const all = takeExpired();
  return {
    tags: all.filter((e) => !e.startsWith('path:')),
    paths: all.filter((e) => e.startsWith('path:')).map((e) => e.slice('path:'.length)),
  };
}

/** The digests Next gives forbidden() and redirect(), for `rejects.toThrow(...)`. */
export const FORBIDDEN = 'NEXT_HTTP_ERROR_FALLBACK;403';
export const REDIRECT = 'NEXT_REDIRECT';

/** A FormData from plain values (a checkbox: 'on', or leave it out for unchecked; arrays repeat the key). */
export function form(values: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}
