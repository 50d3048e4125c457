/**
 * Sector vocabulary of the collective economy. The Sector → SectorGroup map is the same one the
 * database enforces (CHECK "Organization_sectorGroup_check" in
 * prisma/migrations/20261123000100_integrity_checks): keep the two in step.
 */
import type {
  AllianceMembership,
  MemberType,
  OrgKind,
  OrgStatus,
  Rating,
  Sector,
  SectorGroup,
} from '@/lib/generated/prisma/enums';

export const SECTOR_GROUP: Record<Sector, SectorGroup> = {
  CROP_LIVESTOCK: 'AGRICULTURE',
  FORESTRY: 'AGRICULTURE',
  FISHERY: 'AGRICULTURE',
  SALT: 'AGRICULTURE',
  INDUSTRY_HANDICRAFT: 'NON_AGRICULTURE',
  CONSTRUCTION: 'NON_AGRICULTURE',
  TRANSPORT: 'NON_AGRICULTURE',
  TRADE_SERVICE: 'NON_AGRICULTURE',
  ENVIRONMENT: 'NON_AGRICULTURE',
  OTHER_NON_AGRICULTURE: 'NON_AGRICULTURE',
  CREDIT: 'CREDIT',
};

export const SECTORS = Object.keys(SECTOR_GROUP) as Sector[];

export function sectorGroupOf(sector: Sector): SectorGroup {
  return SECTOR_GROUP[sector];
}

export function sectorsOfGroup(group: SectorGroup): Sector[] {
  return SECTORS.filter((s) => SECTOR_GROUP[s] === group);
}

/** A people's credit fund is exactly an organization of the credit sector (DB CHECK too). */
export function isValidKindSector(kind: OrgKind, sector: Sector): boolean {
  return (kind === 'CREDIT_FUND') === (sector === 'CREDIT');
}

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  COOPERATIVE: 'Hợp tác xã',
  UNION: 'Liên hiệp HTX',
  GROUP: 'Tổ hợp tác',
  CREDIT_FUND: 'Quỹ tín dụng nhân dân',
};

export const ORG_KIND_SHORT: Record<OrgKind, string> = {
  COOPERATIVE: 'HTX',
  UNION: 'LHHTX',
  GROUP: 'THT',
  CREDIT_FUND: 'QTDND',
};

export const SECTOR_LABELS: Record<Sector, string> = {
  CROP_LIVESTOCK: 'Trồng trọt, chăn nuôi',
  FORESTRY: 'Lâm nghiệp',
  FISHERY: 'Thủy sản',
  SALT: 'Diêm nghiệp',
  INDUSTRY_HANDICRAFT: 'Công nghiệp - tiểu thủ công nghiệp',
  CONSTRUCTION: 'Xây dựng',
  TRANSPORT: 'Giao thông vận tải',
  TRADE_SERVICE: 'Thương mại - dịch vụ - chợ',
  ENVIRONMENT: 'Vệ sinh môi trường',
  OTHER_NON_AGRICULTURE: 'Phi nông nghiệp khác',
  CREDIT: 'Tín dụng',
};

export const SECTOR_GROUP_LABELS: Record<SectorGroup, string> = {
  AGRICULTURE: 'Nông nghiệp',
  NON_AGRICULTURE: 'Phi nông nghiệp',
  CREDIT: 'Tín dụng',
};

export const ORG_STATUS_LABELS: Record<OrgStatus, string> = {
  ACTIVE: 'Đang hoạt động',
  SUSPENDED: 'Tạm ngừng hoạt động',
  AWAITING_DISSOLUTION: 'Chờ giải thể',
  DISSOLVED: 'Đã giải thể',
  BANKRUPT: 'Phá sản',
  REVOKED: 'Thu hồi giấy chứng nhận',
  CONVERTED: 'Đã chuyển đổi',
  MERGED: 'Đã sáp nhập',
};

/**
 * Statuses in which an organization still exists in the register and is counted in totals
 * ("Một số HTX đã ngừng hoạt động nhưng không giải thể" — suspended ones are still counted).
 */
export const EXISTING_STATUSES: readonly OrgStatus[] = ['ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION'];
/** Statuses that end an organization's existence. */
export const TERMINAL_STATUSES: readonly OrgStatus[] = ['DISSOLVED', 'BANKRUPT', 'REVOKED', 'CONVERTED', 'MERGED'];

export function isExistingStatus(status: OrgStatus): boolean {
  return EXISTING_STATUSES.includes(status);
}

export const RATING_LABELS: Record<Rating, string> = {
  GOOD: 'Tốt',
  FAIR: 'Khá',
  AVERAGE: 'Trung bình',
  WEAK: 'Yếu',
  NOT_RATED: 'Chưa xếp loại',
};

export const MEMBER_TYPE_LABELS: Record<MemberType, string> = {
  OFFICIAL: 'Thành viên chính thức',
  ASSOCIATE_CAPITAL: 'Thành viên liên kết góp vốn',
  ASSOCIATE_NO_CAPITAL: 'Thành viên liên kết không góp vốn',
};

export const ALLIANCE_MEMBERSHIP_LABELS: Record<AllianceMembership, string> = {
  OFFICIAL: 'Thành viên chính thức',
  ASSOCIATED: 'Thành viên liên kết',
  NONE: 'Chưa là thành viên',
};

export const orgKindLabel = (kind: OrgKind): string => ORG_KIND_LABELS[kind];
export const sectorLabel = (sector: Sector): string => SECTOR_LABELS[sector];
export const sectorGroupLabel = (group: SectorGroup): string => SECTOR_GROUP_LABELS[group];
export const orgStatusLabel = (status: OrgStatus): string => ORG_STATUS_LABELS[status];
export const ratingLabel = (rating: Rating): string => RATING_LABELS[rating];
export const memberTypeLabel = (type: MemberType): string => MEMBER_TYPE_LABELS[type];
export const allianceMembershipLabel = (m: AllianceMembership): string => ALLIANCE_MEMBERSHIP_LABELS[m];
