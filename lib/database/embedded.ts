import { mkdir } from 'node:fs/promises';
import net from 'node:net';

import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

import { servePglite } from './pglite-server';

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: PGlite (PostgreSQL in WebAssembly)
 * served on a local TCP port, so the app, the migration runner and psql connect to it as to any
 * PostgreSQL server. See docs/decisions/0002-pglite-embedded-default.md.
 */
export type EmbeddedDatabase = {
  url: string;
  port: number;
  dataDir: string | null;
  stop: () => Promise<void>;
};

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : null;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred) {
    const port = await tryPort(preferred);
    if (port) return port;
  }
  const port = await tryPort(0);
  if (!port) throw new Error('No free TCP port on 127.0.0.1');
  return port;
}

/** dataDir null keeps the database in memory (tests); otherwise it persists there. */
export async function startEmbeddedDatabase(options: {
  dataDir: string | null;
  port?: number;
}): Promise<EmbeddedDatabase> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    dataDir: options.dataDir ?? undefined,
    extensions: { unaccent, pg_trgm },
  });
  const port = await freePort(options.port);
  // Several clients may connect; each gets the single PGlite session for a whole unit of work
  // (see pglite-server.ts for why not pglite-socket's per-message queue).
  const server = await servePglite(db, { host: '127.0.0.1', port });
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    dataDir: options.dataDir,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
