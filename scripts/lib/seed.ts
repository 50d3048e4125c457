import { createPrismaClient } from '../../lib/db';
import { isDatabaseEmpty, seedDatabase, type SeedSummary } from '../../prisma/seed/index';

/**
 * Seeds the demo province into the (migrated) database at `url` through a client of its own.
 * With `onlyIfEmpty`, a database that already has data is left alone and null is returned.
 */
export async function seedDemo(
  url: string,
  options: { log?: (line: string) => void; onlyIfEmpty?: boolean } = {},
): Promise<SeedSummary | null> {
  const prisma = createPrismaClient(url, 2);
  try {
    if (options.onlyIfEmpty && !(await isDatabaseEmpty(prisma))) return null;
    return await seedDatabase(prisma, { log: options.log });
  } finally {
    await prisma.$disconnect();
  }
}
