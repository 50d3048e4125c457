import { randomBytes } from 'node:crypto';

import pg from 'pg';

import { startEmbeddedDatabase } from '../../lib/database/embedded';
import { migrate } from '../../lib/database/migrate';

/**
 * Test databases. With DATABASE_URL (a real server) every run makes a migrated template database
 * and every test file a copy of it, all named portal_test_<run>_*, dropped at the end. Without it,
 * every test file gets its own in-memory PGlite server, migrated, and gone when the file ends.
 * See docs/decisions/0003-test-database-isolation.md.
 */

export const runId = () => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function assertLocal(serverUrl: string): void {
  const host = new URL(serverUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) {
    throw new Error(`Tests refuse to create databases on a non-local server (${host}).`);
  }
}

export async function createTemplate(serverUrl: string, prefix: string): Promise<string> {
  assertLocal(serverUrl);
  const name = `${prefix}_tpl`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  await migrate(databaseUrl(serverUrl, name));
  return name;
}

export async function cloneTemplate(serverUrl: string, template: string, name: string): Promise<string> {
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return databaseUrl(serverUrl, name);
}

export async function createEmptyDatabase(serverUrl: string, name: string): Promise<string> {
  assertLocal(serverUrl);
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export async function dropDatabasesWithPrefix(serverUrl: string, prefix: string): Promise<void> {
  await admin(serverUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

/** A fresh migrated database for one test file (or one e2e run). */
export type TestDatabaseServer = { serverUrl: string; prefix: string; template?: string };

export async function freshDatabase(
  server: TestDatabaseServer | null,
  options: { migrated?: boolean } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const migrated = options.migrated ?? true;
  if (server) {
    const { serverUrl, prefix, template } = server;
    const name = `${prefix}_${randomBytes(4).toString('hex')}`;
    const url =
      migrated && template
        ? await cloneTemplate(serverUrl, template, name)
        : await createEmptyDatabase(serverUrl, name);
    if (migrated && !template) await migrate(url);
    return { url, drop: () => dropDatabase(serverUrl, name) };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: null });
  if (migrated) await migrate(embedded.url);
  return { url: embedded.url, drop: embedded.stop };
}
