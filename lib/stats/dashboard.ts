/**
 * The questions the leaders' dashboard asks, in one place: the page asks them through the cached
 * getters (lib/stats/cached.ts), `npm run bench:stats` through the engine directly, so the
 * benchmark measures exactly what a dashboard load computes.
 */
import { getPlanResults } from '@/lib/plans/results';

import {
  getBreakdown,
  getCreditFunds,
  getFlows,
  getOverview,
  getRatingDistribution,
  getSnapshot,
  getSupport,
  getTrend,
  ratingYearFor,
  type StatsDb,
} from './engine';
import type { StatsFilter } from './types';

type WithoutDb<F> = F extends (db: never, ...args: infer A) => infer R ? (...args: A) => R : never;

export type DashboardApi = {
  snapshot: WithoutDb<typeof getSnapshot>;
  overview: WithoutDb<typeof getOverview>;
  trend: WithoutDb<typeof getTrend>;
  flows: WithoutDb<typeof getFlows>;
  breakdown: WithoutDb<typeof getBreakdown>;
  ratings: WithoutDb<typeof getRatingDistribution>;
  plan: WithoutDb<typeof getPlanResults>;
  credit: WithoutDb<typeof getCreditFunds>;
  support: WithoutDb<typeof getSupport>;
};

/** The engine on a database of one's own, uncached (benchmarks, tests). */
export function engineApi(db: StatsDb): DashboardApi {
  return {
    snapshot: (...a) => getSnapshot(db, ...a),
    overview: (...a) => getOverview(db, ...a),
    trend: (...a) => getTrend(db, ...a),
    flows: (...a) => getFlows(db, ...a),
    breakdown: (...a) => getBreakdown(db, ...a),
    ratings: (...a) => getRatingDistribution(db, ...a),
    plan: (...a) => getPlanResults(db, ...a),
    credit: (...a) => getCreditFunds(db, ...a),
    support: (...a) => getSupport(db, ...a),
  };
}

/** Years of history the trend and the new/ended series show. */
export const TREND_YEARS = 7;

/** The same day a year earlier (29/2 → 28/2). */
export function yearBefore(day: string): string {
  const md = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${Number(day.slice(0, 4)) - 1}-${md}`;
}

/** Every query of one dashboard view, by name (the benchmark times them one by one). */
export function dashboardQueries(api: DashboardApi, filter: StatsFilter & { today: string }) {
  const { asOf } = filter;
  const year = Number(asOf.slice(0, 4));
  return {
    // The cards, by sector and by unit as of asOf: one pass over the organizations.
    overview: () => api.overview(filter, ['sector', 'unit']),
    snapshotYearBefore: () => api.snapshot({ ...filter, asOf: yearBefore(asOf) }),
    trend: () => api.trend(filter, { fromYear: year - TREND_YEARS, toYear: year }),
    newAndEnded: () => api.flows(filter, { from: `${year - TREND_YEARS}-01-01`, to: asOf, bucket: 'half' }),
    ratings: () => api.ratings(filter, ratingYearFor(asOf)),
    plan: () => api.plan(year, { unitId: filter.unitId ?? null, asOf }),
    creditFunds: () => api.credit(filter),
    support: () => api.support(filter, { from: `${year}-01-01`, to: asOf }),
  };
}

/** A whole dashboard view, every query at once. */
export async function loadDashboard(api: DashboardApi, filter: StatsFilter & { today: string }) {
  const q = dashboardQueries(api, filter);
  const [overview, snapshotBefore, trend, flows, ratings, plan, credit, support] = await Promise.all([
    q.overview(),
    q.snapshotYearBefore(),
    q.trend(),
    q.newAndEnded(),
    q.ratings(),
    q.plan(),
    q.creditFunds(),
    q.support(),
  ]);
  const { snapshot, breakdowns } = overview;
  return { snapshot, snapshotBefore, trend, flows, bySector: breakdowns.sector!, byUnit: breakdowns.unit!, ratings, plan, credit, support };
}
