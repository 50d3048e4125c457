import 'server-only';

import type { AwardFilters } from '@/lib/awards/filters';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { likePattern } from '@/lib/organizations/filters';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';

export const AWARDS_PER_PAGE = 25;

function whereSql(f: AwardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.year) parts.push(Prisma.sql`w.year = ${f.year}::int`);
  if (f.type) parts.push(Prisma.sql`w.type = ${f.type}::"AwardType"`);
  if (f.block) parts.push(Prisma.sql`w."emulationBlock" = ${f.block}`);
  if (f.q) {
    const pattern = likePattern(f.q);
    parts.push(Prisma.sql`(unaccent(w."recipientName") ILIKE unaccent(${pattern}::text) OR unaccent(w.title) ILIKE unaccent(${pattern}::text) OR w."decisionNumber" ILIKE ${pattern})`);
  }
  return Prisma.join(parts, ' AND ');
}

async function matchingIds(f: AwardFilters, window?: { skip: number; take: number }): Promise<number[]> {
  const limit = window ? Prisma.sql`LIMIT ${window.take} OFFSET ${window.skip}` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT w.id FROM "Award" w WHERE ${whereSql(f)} ORDER BY w.year DESC, w."decisionDate" DESC NULLS LAST, w.type, w.id ${limit}`;
  return rows.map((r) => r.id);
}

const listSelect = {
  id: true,
  year: true,
  type: true,
  title: true,
  organizationId: true,
  recipientName: true,
  emulationBlock: true,
  decisionNumber: true,
  decisionDate: true,
  issuer: true,
  organization: { select: { id: true, deletedAt: true } },
} satisfies Prisma.AwardSelect;

export type AwardRow = Prisma.AwardGetPayload<{ select: typeof listSelect }>;

function inOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

export async function getAwardList(f: AwardFilters, pageSize = AWARDS_PER_PAGE): Promise<Paged<AwardRow>> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Award" w WHERE ${whereSql(f)}`;
  const total = row?.n ?? 0;
  const page = Math.min(f.page, Math.max(1, Math.ceil(total / pageSize)));
  const ids = total > 0 ? await matchingIds(f, pageWindow(page, pageSize)) : [];
  const rows = ids.length ? await prisma.award.findMany({ where: { id: { in: ids } }, select: listSelect }) : [];
  return toPaged(inOrder(ids, rows), total, page, pageSize);
}

export async function getAwardsForExport(f: AwardFilters): Promise<AwardRow[]> {
  const ids = await matchingIds(f);
  return ids.length ? inOrder(ids, await prisma.award.findMany({ where: { id: { in: ids } }, select: listSelect })) : [];
}

/** Emulation blocks in use, for the filter and the form's suggestions. */
export async function getEmulationBlocks(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ block: string }[]>`
    SELECT DISTINCT "emulationBlock" AS block FROM "Award" WHERE "emulationBlock" IS NOT NULL ORDER BY 1`;
  return rows.map((r) => r.block);
}

export async function getAward(id: number) {
  return prisma.award.findUnique({
    where: { id },
    select: { ...listSelect, organization: { select: { id: true, name: true, deletedAt: true, unit: { select: { type: true, name: true } } } } },
  });
}
