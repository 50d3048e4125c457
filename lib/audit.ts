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

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** A JSON-safe copy of a record's value: BigInt as a string, Date as an ISO string, Decimal as text. */
export function auditValue(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null && 'toFixed' in value && typeof value.toString === 'function') return value.toString();
  if (Array.isArray(value)) return value.map(auditValue);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, auditValue(v)]));
  return value as Plain;
}

/**
 * The fields that differ between two versions of a record, as the before/after pair an audit row
 * stores (only changed fields, JSON-safe).
 */
export function auditDiff<T extends Record<string, unknown>>(before: T, after: Partial<T>): { before: Record<string, Plain>; after: Record<string, Plain> } {
  const b: Record<string, Plain> = {};
  const a: Record<string, Plain> = {};
  for (const key of Object.keys(after)) {
    const was = auditValue(before[key]);
    const now = auditValue(after[key]);
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      b[key] = was;
      a[key] = now;
    }
  }
  return { before: b, after: a };
}
