/**
 * Filters of the support activity list as they live in the URL
 * (`/quan-tri/ho-tro?loai=tap-huan&nam=2025&don-vi=12&q=vietgap&trang=2`); the list and its export
 * read the same parameters. Unknown values are ignored.
 */
import type { SupportKind } from '@/lib/generated/prisma/enums';
import { normalizeQuery, parseId } from '@/lib/organizations/filters';
import { lookupParam, param, paramOf, parsePageParam, parseYearParam, queryString, SUPPORT_KIND_PARAMS } from '@/lib/support/labels';

export type SupportFilters = { kind?: SupportKind; year?: number; unitId?: number; q?: string; page: number };

type Source = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseSupportFilters(source: Source): SupportFilters {
  return {
    kind: lookupParam(SUPPORT_KIND_PARAMS, param(source, 'loai')),
    year: parseYearParam(param(source, 'nam')),
    unitId: parseId(param(source, 'don-vi')) ?? undefined,
    q: normalizeQuery(param(source, 'q')),
    page: parsePageParam(param(source, 'trang')),
  };
}

export function supportParams(f: SupportFilters, withPage = true): Record<string, string | undefined> {
  return {
    loai: paramOf(SUPPORT_KIND_PARAMS, f.kind),
    nam: f.year ? String(f.year) : undefined,
    'don-vi': f.unitId ? String(f.unitId) : undefined,
    q: f.q,
    trang: withPage && f.page > 1 ? String(f.page) : undefined,
  };
}

export const supportQuery = (f: SupportFilters, withPage = true) => queryString(supportParams(f, withPage));

export const hasSupportFilters = (f: SupportFilters) => Boolean(f.kind || f.year || f.unitId || f.q);
