import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

type AuditClient = Pick<Db, 'auditLog'> | Prisma.TransactionClient;

export type AuditEntry = {
  userId: number | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
};

/** Writes one audit row; call it with the transaction client of the change it records. */
export async function recordAudit(db: AuditClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before,
      after: entry.after,
      ip: entry.ip ?? null,
    },
  });
}
