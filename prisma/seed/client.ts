import type { Db } from '@/lib/db';

/**
 * What the seed and the factories need from Prisma: the client, or a transaction client (the
 * seed runs in one transaction so a failure leaves the database empty, not half-seeded).
 */
export type SeedClient = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
