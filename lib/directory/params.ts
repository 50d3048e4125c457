/**
 * The URL of the public directory, /hop-tac-xa?…: Vietnamese parameter names and values without
 * diacritics, so a filtered view can be shared, bookmarked and cached (lib/cache/query-routes.ts).
 *
 *   q=…            text (accent-insensitive, as the site search)
 *   loai=          hop-tac-xa | lien-hiep | to-hop-tac | quy-tin-dung
 *   nhom-nganh=    nong-nghiep | phi-nong-nghiep | tin-dung
 *   nganh=         trong-trot-chan-nuoi | thuy-san | … (SECTOR_PARAMS)
 *   xa=            a commune or ward of today, by the slug of its name (COMMUNE_PARAM)
 *   huyen-cu=      a district before 1/7/2025, by the slug of its name
 *   tinh-trang=    con-ton-tai | da-cham-dut | dang-hoat-dong | tam-ngung | … (STATUS_PARAMS)
 *   ocop=          co | 3-sao | 4-sao | 5-sao
 *   lien-minh=     thanh-vien | chinh-thuc | lien-ket | chua
 *   trang=         page number
 *
 * Pure: parsing needs the unit options (from the database) passed in.
 */
import type { ListQuery } from '@/lib/cache/query-routes';
import { slugify } from '@/lib/format/slug';
import type { AllianceMembership, OrgKind, OrgStatus, Sector, SectorGroup } from '@/lib/generated/prisma/enums';
import { EXISTING_STATUSES, TERMINAL_STATUSES } from '@/lib/organizations/sectors';
import { parsePage } from '@/lib/pagination';
import { prepareQuery, type PreparedQuery } from '@/lib/search/sql';

export const KIND_PARAMS = {
  'hop-tac-xa': 'COOPERATIVE',
  'lien-hiep': 'UNION',
  'to-hop-tac': 'GROUP',
  'quy-tin-dung': 'CREDIT_FUND',
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
  'giao-thong-van-tai': 'TRANSPORT',
  'thuong-mai-dich-vu': 'TRADE_SERVICE',
  've-sinh-moi-truong': 'ENVIRONMENT',
  'phi-nong-nghiep-khac': 'OTHER_NON_AGRICULTURE',
  'tin-dung': 'CREDIT',
} as const satisfies Record<string, Sector>;

/** Statuses, one by one, plus the two groups a visitor usually means. */
export const STATUS_PARAMS = {
  'con-ton-tai': EXISTING_STATUSES,
  'da-cham-dut': TERMINAL_STATUSES,
  'dang-hoat-dong': ['ACTIVE'],
  'tam-ngung': ['SUSPENDED'],
  'cho-giai-the': ['AWAITING_DISSOLUTION'],
  'da-giai-the': ['DISSOLVED'],
  'pha-san': ['BANKRUPT'],
  'thu-hoi': ['REVOKED'],
  'chuyen-doi': ['CONVERTED'],
  'sap-nhap': ['MERGED'],
} as const satisfies Record<string, readonly OrgStatus[]>;

export const STATUS_PARAM_LABELS: Record<keyof typeof STATUS_PARAMS, string> = {
  'con-ton-tai': 'Còn tồn tại (hoạt động, tạm ngừng, chờ giải thể)',
  'da-cham-dut': 'Đã chấm dứt (giải thể, phá sản, chuyển đổi…)',
  'dang-hoat-dong': 'Đang hoạt động',
  'tam-ngung': 'Tạm ngừng hoạt động',
  'cho-giai-the': 'Chờ giải thể',
  'da-giai-the': 'Đã giải thể',
  'pha-san': 'Phá sản',
  'thu-hoi': 'Thu hồi giấy chứng nhận',
  'chuyen-doi': 'Đã chuyển đổi',
  'sap-nhap': 'Đã sáp nhập',
};

/** Minimum OCOP stars: "co" is any certified product. */
export const OCOP_PARAMS = { co: 1, '3-sao': 3, '4-sao': 4, '5-sao': 5 } as const satisfies Record<string, number>;

export const OCOP_PARAM_LABELS: Record<keyof typeof OCOP_PARAMS, string> = {
  co: 'Có sản phẩm OCOP',
  '3-sao': 'OCOP từ 3 sao',
  '4-sao': 'OCOP từ 4 sao',
  '5-sao': 'OCOP 5 sao',
};

export const ALLIANCE_PARAMS = {
  'thanh-vien': ['OFFICIAL', 'ASSOCIATED'],
  'chinh-thuc': ['OFFICIAL'],
  'lien-ket': ['ASSOCIATED'],
  chua: ['NONE'],
} as const satisfies Record<string, readonly AllianceMembership[]>;

export const ALLIANCE_PARAM_LABELS: Record<keyof typeof ALLIANCE_PARAMS, string> = {
  'thanh-vien': 'Thành viên Liên minh (chính thức hoặc liên kết)',
  'chinh-thuc': 'Thành viên chính thức',
  'lien-ket': 'Thành viên liên kết',
  chua: 'Chưa là thành viên',
};

/** An administrative unit offered in a filter, with the URL value that selects it. */
export type UnitOption = { id: number; param: string; label: string };

/**
 * URL values for units: the slug of the name ("giong-rieng"), and where two units of the list share
 * a name, the slug followed by the unit's code, so every value selects exactly one unit.
 */
export function unitOptions(units: { id: number; code: string; name: string; type: string }[]): UnitOption[] {
  const collator = new Intl.Collator('vi');
  const bySlug = new Map<string, number>();
  for (const u of units) bySlug.set(slugify(u.name), (bySlug.get(slugify(u.name)) ?? 0) + 1);
  return units
    .map((u) => {
      const slug = slugify(u.name);
      return { id: u.id, param: bySlug.get(slug)! > 1 ? `${slug}-${slugify(u.code)}` : slug, label: `${u.type} ${u.name}` };
    })
    .sort((a, b) => collator.compare(a.label.replace(/^\S+ /, ''), b.label.replace(/^\S+ /, '')) || a.id - b.id);
}

export type DirectoryFilters = {
  q?: PreparedQuery;
  kind?: OrgKind;
  sectorGroup?: SectorGroup;
  sector?: Sector;
  communeId?: number;
  formerDistrictId?: number;
  statuses?: readonly OrgStatus[];
  ocopMinStars?: number;
  alliance?: readonly AllianceMembership[];
};

/** The parameters of a view, validated: what the form shows selected and the links keep. */
export type DirectoryParams = Partial<Record<'q' | 'loai' | 'nhom-nganh' | 'nganh' | 'xa' | 'huyen-cu' | 'tinh-trang' | 'ocop' | 'lien-minh', string>>;

export type ParsedDirectoryQuery = {
  filters: DirectoryFilters;
  params: DirectoryParams;
  page: number;
  /** Parameters whose value was not understood (ignored, and the visitor is told). */
  ignored: string[];
};

const pick = <T>(map: Record<string, T>, value: string | undefined): T | undefined =>
  value !== undefined && Object.hasOwn(map, value) ? map[value] : undefined;

export function parseDirectoryQuery(
  query: ListQuery,
  options: { communes: UnitOption[]; formerDistricts: UnitOption[] },
): ParsedDirectoryQuery {
  const filters: DirectoryFilters = {};
  const params: DirectoryParams = {};
  const ignored: string[] = [];
  const take = <T>(key: keyof DirectoryParams, map: Record<string, T>, apply: (v: T) => void) => {
    const raw = query[key];
    if (raw === undefined) return;
    const value = pick(map, raw);
    if (value === undefined) {
      ignored.push(key);
      return;
    }
    apply(value);
    params[key] = raw;
  };

  if (query.q !== undefined) {
    const q = prepareQuery(query.q);
    if (q) {
      filters.q = q;
      params.q = q.text;
    } else ignored.push('q');
  }
  take('loai', KIND_PARAMS, (v) => (filters.kind = v));
  take('nhom-nganh', SECTOR_GROUP_PARAMS, (v) => (filters.sectorGroup = v));
  take('nganh', SECTOR_PARAMS, (v) => (filters.sector = v));
  take('xa', Object.fromEntries(options.communes.map((u) => [u.param, u.id])), (v) => (filters.communeId = v));
  take('huyen-cu', Object.fromEntries(options.formerDistricts.map((u) => [u.param, u.id])), (v) => (filters.formerDistrictId = v));
  take('tinh-trang', STATUS_PARAMS, (v) => (filters.statuses = v));
  take('ocop', OCOP_PARAMS, (v) => (filters.ocopMinStars = v));
  take('lien-minh', ALLIANCE_PARAMS, (v) => (filters.alliance = v));
  return { filters, params, page: parsePage(query.trang), ignored };
}

/** The link to a directory view. */
export function directoryHref(params: DirectoryParams, page = 1): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  if (page > 1) search.set('trang', String(page));
  const s = search.toString();
  return s ? `/hop-tac-xa?${s}` : '/hop-tac-xa';
}
