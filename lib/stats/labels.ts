/**
 * Vietnamese labels of the engine's groups and modes, shared by the dashboards, the public page
 * and the generated reports.
 */
import {
  ALLIANCE_MEMBERSHIP_LABELS,
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  RATING_LABELS,
  SECTOR_GROUP_LABELS,
  SECTOR_LABELS,
} from '@/lib/organizations/sectors';
import type { LoanFund, SupportKind } from '@/lib/generated/prisma/enums';

import type { Dimension, UnitMode } from './types';

export const UNIT_MODE_LABELS: Record<UnitMode, string> = {
  AT_THE_TIME: 'theo đơn vị hành chính tại thời điểm số liệu',
  TODAY: 'quy đổi về đơn vị hành chính hiện nay',
};

export const DIMENSION_LABELS: Record<Dimension, string> = {
  kind: 'Loại hình',
  sector: 'Lĩnh vực',
  sectorGroup: 'Nhóm lĩnh vực',
  unit: 'Đơn vị hành chính',
  status: 'Tình trạng',
  rating: 'Xếp loại',
  alliance: 'Thành viên Liên minh',
  ocop: 'Sản phẩm OCOP',
};

export const SUPPORT_KIND_LABELS: Record<SupportKind, string> = {
  TRAINING: 'Tập huấn, bồi dưỡng',
  TRADE_FAIR: 'Hội chợ, triển lãm',
  TRADE_PROMOTION: 'Xúc tiến thương mại',
  CONSULTING: 'Tư vấn',
  INFRASTRUCTURE: 'Hỗ trợ kết cấu hạ tầng',
  SCIENCE_TECHNOLOGY: 'Khoa học, công nghệ',
  OCOP: 'Chương trình OCOP',
  OTHER: 'Hỗ trợ khác',
};

export const LOAN_FUND_LABELS: Record<LoanFund, string> = {
  COOPERATIVE_DEVELOPMENT_FUND: 'Quỹ hỗ trợ phát triển HTX',
  NATIONAL_EMPLOYMENT_FUND: 'Quỹ quốc gia về việc làm',
  PROVINCIAL_BUDGET: 'Ngân sách tỉnh',
  OTHER: 'Nguồn khác',
};

const OCOP_LABELS: Record<string, string> = { '0': 'Chưa có sản phẩm OCOP', '3': 'OCOP 3 sao', '4': 'OCOP 4 sao', '5': 'OCOP 5 sao' };

/** The label of a group key of a dimension other than `unit` (units are named from the database). */
export function dimensionKeyLabel(dimension: Exclude<Dimension, 'unit'>, key: string): string {
  const maps: Record<Exclude<Dimension, 'unit'>, Record<string, string>> = {
    kind: ORG_KIND_LABELS,
    sector: SECTOR_LABELS,
    sectorGroup: SECTOR_GROUP_LABELS,
    status: ORG_STATUS_LABELS,
    rating: { ...RATING_LABELS, NONE: 'Chưa đánh giá' },
    alliance: ALLIANCE_MEMBERSHIP_LABELS,
    ocop: OCOP_LABELS,
  };
  return maps[dimension][key] ?? key;
}
