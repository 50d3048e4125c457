/**
 * SQL building blocks of the statistics engine. Every statistic is one query of the same shape:
 *
 *   pairs   (d, org_id, report_unit_id, …payload)   which organizations count on which day
 *   placed  + unit_id, w                             in which unit (unit mode), with which weight
 *   ugroup  unit_id → in_scope, group_id             the unit filter and the `unit` breakdown
 *   SELECT  dimensions, aggregates … GROUP BY ROLLUP
 *
 * The unit tables (AdministrativeUnit, UnitSuccession) are small (a province has a few hundred
 * units), so their maps are computed per query; the large tables (organizations, status changes,
 * reports) are read once each, with window functions instead of per-row subqueries.
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { todayIsoInVietnam } from '@/lib/format/date';

import { ENDED_STATUSES, type Dimension, type FigureKey, type ResolvedFilter, type StatsFilter } from './types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function assertIsoDate(value: string, name = 'date'): string {
  if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new RangeError(`Not a calendar day (${name}): ${value}`);
  }
  return value;
}

export function resolveFilter(filter: StatsFilter): ResolvedFilter {
  return {
    asOf: assertIsoDate(filter.asOf, 'asOf'),
    unitMode: filter.unitMode ?? 'AT_THE_TIME',
    unitId: filter.unitId ?? null,
    kinds: [...new Set(filter.kinds ?? [])].sort(),
    sectors: [...new Set(filter.sectors ?? [])].sort(),
    sectorGroups: [...new Set(filter.sectorGroups ?? [])].sort(),
    includeUnapproved: filter.includeUnapproved ?? false,
    today: assertIsoDate(filter.today ?? todayIsoInVietnam(), 'today'),
  };
}

const ENDED = Prisma.raw(ENDED_STATUSES.map((s) => `'${s}'`).join(', '));

/** Organizations of the register that the filter's kind and sector conditions keep, as `orgs`. */
export function orgsCte(f: ResolvedFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`o."deletedAt" IS NULL`];
  if (f.kinds.length > 0) conditions.push(Prisma.sql`o.kind::text = ANY(${f.kinds}::text[])`);
  if (f.sectors.length > 0) conditions.push(Prisma.sql`o.sector::text = ANY(${f.sectors}::text[])`);
  if (f.sectorGroups.length > 0) conditions.push(Prisma.sql`o."sectorGroup"::text = ANY(${f.sectorGroups}::text[])`);
  return Prisma.sql`orgs AS (
    SELECT o.id, o.kind, o.sector, o."sectorGroup", o."unitId", o."allianceMembership", o."allianceJoinedOn",
           coalesce(o."establishedOn", o."createdAt"::date) AS founded_on
      FROM "Organization" o
     WHERE ${Prisma.join(conditions, ' AND ')}
  )`;
}

/**
 * The organization's columns every `pairs` row carries, so the final aggregate never joins the
 * organizations again: its register unit, kind, sector and alliance membership.
 */
export const ORG_COLUMNS = Prisma.sql`o."unitId" AS reg_unit_id, o.kind, o.sector, o."sectorGroup" AS sector_group,
  o."allianceMembership" AS alliance, o."allianceJoinedOn" AS alliance_joined_on`;

/** Which reports may supply figures. */
export function reportStateSql(f: ResolvedFilter, r = Prisma.raw('r')): Prisma.Sql {
  return f.includeUnapproved
    ? Prisma.sql`(${r}.state = 'APPROVED' OR ${r}."enteredAt" IS NOT NULL OR ${r}."nilReport")`
    : Prisma.sql`${r}.state = 'APPROVED'`;
}

/**
 * `pairs` for organizations existing on each of `dates`, with the figures of their latest report
 * on or before that day. A status change holds from its day until the next one's (same-day entries
 * in the order recorded).
 */
export function existingPairsCtes(f: ResolvedFilter, dates: string[], figures: readonly FigureKey[] = FIGURE_KEYS): Prisma.Sql {
  const maxDate = dates.reduce((a, b) => (a > b ? a : b));
  // Most asked dates are period ends (30/6, 31/12), where an organization's latest report is
  // usually that period's: one hash join finds those for all organizations × dates at once. The
  // rest (another date, a report not approved yet) probe the organization's newest reports through
  // the unique (organizationId, periodId) index, newest period first; the probe's condition on the
  // hash join's miss is a one-time filter, so rows that found their report never run it. One pass,
  // no intermediate CTE: a trend's few hundred thousand rows are aggregated as they stream, never
  // written to a temporary file (measured: 1.5 s → see decision 0008).
  const columns = reportColumnsOf(figures);
  const reportColumns = Prisma.raw(['r."unitId" AS report_unit_id', ...columns.map(([n, snake]) => `r."${n}" AS ${snake}`)].join(', '));
  const pickColumns = Prisma.raw(
    ['report_unit_id', ...columns.map(([, snake]) => snake)]
      .map((c) => `CASE WHEN ex.report_unit_id IS NOT NULL THEN ex.${c} ELSE fb.${c} END AS ${c}`)
      .join(', '),
  );
  const reports = Prisma.sql`
  periods AS MATERIALIZED (SELECT p.id, p."endsOn" AS ends_on FROM "ReportingPeriod" p WHERE p."endsOn" <= ${maxDate}::date),
  period_ends AS MATERIALIZED (SELECT DISTINCT ON (ends_on) id, ends_on FROM periods ORDER BY ends_on, id DESC),
  pairs AS (
    SELECT a.d, a.org_id, a.status, a.reg_unit_id, a.kind, a.sector, a.sector_group, a.alliance, a.alliance_joined_on,
           ${pickColumns}, (ex.report_unit_id IS NOT NULL OR fb.report_unit_id IS NOT NULL) AS has_report
      FROM alive a
      LEFT JOIN period_ends pe ON pe.ends_on = a.d
      LEFT JOIN (
        SELECT r."organizationId" AS org_id, r."periodId" AS period_id, ${reportColumns}
          FROM "OrganizationReport" r
         WHERE r."periodId" IN (SELECT id FROM period_ends WHERE ends_on IN (SELECT d FROM dates)) AND ${reportStateSql(f)}
      ) ex ON ex.org_id = a.org_id AND ex.period_id = pe.id
      LEFT JOIN LATERAL (
        SELECT ${reportColumns}
          FROM (SELECT * FROM periods WHERE ends_on <= a.d ORDER BY ends_on DESC, id DESC) pp
          JOIN "OrganizationReport" r ON r."organizationId" = a.org_id AND r."periodId" = pp.id
         WHERE ex.org_id IS NULL AND ${reportStateSql(f)}
         ORDER BY pp.ends_on DESC, pp.id DESC
         LIMIT 1
      ) fb ON true
  )`;
  return Prisma.sql`
  dates AS (SELECT DISTINCT unnest(${dates}::date[]) AS d),
  sc AS (
    SELECT * FROM (
      SELECT s."organizationId" AS org_id, s.status, s."effectiveOn" AS since,
             lead(s."effectiveOn") OVER (PARTITION BY s."organizationId" ORDER BY s."effectiveOn", s.id) AS until
        FROM "StatusChange" s
       WHERE s."effectiveOn" <= ${maxDate}::date
    ) i
    -- Without a change in force an organization is ACTIVE: only the other intervals are joined
    -- (on 20,000 organizations, 3,500 rows hashed in place of 23,500 with every first entry).
    WHERE i.status <> 'ACTIVE'
  ),
  alive AS (
    SELECT dates.d, o.id AS org_id, coalesce(sc.status, 'ACTIVE'::"OrgStatus") AS status, ${ORG_COLUMNS}
      FROM dates
      JOIN orgs o ON o.founded_on <= dates.d
      LEFT JOIN sc ON sc.org_id = o.id AND sc.since <= dates.d AND (sc.until IS NULL OR sc.until > dates.d)
     WHERE coalesce(sc.status, 'ACTIVE'::"OrgStatus")::text NOT IN (${ENDED})
  ),
  ${reports}`;
}

/** The (day, register unit) pairs to place: read off `pairs` unless the caller knows them. */
const PAIR_UNIT_KEYS = Prisma.sql`SELECT DISTINCT p.d, p.reg_unit_id AS unit_id FROM pairs p`;

/**
 * Of `existingPairsCtes`: every day asked × every unit an organization is registered in, found
 * from `dates` and `orgs` (a few thousand rows) rather than from `pairs`, so that `pairs` is read
 * once and streams into the aggregate instead of being written out for a second reader.
 */
export const EXISTING_UNIT_KEYS = Prisma.sql`SELECT dates.d, u.unit_id FROM dates CROSS JOIN (SELECT DISTINCT o."unitId" AS unit_id FROM orgs o) u`;

/**
 * `placed`: `pairs` with the unit each organization is counted in (`unit_id`) and its weight
 * (`w`, 1 except where a TODAY placement splits an old unit by shares).
 */
export function placementCtes(f: ResolvedFilter, needsUnits: boolean, unitKeys: Prisma.Sql = PAIR_UNIT_KEYS): Prisma.Sql {
  // Without a unit filter or a unit breakdown the unit does not matter, and in TODAY mode an
  // organization's shares add up to 1: every organization counts once, where it is registered.
  if (!needsUnits) return Prisma.sql`placed AS (SELECT p.*, p.reg_unit_id AS unit_id, 1::numeric AS w FROM pairs p)`;
  if (f.unitMode === 'TODAY') {
    return Prisma.sql`
  sn AS (
    SELECT s."predecessorId" AS pred, s."successorId" AS succ,
           coalesce(s.share, 1.0 / count(*) OVER (PARTITION BY s."predecessorId", s."effectiveOn")) AS share
      FROM "UnitSuccession" s
     WHERE s."effectiveOn" <= ${f.today}::date
  ),
  ut AS (
    SELECT u.id AS unit_id, u.id AS cur, 1::numeric AS w, 0 AS steps FROM "AdministrativeUnit" u
    UNION ALL
    SELECT ut.unit_id, sn.succ, ut.w * sn.share, ut.steps + 1
      FROM ut
      JOIN "AdministrativeUnit" c ON c.id = ut.cur AND c."validTo" IS NOT NULL AND c."validTo" < ${f.today}::date
      JOIN sn ON sn.pred = ut.cur
     WHERE ut.steps < 8
  ),
  utoday AS (
    SELECT ut.unit_id, ut.cur AS today_id, sum(ut.w) AS w
      FROM ut JOIN "AdministrativeUnit" c ON c.id = ut.cur
     WHERE c."validTo" IS NULL OR c."validTo" >= ${f.today}::date OR NOT EXISTS (SELECT 1 FROM sn WHERE sn.pred = c.id)
     GROUP BY ut.unit_id, ut.cur
  ),
  placed AS (
    SELECT p.*, t.today_id AS unit_id, t.w FROM pairs p JOIN utoday t ON t.unit_id = p.reg_unit_id
  )`;
  }
  return Prisma.sql`
  ucand AS (
    SELECT u.id AS unit_id, u.id AS cand_id, 0 AS pref, 1::numeric AS share FROM "AdministrativeUnit" u
    UNION ALL
    SELECT s."successorId", s."predecessorId", 1, coalesce(s.share, 0) FROM "UnitSuccession" s
    UNION ALL
    SELECT s."predecessorId", s."successorId", 2, coalesce(s.share, 0) FROM "UnitSuccession" s
  ),
  ukeys AS (${unitKeys}),
  umap AS (
    SELECT DISTINCT ON (k.d, k.unit_id) k.d, k.unit_id, c.cand_id AS at_id
      FROM ukeys k
      JOIN ucand c ON c.unit_id = k.unit_id
      JOIN "AdministrativeUnit" v ON v.id = c.cand_id
     WHERE v."validFrom" <= k.d AND (v."validTo" IS NULL OR v."validTo" >= k.d)
     ORDER BY k.d, k.unit_id, c.pref, c.share DESC, c.cand_id
  ),
  placed AS (
    SELECT p.*, coalesce(ru.id, um.at_id, p.reg_unit_id) AS unit_id, 1::numeric AS w
      FROM pairs p
      LEFT JOIN "AdministrativeUnit" ru
        ON ru.id = p.report_unit_id AND ru."validFrom" <= p.d AND (ru."validTo" IS NULL OR ru."validTo" >= p.d)
      LEFT JOIN umap um ON um.d = p.d AND um.unit_id = p.reg_unit_id
  )`;
}

/**
 * `ugroup`: for every unit, whether it lies in the filter's unit (`in_scope`) and the group it
 * falls in for a `unit` breakdown: its ancestor one level below the filter's unit (below the
 * root without a filter), or itself when it is not that deep.
 */
export function scopeCtes(f: ResolvedFilter): Prisma.Sql {
  const filterDepth =
    f.unitId == null ? Prisma.sql`0` : Prisma.sql`coalesce((SELECT depth FROM udepth WHERE unit_id = ${f.unitId}::int), 0)`;
  const inScope =
    f.unitId == null
      ? Prisma.sql`true`
      : Prisma.sql`EXISTS (SELECT 1 FROM up x WHERE x.unit_id = d.unit_id AND x.anc_id = ${f.unitId}::int)`;
  return Prisma.sql`
  up AS (
    SELECT u.id AS unit_id, u.id AS anc_id, u."parentId" AS next_id, 0 AS dist FROM "AdministrativeUnit" u
    UNION ALL
    SELECT up.unit_id, a.id, a."parentId", up.dist + 1 FROM up JOIN "AdministrativeUnit" a ON a.id = up.next_id WHERE up.dist < 10
  ),
  udepth AS (SELECT unit_id, max(dist) AS depth FROM up GROUP BY unit_id),
  -- Computed once for the few hundred units: inlined, its two subqueries ran once per pair.
  ugroup AS MATERIALIZED (
    SELECT d.unit_id, ${inScope} AS in_scope,
           coalesce((SELECT x.anc_id FROM up x WHERE x.unit_id = d.unit_id AND d.depth - x.dist = ${filterDepth} + 1), d.unit_id) AS group_id
      FROM udepth d
  )`;
}

/** The SQL expression of a dimension over `placed p`, `ugroup g` (and `ra`, the rating). */
export function dimensionSql(dimension: Dimension): Prisma.Sql {
  switch (dimension) {
    case 'kind':
      return Prisma.sql`p.kind::text`;
    case 'sector':
      return Prisma.sql`p.sector::text`;
    case 'sectorGroup':
      return Prisma.sql`p.sector_group::text`;
    case 'unit':
      return Prisma.sql`g.group_id::text`;
    case 'status':
      return Prisma.sql`p.status::text`;
    case 'rating':
      return Prisma.sql`coalesce(ra.rating::text, 'NONE')`;
    case 'alliance':
      return Prisma.sql`(CASE WHEN p.alliance_joined_on IS NULL OR p.alliance_joined_on <= p.d THEN p.alliance::text ELSE 'NONE' END)`;
    case 'ocop':
      return Prisma.sql`(SELECT coalesce(max(x.stars), 0)::text FROM "OcopProduct" x WHERE x."organizationId" = p.org_id AND x."certifiedYear" <= extract(year FROM p.d))`;
  }
}

/** Join of the rating of `year` (approved ones unless unapproved are included), as `ra`. */
export function ratingJoinSql(f: ResolvedFilter, year: number): Prisma.Sql {
  const state = f.includeUnapproved ? Prisma.empty : Prisma.sql`AND ra.state = 'APPROVED'`;
  return Prisma.sql`LEFT JOIN "RatingAssessment" ra ON ra."organizationId" = p.org_id AND ra.year = ${year}::int ${state}`;
}

/**
 * Each figure: the report columns it reads (their `pairs` names are snake_case), its partial sums
 * over rows and its final expression over the partial groups `x` (see partialFiguresSql).
 */
const FIGURE_SQL: Record<FigureKey, { columns: string[]; partial: string[]; final: string }> = {
  organizations: {
    columns: [],
    partial: ['count(*) AS n_organizations'],
    final: 'round(coalesce(sum(x.w * x.n_organizations), 0), 4)::float8 AS organizations',
  },
  reporting: {
    columns: [],
    partial: ['count(*) FILTER (WHERE p.has_report) AS n_reporting'],
    final: 'round(coalesce(sum(x.w * x.n_reporting), 0), 4)::float8 AS reporting',
  },
  members: count('members'),
  officialMembers: count('officialMembers'),
  regularWorkers: count('regularWorkers'),
  seasonalWorkers: count('seasonalWorkers'),
  workers: {
    columns: ['regularWorkers', 'seasonalWorkers'],
    partial: ['sum(p.regular_workers + p.seasonal_workers) AS n_workers'],
    final: 'round(coalesce(sum(x.w * x.n_workers), 0), 2)::float8 AS workers',
  },
  charterCapital: money('charterCapital'),
  contributedCapital: money('contributedCapital'),
  landAreaHa: {
    columns: ['landAreaHa'],
    partial: ['sum(p.land_area_ha) AS n_land_area_ha'],
    final: 'round(coalesce(sum(x.w * x.n_land_area_ha), 0), 2)::text AS "landAreaHa"',
  },
  revenue: money('revenue'),
  profit: money('profit'),
  operatingCapital: money('operatingCapital'),
  deposits: money('deposits'),
  loansOutstanding: money('loansOutstanding'),
  badDebtRatio: {
    columns: ['loansOutstanding', 'badDebtRatio'],
    partial: [
      'sum(p.loans_outstanding) FILTER (WHERE p.bad_debt_ratio IS NOT NULL) AS n_rated_loans',
      'sum(p.loans_outstanding * p.bad_debt_ratio) AS n_bad_loans',
    ],
    final: `(CASE WHEN coalesce(sum(x.w * x.n_rated_loans), 0) > 0 THEN round(sum(x.w * x.n_bad_loans) / sum(x.w * x.n_rated_loans), 2)::text END) AS "badDebtRatio"`,
  },
};

/** A report column's name in `pairs`: "officialMembers" → "official_members". */
function snake(column: string): string {
  return column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** A sum of one report column shown as a (possibly fractional) count. */
function count(key: string) {
  const c = snake(key);
  return { columns: [key], partial: [`sum(p.${c}) AS n_${c}`], final: `round(coalesce(sum(x.w * x.n_${c}), 0), 2)::float8 AS "${key}"` };
}

/** A sum of one report column in đồng, as decimal text. */
function money(key: string) {
  const c = snake(key);
  return { columns: [key], partial: [`sum(p.${c}) AS n_${c}`], final: `round(coalesce(sum(x.w * x.n_${c}), 0))::text AS "${key}"` };
}

/** Every figure, in the order of `Figures`. */
export const FIGURE_KEYS = Object.keys(FIGURE_SQL) as FigureKey[];

/** The report columns `keys` read, as (camelCase column, snake_case name in `pairs`). */
export function reportColumnsOf(keys: readonly FigureKey[]): [string, string][] {
  const names = [...new Set(keys.flatMap((k) => FIGURE_SQL[k].columns))];
  return names.map((n) => [n, snake(n)]);
}

/**
 * Aggregates of `Figures` over `placed p`, in two steps. `partialFiguresSql` sums the rows into a
 * few groups (GROUP BY the dimensions and the weight `p.w`, hashed: measured 0.3 s less than
 * sorting a trend's 240,000 rows for ROLLUP), in plain integer sums; `finalFiguresSql` adds those
 * groups up, each times its weight (a share where a TODAY placement splits an old unit, else 1),
 * under GROUP BY ROLLUP or GROUPING SETS, and rounds. Weighting a few groups instead of every row
 * keeps numeric multiplication out of the large step. Only the figures asked for are summed (and
 * their report columns read): a trend needs four of the sixteen.
 */
export function partialFiguresSql(keys: readonly FigureKey[] = FIGURE_KEYS): Prisma.Sql {
  return Prisma.raw(['p.w AS w', ...keys.flatMap((k) => FIGURE_SQL[k].partial)].join(',\n  '));
}

/** `Figures` (those of `keys`) over groups of `partialFiguresSql` (as `x`). */
export function finalFiguresSql(keys: readonly FigureKey[] = FIGURE_KEYS): Prisma.Sql {
  return Prisma.raw(keys.map((k) => FIGURE_SQL[k].final).join(',\n  '));
}
