import type { TestProject } from 'vitest/node';

import { createTemplate, dropDatabasesWithPrefix, runId, type TestDatabaseServer } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseServer: TestDatabaseServer | null;
  }
}

/**
 * Runs once per `vitest run`. With a real server it prepares the migrated template that each
 * test file clones (cloning is ~10× faster than migrating); with the embedded database each
 * file migrates its own in-memory PGlite, so there is nothing to prepare.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide('testDatabaseServer', null);
    return;
  }
  const prefix = `portal_test_${runId()}`;
  const template = await createTemplate(serverUrl, prefix);
  project.provide('testDatabaseServer', { serverUrl, prefix, template });
  return async () => {
    await dropDatabasesWithPrefix(serverUrl, prefix);
  };
}
