/**
 * Set-based writes for large imports: thousands of organizations inserted or updated, and their
 * audit rows, in one statement per thousand rows. The rows travel as one JSON parameter that
 * PostgreSQL unpacks with jsonb_to_recordset, which is much faster than thousands of statements
 * (and than Prisma's createMany of wide rows): an import holds the embedded database's only
 * session for its whole transaction, so every second counts for the other users.
 *
 * Column lists follow prisma/schema.prisma; the import's integration tests write through every
 * statement here, so a renamed column fails them.
 */
import type { Prisma } from '@/lib/generated/prisma/client';

import type { OrganizationData } from './analyze';

type Tx = Prisma.TransactionClient;

/** Columns an import writes, with their SQL type in the record set and the cast into the table. */
const ORG_COLUMNS: [name: string, recordType: string, cast?: string][] = [
  ['kind', 'text', '"OrgKind"'],
  ['name', 'text'],
  ['shortName', 'text'],
  ['registrationNumber', 'text'],
  ['taxCode', 'text'],
  ['sector', 'text', '"Sector"'],
  ['sectorGroup', 'text', '"SectorGroup"'],
  ['unitId', 'integer'],
  ['address', 'text'],
  ['phone', 'text'],
  ['email', 'text'],
  ['website', 'text'],
  ['leaderName', 'text'],
  ['leaderTitle', 'text'],
  ['establishedOn', 'date'],
  ['charterCapital', 'text', 'bigint'],
  ['allianceMembership', 'text', '"AllianceMembership"'],
  ['allianceJoinedOn', 'date'],
  ['mainProducts', 'text'],
  ['description', 'text'],
  ['isNewModel', 'boolean'],
  ['hasValueChainLink', 'boolean'],
  ['hasVietGap', 'boolean'],
  ['hasGlobalGap', 'boolean'],
];

const q = (name: string) => `"${name}"`;
const value = ([name, , cast]: (typeof ORG_COLUMNS)[number]) => (cast ? `v.${q(name)}::${cast}` : `v.${q(name)}`);
const recordType = (extra: string[]) => [...extra, ...ORG_COLUMNS.map(([name, type]) => `${q(name)} ${type}`)].join(', ');

/** An organization's data as JSON the record set reads: dates as days, money as digits. */
function record(data: OrganizationData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name] of ORG_COLUMNS) {
    const v = (data as Record<string, unknown>)[name];
    out[name] = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'bigint' ? v.toString() : (v ?? null);
  }
  return out;
}

/**
 * Inserts new organizations (status ACTIVE, version 1) and the first entry of each one's status
 * history (active from its founding day, else `today`), in one statement; returns ids by slug.
 */
export async function insertOrganizations(
  tx: Tx,
  rows: { slug: string; data: OrganizationData }[],
  history: { today: Date; reason: string; createdById: number },
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (rows.length === 0) return ids;
  const payload = JSON.stringify(rows.map((r) => ({ slug: r.slug, ...record(r.data) })));
  const columns = ['slug', ...ORG_COLUMNS.map(([name]) => name), 'status', 'version', 'updatedAt'].map(q).join(', ');
  const values = ['v.slug', ...ORG_COLUMNS.map(value), `'ACTIVE'::"OrgStatus"`, '1', 'CURRENT_TIMESTAMP'].join(', ');
  const sql = `WITH inserted AS (
      INSERT INTO "Organization" (${columns})
      SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS v(${recordType(['slug text'])})
      RETURNING id, slug, "establishedOn"
    ), founded AS (
      INSERT INTO "StatusChange" ("organizationId", status, "effectiveOn", reason, "createdById")
      SELECT id, 'ACTIVE'::"OrgStatus", coalesce("establishedOn", $2::date), $3, $4 FROM inserted
    )
    SELECT id, slug FROM inserted`;
  const today = history.today.toISOString().slice(0, 10);
  const inserted = await tx.$queryRawUnsafe<{ id: number; slug: string }[]>(sql, payload, today, history.reason, history.createdById);
  for (const r of inserted) ids.set(r.slug, r.id);
  return ids;
}

/**
 * Updates organizations whose version is still the one read, bumping it; returns the ids updated.
 * A row whose version moved (or that was deleted) is left out of the result.
 */
export async function updateOrganizations(tx: Tx, rows: { id: number; version: number; data: OrganizationData }[]): Promise<Set<number>> {
  if (rows.length === 0) return new Set();
  const payload = JSON.stringify(rows.map((r) => ({ id: r.id, version: r.version, ...record(r.data) })));
  const sets = [...ORG_COLUMNS.map((c) => `${q(c[0])} = ${value(c)}`), 'version = o.version + 1', '"updatedAt" = CURRENT_TIMESTAMP'].join(', ');
  const sql = `UPDATE "Organization" o SET ${sets}
    FROM jsonb_to_recordset($1::jsonb) AS v(${recordType(['id integer', 'version integer'])})
    WHERE o.id = v.id AND o.version = v.version AND o."deletedAt" IS NULL
    RETURNING o.id`;
  const updated = await tx.$queryRawUnsafe<{ id: number }[]>(sql, payload);
  return new Set(updated.map((r) => r.id));
}

export type AuditRow = {
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip: string | null;
};

/** Inserts audit rows (the same columns recordAudit writes). */
export async function insertAuditRows(tx: Tx, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  const payload = JSON.stringify(rows.map((r) => ({ ...r, before: r.before ?? null, after: r.after ?? null })));
  await tx.$executeRawUnsafe(
    `INSERT INTO "AuditLog" ("userId", action, entity, "entityId", before, after, ip)
     SELECT v."userId", v.action, v.entity, v."entityId", v.before, v.after, v.ip
     FROM jsonb_to_recordset($1::jsonb) AS v("userId" integer, action text, entity text, "entityId" text, before jsonb, after jsonb, ip text)`,
    payload,
  );
}
