import 'server-only';

import { unstable_cache } from 'next/cache';

import { cacheTags, type StatsSource } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
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
} from './engine';
import type { DashboardApi } from './dashboard';
import { resolveFilter } from './sql';
import type { StatsFilter } from './types';

/**
 * The engine's functions for pages and route handlers: computed once per distinct question and
 * kept in the server cache (lib/cache/memory-cache-handler.mjs) until a change to the data behind
 * them expires their tags (expireStatsTags in lib/cache/tags.ts, called by the actions). The
 * filter is resolved first, so "today" (TODAY unit mode) is part of the key and a new day asks
 * anew. Results are JSON (lib/stats/types.ts), as the cache stores them.
 */
function cached<A extends unknown[], R>(name: string, sources: StatsSource[], fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const tags = [cacheTags.stats, cacheTags.units, ...sources.map(cacheTags.statsSource)];
  return async (...args: A) => {
    const keyed = args.map((a) => (isFilter(a) ? resolveFilter(a) : a)) as A;
    try {
      return await unstable_cache(() => fn(...keyed), ['stats', name, JSON.stringify(keyed)], { tags })();
    } catch (error) {
      // Outside a Next.js server (scripts, integration tests) there is no cache: compute directly.
      if (error instanceof Error && error.message.includes('incrementalCache missing')) return fn(...keyed);
      throw error;
    }
  };
}

function isFilter(value: unknown): value is StatsFilter {
  return typeof value === 'object' && value !== null && 'asOf' in value;
}

const REGISTER: StatsSource[] = ['register', 'reports', 'ratings'];

export const getStatsBreakdown = cached('breakdown', REGISTER, (filter: StatsFilter, by: Parameters<typeof getBreakdown>[2], options?: Parameters<typeof getBreakdown>[3]) =>
  getBreakdown(prisma, filter, by, options),
);
export const getStatsSnapshot = cached('snapshot', REGISTER, (filter: StatsFilter) => getSnapshot(prisma, filter));
export const getStatsOverview = cached('overview', REGISTER, (filter: StatsFilter, dimensions: Parameters<typeof getOverview>[2]) =>
  getOverview(prisma, filter, dimensions),
);
export const getStatsTrend = cached('trend', REGISTER, (filter: StatsFilter, range: Parameters<typeof getTrend>[2]) => getTrend(prisma, filter, range));
export const getStatsFlows = cached('flows', ['register'], (filter: StatsFilter, period: Parameters<typeof getFlows>[2], by?: Parameters<typeof getFlows>[3]) =>
  getFlows(prisma, filter, period, by ?? null),
);
export const getStatsRatings = cached('ratings', REGISTER, (filter: StatsFilter, year: number, by?: Parameters<typeof getRatingDistribution>[3]) =>
  getRatingDistribution(prisma, filter, year, by ?? null),
);
export const getStatsCreditFunds = cached('credit', REGISTER, (filter: StatsFilter) => getCreditFunds(prisma, filter));
export const getStatsSupport = cached('support', ['register', 'support'], (filter: StatsFilter, period: Parameters<typeof getSupport>[2]) =>
  getSupport(prisma, filter, period),
);
export const getStatsPlanResults = cached('plan', ['register', 'plans', 'support'], (year: number, options?: Parameters<typeof getPlanResults>[2]) =>
  getPlanResults(prisma, year, options),
);

/** The dashboard's questions through the cache (lib/stats/dashboard.ts). */
export const cachedDashboardApi: DashboardApi = {
  snapshot: getStatsSnapshot,
  overview: getStatsOverview,
  trend: getStatsTrend,
  flows: (filter, period, by) => getStatsFlows(filter, period, by ?? null),
  breakdown: getStatsBreakdown,
  ratings: (filter, year, by) => getStatsRatings(filter, year, by ?? null),
  plan: getStatsPlanResults,
  credit: getStatsCreditFunds,
  support: getStatsSupport,
};
