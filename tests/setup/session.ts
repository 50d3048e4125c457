import { vi } from 'vitest';

/**
 * Runs server actions as a given user in integration tests. Only the session lookup is stubbed
 * (next-auth's getServerSession returns the chosen user's id); getCurrentUser still re-reads the
 * user from the real test database, so roles and deactivation behave as in the app. Next's cache
 * functions, which need a request, record what they were asked to expire instead.
 *
 * Import this module before any module of the app:
 *   import { actAs, expiredTags } from '../setup/session';
 */

let currentUserId: number | null = null;

/** Every tag and path revalidated since the last `actAs`/`resetRevalidated`. */
export const expiredTags: string[] = [];
export const revalidatedPaths: string[] = [];

export function actAs(user: { id: number } | number | null): void {
  currentUserId = user == null ? null : typeof user === 'number' ? user : user.id;
  resetRevalidated();
}

export function resetRevalidated(): void {
  expiredTags.length = 0;
  revalidatedPaths.length = 0;
}

vi.mock('next-auth', () => ({
  getServerSession: async () =>
    currentUserId == null ? null : { user: { id: currentUserId }, expires: new Date(Date.now() + 3_600_000).toISOString() },
}));

vi.mock('next/cache', () => ({
  updateTag: (tag: string) => void expiredTags.push(tag),
  revalidateTag: (tag: string) => void expiredTags.push(tag),
  revalidatePath: (path: string) => void revalidatedPaths.push(path),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));

// forbidden() refuses to run unless Next's config enabled it (next.config.ts does, for the app).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

/** The digest Next gives forbidden() and redirect(), for `rejects.toThrow(...)`. */
export const FORBIDDEN = 'NEXT_HTTP_ERROR_FALLBACK;403';
export const REDIRECT = 'NEXT_REDIRECT';

/** A FormData from plain values (checkboxes: pass 'on', or omit to leave unchecked). */
export function form(values: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}
