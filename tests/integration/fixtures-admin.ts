import { hashPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

/**
 * A small province for the admin tests: one province valid since 1/7/2025 with three communes,
 * one closed district, and one user per role (the officer scoped to commune A).
 */
export const FIXTURE_PASSWORD = 'Mật-khẩu@2026';

export type FixtureUser = { id: number; role: Role; email: string; name: string; unitId: number | null };

export async function seedAdminFixture() {
  const from = new Date('2025-07-01');
  const province = await prisma.administrativeUnit.create({ data: { code: '89', name: 'An Giang', type: 'Tỉnh', level: 'PROVINCE', validFrom: from } });
  const commune = (code: string, name: string) =>
    prisma.administrativeUnit.create({ data: { code, name, type: 'Xã', level: 'COMMUNE', parentId: province.id, validFrom: from } });
  const communeA = await commune('30001', 'Giồng Riềng');
  const communeB = await commune('30002', 'Hòn Đất');
  const communeC = await commune('30003', 'Sơn Kiên');
  const oldDistrict = await prisma.administrativeUnit.create({
    data: { code: '906', name: 'Hòn Đất', type: 'Huyện', level: 'DISTRICT', validFrom: new Date('2004-01-01'), validTo: new Date('2025-06-30') },
  });
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const users = {} as Record<Role, FixtureUser>;
  for (const role of ['ADMIN', 'EDITOR', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'] as const) {
    const u = await prisma.user.create({
      data: {
        email: `${role.toLowerCase()}@example.vn`,
        name: `Người dùng ${role}`,
        role,
        passwordHash,
        unitId: role === 'DISTRICT_OFFICER' ? communeA.id : null,
      },
    });
    users[role] = { id: u.id, role, email: u.email, name: u.name, unitId: u.unitId };
  }
  return { province, communeA, communeB, communeC, oldDistrict, users };
}

let orgCounter = 0;

export async function createOrganization(unitId: number, overrides: { status?: 'ACTIVE' | 'DISSOLVED' | 'SUSPENDED'; name?: string } = {}) {
  orgCounter += 1;
  return prisma.organization.create({
    data: {
      slug: `htx-thu-nghiem-${orgCounter}`,
      kind: 'COOPERATIVE',
      name: overrides.name ?? `Hợp tác xã Thử nghiệm ${orgCounter}`,
      sector: 'CROP_LIVESTOCK',
      sectorGroup: 'AGRICULTURE',
      unitId,
      status: overrides.status ?? 'ACTIVE',
    },
  });
}
