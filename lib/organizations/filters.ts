/**
 * Filters, sort and page of the workspace list of organizations, as they live in the URL
 * (`/quan-tri/to-chuc?loai=htx&tinh-trang=tam-ngung&sap-xep=thanh-lap&chieu=giam`). The list page
 * and the spreadsheet export read the same parameters through this module, so an export holds
 * exactly the rows the list shows. Anything unknown or malformed is ignored, never an error.
 *
 * Pure: no database, usable by pages, route handlers and tests.
 */
import type { AllianceMembership, OrgKind, OrgStatus, Sector, SectorGroup } from '@/lib/generated/prisma/enums';

export const KIND_PARAMS = {
  htx: 'COOPERATIVE',
  'lien-hiep': 'UNION',
  tht: 'GROUP',
  qtdnd: 'CREDIT_FUND',
} as const satisfies Record<string, OrgKind>;

export const SECTOR_GROUP_PARAMS = {
  'nong-nghiep': 'AGRICULTURE',
  'phi-nong-nghiep': 'NON_AGRICULTURE',
  'tin-dung': 'CREDIT',
} as const satisfies Record<string, SectorGroup>;

export const SECTOR_PARAMS = {
  'trong-trot-chan-nuoi': 'CROP_LIVESTOCK',
  'lam-nghiep': 'FORESTRY',
  'thuy-san': 'FISHERY',
  'diem-nghiep': 'SALT',
  'cong-nghiep-tieu-thu-cong-nghiep': 'INDUSTRY_HANDICRAFT',
  'xay-dung': 'CONSTRUCTION',
  'van-tai': 'TRANSPORT',
  'thuong-mai-dich-vu': 'TRADE_SERVICE',
  'moi-truong': 'ENVIRONMENT',
  'phi-nong-nghiep-khac': 'OTHER_NON_AGRICULTURE',
  'tin-dung': 'CREDIT',
} as const satisfies Record<string, Sector>;

export const STATUS_PARAMS = {
  'dang-hoat-dong': 'ACTIVE',
  'tam-ngung': 'SUSPENDED',
  'cho-giai-the': 'AWAITING_DISSOLUTION',
  'da-giai-the': 'DISSOLVED',
  'pha-san': 'BANKRUPT',
  'thu-hoi': 'REVOKED',
  'chuyen-doi': 'CONVERTED',
  'sap-nhap': 'MERGED',
} as const satisfies Record<string, OrgStatus>;

export const ALLIANCE_PARAMS = {
  'chinh-thuc': 'OFFICIAL',
  'lien-ket': 'ASSOCIATED',
  chua: 'NONE',
} as const satisfies Record<string, AllianceMembership>;

export const SORT_KEYS = ['ten', 'loai', 'don-vi', 'thanh-lap', 'tinh-trang', 'von-dieu-le'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export type OrganizationFilters = {
  q?: string;
  kind?: OrgKind;
  sectorGroup?: SectorGroup;
  sector?: Sector;
  unitId?: number;
  status?: OrgStatus;
  alliance?: AllianceMembership;
  /** true: has at least one OCOP product; false: has none. */
  ocop?: boolean;
  sort: SortKey;
  direction: SortDirection;
  page: number;
};

export const MAX_QUERY_LENGTH = 200;
const MAX_INT = 2_147_483_647;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function first(source: ParamSource, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
  const value = source[key];
  return Array.isArray(value) ? value[0] : value;
}

function lookup<T extends Record<string, string>>(map: T, value: string | undefined): T[keyof T] | undefined {
  return value !== undefined && Object.hasOwn(map, value) ? map[value as keyof T] : undefined;
}

function keyOf<T extends Record<string, string>>(map: T, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Object.keys(map).find((k) => map[k] === value);
}

/** A positive 32-bit integer written in plain digits, else null (ids in URLs and forms). */
export function parseId(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= MAX_INT ? n : null;
}

/** Search text as typed: NFC (macOS and PDFs send NFD), no control characters, bounded. */
export function normalizeQuery(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  return text || undefined;
}

export function parseOrganizationFilters(source: ParamSource): OrganizationFilters {
  const sortText = first(source, 'sap-xep');
  const sort: SortKey = (SORT_KEYS as readonly string[]).includes(sortText ?? '') ? (sortText as SortKey) : 'ten';
  const ocopText = first(source, 'ocop');
  const pageText = first(source, 'trang');
  return {
    q: normalizeQuery(first(source, 'q')),
    kind: lookup(KIND_PARAMS, first(source, 'loai')),
    sectorGroup: lookup(SECTOR_GROUP_PARAMS, first(source, 'nhom-nganh')),
    sector: lookup(SECTOR_PARAMS, first(source, 'nganh')),
    unitId: parseId(first(source, 'don-vi')) ?? undefined,
    status: lookup(STATUS_PARAMS, first(source, 'tinh-trang')),
    alliance: lookup(ALLIANCE_PARAMS, first(source, 'thanh-vien-lm')),
    ocop: ocopText === 'co' ? true : ocopText === 'khong' ? false : undefined,
    sort,
    direction: first(source, 'chieu') === 'giam' ? 'desc' : 'asc',
    page: pageText && /^\d{1,6}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1,
  };
}

/**
 * The URL parameters of a set of filters (page left out unless > 1). `overrides` changes some of
 * them, e.g. a sort header that keeps the filters but starts again from page 1.
 */
export function filterParams(filters: OrganizationFilters, overrides: Partial<OrganizationFilters> = {}): Record<string, string | undefined> {
  const f = { ...filters, ...overrides };
  return {
    q: f.q,
    loai: keyOf(KIND_PARAMS, f.kind),
    'nhom-nganh': keyOf(SECTOR_GROUP_PARAMS, f.sectorGroup),
    nganh: keyOf(SECTOR_PARAMS, f.sector),
    'don-vi': f.unitId ? String(f.unitId) : undefined,
    'tinh-trang': keyOf(STATUS_PARAMS, f.status),
    'thanh-vien-lm': keyOf(ALLIANCE_PARAMS, f.alliance),
    ocop: f.ocop === undefined ? undefined : f.ocop ? 'co' : 'khong',
    'sap-xep': f.sort === 'ten' ? undefined : f.sort,
    chieu: f.direction === 'desc' ? 'giam' : undefined,
    trang: f.page > 1 ? String(f.page) : undefined,
  };
}

export function filterQueryString(filters: OrganizationFilters, overrides: Partial<OrganizationFilters> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filterParams(filters, overrides))) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** True when any filter (not sort or page) is set. */
export function hasActiveFilters(f: OrganizationFilters): boolean {
  return Boolean(
    f.q || f.kind || f.sectorGroup || f.sector || f.unitId || f.status || f.alliance || f.ocop !== undefined,
  );
}

/** `hop tac xa` → a LIKE pattern that matches the words literally (%, _ and \ escaped). */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
