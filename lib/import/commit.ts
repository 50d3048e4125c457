/**
 * Writing an import: one transaction that analyses the stored rows again (fresh reads, the same
 * code as the preview), refuses if the outcome differs from the preview the user approved, then
 * writes every valid row with its audit row and one summary audit row. Any failure rolls back
 * everything: an import is all of its valid rows or nothing.
 *
 * Set-based statements (lib/import/bulk.ts) for organizations and audit rows, Prisma's createMany
 * for the rest; every update checks the version the analysis read, so nothing written meanwhile
 * is overwritten.
 */
import { auditValue } from '@/lib/audit';
import type { SessionUser } from '@/lib/auth/options';
import type { Db } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { slugify } from '@/lib/format/slug';
import { Prisma } from '@/lib/generated/prisma/client';

const { DbNull } = Prisma;

import { analyzeImport, type Analysis } from './analyze';
import { insertAuditRows, insertOrganizations, updateOrganizations, type AuditRow } from './bulk';
import { foldName } from './fold';
import type { ParsedSheet } from './sheet';
import type { ImportMapping, ImportResult } from './types';

export class StalePreviewError extends Error {
  constructor(readonly analysis: Analysis) {
    super('The data changed since the preview');
    this.name = 'StalePreviewError';
  }
}

/** A record changed between the transaction's read and its write (its version moved). */
export class ImportConflictError extends Error {
  constructor(readonly organizationName: string) {
    super(`Organization changed meanwhile: ${organizationName}`);
    this.name = 'ImportConflictError';
  }
}

/** The upload was imported already (or removed) by the time this import got its turn. */
export class AlreadyImportedError extends Error {
  constructor() {
    super('Upload already imported');
    this.name = 'AlreadyImportedError';
  }
}

/** Key of the advisory lock that serializes imports (any constant unique to this use). */
const IMPORT_LOCK = 7_310_001;

export type StoredUpload = { id: string; fileName: string; format: string; sheets: ParsedSheet[]; mapping: ImportMapping };

export type CommitOutcome = { result: ImportResult; analysis: Analysis; slugs: string[] };

const CHUNK = 1_000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type Json = Prisma.InputJsonValue;
const json = (value: unknown): Json => auditValue(value) as Json;

/** Slugs for new organizations, unique among organizations and former slugs, allocated in memory. */
async function slugAllocator(tx: Prisma.TransactionClient): Promise<(name: string) => string> {
  const [orgs, aliases] = await Promise.all([
    tx.organization.findMany({ select: { slug: true } }),
    tx.slugAlias.findMany({ where: { entity: 'ORGANIZATION' }, select: { slug: true } }),
  ]);
  const taken = new Set([...orgs, ...aliases].map((r) => r.slug));
  const next = new Map<string, number>();
  return (name: string) => {
    const base = slugify(name).slice(0, 80).replace(/-+$/, '') || 'to-chuc';
    if (!taken.has(base)) {
      taken.add(base);
      return base;
    }
    for (let n = next.get(base) ?? 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (!taken.has(candidate)) {
        taken.add(candidate);
        next.set(base, n + 1);
        return candidate;
      }
    }
  };
}

export async function commitImport(
  db: Db,
  user: SessionUser,
  upload: StoredUpload,
  expectedFingerprint: string,
  options: { ip?: string | null } = {},
): Promise<CommitOutcome> {
  const started = Date.now();
  const ip = options.ip ?? null;
  return db.$transaction(
    async (tx) => {
      // Imports run one at a time (two people importing the same new groups at once would both
      // create them), and an upload is imported once (a double click, two tabs).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK}::bigint)`;
      const [row] = await tx.$queryRaw<{ importedAt: Date | null }[]>`
        SELECT "importedAt" FROM "ImportUpload" WHERE id = ${upload.id} FOR UPDATE`;
      if (!row || row.importedAt) throw new AlreadyImportedError();
      const analysis = await analyzeImport(tx, user, { sheets: upload.sheets, mapping: upload.mapping });
      if (analysis.preview.fingerprint !== expectedFingerprint) throw new StalePreviewError(analysis);
      const { plan } = analysis;
      const audits: AuditRow[] = [];
      const audit = (entry: Omit<AuditRow, 'userId' | 'ip' | 'entityId'> & { entityId: string }) => audits.push({ ...entry, userId: user.id, ip });
      const slugs: string[] = [];

      // ── New organizations, their founding entry in the status history, their audit rows.
      const slugFor = await slugAllocator(tx);
      const today = new Date(`${todayIsoInVietnam()}T00:00:00Z`);
      const created = plan.creates.map((c) => ({ ...c, slug: slugFor(c.data.name) }));
      const idBySlug = new Map<string, number>();
      const founding = { today, reason: 'Thành lập (ghi nhận khi nhập từ bảng tính)', createdById: user.id };
      for (const part of chunks(created)) {
        for (const [slug, id] of await insertOrganizations(tx, part, founding)) idBySlug.set(slug, id);
      }
      const idByRow = new Map<number, number>();
      for (const c of created) {
        const id = idBySlug.get(c.slug)!;
        idByRow.set(c.row, id);
        slugs.push(c.slug);
        audit({
          action: 'organization.import.create',
          entity: 'Organization',
          entityId: String(id),
          after: json({ ...c.data, slug: c.slug, status: 'ACTIVE', version: 1, importId: upload.id }),
        });
      }
      // ── Updates: each checks the version read above, so nothing written meanwhile is overwritten.
      for (const part of chunks(plan.updates)) {
        const done = await updateOrganizations(tx, part);
        const missed = part.find((u) => !done.has(u.id));
        if (missed) throw new ImportConflictError(missed.data.name);
      }
      for (const u of plan.updates) {
        slugs.push(u.slug);
        audit({
          action: 'organization.import.update',
          entity: 'Organization',
          entityId: String(u.id),
          before: json({ ...u.before, version: u.version }),
          after: json({ ...u.after, version: u.version + 1, importId: upload.id }),
        });
      }

      // ── Members and the capital they contributed when joining.
      const orgIdOf = (ref: { id: number } | { createRow: number }) => ('id' in ref ? ref.id : idByRow.get(ref.createRow)!);
      const personKey = (organizationId: number, m: { idNumber: string | null; name: string }) => `${organizationId}|${m.idNumber ?? `name:${foldName(m.name)}`}`;
      const memberIdByKey = new Map<string, number>();
      for (const part of chunks(plan.memberCreates)) {
        const rows = await tx.member.createManyAndReturn({
          data: part.map((m) => ({ organizationId: orgIdOf(m.org), ...m.data })),
          select: { id: true, organizationId: true, idNumber: true, name: true },
        });
        for (const r of rows) memberIdByKey.set(personKey(r.organizationId, r), r.id);
      }
      const contributions: Prisma.CapitalContributionCreateManyInput[] = [];
      for (const m of plan.memberCreates) {
        const organizationId = orgIdOf(m.org);
        const id = memberIdByKey.get(personKey(organizationId, m.data))!;
        audit({ action: 'member.import.create', entity: 'Member', entityId: String(id), after: json({ organizationId, ...m.data, importId: upload.id }) });
        if (m.capital !== null && m.capital > 0n) {
          contributions.push({
            organizationId,
            memberId: id,
            amount: m.capital,
            form: 'CASH',
            contributedOn: m.data.joinedOn,
            note: 'Vốn góp khi gia nhập (nhập từ bảng tính)',
          });
        }
      }
      for (const part of chunks(contributions)) {
        const rows = await tx.capitalContribution.createManyAndReturn({
          data: part,
          select: { id: true, organizationId: true, memberId: true, amount: true, form: true, contributedOn: true },
        });
        for (const { id, ...row } of rows) {
          audit({ action: 'contribution.import.create', entity: 'CapitalContribution', entityId: String(id), after: json({ ...row, importId: upload.id }) });
        }
      }
      for (const m of plan.memberUpdates) {
        await tx.member.update({ where: { id: m.id }, data: m.data });
        audit({ action: 'member.import.update', entity: 'Member', entityId: String(m.id), before: json(m.before), after: json({ ...m.after, importId: upload.id }) });
      }
      // An organization whose members changed gets a new version (as the member forms do), so an
      // edit form opened before the import is seen as stale.
      const updatedIds = new Set(plan.updates.map((u) => u.id));
      const touched = plan.touchedOrganizationIds.filter((id) => !updatedIds.has(id));
      if (touched.length > 0) await tx.organization.updateMany({ where: { id: { in: touched } }, data: { version: { increment: 1 } } });

      const { organizations, members } = analysis.preview;
      const result: ImportResult = {
        organizationsCreated: plan.creates.length,
        organizationsUpdated: plan.updates.length,
        organizationsUnchanged: organizations.totals.unchanged,
        membersCreated: plan.memberCreates.length,
        membersUpdated: plan.memberUpdates.length,
        rowsSkipped: plan.skippedRows,
        durationMs: 0,
        at: new Date().toISOString(),
      };
      audit({
        action: 'import.run',
        entity: 'ImportUpload',
        entityId: upload.id,
        after: json({
          fileName: upload.fileName,
          format: upload.format,
          sheet: organizations.sheetName,
          memberSheet: members?.sheetName ?? null,
          rows: organizations.rows.length + (members?.rows.length ?? 0),
          ...result,
        }),
      });
      for (const part of chunks(audits)) await insertAuditRows(tx, part);

      result.durationMs = Date.now() - started;
      // The rows and their preview are not needed any more (every change is in the audit log);
      // the summary is kept a month for the list of recent imports.
      await tx.importUpload.update({
        where: { id: upload.id },
        data: {
          importedAt: new Date(),
          result: json(result),
          sheets: json({ sheets: [], warnings: [] }),
          preview: DbNull,
          expiresAt: new Date(Date.now() + 30 * 86_400_000),
        },
      });
      return { result, analysis, slugs };
    },
    // A large file is one long transaction by design (all or nothing); nothing else is awaited inside it.
    { timeout: 300_000, maxWait: 30_000 },
  );
}
