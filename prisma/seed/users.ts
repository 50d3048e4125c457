/** One demo account per role. The passwords are printed by `npm run db:seed` and in the README. */
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/generated/prisma/enums';

import type { SeedClient } from './client';
import { DISTRICT_OFFICER_COMMUNE } from './geography';
import { communeCodes } from './units';

/** organization: the representative's own cooperative, chosen by seedRepresentative. */
export type DemoUser = { email: string; password: string; role: Role; name: string; unitCode?: string };

const officerUnitCode = communeCodes().get(`${DISTRICT_OFFICER_COMMUNE.district}/${DISTRICT_OFFICER_COMMUNE.name}`)!;

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@lienminhhtx.vn', password: 'Admin@2026', role: 'ADMIN', name: 'Quản trị hệ thống' },
  { email: 'bientap@lienminhhtx.vn', password: 'Bientap@2026', role: 'EDITOR', name: 'Nguyễn Thị Thu Hà' },
  { email: 'canbo@lienminhhtx.vn', password: 'Canbo@2026', role: 'STAFF', name: 'Lê Văn Phúc' },
  { email: 'lanhdao@lienminhhtx.vn', password: 'Lanhdao@2026', role: 'LEADER', name: 'Phạm Minh Tâm' },
  // Scoped to xã Giồng Riềng (An Giang, from 1/7/2025), part of the former huyện Giồng Riềng.
  { email: 'huyen@lienminhhtx.vn', password: 'Huyen@2026', role: 'DISTRICT_OFFICER', name: 'Trần Văn Hậu', unitCode: officerUnitCode },
  // Tied to one cooperative of that same commune (seedRepresentative), created after the register.
  { email: 'htx@lienminhhtx.vn', password: 'Htx@2026', role: 'ORG_REPRESENTATIVE', name: 'Võ Thị Kim Loan' },
];

export const REPRESENTATIVE = DEMO_USERS.find((u) => u.role === 'ORG_REPRESENTATIVE')!;

export type SeededUsers = { ids: Record<Role, number> };

export async function seedUsers(db: SeedClient): Promise<SeededUsers> {
  // argon2 runs in native threads: hash all five at once.
  const hashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));
  const ids = {} as Record<Role, number>;
  for (const [i, u] of DEMO_USERS.entries()) {
    if (u.role === 'ORG_REPRESENTATIVE') continue;
    const unit = u.unitCode ? await db.administrativeUnit.findFirst({ where: { code: u.unitCode, level: 'COMMUNE' }, select: { id: true } }) : null;
    if (u.unitCode && !unit) throw new Error(`unit ${u.unitCode} for ${u.email} is not seeded`);
    const created = await db.user.create({
      data: { email: u.email, name: u.name, role: u.role, passwordHash: hashes[i], unitId: unit?.id ?? null },
      select: { id: true },
    });
    ids[u.role] = created.id;
  }
  return { ids };
}

/**
 * The representative of the oldest active cooperative of the district officer's commune, so the
 * officer and the representative see the same reports. Run once the register and reports exist.
 */
export async function seedRepresentative(db: SeedClient): Promise<{ userId: number; organizationId: number }> {
  const commune = await db.administrativeUnit.findFirst({ where: { code: officerUnitCode, level: 'COMMUNE' }, select: { id: true } });
  const org = await db.organization.findFirst({
    where: { unitId: commune!.id, kind: 'COOPERATIVE', status: 'ACTIVE' },
    orderBy: [{ establishedOn: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  if (!org) throw new Error('no active cooperative in the district officer\'s commune for the representative');
  const user = await db.user.create({
    data: {
      email: REPRESENTATIVE.email,
      name: REPRESENTATIVE.name,
      role: 'ORG_REPRESENTATIVE',
      passwordHash: await hashPassword(REPRESENTATIVE.password),
      organizationId: org.id,
    },
    select: { id: true },
  });
  return { userId: user.id, organizationId: org.id };
}
