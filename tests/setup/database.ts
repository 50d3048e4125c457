import { afterAll, inject } from 'vitest';

import { freshDatabase } from './test-database';

// Each integration test file gets its own fresh, migrated database before any module of the app
// reads DATABASE_URL, and drops it afterwards.
const database = await freshDatabase(inject('testDatabaseServer'));
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= 'test-secret';

// lib/db.ts keeps its client on globalThis; a client left by the previous file in this worker
// would point at that file's (dropped) database.
const globalForPrisma = globalThis as unknown as { prisma?: { $disconnect: () => Promise<void> } };
delete globalForPrisma.prisma;

afterAll(async () => {
  await globalForPrisma.prisma?.$disconnect();
  delete globalForPrisma.prisma;
  await database.drop();
});
