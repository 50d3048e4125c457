/**
 * The statistics engine: one place that answers "how many, how much, as of when, where" for the
 * dashboards (/quan-tri/thong-ke), the public statistics (/so-lieu) and the generated reports.
 * Rules and result types: lib/stats/types.ts and docs/decisions/0008-statistics-engine.md.
 *
 * Every function takes the database first (the app passes `prisma`; the benchmark and tests their
 * own client) and computes in one SQL statement: no rows are loaded into JavaScript to be counted.
 * Pages call the cached wrappers in lib/stats/cached.ts instead.
 */
import type { Db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrgKind, Rating } from '@/lib/generated/prisma/enums';

import { dimensionKeyLabel, LOAN_FUND_LABELS, SUPPORT_KIND_LABELS } from './labels';
import {
  assertIsoDate,
  dimensionSql,
  EXISTING_UNIT_KEYS,
  existingPairsCtes,
  FIGURE_KEYS,
  finalFiguresSql,
  ORG_COLUMNS,
  orgsCte,
  partialFiguresSql,
  placementCtes,
  ratingJoinSql,
  resolveFilter,
  scopeCtes,
} from './sql';
import {
  ENDED_STATUSES,
  type Breakdown,
  type BreakdownRow,
  type Dimension,
  type EndedStatus,
  type FlowCounts,
  type FlowRow,
  type Flows,
  type FigureKey,
  type Figures,
  type IsoDate,
  type RatingDistribution,
  type RatingRow,
  type ResolvedFilter,
  type Snapshot,
  type StatsFilter,
  type StatsMeta,
  type SupportSummary,
  TREND_FIGURES,
  type Trend,
  type TrendFigures,
  type TrendPoint,
} from './types';

/** What the engine needs of a database client (the app's `prisma`, or a script's own client). */
export type StatsDb = Pick<Db, '$queryRaw' | '$executeRaw' | '$transaction'>;

/**
 * Runs one statistics statement with more sort memory. JIT is off for every connection (lib/db.ts:
 * on the 20,000-organization province, compiling took 0.5–9 s for a query that executes in under a
 * second). SET LOCAL keeps the change to this statement's transaction (a batch: no connection is
 * held while waiting on another).
 */
export async function statsQuery<T>(db: StatsDb, query: Prisma.Sql): Promise<T> {
  const [, rows] = await db.$transaction([
    // Sorts of a large province's organizations × dates stay in memory rather than on disk.
    db.$executeRaw`SET LOCAL work_mem = '32MB'`,
    db.$queryRaw<T>(query),
    // A dashboard asks ten questions at once through a small pool (4 connections in embedded mode):
    // a statement may wait its turn, and a trend of a large province may run for seconds.
  ], { maxWait: 30_000, timeout: 60_000 });
  return rows;
}

function metaOf(f: ResolvedFilter): StatsMeta {
  return { ...f, computedAt: new Date().toISOString() };
}

type FigureRow = Figures & Record<string, unknown>;

function figuresOf(row: FigureRow): Figures {
  return pick(row, FIGURE_KEYS);
}

function pick<K extends FigureKey>(row: Pick<Figures, K>, keys: readonly K[]): Pick<Figures, K> {
  const out = {} as Pick<Figures, K>;
  for (const k of keys) out[k] = row[k];
  return out;
}

export function emptyFigures(): Figures {
  return {
    organizations: 0, reporting: 0, members: 0, officialMembers: 0, regularWorkers: 0, seasonalWorkers: 0, workers: 0,
    charterCapital: '0', contributedCapital: '0', landAreaHa: '0.00', revenue: '0', profit: '0', operatingCapital: '0',
    deposits: '0', loansOutstanding: '0', badDebtRatio: null,
  };
}

/** The year whose rating is shown on a date: the last whole year before it (ratings follow the year). */
export function ratingYearFor(asOf: IsoDate): number {
  const year = Number(asOf.slice(0, 4));
  return asOf.slice(5) === '12-31' ? year : year - 1;
}

/** Names of units ("Huyện Giồng Riềng"), for `unit` groups. */
async function unitLabels(db: StatsDb, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: number; label: string }[]>(Prisma.sql`
    SELECT id, type || ' ' || name AS label FROM "AdministrativeUnit" WHERE id = ANY(${ids}::int[])`);
  return new Map(rows.map((r) => [r.id, r.label]));
}

async function labeller(db: StatsDb, dimension: Dimension | null, keys: (string | null)[]): Promise<(key: string) => string> {
  if (dimension === null) return (key) => key;
  if (dimension === 'unit') {
    const ids = [...new Set(keys.filter((k): k is string => k !== null).map(Number))];
    const names = await unitLabels(db, ids);
    return (key) => names.get(Number(key)) ?? `Đơn vị ${key}`;
  }
  return (key) => dimensionKeyLabel(dimension, key);
}

/**
 * The common frame of a statistic: WITH organizations, pairs, placement (and the unit scope when
 * units matter), then `FROM placed p` and the scope condition.
 */
function frame(
  f: ResolvedFilter,
  pairs: Prisma.Sql,
  dimensions: (Dimension | null)[],
  unitKeys?: Prisma.Sql,
): { with: Prisma.Sql; from: Prisma.Sql; where: Prisma.Sql } {
  const needsUnits = f.unitId !== null || dimensions.includes('unit');
  if (!needsUnits) {
    return {
      with: Prisma.sql`WITH RECURSIVE ${orgsCte(f)}, ${pairs}, ${placementCtes(f, false)}`,
      from: Prisma.sql`FROM placed p`,
      where: Prisma.sql`true`,
    };
  }
  return {
    with: Prisma.sql`WITH RECURSIVE ${orgsCte(f)}, ${pairs}, ${placementCtes(f, true, unitKeys)}, ${scopeCtes(f)}`,
    from: Prisma.sql`FROM placed p JOIN ugroup g ON g.unit_id = p.unit_id`,
    where: Prisma.sql`g.in_scope`,
  };
}

/**
 * Figures as of `filter.asOf`, grouped by `by` (and within each group by `then`), with subtotals
 * and the total (GROUP BY ROLLUP). `ratingYear` is used by the `rating` dimension (default: the
 * last whole year before asOf).
 */
export async function getBreakdown(
  db: StatsDb,
  filter: StatsFilter,
  by: Dimension,
  options: { then?: Dimension; ratingYear?: number } = {},
): Promise<Breakdown> {
  const f = resolveFilter(filter);
  const then = options.then ?? null;
  const usesRating = by === 'rating' || then === 'rating';
  const ratingYear = usesRating ? (options.ratingYear ?? ratingYearFor(f.asOf)) : null;
  const k1 = dimensionSql(by);
  const k2 = then ? dimensionSql(then) : Prisma.sql`NULL::text`;
  const q = frame(f, existingPairsCtes(f, [f.asOf]), [by, then], EXISTING_UNIT_KEYS);
  const rows = await statsQuery<(FigureRow & { k1: string | null; k2: string | null })[]>(db, Prisma.sql`
    ${q.with},
    x AS (
      SELECT ${k1} AS k1, ${k2} AS k2, ${partialFiguresSql()}
      ${q.from}
      ${ratingYear !== null ? ratingJoinSql(f, ratingYear) : Prisma.empty}
      WHERE ${q.where}
      GROUP BY 1, 2, p.w
    )
    SELECT x.k1, ${then ? Prisma.sql`x.k2` : Prisma.sql`NULL::text`} AS k2, ${finalFiguresSql()}
      FROM x
     GROUP BY ROLLUP (${then ? Prisma.sql`x.k1, x.k2` : Prisma.sql`x.k1`})`);

  return breakdownOf(db, f, by, then, ratingYear, rows);
}

/** A breakdown from its rows (the total's key is null): labelled, largest group first. */
async function breakdownOf(
  db: StatsDb,
  f: ResolvedFilter,
  by: Dimension,
  then: Dimension | null,
  ratingYear: number | null,
  rows: (FigureRow & { k1: string | null; k2: string | null })[],
): Promise<Breakdown> {
  const [label1, label2] = await Promise.all([labeller(db, by, rows.map((r) => r.k1)), labeller(db, then, rows.map((r) => r.k2))]);
  let total = emptyFigures();
  const out: BreakdownRow[] = [];
  for (const r of rows) {
    if (r.k1 === null) {
      total = figuresOf(r);
      continue;
    }
    out.push({
      ...figuresOf(r),
      key: r.k1,
      label: label1(r.k1),
      subKey: then ? r.k2 : null,
      subLabel: then && r.k2 !== null ? label2(r.k2) : null,
    });
  }
  const groupSize = new Map(out.filter((r) => r.subKey === null).map((r) => [r.key, r.organizations]));
  out.sort(
    (a, b) =>
      (groupSize.get(b.key) ?? 0) - (groupSize.get(a.key) ?? 0) ||
      a.key.localeCompare(b.key) ||
      (a.subKey === null ? -1 : b.subKey === null ? 1 : b.organizations - a.organizations || a.subKey.localeCompare(b.subKey)),
  );
  return { meta: metaOf(f), by, then, ratingYear, rows: out, total };
}

/** Totals as of asOf: a breakdown by kind (the shape of the overview cards). */
export async function getSnapshot(db: StatsDb, filter: StatsFilter): Promise<Snapshot> {
  return snapshotOf(await getBreakdown(db, filter, 'kind'));
}

function snapshotOf(b: Breakdown): Snapshot {
  const byKind = { COOPERATIVE: emptyFigures(), UNION: emptyFigures(), GROUP: emptyFigures(), CREDIT_FUND: emptyFigures() } as Record<OrgKind, Figures>;
  for (const r of b.rows) byKind[r.key as OrgKind] = figuresOf(r as unknown as FigureRow);
  return { meta: b.meta, total: b.total, byKind };
}

/**
 * Several one-level breakdowns as of one day in a single pass (GROUP BY GROUPING SETS): the
 * dashboard's cards (by kind), sectors and units share their organizations and reports, so they
 * are found once rather than three times. Each is what getBreakdown(filter, dimension) returns.
 */
export async function getOverview(
  db: StatsDb,
  filter: StatsFilter,
  dimensions: Exclude<Dimension, 'kind' | 'rating'>[],
): Promise<{ snapshot: Snapshot; breakdowns: Partial<Record<Dimension, Breakdown>> }> {
  const f = resolveFilter(filter);
  const dims: Exclude<Dimension, 'rating'>[] = ['kind', ...dimensions.filter((d) => d !== ('kind' as Dimension))];
  const n = dims.length;
  const q = frame(f, existingPairsCtes(f, [f.asOf]), dims, EXISTING_UNIT_KEYS);
  const keys = dims.map((d, i) => Prisma.sql`${dimensionSql(d)} AS ${Prisma.raw(`k${i}`)}`);
  const keyNames = Prisma.raw(dims.map((_, i) => `x.k${i}`).join(', '));
  const sets = Prisma.raw([...dims.map((_, i) => `(x.k${i})`), '()'].join(', '));
  const rows = await statsQuery<(FigureRow & { g: number } & Record<string, string | null>)[]>(db, Prisma.sql`
    ${q.with},
    x AS (
      SELECT ${Prisma.join(keys, ', ')}, ${partialFiguresSql()}
      ${q.from}
      WHERE ${q.where}
      GROUP BY ${Prisma.raw(dims.map((_, i) => String(i + 1)).join(', '))}, p.w
    )
    SELECT ${keyNames}, GROUPING(${keyNames})::int AS g, ${finalFiguresSql()}
      FROM x
     GROUP BY GROUPING SETS (${sets})`);
  // GROUPING sets a bit for every key left out of a row's set, the first key the highest bit.
  const all = (1 << n) - 1;
  const totalRow = rows.find((r) => r.g === all);
  const out: Partial<Record<Dimension, Breakdown>> = {};
  await Promise.all(
    dims.map(async (dimension, i) => {
      const mine = rows.filter((r) => r.g === (all ^ (1 << (n - 1 - i))));
      out[dimension] = await breakdownOf(db, f, dimension, null, null, [
        ...mine.map((r) => ({ ...r, k1: r[`k${i}`], k2: null })),
        ...(totalRow ? [{ ...totalRow, k1: null, k2: null }] : []),
      ]);
    }),
  );
  return { snapshot: snapshotOf(out.kind!), breakdowns: out };
}

/** The 30/6 and 31/12 of each year from `fromYear` to `toYear` that are not after `asOf`. */
export function trendDates(fromYear: number, toYear: number, asOf: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    for (const md of ['06-30', '12-31']) {
      const d = `${y}-${md}`;
      if (d <= asOf) out.push(d);
    }
  }
  return out;
}

/** Figures at each half-year end of a range of years, per kind and in all. */
export async function getTrend(db: StatsDb, filter: StatsFilter, range: { fromYear: number; toYear: number }): Promise<Trend> {
  const f = resolveFilter(filter);
  const dates = trendDates(range.fromYear, range.toYear, f.asOf);
  if (dates.length === 0) return { meta: metaOf(f), dates, points: [] };
  // Each date's figures are independent of the others': the dates are split into two statements
  // that run at once on two connections, so a trend of a large province takes about half the time
  // on an otherwise idle server (measured on 20,000 organizations, 16 dates: p50 0.79–0.89 → 0.61 s,
  // worst of 21 runs 0.86 s). The embedded database runs them one after the other.
  const half = Math.ceil(dates.length / 2);
  const chunks = dates.length >= 8 ? [dates.slice(0, half), dates.slice(half)] : [dates];
  const rows = (await Promise.all(chunks.map((chunk) => trendRows(db, f, chunk)))).flat();
  const points: TrendPoint[] = rows.map((r) => ({ date: r.d, kind: r.kind, ...pick(r, TREND_FIGURES) }));
  // A date where nothing existed has no row at all: give it zeros so every series has every date.
  const zeros = pick(emptyFigures(), TREND_FIGURES);
  for (const d of dates) if (!points.some((p) => p.date === d && p.kind === null)) points.push({ date: d, kind: null, ...zeros });
  points.sort((a, b) => a.date.localeCompare(b.date) || (a.kind ?? '').localeCompare(b.kind ?? ''));
  return { meta: metaOf(f), dates, points };
}

async function trendRows(db: StatsDb, f: ResolvedFilter, dates: IsoDate[]) {
  const q = frame(f, existingPairsCtes(f, dates, TREND_FIGURES), [], EXISTING_UNIT_KEYS);
  return statsQuery<(TrendFigures & { d: string; kind: OrgKind | null })[]>(db, Prisma.sql`
    ${q.with},
    x AS (
      SELECT p.d, p.kind::text AS kind, ${partialFiguresSql(TREND_FIGURES)}
      ${q.from}
      WHERE ${q.where}
      GROUP BY 1, 2, p.w
    )
    SELECT to_char(x.d, 'YYYY-MM-DD') AS d, x.kind, ${finalFiguresSql(TREND_FIGURES)}
      FROM x
     GROUP BY x.d, ROLLUP (x.kind)
     ORDER BY x.d, x.kind NULLS FIRST`);
}

function zeroFlows(): FlowCounts {
  const out = { founded: 0, ended: 0 } as FlowCounts;
  for (const s of ENDED_STATUSES) out[s] = 0;
  return out;
}

/**
 * New (established) and ended organizations from `from` to `to` (both days included), optionally
 * in half-year or year buckets and by a dimension. An organization founded and ended in the same
 * period counts in both. Each is placed in its unit on the event's day (the day before an end:
 * the last day it existed).
 */
export async function getFlows(
  db: StatsDb,
  filter: StatsFilter,
  period: { from: IsoDate; to: IsoDate; bucket?: 'none' | 'half' | 'year' },
  by: Exclude<Dimension, 'status' | 'rating'> | null = null,
): Promise<Flows> {
  const f = resolveFilter(filter);
  const from = assertIsoDate(period.from, 'from');
  const to = assertIsoDate(period.to, 'to');
  const bucket = period.bucket ?? 'none';
  const pairs = Prisma.sql`
  ended AS (
    SELECT DISTINCT ON (s."organizationId") s."organizationId" AS org_id, s.status, s."effectiveOn" AS on_day
      FROM "StatusChange" s
     WHERE s.status::text IN (${Prisma.raw(ENDED_STATUSES.map((s) => `'${s}'`).join(', '))})
       AND s."organizationId" IN (SELECT id FROM orgs)
     ORDER BY s."organizationId", s."effectiveOn", s.id
  ),
  events AS (
    SELECT o.founded_on AS on_day, o.founded_on AS d, o.id AS org_id, 'FOUNDED' AS event
      FROM orgs o WHERE o.founded_on BETWEEN ${from}::date AND ${to}::date
    UNION ALL
    SELECT e.on_day, (e.on_day - 1) AS d, e.org_id, e.status::text
      FROM ended e WHERE e.on_day BETWEEN ${from}::date AND ${to}::date
  ),
  pairs AS (
    SELECT ev.d, ev.org_id, ev.on_day, ev.event, NULL::int AS report_unit_id, NULL::"OrgStatus" AS status, ${ORG_COLUMNS}
      FROM events ev JOIN orgs o ON o.id = ev.org_id
  )`;
  const bucketSql =
    bucket === 'none'
      ? Prisma.raw(`'${from}'::date`)
      : bucket === 'year'
        ? Prisma.sql`date_trunc('year', p.on_day)::date`
        : Prisma.sql`make_date(extract(year FROM p.on_day)::int, CASE WHEN extract(month FROM p.on_day) <= 6 THEN 1 ELSE 7 END, 1)`;
  const key = by ? dimensionSql(by) : Prisma.sql`NULL::text`;
  const counts = Prisma.join(
    ENDED_STATUSES.map((s) => Prisma.sql`round(coalesce(sum(p.w) FILTER (WHERE p.event = ${s}), 0), 4)::float8 AS ${Prisma.raw(`"${s}"`)}`),
    ', ',
  );
  const q = frame(f, pairs, [by]);
  const rows = await statsQuery<(FlowCounts & { start: string; k: string | null; is_total: number })[]>(db, Prisma.sql`
    ${q.with}
    SELECT to_char(${bucketSql}, 'YYYY-MM-DD') AS start, ${key} AS k, GROUPING(${bucketSql})::int AS is_total,
           round(coalesce(sum(p.w) FILTER (WHERE p.event = 'FOUNDED'), 0), 4)::float8 AS founded,
           round(coalesce(sum(p.w) FILTER (WHERE p.event <> 'FOUNDED'), 0), 4)::float8 AS ended,
           ${counts}
    ${q.from}
    WHERE ${q.where}
    GROUP BY ROLLUP (${by ? Prisma.sql`${bucketSql}, ${key}` : bucketSql})`);

  const label = await labeller(db, by, rows.map((r) => r.k));
  const endOf = (start: string): IsoDate => {
    if (bucket === 'none') return to;
    const y = Number(start.slice(0, 4));
    const end = bucket === 'year' || start.slice(5, 7) === '07' ? `${y}-12-31` : `${y}-06-30`;
    return end > to ? to : end;
  };
  let total = zeroFlows();
  const out: FlowRow[] = [];
  for (const r of rows) {
    const counts = { founded: r.founded, ended: r.ended } as FlowCounts;
    for (const s of ENDED_STATUSES) counts[s as EndedStatus] = (r as unknown as Record<string, number>)[s];
    if (r.is_total === 1) {
      total = counts;
      continue;
    }
    const start = r.start < from ? from : r.start;
    out.push({ ...counts, periodStart: start, periodEnd: endOf(r.start), key: r.k, label: r.k === null ? 'Tổng số' : label(r.k) });
  }
  // Buckets with no event at all still belong to the series.
  if (bucket !== 'none') {
    for (const start of bucketStarts(from, to, bucket)) {
      if (!out.some((r) => r.periodStart === (start < from ? from : start) && r.key === null)) {
        out.push({ ...zeroFlows(), periodStart: start < from ? from : start, periodEnd: endOf(start), key: null, label: 'Tổng số' });
      }
    }
  }
  out.sort((a, b) => a.periodStart.localeCompare(b.periodStart) || (a.key === null ? -1 : b.key === null ? 1 : b.founded + b.ended - (a.founded + a.ended)));
  return { meta: metaOf(f), from, to, bucket, by, rows: out, total };
}

function bucketStarts(from: IsoDate, to: IsoDate, bucket: 'half' | 'year'): IsoDate[] {
  const out: IsoDate[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    for (const m of bucket === 'year' ? ['01'] : ['01', '07']) {
      const start = `${y}-${m}-01`;
      const end = bucket === 'year' || m === '07' ? `${y}-12-31` : `${y}-06-30`;
      if (end >= from && start <= to) out.push(start);
    }
  }
  return out;
}

/**
 * Ratings of `year` over the organizations existing at the end of that year (or on asOf if that
 * is earlier), by rating and optionally by a dimension; "NONE" counts those not assessed.
 */
export async function getRatingDistribution(
  db: StatsDb,
  filter: StatsFilter,
  year: number,
  by: Exclude<Dimension, 'rating'> | null = null,
): Promise<RatingDistribution> {
  const yearEnd = `${year}-12-31`;
  const f = resolveFilter({ ...filter, asOf: filter.asOf < yearEnd ? filter.asOf : yearEnd });
  const breakdown = await getBreakdown(db, f, 'rating', { then: by ?? undefined, ratingYear: year });
  const rows: RatingRow[] = breakdown.rows.map((r) => ({
    rating: r.key as Rating | 'NONE',
    label: r.label,
    key: r.subKey,
    keyLabel: r.subLabel,
    organizations: r.organizations,
  }));
  const order = ['GOOD', 'FAIR', 'AVERAGE', 'WEAK', 'NOT_RATED', 'NONE'];
  rows.sort((a, b) => order.indexOf(a.rating) - order.indexOf(b.rating) || (a.key === null ? -1 : b.key === null ? 1 : b.organizations - a.organizations));
  return { meta: breakdown.meta, year, rows, by, total: breakdown.total.organizations };
}

/** People's credit funds as of asOf by unit: deposits, loans outstanding, bad-debt ratio weighted by loans. */
export async function getCreditFunds(db: StatsDb, filter: StatsFilter): Promise<Breakdown> {
  return getBreakdown(db, { ...filter, kinds: ['CREDIT_FUND'], sectors: [], sectorGroups: [] }, 'unit');
}

/**
 * The alliance's support from `from` to `to`: activities by kind (trainings, fairs, …) with
 * attendees and cost; loans by fund: disbursed in the period, and running on `to` with their
 * outstanding and overdue balances. Loans keep only today's balances (no history), so balances of
 * a past date are today's balances of the loans running then. An activity of the whole province
 * (no unit) counts only without a unit filter.
 */
export async function getSupport(db: StatsDb, filter: StatsFilter, period: { from: IsoDate; to: IsoDate }): Promise<SupportSummary> {
  const f = resolveFilter(filter);
  const from = assertIsoDate(period.from, 'from');
  const to = assertIsoDate(period.to, 'to');
  // Activities are not organizations: place them through the same unit maps with a pseudo pair
  // per activity (org_id is the activity's id, `orgs` is replaced by the activities' units).
  const activityFilter = Prisma.sql`(
    SELECT a.id, a.kind, a.attendees, a.cost, a."unitId"
      FROM "SupportActivity" a WHERE a."startsOn" BETWEEN ${from}::date AND ${to}::date)`;
  const activities = await statsQuery<{ kind: string; activities: number; attendees: number; cost: string; organizations: number }[]>(db, Prisma.sql`
    WITH RECURSIVE ${scopeCtes(f)},
    ${activityUnits(f)},
    acts AS ${activityFilter}
    SELECT a.kind::text AS kind, count(*)::int AS activities, coalesce(sum(a.attendees), 0)::int AS attendees,
           coalesce(sum(a.cost), 0)::text AS cost,
           (SELECT count(DISTINCT sao."organizationId")::int FROM "SupportActivityOrganization" sao
             WHERE sao."activityId" = ANY(array_agg(a.id))) AS organizations
      FROM acts a
      LEFT JOIN aunit au ON au.unit_id = a."unitId"
      LEFT JOIN ugroup g ON g.unit_id = au.placed_id
     WHERE ${f.unitId == null ? Prisma.sql`true` : Prisma.sql`coalesce(g.in_scope, false)`}
     GROUP BY a.kind
     ORDER BY a.kind`);

  const loanPairs = Prisma.sql`
  pairs AS (
    SELECT ${to}::date AS d, l."organizationId" AS org_id, NULL::int AS report_unit_id, NULL::"OrgStatus" AS status,
           l.fund, l.principal, l.outstanding, l.overdue, l."disbursedOn", l."repaidOn", ${ORG_COLUMNS}
      FROM "Loan" l JOIN orgs o ON o.id = l."organizationId"
     WHERE l."disbursedOn" <= ${to}::date
  )`;
  const lq = frame(f, loanPairs, []);
  const loans = await statsQuery<
    { fund: string; disbursedLoans: number; disbursedPrincipal: string; runningLoans: number; outstanding: string; overdue: string }[]
  >(db, Prisma.sql`
    ${lq.with}
    SELECT p.fund::text AS fund,
           round(coalesce(sum(p.w) FILTER (WHERE p."disbursedOn" >= ${from}::date), 0))::int AS "disbursedLoans",
           round(coalesce(sum(p.w * p.principal) FILTER (WHERE p."disbursedOn" >= ${from}::date), 0))::text AS "disbursedPrincipal",
           round(coalesce(sum(p.w) FILTER (WHERE p."repaidOn" IS NULL OR p."repaidOn" > ${to}::date), 0))::int AS "runningLoans",
           round(coalesce(sum(p.w * p.outstanding) FILTER (WHERE p."repaidOn" IS NULL OR p."repaidOn" > ${to}::date), 0))::text AS outstanding,
           round(coalesce(sum(p.w * p.overdue) FILTER (WHERE p."repaidOn" IS NULL OR p."repaidOn" > ${to}::date), 0))::text AS overdue
    ${lq.from}
    WHERE ${lq.where}
    GROUP BY p.fund
    ORDER BY p.fund`);

  const activityRows = activities.map((a) => ({ ...a, kind: a.kind as SupportSummary['activities'][number]['kind'], label: SUPPORT_KIND_LABELS[a.kind as keyof typeof SUPPORT_KIND_LABELS] }));
  const loanRows = loans.map((l) => ({ ...l, fund: l.fund as SupportSummary['loans'][number]['fund'], label: LOAN_FUND_LABELS[l.fund as keyof typeof LOAN_FUND_LABELS] }));
  const training = activityRows.find((a) => a.kind === 'TRAINING');
  return {
    meta: metaOf({ ...f }),
    from,
    to,
    activities: activityRows,
    loans: loanRows,
    totals: {
      trainings: training?.activities ?? 0,
      attendees: training?.attendees ?? 0,
      outstanding: loanRows.reduce((s, l) => s + BigInt(l.outstanding), 0n).toString(),
      overdue: loanRows.reduce((s, l) => s + BigInt(l.overdue), 0n).toString(),
    },
  };
}

/**
 * `aunit(unit_id, placed_id)`: the unit an activity's unit counts in, in the filter's unit mode
 * (an activity has no report and one unit, so the largest share stands for it in TODAY mode).
 */
function activityUnits(f: ResolvedFilter): Prisma.Sql {
  if (f.unitMode === 'TODAY') {
    return Prisma.sql`
    sn AS (
      SELECT s."predecessorId" AS pred, s."successorId" AS succ, coalesce(s.share, 0) AS share FROM "UnitSuccession" s
       WHERE s."effectiveOn" <= ${f.today}::date
    ),
    ut AS (
      SELECT u.id AS unit_id, u.id AS cur, 1::numeric AS w, 0 AS steps FROM "AdministrativeUnit" u
      UNION ALL
      SELECT ut.unit_id, sn.succ, ut.w * sn.share, ut.steps + 1
        FROM ut JOIN "AdministrativeUnit" c ON c.id = ut.cur AND c."validTo" IS NOT NULL AND c."validTo" < ${f.today}::date
        JOIN sn ON sn.pred = ut.cur WHERE ut.steps < 8
    ),
    aunit AS (
      SELECT DISTINCT ON (ut.unit_id) ut.unit_id, ut.cur AS placed_id FROM ut ORDER BY ut.unit_id, ut.steps DESC, ut.w DESC, ut.cur
    )`;
  }
  return Prisma.sql`aunit AS (SELECT u.id AS unit_id, u.id AS placed_id FROM "AdministrativeUnit" u)`;
}
