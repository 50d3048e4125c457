import 'server-only';

import { unstable_cache } from 'next/cache';

import { cacheTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';

import type { IsoDate, UnitMode } from './types';

/** An administrative unit as the statistics views need it (a province has a few hundred). */
export type StatsUnit = {
  id: number;
  label: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  parentId: number | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
};

async function loadUnits(): Promise<StatsUnit[]> {
  return prisma.$queryRaw<StatsUnit[]>`
    SELECT id, type || ' ' || name AS label, level::text AS level, "parentId",
           to_char("validFrom", 'YYYY-MM-DD') AS "validFrom", to_char("validTo", 'YYYY-MM-DD') AS "validTo"
      FROM "AdministrativeUnit"
     ORDER BY level, name, id`;
}

/** Every unit, cached until the units change. */
export async function getStatsUnits(): Promise<StatsUnit[]> {
  try {
    return await unstable_cache(loadUnits, ['stats-units'], { tags: [cacheTags.units] })();
  } catch (error) {
    if (error instanceof Error && error.message.includes('incrementalCache missing')) return loadUnits();
    throw error;
  }
}

export const validOn = (u: StatsUnit, day: IsoDate) => u.validFrom <= day && (u.validTo === null || u.validTo >= day);

/** The unit and every unit below it. */
export function subtreeIds(units: StatsUnit[], rootId: number): Set<number> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId !== null && ids.has(u.parentId) && !ids.has(u.id)) {
        ids.add(u.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The unit's ancestors from the top down, the unit last. */
export function unitTrail(units: StatsUnit[], unitId: number): StatsUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const trail: StatsUnit[] = [];
  for (let u = byId.get(unitId); u && trail.length < 10; u = u.parentId === null ? undefined : byId.get(u.parentId)) trail.unshift(u);
  return trail;
}

/**
 * The unit mode a view can be shown in: a unit filter must be a unit that exists on the mode's
 * day (the as-of date for the units of the time, today for today's units). When it does not, the
 * other mode is used if the unit exists there (a commune of today asked for a date before the
 * reform is shown re-totalled onto today's units); `note` says so.
 */
export function fitUnitMode(
  units: StatsUnit[],
  unitId: number | null,
  mode: UnitMode,
  asOf: IsoDate,
  today: IsoDate,
): { mode: UnitMode; note: string | null } {
  if (unitId === null) return { mode, note: null };
  const unit = units.find((u) => u.id === unitId);
  if (!unit) return { mode, note: null };
  const dayOf = (m: UnitMode) => (m === 'AT_THE_TIME' ? asOf : today);
  if (validOn(unit, dayOf(mode))) return { mode, note: null };
  const other: UnitMode = mode === 'AT_THE_TIME' ? 'TODAY' : 'AT_THE_TIME';
  if (validOn(unit, dayOf(other))) {
    return {
      mode: other,
      note:
        other === 'TODAY'
          ? `${unit.label} chưa có vào ngày đã chọn: số liệu được quy đổi về đơn vị hành chính hiện nay.`
          : `${unit.label} không còn là đơn vị hành chính hiện nay: số liệu tính theo đơn vị tại thời điểm số liệu.`,
    };
  }
  return { mode, note: `${unit.label} không tồn tại vào ngày đã chọn: không có số liệu.` };
}
