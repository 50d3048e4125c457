import { vi } from 'vitest';

/**
 * Server actions called directly from integration tests run outside a Next.js request: there is
 * no session cookie, no request headers and no incremental cache. This setup file (loaded for
 * every integration test) stands in for exactly those three pieces of the runtime — the database
 * stays real:
 *
 * - the next-auth session is whoever the test chose with `actAs(user)` (lib/auth/session.ts then
 *   re-reads that user from the database, so deactivated users are refused as in production);
 * - `headers()` answers with what the test set with `setRequestHeaders`;
 * - `updateTag`/`revalidateTag`/`revalidatePath` record what they were asked to expire, so a test
 *   can check that an action expires exactly the public pages that show what it changed.
 */

type Runtime = {
  userId: number | null;
  headers: Record<string, string>;
  expired: string[];
};

const runtime: Runtime = ((globalThis as unknown as { __testRuntime?: Runtime }).__testRuntime ??= {
  userId: null,
  headers: {},
  expired: [],
});

/** The signed-in user for the next calls (null: signed out). */
export function actAs(user: { id: number } | null): void {
  runtime.userId = user?.id ?? null;
}

export function setRequestHeaders(headers: Record<string, string>): void {
  runtime.headers = { ...headers };
}

/** Tags and paths expired since the last call (and forgets them). */
export function takeExpired(): string[] {
  const out = [...new Set(runtime.expired)];
  runtime.expired = [];
  return out;
}

// forbidden()/unauthorized() refuse to run unless the app enables authInterrupts (next.config.ts does).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

vi.mock('next-auth', async (importOriginal) => {
  const original = await importOriginal<typeof import('next-auth')>();
  return {
    ...original,
    getServerSession: async () => (runtime.userId == null ? null : { user: { id: runtime.userId }, expires: '2099-01-01T00:00:00.000Z' }),
  };
});

vi.mock('next/headers', async (importOriginal) => {
  const original = await importOriginal<typeof import('next/headers')>();
  return {
    ...original,
    headers: async () => new Headers(runtime.headers),
    cookies: async () => {
      const jar = new Map<string, string>();
      return {
        get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
        getAll: () => [...jar].map(([name, value]) => ({ name, value })),
        has: (name: string) => jar.has(name),
        set: (name: string, value: string) => void jar.set(name, value),
        delete: (name: string) => void jar.delete(name),
      };
    },
  };
});

vi.mock('next/cache', async (importOriginal) => {
  const original = await importOriginal<typeof import('next/cache')>();
  return {
    ...original,
    updateTag: (tag: string) => void runtime.expired.push(tag),
    revalidateTag: (tag: string) => void runtime.expired.push(tag),
    revalidatePath: (path: string) => void runtime.expired.push(`path:${path}`),
    refresh: () => {},
  };
});
