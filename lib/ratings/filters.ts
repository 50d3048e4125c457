/**
 * Filters of the list of self-assessments as they live in the URL
 * (`/quan-tri/xep-loai?nam=2025&trang-thai=da-gui&xep-loai=kha&don-vi=12&loai=htx`). Unknown or
 * malformed values are ignored. Pure.
 */
import type { OrgKind, Rating, SubmissionState } from '@/lib/generated/prisma/enums';
import { KIND_PARAMS, parseId } from '@/lib/organizations/filters';

export const STATE_PARAMS = {
  nhap: 'DRAFT',
  'da-gui': 'SUBMITTED',
  'da-xac-nhan': 'APPROVED',
  'tra-lai': 'RETURNED',
  'chua-danh-gia': 'MISSING',
} as const satisfies Record<string, SubmissionState | 'MISSING'>;

export const RATING_PARAMS = {
  tot: 'GOOD',
  kha: 'FAIR',
  'trung-binh': 'AVERAGE',
  yeu: 'WEAK',
  'khong-xep-loai': 'NOT_RATED',
} as const satisfies Record<string, Rating>;

export type RatingListFilters = {
  year: number;
  state?: SubmissionState | 'MISSING';
  rating?: Rating;
  unitId?: number;
  kind?: OrgKind;
  page: number;
};

type Source = Record<string, string | string[] | undefined>;
const first = (s: Source, k: string) => (Array.isArray(s[k]) ? s[k][0] : s[k]);

function lookup<T extends Record<string, string>>(map: T, value: string | undefined): T[keyof T] | undefined {
  return value !== undefined && Object.hasOwn(map, value) ? map[value as keyof T] : undefined;
}
function keyOf<T extends Record<string, string>>(map: T, value: string | undefined): string | undefined {
  return value === undefined ? undefined : Object.keys(map).find((k) => map[k] === value);
}

/** `years` are the years offered; a year outside them falls back to `defaultYear`. */
export function parseRatingFilters(source: Source, years: readonly number[], defaultYear: number): RatingListFilters {
  const yearText = first(source, 'nam');
  const year = yearText && /^\d{4}$/.test(yearText) && years.includes(Number(yearText)) ? Number(yearText) : defaultYear;
  const pageText = first(source, 'trang');
  return {
    year,
    state: lookup(STATE_PARAMS, first(source, 'trang-thai')),
    rating: lookup(RATING_PARAMS, first(source, 'xep-loai')),
    unitId: parseId(first(source, 'don-vi')) ?? undefined,
    kind: lookup(KIND_PARAMS, first(source, 'loai')),
    page: pageText && /^\d{1,6}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1,
  };
}

export function ratingFilterParams(f: RatingListFilters, overrides: Partial<RatingListFilters> = {}): Record<string, string | undefined> {
  const v = { ...f, ...overrides };
  return {
    nam: String(v.year),
    'trang-thai': keyOf(STATE_PARAMS, v.state),
    'xep-loai': keyOf(RATING_PARAMS, v.rating),
    'don-vi': v.unitId ? String(v.unitId) : undefined,
    loai: keyOf(KIND_PARAMS, v.kind),
    trang: v.page > 1 ? String(v.page) : undefined,
  };
}

export function ratingListHref(f: RatingListFilters, overrides: Partial<RatingListFilters> = {}): string {
  const search = new URLSearchParams();
  for (const [k, val] of Object.entries(ratingFilterParams(f, overrides))) if (val) search.set(k, val);
  return `/quan-tri/xep-loai?${search.toString()}`;
}
