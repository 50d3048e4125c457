import 'server-only';

/**
 * Reads of the rating area: which scheme applies to an organization in a year, one
 * self-assessment with everything its form needs, the list of a year's assessments (and of the
 * organizations expected to assess themselves that have not), and the schemes.
 */
import { prisma, type Db } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrgKind, Rating, SubmissionState } from '@/lib/generated/prisma/enums';
import { unitFilterSql } from '@/lib/units/subtree';
import { TERMINAL_STATUSES } from '@/lib/organizations/sectors';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';
import { unitSubtreeSql } from '@/lib/units/subtree';

import type { RatingScope } from './access';
import { type Band, notRatedReason, toHundredths } from './compute';
import type { RatingListFilters } from './filters';

type Reader = Pick<Db, 'ratingScheme'>;

export const FIRST_RATING_YEAR = 2000;

/** The current year in Vietnam: the latest year a self-assessment may be made for. */
export function currentYear(): number {
  return Number(todayIsoInVietnam().slice(0, 4));
}

export function isRatingYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_RATING_YEAR && year <= currentYear();
}

const schemeInclude = {
  criteria: { orderBy: { ordinal: 'asc' }, select: { id: true, ordinal: true, groupName: true, title: true, maxPoints: true } },
  bands: { orderBy: { minPoints: 'desc' }, select: { rating: true, minPoints: true, maxPoints: true } },
} satisfies Prisma.RatingSchemeInclude;

type SchemeRow = Prisma.RatingSchemeGetPayload<{ include: typeof schemeInclude }>;

export type SchemeView = Omit<SchemeRow, 'bands'> & { bands: Band[] };

const num = (d: Prisma.Decimal | null): number | null => (d == null ? null : Number(d.toString()));

function toView(s: SchemeRow): SchemeView {
  return {
    ...s,
    bands: s.bands
      .filter((b): b is typeof b & { rating: Band['rating'] } => b.rating !== 'NOT_RATED')
      .map((b) => ({ rating: b.rating, minPoints: num(b.minPoints)!, maxPoints: num(b.maxPoints) })),
  };
}

const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));

/**
 * The scheme an organization of `kind` is rated under for `year`: in force during that year and
 * naming the kind (or no kind: all). When two are (a newer one for some kinds only), the newest
 * wins. null: the kind is not rated that year.
 */
export async function findApplicableScheme(db: Reader, kind: OrgKind, year: number): Promise<SchemeView | null> {
  const s = await db.ratingScheme.findFirst({
    where: {
      validFrom: { lte: yearEnd(year) },
      OR: [{ validTo: null }, { validTo: { gte: yearStart(year) } }],
      AND: [{ OR: [{ orgKinds: { isEmpty: true } }, { orgKinds: { has: kind } }] }],
    },
    orderBy: [{ validFrom: 'desc' }, { id: 'desc' }],
    include: schemeInclude,
  });
  return s ? toView(s) : null;
}

export async function getScheme(id: number): Promise<SchemeView | null> {
  const s = await prisma.ratingScheme.findUnique({ where: { id }, include: schemeInclude });
  return s ? toView(s) : null;
}

// ───────────────────────────── One self-assessment ─────────────────────────────

const assessmentSelect = {
  id: true,
  schemeId: true,
  year: true,
  totalPoints: true,
  rating: true,
  assessedOn: true,
  note: true,
  state: true,
  submittedAt: true,
  reviewedAt: true,
  returnReason: true,
  updatedAt: true,
  reviewedBy: { select: { name: true } },
  scores: { select: { criterionId: true, points: true } },
} satisfies Prisma.RatingAssessmentSelect;

export type AssessmentRow = Prisma.RatingAssessmentGetPayload<{ select: typeof assessmentSelect }>;

export type AssessmentContext = {
  scheme: SchemeView | null;
  assessment: AssessmentRow | null;
  /** Why the organization is not rated this year (the rule of the scheme), or null. */
  notRated: string | null;
};

/**
 * Everything the form of (organization, year) needs. An existing assessment keeps the scheme it was
 * made under; a new one takes the scheme that applies. The "not rated" rule is worked out from the
 * founding date and the status history, never taken from what a form sent.
 */
export async function getAssessmentContext(org: { id: number; kind: OrgKind; establishedOn: Date | null }, year: number): Promise<AssessmentContext> {
  const [assessment, history] = await Promise.all([
    prisma.ratingAssessment.findUnique({ where: { organizationId_year: { organizationId: org.id, year } }, select: assessmentSelect }),
    prisma.statusChange.findMany({ where: { organizationId: org.id }, select: { status: true, effectiveOn: true }, orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }] }),
  ]);
  const scheme = assessment ? await getScheme(assessment.schemeId) : await findApplicableScheme(prisma, org.kind, year);
  const notRated = scheme
    ? notRatedReason({ year, establishedOn: org.establishedOn, history, minMonthsOperating: scheme.minMonthsOperating, maxMonthsStopped: scheme.maxMonthsStopped })
    : null;
  return { scheme, assessment, notRated };
}

/** Points of an assessment per criterion id, in hundredths. */
export function scoresOf(a: AssessmentRow | null): Map<number, number> {
  return new Map((a?.scores ?? []).map((s) => [s.criterionId, toHundredths(Number(s.points.toString()))]));
}

// ───────────────────────────── The list of a year ─────────────────────────────

export const ASSESSMENTS_PER_PAGE = 25;

export type RatingListRow = {
  organizationId: number;
  name: string;
  kind: OrgKind;
  unitName: string;
  assessmentId: number | null;
  state: SubmissionState | null;
  rating: Rating | null;
  totalPoints: string | null;
};

/** Organizations of the list's scope and unit/kind filters. */
function orgWhere(f: RatingListFilters, scope: RatingScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`o."deletedAt" IS NULL`];
  if (scope.organizationId != null) parts.push(Prisma.sql`o.id = ${scope.organizationId}`);
  if (scope.unitId != null) parts.push(Prisma.sql`o."unitId" IN (${unitSubtreeSql(scope.unitId)})`);
  if (f.unitId) parts.push(Prisma.sql`o."unitId" IN (${unitFilterSql(f.unitId)})`);
  if (f.kind) parts.push(Prisma.sql`o.kind = ${f.kind}::"OrgKind"`);
  return Prisma.join(parts, ' AND ');
}

/**
 * Expected to assess itself for the year: founded by 31/12, not ended by then (status history, else
 * the current status), and of a kind some scheme rates that year.
 */
function expectedSql(year: number): Prisma.Sql {
  const end = yearEnd(year);
  const start = yearStart(year);
  const terminal = Prisma.join(TERMINAL_STATUSES.map((s) => Prisma.sql`${s}::"OrgStatus"`));
  return Prisma.sql`(
    (o."establishedOn" IS NULL OR o."establishedOn" <= ${end}::date)
    AND coalesce(
      (SELECT sc.status FROM "StatusChange" sc WHERE sc."organizationId" = o.id AND sc."effectiveOn" <= ${end}::date ORDER BY sc."effectiveOn" DESC, sc.id DESC LIMIT 1),
      o.status
    ) NOT IN (${terminal})
    AND EXISTS (
      SELECT 1 FROM "RatingScheme" s
       WHERE s."validFrom" <= ${end}::date AND (s."validTo" IS NULL OR s."validTo" >= ${start}::date)
         AND (cardinality(s."orgKinds") = 0 OR o.kind = ANY(s."orgKinds"))
    )
  )`;
}

/** The rows of a year: every assessment, and every expected organization without one. */
function rowsSql(f: RatingListFilters, scope: RatingScope): Prisma.Sql {
  return Prisma.sql`
    SELECT o.id AS "organizationId", o.name, o.kind, u.type || ' ' || u.name AS "unitName",
           a.id AS "assessmentId", a.state, a.rating, a."totalPoints"::text AS "totalPoints"
      FROM "Organization" o
      JOIN "AdministrativeUnit" u ON u.id = o."unitId"
      LEFT JOIN "RatingAssessment" a ON a."organizationId" = o.id AND a.year = ${f.year}
     WHERE ${orgWhere(f, scope)} AND (a.id IS NOT NULL OR ${expectedSql(f.year)})`;
}

function stateBandWhere(f: RatingListFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.state === 'MISSING') parts.push(Prisma.sql`r."assessmentId" IS NULL`);
  else if (f.state) parts.push(Prisma.sql`r.state = ${f.state}::"SubmissionState"`);
  if (f.rating) parts.push(Prisma.sql`r.rating = ${f.rating}::"Rating"`);
  return Prisma.join(parts, ' AND ');
}

export async function getRatingList(f: RatingListFilters, scope: RatingScope, pageSize = ASSESSMENTS_PER_PAGE): Promise<Paged<RatingListRow>> {
  const [count] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (${rowsSql(f, scope)}) r WHERE ${stateBandWhere(f)}`;
  const total = count?.n ?? 0;
  const page = Math.min(f.page, Math.max(1, Math.ceil(total / pageSize)));
  const { skip, take } = pageWindow(page, pageSize);
  const items =
    total === 0
      ? []
      : await prisma.$queryRaw<RatingListRow[]>`
          SELECT * FROM (${rowsSql(f, scope)}) r WHERE ${stateBandWhere(f)}
           ORDER BY lower(unaccent(r.name)), r.name, r."organizationId"
           LIMIT ${take} OFFSET ${skip}`;
  return toPaged(items, total, page, pageSize);
}

export type BandCount = { rating: Rating | null; confirmed: number; all: number };

/**
 * Counts per band for the year within the scope and unit/kind filters (state and band filters left
 * out: the tally is of the whole year). rating null: expected but not self-assessed yet.
 */
export async function getBandCounts(f: RatingListFilters, scope: RatingScope): Promise<BandCount[]> {
  return prisma.$queryRaw<BandCount[]>`
    SELECT r.rating, count(*) FILTER (WHERE r.state = 'APPROVED')::int AS confirmed, count(*)::int AS "all"
      FROM (${rowsSql(f, scope)}) r
     GROUP BY r.rating`;
}

/** Years to offer in the list: from the first assessment or scheme to this year, newest first. */
export async function getRatingYears(): Promise<number[]> {
  const [row] = await prisma.$queryRaw<{ first: number | null }[]>`
    SELECT least((SELECT min(year) FROM "RatingAssessment"), (SELECT min(extract(year FROM "validFrom"))::int FROM "RatingScheme")) AS first`;
  const last = currentYear();
  const first = Math.max(FIRST_RATING_YEAR, Math.min(row?.first ?? last, last));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

// ───────────────────────────── Schemes ─────────────────────────────

export async function getSchemeList() {
  const schemes = await prisma.ratingScheme.findMany({
    orderBy: [{ validFrom: 'desc' }, { id: 'desc' }],
    include: { bands: { orderBy: { minPoints: 'desc' } }, _count: { select: { criteria: true } } },
  });
  const usage = await schemeUsage();
  return schemes.map((s) => ({ ...s, used: usage.get(s.id) ?? { confirmed: 0, all: 0 } }));
}

/** How many assessments use each scheme, and how many of them are confirmed. */
export async function schemeUsage(schemeId?: number): Promise<Map<number, { confirmed: number; all: number }>> {
  const rows = await prisma.$queryRaw<{ schemeId: number; confirmed: number; all: number }[]>`
    SELECT "schemeId", count(*) FILTER (WHERE state = 'APPROVED')::int AS confirmed, count(*)::int AS "all"
      FROM "RatingAssessment"
     ${schemeId != null ? Prisma.sql`WHERE "schemeId" = ${schemeId}` : Prisma.empty}
     GROUP BY "schemeId"`;
  return new Map(rows.map((r) => [r.schemeId, { confirmed: r.confirmed, all: r.all }]));
}

/** The newest scheme, whose criteria and bands a new scheme starts from. */
export async function findLatestScheme(): Promise<SchemeView | null> {
  const s = await prisma.ratingScheme.findFirst({ orderBy: [{ validFrom: 'desc' }, { id: 'desc' }], include: schemeInclude });
  return s ? toView(s) : null;
}
