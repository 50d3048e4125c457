/** Filters of the award list in the URL (`/quan-tri/khen-thuong?nam=2025&loai=co-thi-dua&khoi=…&q=…`). */
import type { AwardType } from '@/lib/generated/prisma/enums';
import { normalizeQuery } from '@/lib/organizations/filters';
import { AWARD_TYPE_PARAMS, lookupParam, param, paramOf, parsePageParam, parseYearParam, queryString } from '@/lib/support/labels';

export type AwardFilters = { year?: number; type?: AwardType; block?: string; q?: string; page: number };

type Source = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseAwardFilters(source: Source): AwardFilters {
  return {
    year: parseYearParam(param(source, 'nam')),
    type: lookupParam(AWARD_TYPE_PARAMS, param(source, 'loai')),
    block: normalizeQuery(param(source, 'khoi')),
    q: normalizeQuery(param(source, 'q')),
    page: parsePageParam(param(source, 'trang')),
  };
}

export function awardParams(f: AwardFilters, withPage = true): Record<string, string | undefined> {
  return {
    nam: f.year ? String(f.year) : undefined,
    loai: paramOf(AWARD_TYPE_PARAMS, f.type),
    khoi: f.block,
    q: f.q,
    trang: withPage && f.page > 1 ? String(f.page) : undefined,
  };
}

export const awardQuery = (f: AwardFilters, withPage = true) => queryString(awardParams(f, withPage));
export const hasAwardFilters = (f: AwardFilters) => Boolean(f.year || f.type || f.block || f.q);
