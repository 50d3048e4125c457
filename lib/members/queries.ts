import 'server-only';

import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MemberKind, MemberType } from '@/lib/generated/prisma/enums';
import { toPaged } from '@/lib/pagination';

/** An id from a URL segment: digits only and within INT range, else null (→ 404, never a 500). */
export function parseRecordId(text: string | undefined): number | null {
  if (!text || !/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 2_147_483_647 ? n : null;
}

/** The organization a member page is about, with what its heading and the guard need. */
export async function getOrganizationForMembers(id: number) {
  return prisma.organization.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      kind: true,
      status: true,
      unitId: true,
      charterCapital: true,
      deletedAt: true,
      unit: { select: { type: true, name: true } },
    },
  });
}

export type MemberStatusFilter = 'current' | 'former' | 'all';

export type MemberListFilter = {
  status: MemberStatusFilter;
  type?: MemberType;
  /** Free text: name (without diacritics) or ID number. */
  q?: string;
  page: number;
};

export type MemberRow = {
  id: number;
  name: string;
  kind: MemberKind;
  type: MemberType;
  idNumber: string | null;
  joinedOn: Date;
  leftOn: Date | null;
  contributed: bigint;
};

export const MEMBERS_PER_PAGE = 20;

/** LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One page of an organization's members with what each has contributed. */
export async function getMembersPage(organizationId: number, filter: MemberListFilter) {
  const conditions: Prisma.Sql[] = [Prisma.sql`m."organizationId" = ${organizationId}`];
  if (filter.status === 'current') conditions.push(Prisma.sql`m."leftOn" IS NULL`);
  if (filter.status === 'former') conditions.push(Prisma.sql`m."leftOn" IS NOT NULL`);
  if (filter.type) conditions.push(Prisma.sql`m.type = ${filter.type}::"MemberType"`);
  if (filter.q) {
    const pattern = containsPattern(filter.q.toLowerCase());
    // Accent-insensitive: "nguyen van" finds "Nguyễn Văn" (unaccent also maps đ to d).
    conditions.push(Prisma.sql`(unaccent(lower(m.name)) LIKE unaccent(${pattern}) OR m."idNumber" LIKE ${pattern})`);
  }
  const where = Prisma.join(conditions, ' AND ');
  const offset = (Math.max(1, filter.page) - 1) * MEMBERS_PER_PAGE;
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<MemberRow[]>`
      SELECT m.id, m.name, m.kind, m.type, m."idNumber", m."joinedOn", m."leftOn",
             COALESCE((SELECT sum(c.amount) FROM "CapitalContribution" c WHERE c."memberId" = m.id), 0)::bigint AS contributed
        FROM "Member" m
       WHERE ${where}
       ORDER BY m."leftOn" IS NOT NULL, m."joinedOn", m.id
       LIMIT ${MEMBERS_PER_PAGE} OFFSET ${offset}`,
    prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Member" m WHERE ${where}`,
  ]);
  return toPaged(rows, count[0]?.n ?? 0, filter.page, MEMBERS_PER_PAGE);
}

export type MembershipSummary = {
  current: number;
  former: number;
  byType: Record<MemberType, number>;
  byKind: Record<MemberKind, number>;
  /** Contributions of current members (a member who leaves is paid back their share). */
  contributed: bigint;
  charterCapital: bigint | null;
};

/** Totals shown beside the charter capital. */
export async function getMembershipSummary(organizationId: number, charterCapital: bigint | null): Promise<MembershipSummary> {
  const [groups, former, sum] = await Promise.all([
    prisma.member.groupBy({ by: ['type', 'kind'], where: { organizationId, leftOn: null }, _count: { _all: true } }),
    prisma.member.count({ where: { organizationId, leftOn: { not: null } } }),
    prisma.capitalContribution.aggregate({ where: { organizationId, member: { leftOn: null } }, _sum: { amount: true } }),
  ]);
  const byType: Record<MemberType, number> = { OFFICIAL: 0, ASSOCIATE_CAPITAL: 0, ASSOCIATE_NO_CAPITAL: 0 };
  const byKind: Record<MemberKind, number> = { PERSON: 0, HOUSEHOLD: 0, LEGAL_ENTITY: 0 };
  let current = 0;
  for (const g of groups) {
    byType[g.type] += g._count._all;
    byKind[g.kind] += g._count._all;
    current += g._count._all;
  }
  return { current, former, byType, byKind, contributed: sum._sum.amount ?? 0n, charterCapital };
}

/** One member of the organization (null when the id belongs to another organization) with their contributions. */
export async function getMemberDetail(organizationId: number, memberId: number) {
  return prisma.member.findFirst({
    where: { id: memberId, organizationId },
    select: {
      id: true,
      kind: true,
      type: true,
      name: true,
      idNumber: true,
      birthYear: true,
      gender: true,
      address: true,
      phone: true,
      joinedOn: true,
      leftOn: true,
      contributions: {
        select: { id: true, amount: true, form: true, contributedOn: true, note: true },
        orderBy: [{ contributedOn: 'asc' }, { id: 'asc' }],
      },
    },
  });
}

export type MemberDetail = NonNullable<Awaited<ReturnType<typeof getMemberDetail>>>;
