/**
 * The indicators a plan target can be set on. Codes are stable (the demo seed, the statistics
 * issue and saved targets use them); `computed` ones are measured from the data by
 * lib/plans/results.ts, the others take the result staff enter. A target outside this list is
 * "khác" (OTHER): a free label, code `OTHER:<slug of the label>`, result entered.
 */
import { slugify } from '@/lib/format/slug';

export type IndicatorDefinition = {
  label: string;
  measure: string;
  /** Measured from the register, support activities, loans, awards or OCOP products. */
  computed: boolean;
  /** Where the computed figure comes from, as the plan page explains it. */
  source: string;
};

export const PLAN_INDICATORS = {
  NEW_COOPERATIVES: { label: 'Thành lập mới hợp tác xã', measure: 'HTX', computed: true, source: 'Sổ đăng ký: HTX có ngày thành lập trong năm' },
  NEW_UNIONS: { label: 'Thành lập mới liên hiệp hợp tác xã', measure: 'Liên hiệp HTX', computed: true, source: 'Sổ đăng ký: liên hiệp HTX có ngày thành lập trong năm' },
  NEW_GROUPS: { label: 'Thành lập mới tổ hợp tác', measure: 'THT', computed: true, source: 'Sổ đăng ký: THT có ngày thành lập trong năm' },
  NEW_CREDIT_FUNDS: { label: 'Thành lập mới quỹ tín dụng nhân dân', measure: 'QTDND', computed: true, source: 'Sổ đăng ký: QTDND có ngày thành lập trong năm' },
  ALLIANCE_MEMBERS: { label: 'Kết nạp thành viên Liên minh HTX tỉnh', measure: 'đơn vị', computed: true, source: 'Sổ đăng ký: ngày gia nhập Liên minh trong năm' },
  TRAINING_CLASSES: { label: 'Mở lớp tập huấn, bồi dưỡng nâng cao năng lực cho HTX', measure: 'lớp', computed: true, source: 'Hoạt động hỗ trợ loại tập huấn bắt đầu trong năm' },
  TRAINEES: { label: 'Số người tham dự tập huấn, bồi dưỡng', measure: 'người', computed: true, source: 'Tổng số người tham dự các lớp tập huấn trong năm' },
  TRADE_FAIRS: { label: 'Hỗ trợ HTX tham gia hội chợ, triển lãm', measure: 'cuộc', computed: true, source: 'Hoạt động hỗ trợ loại hội chợ trong năm' },
  OCOP_PRODUCTS: { label: 'Sản phẩm OCOP của HTX được công nhận', measure: 'sản phẩm', computed: true, source: 'Sản phẩm OCOP có năm công nhận trong năm' },
  LOANS: { label: 'Hồ sơ vay vốn được giải ngân cho HTX', measure: 'hồ sơ', computed: true, source: 'Khoản vay có ngày giải ngân trong năm' },
  LOAN_AMOUNT: { label: 'Vốn vay giải ngân cho HTX', measure: 'triệu đồng', computed: true, source: 'Tổng vốn gốc các khoản vay giải ngân trong năm' },
  AWARDS: { label: 'Khen thưởng tập thể, cá nhân khu vực kinh tế tập thể', measure: 'lượt', computed: true, source: 'Khen thưởng ghi nhận trong năm' },
  CAMPAIGNS: { label: 'Cuộc vận động, tư vấn, tuyên truyền thành lập HTX', measure: 'cuộc', computed: false, source: 'Nhập tay' },
  ARTICLES: { label: 'Tin, bài về kinh tế tập thể đăng trên trang thông tin điện tử', measure: 'tin, bài', computed: false, source: 'Nhập tay' },
} as const satisfies Record<string, IndicatorDefinition>;

export type PlanIndicatorCode = keyof typeof PLAN_INDICATORS;
export type ComputedIndicatorCode = { [K in PlanIndicatorCode]: (typeof PLAN_INDICATORS)[K]['computed'] extends true ? K : never }[PlanIndicatorCode];

/** The form's choice for a free indicator. */
export const OTHER_INDICATOR = 'OTHER';
const OTHER_PREFIX = 'OTHER:';

export function isKnownIndicator(code: string): code is PlanIndicatorCode {
  return Object.hasOwn(PLAN_INDICATORS, code);
}

export function isComputedIndicator(code: string): code is ComputedIndicatorCode {
  return isKnownIndicator(code) && PLAN_INDICATORS[code].computed;
}

/** The stored code of a free ("khác") indicator: stable for the same label, so copying a year keeps it. */
export function otherIndicatorCode(label: string): string {
  return `${OTHER_PREFIX}${slugify(label).slice(0, 80) || 'chi-tieu'}`;
}

export function isOtherIndicator(code: string): boolean {
  return code.startsWith(OTHER_PREFIX);
}

export const INDICATOR_OPTIONS = [
  ...Object.entries(PLAN_INDICATORS).map(([value, d]) => ({ value, label: `${d.label} (${d.measure})` })),
  { value: OTHER_INDICATOR, label: 'Chỉ tiêu khác (tự ghi tên, nhập kết quả)' },
];

export const COMPUTED_CODES: string[] = Object.entries(PLAN_INDICATORS)
  .filter(([, d]) => d.computed)
  .map(([code]) => code);
