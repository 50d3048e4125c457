import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * A Prisma client on `connectionString`. The app uses the shared `prisma` below; scripts and tests
 * that own a connection of their own (and close it) call this, so every client is configured alike.
 */
export function createPrismaClient(connectionString: string, max = Number(process.env.DATABASE_POOL_MAX ?? 10)) {
  // The embedded database is one PostgreSQL session behind a socket: a small pool keeps queued
  // queries short there, and it is plenty for a provincial portal on a real server.
  // JIT off for the whole session: its compile time (tens of milliseconds to seconds) dwarfs what it
  // saves on a portal's short queries, and the planner's estimates over CTEs and trigram matches
  // trigger it (measured: it doubled a search, and took 0.5–9 s on the statistics of a large
  // province). As a startup option it costs no extra round trip; PGlite, built without JIT, ignores it.
  const adapter = new PrismaPg({ connectionString, max, options: '-c jit=off' });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;

// One client per process, kept on globalThis so Next.js dev reloads and test files reuse it.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

function client(): Db {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: start the portal with `npm start`, which sets it.');
  }
  return (globalForPrisma.prisma = createPrismaClient(connectionString));
}

/**
 * The client is created on first use, not on import: `next build` loads server modules to
 * collect routes and must not need a database.
 */
export const prisma: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});
