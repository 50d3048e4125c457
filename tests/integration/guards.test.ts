import { beforeAll, describe, expect, it } from 'vitest';

import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { actAs, takeExpired } from '@/tests/setup/next-runtime';

let communeA: number;
let communeB: number;
let officer: { id: number };
let leader: { id: number };

beforeAll(async () => {
  const from = new Date('2025-07-01');
  const province = await prisma.administrativeUnit.create({ data: { code: '91', name: 'An Giang', type: 'Tỉnh', level: 'PROVINCE', validFrom: from } });
  communeA = (await prisma.administrativeUnit.create({ data: { code: '30001', name: 'Giồng Riềng', type: 'Xã', level: 'COMMUNE', parentId: province.id, validFrom: from } })).id;
  communeB = (await prisma.administrativeUnit.create({ data: { code: '30002', name: 'Hòn Đất', type: 'Xã', level: 'COMMUNE', parentId: province.id, validFrom: from } })).id;
  officer = await prisma.user.create({ data: { email: 'xa@example.vn', name: 'Cán bộ xã', role: 'DISTRICT_OFFICER', unitId: communeA, passwordHash: 'x' } });
  leader = await prisma.user.create({ data: { email: 'lanhdao@example.vn', name: 'Lãnh đạo', role: 'LEADER', passwordHash: 'x' } });
});

/** The digest Next gives the errors thrown by redirect(), notFound(), forbidden(). */
async function interruption(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'none';
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

describe('requirePermission, as the actions call it', () => {
  it('sends anonymous callers to the sign-in page', async () => {
    actAs(null);
    expect(await interruption(() => requirePermission('organization.update', communeA))).toMatch(/^NEXT_REDIRECT;.*\/dang-nhap/);
  });

  it('lets a commune officer act inside their unit only', async () => {
    actAs(officer);
    expect((await requirePermission('organization.update', communeA)).id).toBe(officer.id);
    expect(await interruption(() => requirePermission('organization.update', communeB))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;403/);
  });

  it('refuses a role without the permission, and a deactivated account at once', async () => {
    actAs(leader);
    expect(await interruption(() => requirePermission('organization.update', communeA))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;403/);
    await prisma.user.update({ where: { id: officer.id }, data: { active: false } });
    actAs(officer);
    expect(await interruption(() => requirePermission('organization.read'))).toMatch(/^NEXT_REDIRECT;.*\/dang-nhap/);
  });
});

describe('public cache expiry in tests', () => {
  it('records the tags an action expires', () => {
    takeExpired();
    expirePublicTags(cacheTags.organizations, cacheTags.organization('htx-a'), cacheTags.organizations);
    expect(takeExpired()).toEqual(['organizations', 'organization:htx-a']);
  });
});
