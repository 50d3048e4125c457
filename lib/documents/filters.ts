/**
 * The filters of the documents library as they live in the URL (/van-ban?pham-vi=trung-uong&loai=
 * nghi-dinh&nam=2021&q=45/2021): Vietnamese parameter names and values without diacritics, so a
 * view can be shared and the back button works. Pure functions, used by the pages, the queries and
 * the tests. Anything a visitor could type that is not a known value is dropped, never an error.
 */
import type { DocumentScope, DocumentType, Validity } from '@/lib/generated/prisma/enums';
import { parsePage } from '@/lib/pagination';

/** ?pham-vi= */
export const scopeParams = {
  'trung-uong': 'CENTRAL',
  'dia-phuong': 'LOCAL',
  'don-vi': 'UNIT',
} as const satisfies Record<string, DocumentScope>;

export type ScopeParam = keyof typeof scopeParams;

/** ?loai= — also the first word of a document's slug ("nghi-dinh-45-2021-nd-cp"). */
export const documentTypeWords: Record<DocumentType, string> = {
  LAW: 'luat',
  RESOLUTION: 'nghi-quyet',
  DECREE: 'nghi-dinh',
  DECISION: 'quyet-dinh',
  CIRCULAR: 'thong-tu',
  DIRECTIVE: 'chi-thi',
  PLAN: 'ke-hoach',
  OFFICIAL_LETTER: 'cong-van',
  GUIDANCE: 'huong-dan',
  REPORT: 'bao-cao',
  NOTICE: 'thong-bao',
  OTHER: 'van-ban',
};

/** ?hieu-luc= */
export const validityParams = {
  'con-hieu-luc': 'IN_FORCE',
  'het-hieu-luc-mot-phan': 'PARTIALLY_EXPIRED',
  'het-hieu-luc': 'EXPIRED',
  'chua-co-hieu-luc': 'NOT_YET_IN_FORCE',
} as const satisfies Record<string, Validity>;

/** ?sap-xep= */
export const sortParams = {
  'moi-nhat': 'newest',
  'cu-nhat': 'oldest',
  'so-hieu': 'number',
} as const;

export type DocumentSort = (typeof sortParams)[keyof typeof sortParams];

export const sortLabels: Record<DocumentSort, string> = {
  newest: 'Ngày ban hành mới nhất',
  oldest: 'Ngày ban hành cũ nhất',
  number: 'Số hiệu (tăng dần)',
};

export type DocumentFilters = {
  scope?: DocumentScope;
  type?: DocumentType;
  /** IssuingBody id. */
  issuer?: number;
  /** Year of issue. */
  year?: number;
  validity?: Validity;
  /** slugify(field): "tin-dung-quy-ho-tro". */
  field?: string;
  /** Absent: newest first (number matches first when searching). */
  sort?: DocumentSort;
  /** Number or words, NFC, at most MAX_QUERY_LENGTH characters. */
  q?: string;
  page: number;
};

export const MAX_QUERY_LENGTH = 100;
const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

function lookup<V>(table: Record<string, V>, value: string | undefined): V | undefined {
  return value !== undefined && Object.hasOwn(table, value) ? table[value] : undefined;
}

function keyOf<V>(table: Record<string, V>, value: V | undefined): string | undefined {
  return value === undefined ? undefined : Object.keys(table).find((k) => table[k] === value);
}

const typeParams: Record<string, DocumentType> = Object.fromEntries(
  Object.entries(documentTypeWords).map(([type, word]) => [word, type as DocumentType]),
);

/** Cleans what was typed into the search box: NFC, no control characters, bounded length. */
export function cleanQuery(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  return text || undefined;
}

/** Reads the filters from a (canonical) query; unknown values are dropped. */
export function parseDocumentFilters(query: Record<string, string | undefined>): DocumentFilters {
  const year = query.nam && /^\d{4}$/.test(query.nam) ? Number(query.nam) : undefined;
  const issuer = query['co-quan'] && /^[1-9]\d{0,8}$/.test(query['co-quan']) ? Number(query['co-quan']) : undefined;
  const field = query['linh-vuc'] && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(query['linh-vuc']) && query['linh-vuc'].length <= 80 ? query['linh-vuc'] : undefined;
  return {
    scope: lookup<DocumentScope>(scopeParams, query['pham-vi']),
    type: lookup(typeParams, query.loai),
    issuer,
    year: year !== undefined && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined,
    validity: lookup<Validity>(validityParams, query['hieu-luc']),
    field,
    sort: lookup<DocumentSort>(sortParams, query['sap-xep']),
    q: cleanQuery(query.q),
    page: parsePage(query.trang),
  };
}

/** The query parameters that stand for `filters` (page only when above 1), in a stable order. */
export function documentFilterParams(filters: Partial<DocumentFilters>): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (key: string, value: string | undefined) => {
    if (value) out[key] = value;
  };
  set('pham-vi', keyOf<DocumentScope>(scopeParams, filters.scope));
  set('loai', filters.type ? documentTypeWords[filters.type] : undefined);
  set('co-quan', filters.issuer ? String(filters.issuer) : undefined);
  set('nam', filters.year ? String(filters.year) : undefined);
  set('hieu-luc', keyOf<Validity>(validityParams, filters.validity));
  set('linh-vuc', filters.field);
  set('sap-xep', keyOf<DocumentSort>(sortParams, filters.sort));
  set('q', filters.q);
  set('trang', filters.page && filters.page > 1 ? String(filters.page) : undefined);
  return out;
}

/** "/van-ban?pham-vi=trung-uong&loai=luat", or "/van-ban" when nothing is set. */
export function documentsHref(filters: Partial<DocumentFilters>): string {
  const query = new URLSearchParams(documentFilterParams(filters)).toString();
  return query ? `/van-ban?${query}` : '/van-ban';
}

/** True when anything narrows the list beyond the scope tab (the "Xóa bộ lọc" link shows then). */
export function hasNarrowingFilters(filters: DocumentFilters): boolean {
  return Boolean(filters.type || filters.issuer || filters.year || filters.validity || filters.field || filters.q || filters.sort);
}

export function scopeParamOf(scope: DocumentScope): ScopeParam {
  return keyOf<DocumentScope>(scopeParams, scope) as ScopeParam;
}
