/** Vietnamese labels and URL words of the support, loan and award enums. */
import type { AwardType, LoanFund, SupportKind } from '@/lib/generated/prisma/enums';

export const SUPPORT_KIND_LABELS: Record<SupportKind, string> = {
  TRAINING: 'Tập huấn, bồi dưỡng',
  TRADE_FAIR: 'Hội chợ, triển lãm',
  TRADE_PROMOTION: 'Xúc tiến thương mại',
  CONSULTING: 'Tư vấn, vận động',
  INFRASTRUCTURE: 'Kết cấu hạ tầng',
  SCIENCE_TECHNOLOGY: 'Khoa học và công nghệ',
  OCOP: 'Chương trình OCOP',
  OTHER: 'Hỗ trợ khác',
};

export const SUPPORT_KIND_PARAMS = {
  'tap-huan': 'TRAINING',
  'hoi-cho': 'TRADE_FAIR',
  'xuc-tien-thuong-mai': 'TRADE_PROMOTION',
  'tu-van': 'CONSULTING',
  'ha-tang': 'INFRASTRUCTURE',
  'khoa-hoc-cong-nghe': 'SCIENCE_TECHNOLOGY',
  ocop: 'OCOP',
  khac: 'OTHER',
} as const satisfies Record<string, SupportKind>;

export const LOAN_FUND_LABELS: Record<LoanFund, string> = {
  COOPERATIVE_DEVELOPMENT_FUND: 'Quỹ hỗ trợ phát triển HTX',
  NATIONAL_EMPLOYMENT_FUND: 'Quỹ quốc gia về việc làm',
  PROVINCIAL_BUDGET: 'Ngân sách tỉnh',
  OTHER: 'Nguồn khác',
};

export const LOAN_FUND_PARAMS = {
  'quy-ho-tro-phat-trien-htx': 'COOPERATIVE_DEVELOPMENT_FUND',
  'quy-quoc-gia-viec-lam': 'NATIONAL_EMPLOYMENT_FUND',
  'ngan-sach-tinh': 'PROVINCIAL_BUDGET',
  khac: 'OTHER',
} as const satisfies Record<string, LoanFund>;

/** A loan's state, derived (never stored): repaid when repaidOn is set; overdue when anything is overdue or it is past maturity with a balance. */
export type LoanStatus = 'ACTIVE' | 'OVERDUE' | 'REPAID';

export const LOAN_STATUS_LABELS: Record<LoanStatus, string> = {
  ACTIVE: 'Đang vay',
  OVERDUE: 'Quá hạn',
  REPAID: 'Đã tất toán',
};

export const LOAN_STATUS_PARAMS = {
  'dang-vay': 'ACTIVE',
  'qua-han': 'OVERDUE',
  'da-tat-toan': 'REPAID',
} as const satisfies Record<string, LoanStatus>;

export const AWARD_TYPE_LABELS: Record<AwardType, string> = {
  EMULATION_FLAG: 'Cờ thi đua',
  CERTIFICATE_OF_MERIT: 'Bằng khen',
  LETTER_OF_COMMENDATION: 'Giấy khen',
  EMULATION_TITLE: 'Danh hiệu thi đua',
  OTHER: 'Hình thức khác',
};

export const AWARD_TYPE_PARAMS = {
  'co-thi-dua': 'EMULATION_FLAG',
  'bang-khen': 'CERTIFICATE_OF_MERIT',
  'giay-khen': 'LETTER_OF_COMMENDATION',
  'danh-hieu': 'EMULATION_TITLE',
  khac: 'OTHER',
} as const satisfies Record<string, AwardType>;

/** Options of a select whose values are the URL words and whose labels are the enum's labels. */
export function paramOptions<T extends string>(params: Record<string, T>, labels: Record<T, string>) {
  return Object.entries(params).map(([value, code]) => ({ value, label: labels[code] }));
}

/** Options of a form select whose values are the enum codes. */
export function enumOptions<T extends string>(labels: Record<T, string>) {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

export function param(source: ParamSource, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
  const value = source[key];
  return Array.isArray(value) ? value[0] : value;
}

export function lookupParam<T extends string>(map: Record<string, T>, value: string | undefined): T | undefined {
  return value !== undefined && Object.hasOwn(map, value) ? map[value] : undefined;
}

export function paramOf<T extends string>(map: Record<string, T>, code: T | undefined): string | undefined {
  return code === undefined ? undefined : Object.keys(map).find((k) => map[k] === code);
}

/** ?nam=2025 → 2025, else undefined. */
export function parseYearParam(value: string | undefined): number | undefined {
  return value && /^\d{4}$/.test(value) && Number(value) >= 1990 && Number(value) <= 2100 ? Number(value) : undefined;
}

export function parsePageParam(value: string | undefined): number {
  return value && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1;
}

/** A query string from params, empty values left out. */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const text = search.toString();
  return text ? `?${text}` : '';
}
