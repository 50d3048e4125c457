import { startEmbeddedDatabase } from './lib/database/embedded';
import { migrate } from './lib/database/migrate';
import { createPrismaClient } from './lib/db';
import { Prisma } from './lib/generated/prisma/client';
const db = await startEmbeddedDatabase({ dataDir: null });
await migrate(db.url);
const prisma = createPrismaClient(db.url, 4);
let errors: string[] = [];
await Promise.all(Array.from({ length: 200 }, async (_, i) => {
  try {
    if (i % 2) {
      const r = await prisma.$transaction([prisma.$executeRawUnsafe('SET LOCAL jit = off'), prisma.$queryRaw<{ s: number }[]>(Prisma.sql`SELECT ${i}::int + ${1}::int AS s`)]);
      if (r[1][0].s !== i + 1) errors.push('wrong tx');
    } else {
      const r = await prisma.$queryRaw<{ s: number }[]>(Prisma.sql`SELECT ${i}::int + ${2}::int + ${3}::int AS s`);
      if (r[0].s !== i + 5) errors.push('wrong');
    }
  } catch (e) { errors.push(String(e).slice(0, 150)); }
}));
console.log(errors.length, [...new Set(errors)].slice(0, 5));
await prisma.$disconnect();
await db.stop();
