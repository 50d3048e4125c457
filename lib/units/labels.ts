import type { UnitLevel } from '@/lib/generated/prisma/enums';

export const unitLevelLabels: Record<UnitLevel, string> = {
  PROVINCE: 'Cấp tỉnh',
  DISTRICT: 'Cấp huyện',
  COMMUNE: 'Cấp xã',
};

/** Types an administrative unit may have, by level (the "Tỉnh", "Xã" printed before its name). */
export const unitTypesByLevel: Record<UnitLevel, readonly string[]> = {
  PROVINCE: ['Tỉnh', 'Thành phố'],
  DISTRICT: ['Huyện', 'Thị xã', 'Thành phố', 'Quận'],
  COMMUNE: ['Xã', 'Phường', 'Thị trấn', 'Đặc khu'],
};

export const UNIT_TYPES: readonly string[] = [...new Set(Object.values(unitTypesByLevel).flat())];

/** Rank in the tree: a parent's rank is lower than its children's. */
export const unitLevelRank: Record<UnitLevel, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

/** "Xã Giồng Riềng" */
export const unitLabel = (unit: { type: string; name: string }) => `${unit.type} ${unit.name}`;
