import 'server-only';

import { prisma } from '@/lib/db';
import type { UnitLevel } from '@/lib/generated/prisma/enums';
import { EXISTING_STATUSES } from '@/lib/organizations/sectors';

import { isValidOn, todayDate } from './dates';
import { unitLabel, unitLevelRank } from './labels';

/** Organizations that still exist (not dissolved, merged, …) and are not deleted: the ones a unit "has". */
export const liveOrganizationWhere = { status: { in: [...EXISTING_STATUSES] }, deletedAt: null };

export type UnitNode = {
  id: number;
  code: string;
  name: string;
  type: string;
  level: UnitLevel;
  parentId: number | null;
  validFrom: Date;
  validTo: Date | null;
  validToday: boolean;
  organizations: number;
  users: number;
  children: UnitNode[];
};

/**
 * Every administrative unit as a tree (province → district → commune), with the number of live
 * organizations and active users assigned to each. A province has about a hundred units, so the
 * tree is built in memory from one query and two grouped counts.
 */
export async function getUnitTree(now: Date = new Date()): Promise<UnitNode[]> {
  const today = todayDate(now);
  const [units, orgCounts, userCounts] = await Promise.all([
    prisma.administrativeUnit.findMany({
      select: { id: true, code: true, name: true, type: true, level: true, parentId: true, validFrom: true, validTo: true },
    }),
    prisma.organization.groupBy({ by: ['unitId'], where: liveOrganizationWhere, _count: { _all: true } }),
    prisma.user.groupBy({ by: ['unitId'], where: { active: true, unitId: { not: null } }, _count: { _all: true } }),
  ]);
  const orgs = new Map(orgCounts.map((r) => [r.unitId, r._count._all]));
  const users = new Map(userCounts.map((r) => [r.unitId, r._count._all]));
  const nodes = new Map<number, UnitNode>(
    units.map((u) => [
      u.id,
      { ...u, validToday: isValidOn(u, today), organizations: orgs.get(u.id) ?? 0, users: users.get(u.id) ?? 0, children: [] },
    ]),
  );
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId != null ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  // Units of today first, then the closed ones; within each, by level and name.
  const order = (a: UnitNode, b: UnitNode) =>
    Number(b.validToday) - Number(a.validToday) ||
    unitLevelRank[a.level] - unitLevelRank[b.level] ||
    a.name.localeCompare(b.name, 'vi') ||
    a.id - b.id;
  const sort = (list: UnitNode[]) => {
    list.sort(order);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export type UnitOption = { id: number; label: string; level: UnitLevel; group: string };

/**
 * Units valid on `day` for a <select>: grouped under their parent ("Tỉnh An Giang"), each
 * labelled "Xã Giồng Riềng".
 */
export async function getUnitOptions(day: Date = todayDate()): Promise<UnitOption[]> {
  const units = await prisma.administrativeUnit.findMany({
    where: { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] },
    select: { id: true, name: true, type: true, level: true, parent: { select: { name: true, type: true } } },
  });
  return units
    .map((u) => ({
      id: u.id,
      label: unitLabel(u),
      level: u.level,
      group: u.parent ? unitLabel(u.parent) : 'Cấp tỉnh',
    }))
    .sort(
      (a, b) =>
        unitLevelRank[a.level] - unitLevelRank[b.level] ||
        a.group.localeCompare(b.group, 'vi') ||
        a.label.localeCompare(b.label, 'vi'),
    );
}

/** One unit with what the edit page shows: parent, successions both ways, and what is assigned to it. */
export async function getUnitDetail(id: number) {
  const unit = await prisma.administrativeUnit.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      type: true,
      level: true,
      parentId: true,
      validFrom: true,
      validTo: true,
      updatedAt: true,
      parent: { select: { id: true, name: true, type: true } },
      successors: {
        select: { id: true, effectiveOn: true, share: true, note: true, successor: { select: { id: true, name: true, type: true } } },
        orderBy: { effectiveOn: 'asc' },
      },
      predecessors: {
        select: { id: true, effectiveOn: true, share: true, note: true, predecessor: { select: { id: true, name: true, type: true } } },
        orderBy: { effectiveOn: 'asc' },
      },
    },
  });
  if (!unit) return null;
  const [organizations, users, openChildren] = await Promise.all([
    prisma.organization.count({ where: { unitId: id, ...liveOrganizationWhere } }),
    prisma.user.count({ where: { unitId: id, active: true } }),
    prisma.administrativeUnit.count({ where: { parentId: id, validTo: null } }),
  ]);
  return { ...unit, counts: { organizations, users, openChildren } };
}

export type UnitDetail = NonNullable<Awaited<ReturnType<typeof getUnitDetail>>>;
