import 'server-only';

import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { isOtherIndicator } from '@/lib/plans/indicators';

/** The year shown when none is asked for: this year in Vietnam. */
export function currentYear(): number {
  return Number(todayIsoInVietnam().slice(0, 4));
}

/** ?nam=2025 → 2025; anything else → this year. */
export function parsePlanYear(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (text && /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100) return Number(text);
  return currentYear();
}

/** Years that have targets, plus this year and the next (to plan ahead), newest first. */
export async function getPlanYears(): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ year: number }[]>`SELECT DISTINCT year FROM "PlanTarget"`;
  const now = currentYear();
  return [...new Set([...rows.map((r) => r.year), now, now + 1])].sort((a, b) => b - a);
}

export async function getPlanTarget(id: number) {
  const target = await prisma.planTarget.findUnique({
    where: { id },
    select: { id: true, year: true, indicator: true, label: true, measure: true, target: true, result: true, unitId: true, unit: { select: { type: true, name: true } } },
  });
  if (!target) return null;
  return { ...target, target: target.target.toString(), result: target.result?.toString() ?? null, other: isOtherIndicator(target.indicator) };
}

export async function countPlanTargets(year: number, unitId: number | null): Promise<number> {
  return prisma.planTarget.count({ where: { year, unitId } });
}
