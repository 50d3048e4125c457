/**
 * Public types of the statistics engine (lib/stats/engine.ts). Every result is plain JSON (no
 * bigint, no Date) so that it can be cached (unstable_cache serializes to JSON), handed to client
 * chart components and written to CSV/JSON/xlsx/docx as it is.
 *
 * The rules (docs/decisions/0008-statistics-engine.md):
 * - A figure is "as of" a date (`asOf`) or for a period (`from`…`to`, both days included).
 * - An organization exists on a date when it was established on or before it (establishedOn, else
 *   the day it was entered) and its status on that date (the latest StatusChange effective on or
 *   before it) is not an end (DISSOLVED, BANKRUPT, REVOKED, CONVERTED, MERGED). Founded on the date:
 *   it exists; ended on the date: it does not.
 * - Its figures (members, capital, land, workers, revenue, credit) are those of its latest report
 *   of a period whose endsOn ≤ the date: APPROVED reports only, unless `includeUnapproved` (then
 *   any report whose figures were entered). An organization without such a report counts as an
 *   organization with no figures (`organizations` − `reporting`).
 * - Units: `AT_THE_TIME` places each organization in the unit valid on the date (its report's
 *   unit when that one is valid then, else its register unit moved across a reform through
 *   UnitSuccession); `TODAY` places it in today's units (its register unit when that one is valid
 *   today, else its successors, each with the share of the old unit it took). Shares make counts
 *   fractional where an old unit was split: that is the honest answer, and totals stay equal.
 */
import type { OrgKind, OrgStatus, Rating, Sector, SectorGroup, SupportKind, LoanFund } from '@/lib/generated/prisma/enums';

/** A calendar day, "YYYY-MM-DD". */
export type IsoDate = string;

/** Integer đồng as decimal text ("412296737000"): exact at any size, and JSON-safe. */
export type Money = string;

/** How organizations are placed in administrative units (see the module comment). */
export type UnitMode = 'AT_THE_TIME' | 'TODAY';

export const UNIT_MODES: readonly UnitMode[] = ['AT_THE_TIME', 'TODAY'];

/** Statuses that end an organization (it does not exist from that day on). */
export const ENDED_STATUSES = ['DISSOLVED', 'BANKRUPT', 'REVOKED', 'CONVERTED', 'MERGED'] as const satisfies readonly OrgStatus[];
export type EndedStatus = (typeof ENDED_STATUSES)[number];

/** What every statistic is asked with. Only `asOf` is required. */
export type StatsFilter = {
  asOf: IsoDate;
  unitMode?: UnitMode;
  /** Only organizations placed in this unit or below it (in the chosen unit mode). */
  unitId?: number | null;
  kinds?: OrgKind[];
  sectors?: Sector[];
  sectorGroups?: SectorGroup[];
  /** Use submitted and draft reports too (their figures are not checked yet). */
  includeUnapproved?: boolean;
  /** "Today" for the TODAY unit mode; defaults to today in Vietnam (tests fix it). */
  today?: IsoDate;
};

/** A filter with every default filled in: what results report they were computed for. */
export type ResolvedFilter = {
  asOf: IsoDate;
  unitMode: UnitMode;
  unitId: number | null;
  kinds: OrgKind[];
  sectors: Sector[];
  sectorGroups: SectorGroup[];
  includeUnapproved: boolean;
  today: IsoDate;
};

/** Said by every result, so that every view can say what it shows. */
export type StatsMeta = ResolvedFilter & { computedAt: string };

/**
 * Totals over a set of organizations on a date. Counts may be fractional in TODAY mode where a
 * unit was split (shares). Sums of reports are over the organizations that have one (`reporting`).
 */
export type Figures = {
  /** Organizations existing on the date. */
  organizations: number;
  /** Of which with a report (on or before the date) whose figures are used. */
  reporting: number;
  members: number;
  officialMembers: number;
  regularWorkers: number;
  seasonalWorkers: number;
  workers: number;
  charterCapital: Money;
  contributedCapital: Money;
  /** Hectares, decimal text with 2 decimals. */
  landAreaHa: string;
  /** Of the reports used (a FIRST_HALF report's revenue covers half a year). */
  revenue: Money;
  profit: Money;
  /** Credit funds only (null elsewhere in the reports): sums. */
  operatingCapital: Money;
  deposits: Money;
  loansOutstanding: Money;
  /** Bad-debt ratio (%) weighted by loans outstanding, 2 decimals; null without credit data. */
  badDebtRatio: string | null;
};

/**
 * What a breakdown groups by. `unit` groups by the units one level below the filter's unit
 * (below the province without one); an organization placed in the filter's unit itself is its own
 * group. `rating` is the RatingAssessment of `ratingYear` ("NONE": not assessed). `ocop` is the
 * best star rating of the organization's OCOP products certified by the date's year ("0": none).
 * `alliance` is the membership on the date (joined after the date: "NONE").
 */
export type Dimension = 'kind' | 'sector' | 'sectorGroup' | 'unit' | 'status' | 'rating' | 'alliance' | 'ocop';

export const DIMENSIONS: readonly Dimension[] = ['kind', 'sector', 'sectorGroup', 'unit', 'status', 'rating', 'alliance', 'ocop'];

export type BreakdownRow = Figures & {
  /** The group (an enum value, a unit id as text, stars as text). */
  key: string;
  label: string;
  /** The second dimension's group, when asked for; null on the first dimension's subtotal. */
  subKey: string | null;
  subLabel: string | null;
};

export type Breakdown = {
  meta: StatsMeta;
  by: Dimension;
  then: Dimension | null;
  ratingYear: number | null;
  /** Groups (and, with `then`, their subgroups and subtotals), largest first. */
  rows: BreakdownRow[];
  total: Figures;
};

/** Totals as of a day, in all and by kind (the dashboard's cards). */
export type Snapshot = { meta: StatsMeta; total: Figures; byKind: Record<OrgKind, Figures> };

export type FigureKey = keyof Figures;

/** What a trend follows: counts, members and charter capital (the charts and open data read no more). */
export const TREND_FIGURES = ['organizations', 'reporting', 'members', 'charterCapital'] as const satisfies readonly FigureKey[];
export type TrendFigures = Pick<Figures, (typeof TREND_FIGURES)[number]>;

/** Figures at each 30/6 and 31/12 of a range of years (not after asOf), per kind and in all. */
export type TrendPoint = { date: IsoDate; kind: OrgKind | null } & TrendFigures;
export type Trend = { meta: StatsMeta; dates: IsoDate[]; points: TrendPoint[] };

/** New and ended organizations in a period. */
export type FlowCounts = {
  founded: number;
  ended: number;
} & Record<EndedStatus, number>;

export type FlowRow = FlowCounts & {
  /** Start of the bucket (half-year or year) or the period's `from` without buckets. */
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** Group of `by` (null: all). */
  key: string | null;
  label: string;
};

export type Flows = {
  meta: StatsMeta;
  from: IsoDate;
  to: IsoDate;
  bucket: 'none' | 'half' | 'year';
  by: Dimension | null;
  rows: FlowRow[];
  total: FlowCounts;
};

export type RatingRow = { rating: Rating | 'NONE'; label: string; key: string | null; keyLabel: string | null; organizations: number };
export type RatingDistribution = {
  meta: StatsMeta;
  year: number;
  /** Organizations existing at the end of the year, by rating of that year (and by `by`). */
  rows: RatingRow[];
  by: Dimension | null;
  total: number;
};

export type SupportActivityRow = { kind: SupportKind; label: string; activities: number; attendees: number; cost: Money; organizations: number };
export type LoanRow = {
  fund: LoanFund;
  label: string;
  /** Loans disbursed in the period. */
  disbursedLoans: number;
  disbursedPrincipal: Money;
  /** Loans running on asOf (disbursed by then, not repaid by then): today's balances. */
  runningLoans: number;
  outstanding: Money;
  overdue: Money;
};
export type SupportSummary = {
  meta: StatsMeta;
  from: IsoDate;
  to: IsoDate;
  activities: SupportActivityRow[];
  loans: LoanRow[];
  totals: { trainings: number; attendees: number; outstanding: Money; overdue: Money };
};
