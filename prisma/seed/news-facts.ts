/**
 * What the demo news is written from: the seeded province itself. The generated articles name
 * cooperatives, trainings, fairs, loans, awards and figures that are in the database, so a reader
 * who follows a link from an article to a cooperative's profile, or compares a figure with the
 * statistics page, finds the same facts.
 */
import type { OrgKind, OrgStatus, PeriodKind, Sector, SupportKind } from '@/lib/generated/prisma/enums';

import type { SeedClient } from './client';
import { REFORM_DATE, SEED_TODAY, utc } from './dates';
import { DISTRICTS } from './geography';

/** The news covers the last three years up to the seed's "today". */
export const NEWS_FROM = utc(2024, 1, 1);

export type OrgFact = {
  id: number;
  slug: string;
  name: string;
  shortName: string;
  kind: OrgKind;
  sector: Sector;
  establishedOn: Date | null;
  leaderName: string | null;
  leaderTitle: string | null;
  mainProducts: string | null;
  charterCapital: number | null;
  status: OrgStatus;
  isNewModel: boolean;
  hasVietGap: boolean;
  hasGlobalGap: boolean;
  hasValueChainLink: boolean;
  /** Today's unit, as printed: "xã Long Thạnh", "phường Rạch Giá", "đặc khu Phú Quốc". */
  commune: string;
  /** The former district, as printed: "huyện Giồng Riềng", "thành phố Rạch Giá". */
  district: string;
  districtKey: string;
};

export type ReportFact = {
  periodId: number;
  year: number;
  kind: PeriodKind;
  endsOn: Date;
  members: number;
  officialMembers: number;
  regularWorkers: number;
  seasonalWorkers: number;
  charterCapital: number;
  landAreaHa: number;
  revenue: number;
  profit: number;
  avgWorkerIncome: number;
  deposits: number | null;
  loansOutstanding: number | null;
};

export type PeriodFact = { id: number; year: number; kind: PeriodKind; startsOn: Date; endsOn: Date };

export type KindTotals = {
  n: number;
  members: number;
  charter: number;
  contributed: number;
  land: number;
  regular: number;
  seasonal: number;
  revenue: number;
  profit: number;
  income: number;
  deposits: number;
  loans: number;
};

export type PeriodTotals = {
  period: PeriodFact;
  agri: KindTotals;
  nonAgri: KindTotals;
  credit: KindTotals;
  unions: KindTotals;
  groups: KindTotals;
  newCooperatives: number;
  newGroups: number;
  dissolvedCooperatives: number;
};

export type UnitTotals = { unitId: number; name: string; type: string; level: string; htx: number; tht: number; members: number; charter: number; land: number };

export type ActivityFact = {
  id: number;
  kind: SupportKind;
  title: string;
  startsOn: Date;
  endsOn: Date | null;
  location: string | null;
  attendees: number;
  cost: number;
  fundingSource: string | null;
  description: string | null;
  orgIds: number[];
};

export type LoanFact = { id: number; fund: string; orgId: number; principal: number; interestRate: number; purpose: string | null; disbursedOn: Date; maturesOn: Date | null; contractNumber: string | null };

export type AwardFact = { id: number; year: number; type: string; title: string; orgId: number | null; recipientName: string; emulationBlock: string | null; decisionNumber: string; decisionDate: Date | null; issuer: string | null };

export type OcopFact = { id: number; orgId: number; name: string; stars: number; certifiedYear: number; decisionNumber: string | null };

export type Facts = {
  orgs: Map<number, OrgFact>;
  reports: Map<number, ReportFact[]>;
  periods: PeriodFact[];
  totals: Map<number, PeriodTotals>;
  unitTotals: Map<number, UnitTotals[]>;
  activities: ActivityFact[];
  loans: LoanFact[];
  awards: AwardFact[];
  ocop: OcopFact[];
  memberCounts: Map<number, number>;
};

const emptyTotals = (): KindTotals => ({ n: 0, members: 0, charter: 0, contributed: 0, land: 0, regular: 0, seasonal: 0, revenue: 0, profit: 0, income: 0, deposits: 0, loans: 0 });

function unitLabel(type: string, name: string): string {
  return `${type.toLowerCase()} ${name}`;
}

export async function loadFacts(db: SeedClient): Promise<Facts> {
  // Organizations other than groups (the news names cooperatives, funds and unions), with the
  // former district their commune took over from, for articles written before the reform.
  const orgRows = await db.$queryRawUnsafe<
    {
      id: number; slug: string; name: string; shortName: string | null; kind: OrgKind; sector: Sector; establishedOn: Date | null;
      leaderName: string | null; leaderTitle: string | null; mainProducts: string | null; charterCapital: number | null; status: OrgStatus;
      isNewModel: boolean; hasVietGap: boolean; hasGlobalGap: boolean; hasValueChainLink: boolean;
      communeType: string; communeName: string; districtType: string | null; districtName: string | null;
    }[]
  >(`
    SELECT o.id, o.slug, o.name, o."shortName", o.kind, o.sector, o."establishedOn", o."leaderName", o."leaderTitle",
           o."mainProducts", o."charterCapital"::float8 AS "charterCapital", o.status, o."isNewModel", o."hasVietGap",
           o."hasGlobalGap", o."hasValueChainLink", c.type AS "communeType", c.name AS "communeName",
           d.type AS "districtType", d.name AS "districtName"
      FROM "Organization" o
      JOIN "AdministrativeUnit" c ON c.id = o."unitId"
      LEFT JOIN LATERAL (
        SELECT p.type, p.name FROM "UnitSuccession" s JOIN "AdministrativeUnit" p ON p.id = s."predecessorId"
         WHERE s."successorId" = c.id AND p.level = 'DISTRICT' ORDER BY s.share DESC, p.id LIMIT 1) d ON true
     WHERE o.kind <> 'GROUP' AND o."deletedAt" IS NULL
     ORDER BY o.id`);
  const orgs = new Map<number, OrgFact>();
  for (const r of orgRows) {
    const district = DISTRICTS.find((d) => d.name === r.districtName);
    orgs.set(r.id, {
      id: r.id,
      slug: r.slug,
      name: r.name,
      shortName: r.shortName ?? r.name,
      kind: r.kind,
      sector: r.sector,
      establishedOn: r.establishedOn,
      leaderName: r.leaderName,
      leaderTitle: r.leaderTitle,
      mainProducts: r.mainProducts,
      charterCapital: r.charterCapital,
      status: r.status,
      isNewModel: r.isNewModel,
      hasVietGap: r.hasVietGap,
      hasGlobalGap: r.hasGlobalGap,
      hasValueChainLink: r.hasValueChainLink,
      commune: unitLabel(r.communeType, r.communeName),
      district: r.districtType && r.districtName ? unitLabel(r.districtType, r.districtName) : unitLabel(r.communeType, r.communeName),
      districtKey: district?.key ?? '',
    });
  }

  const periods = await db.reportingPeriod.findMany({ select: { id: true, year: true, kind: true, startsOn: true, endsOn: true }, orderBy: { endsOn: 'asc' } });
  const periodById = new Map(periods.map((p) => [p.id, p]));

  const reportRows = await db.$queryRawUnsafe<(Omit<ReportFact, 'year' | 'kind' | 'endsOn'> & { organizationId: number })[]>(`
    SELECT r."organizationId", r."periodId", r.members, r."officialMembers", r."regularWorkers", r."seasonalWorkers",
           r."charterCapital"::float8 AS "charterCapital", r."landAreaHa"::float8 AS "landAreaHa", r.revenue::float8 AS revenue,
           r.profit::float8 AS profit, r."avgWorkerIncome"::float8 AS "avgWorkerIncome", r.deposits::float8 AS deposits,
           r."loansOutstanding"::float8 AS "loansOutstanding"
      FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId"
     WHERE o.kind <> 'GROUP'
     ORDER BY r."organizationId", r."periodId"`);
  const reports = new Map<number, ReportFact[]>();
  for (const r of reportRows) {
    const p = periodById.get(r.periodId)!;
    const list = reports.get(r.organizationId) ?? [];
    list.push({ ...r, year: p.year, kind: p.kind, endsOn: p.endsOn });
    reports.set(r.organizationId, list);
  }

  const totalRows = await db.$queryRawUnsafe<({ periodId: number; kind: OrgKind; sectorGroup: string } & KindTotals)[]>(`
    SELECT r."periodId", o.kind, o."sectorGroup"::text AS "sectorGroup", count(*)::int AS n, sum(r.members)::int AS members,
           sum(r."charterCapital")::float8 AS charter, sum(r."contributedCapital")::float8 AS contributed,
           sum(r."landAreaHa")::float8 AS land, sum(r."regularWorkers")::int AS regular, sum(r."seasonalWorkers")::int AS seasonal,
           sum(r.revenue)::float8 AS revenue, sum(r.profit)::float8 AS profit, avg(r."avgWorkerIncome")::float8 AS income,
           coalesce(sum(r.deposits), 0)::float8 AS deposits, coalesce(sum(r."loansOutstanding"), 0)::float8 AS loans
      FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId"
     GROUP BY 1, 2, 3`);
  const changeRows = await db.$queryRawUnsafe<{ periodId: number; newCooperatives: number; newGroups: number; dissolvedCooperatives: number }[]>(`
    SELECT p.id AS "periodId",
           (SELECT count(*)::int FROM "Organization" o WHERE o.kind IN ('COOPERATIVE', 'CREDIT_FUND') AND o."establishedOn" BETWEEN p."startsOn" AND p."endsOn") AS "newCooperatives",
           (SELECT count(*)::int FROM "Organization" o WHERE o.kind = 'GROUP' AND o."establishedOn" BETWEEN p."startsOn" AND p."endsOn") AS "newGroups",
           (SELECT count(DISTINCT s."organizationId")::int FROM "StatusChange" s JOIN "Organization" o ON o.id = s."organizationId"
             WHERE o.kind IN ('COOPERATIVE', 'CREDIT_FUND') AND s.status = 'DISSOLVED' AND s."effectiveOn" BETWEEN p."startsOn" AND p."endsOn") AS "dissolvedCooperatives"
      FROM "ReportingPeriod" p`);
  const totals = new Map<number, PeriodTotals>();
  for (const p of periods) {
    const changes = changeRows.find((c) => c.periodId === p.id);
    totals.set(p.id, {
      period: p, agri: emptyTotals(), nonAgri: emptyTotals(), credit: emptyTotals(), unions: emptyTotals(), groups: emptyTotals(),
      newCooperatives: changes?.newCooperatives ?? 0, newGroups: changes?.newGroups ?? 0, dissolvedCooperatives: changes?.dissolvedCooperatives ?? 0,
    });
  }
  for (const row of totalRows) {
    const t = totals.get(row.periodId)!;
    const target = row.kind === 'CREDIT_FUND' ? t.credit : row.kind === 'UNION' ? t.unions : row.kind === 'GROUP' ? t.groups : row.sectorGroup === 'AGRICULTURE' ? t.agri : t.nonAgri;
    // Agricultural and non-agricultural cooperatives of a period come in separate rows per group.
    const { periodId: _p, kind: _k, sectorGroup: _s, ...values } = row;
    for (const key of Object.keys(values) as (keyof KindTotals)[]) {
      target[key] = key === 'income' ? values[key] : target[key] + values[key];
    }
  }

  const unitRows = await db.$queryRawUnsafe<(UnitTotals & { periodId: number })[]>(`
    SELECT r."periodId", u.id AS "unitId", u.name, u.type, u.level::text AS level,
           count(*) FILTER (WHERE o.kind IN ('COOPERATIVE', 'CREDIT_FUND'))::int AS htx,
           count(*) FILTER (WHERE o.kind = 'GROUP')::int AS tht, sum(r.members)::int AS members,
           sum(r."charterCapital")::float8 AS charter, sum(r."landAreaHa")::float8 AS land
      FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId"
      JOIN "AdministrativeUnit" u ON u.id = r."unitId"
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2`);
  const unitTotals = new Map<number, UnitTotals[]>();
  for (const { periodId, ...u } of unitRows) {
    const list = unitTotals.get(periodId) ?? [];
    list.push(u);
    unitTotals.set(periodId, list);
  }

  const activityRows = await db.supportActivity.findMany({
    where: { startsOn: { gte: NEWS_FROM, lte: SEED_TODAY } },
    select: { id: true, kind: true, title: true, startsOn: true, endsOn: true, location: true, attendees: true, cost: true, fundingSource: true, description: true, organizations: { select: { organizationId: true }, orderBy: { organizationId: 'asc' } } },
    orderBy: [{ startsOn: 'asc' }, { id: 'asc' }],
  });
  const activities = activityRows.map((a) => ({ ...a, cost: Number(a.cost), orgIds: a.organizations.map((o) => o.organizationId) }));

  const loanRows = await db.loan.findMany({
    where: { disbursedOn: { gte: NEWS_FROM, lte: SEED_TODAY } },
    select: { id: true, fund: true, organizationId: true, principal: true, interestRate: true, purpose: true, disbursedOn: true, maturesOn: true, contractNumber: true },
    orderBy: [{ disbursedOn: 'asc' }, { id: 'asc' }],
  });
  const loans = loanRows.map((l) => ({ id: l.id, fund: l.fund, orgId: l.organizationId, principal: Number(l.principal), interestRate: Number(l.interestRate ?? 0), purpose: l.purpose, disbursedOn: l.disbursedOn, maturesOn: l.maturesOn, contractNumber: l.contractNumber }));

  const awardRows = await db.award.findMany({
    where: { year: { gte: 2024 } },
    select: { id: true, year: true, type: true, title: true, organizationId: true, recipientName: true, emulationBlock: true, decisionNumber: true, decisionDate: true, issuer: true },
    orderBy: { id: 'asc' },
  });
  const awards = awardRows.map((a) => ({ ...a, orgId: a.organizationId }));

  const ocopRows = await db.ocopProduct.findMany({ select: { id: true, organizationId: true, name: true, stars: true, certifiedYear: true, decisionNumber: true }, orderBy: { id: 'asc' } });
  const ocop = ocopRows.map((o) => ({ ...o, orgId: o.organizationId }));

  const memberRows = await db.$queryRawUnsafe<{ organizationId: number; n: number }[]>(
    `SELECT "organizationId", count(*)::int AS n FROM "Member" GROUP BY 1`,
  );
  const memberCounts = new Map(memberRows.map((r) => [r.organizationId, r.n]));

  return { orgs, reports, periods, totals, unitTotals, activities, loans, awards, ocop, memberCounts };
}

/** The latest report of an organization for a period that ended before `date`. */
export function latestReport(facts: Facts, orgId: number, date: Date, kind?: PeriodKind): ReportFact | undefined {
  const list = facts.reports.get(orgId) ?? [];
  let found: ReportFact | undefined;
  for (const r of list) if (r.endsOn < date && (!kind || r.kind === kind)) found = r;
  return found;
}

/** Where an organization was at a given date: its former district before the reform, its commune after. */
export function placeOf(org: OrgFact, date: Date): string {
  return date < REFORM_DATE ? org.district : org.commune;
}
