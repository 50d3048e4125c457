import { beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { parseDirectoryQuery, type DirectoryFilters } from '@/lib/directory/params';
import { DIRECTORY_PER_PAGE, getDirectoryOptions, getDirectoryPage, getOrganizationProfile, getOrganizationSlug, type DirectoryOptions } from '@/lib/directory/queries';
import { prepareQuery } from '@/lib/search/sql';
import { findSlugAlias } from '@/lib/slugs/alias';
import { utc } from '@/prisma/seed/dates';
import { createArticle, createMember, createOrganization, createReport, createReportingPeriod, createUnit } from '@/prisma/seed/factories';

// A province before and after the 1/7/2025 reform, built here so every expectation is visible.
const REFORM = utc(2025, 7, 1);
const u = {} as Record<'oldProvince' | 'newProvince' | 'grDistrict' | 'hdDistrict' | 'grTown' | 'grCommune' | 'thCommune' | 'hdCommune' | 'closedCommune' | 'futureCommune', number>;
const ids = {} as Record<string, number>;
let options: DirectoryOptions;

async function names(filters: DirectoryFilters, page = 1): Promise<string[]> {
  return (await getDirectoryPage(filters, page)).items.map((i) => i.name);
}

beforeAll(async () => {
  const old = { validFrom: utc(2004, 1, 1), validTo: utc(2025, 6, 30) };
  u.oldProvince = (await createUnit(prisma, { name: 'Kiên Giang', type: 'Tỉnh', level: 'PROVINCE', ...old })).id;
  u.newProvince = (await createUnit(prisma, { name: 'An Giang', type: 'Tỉnh', level: 'PROVINCE', validFrom: REFORM })).id;
  u.grDistrict = (await createUnit(prisma, { name: 'Giồng Riềng', type: 'Huyện', level: 'DISTRICT', parentId: u.oldProvince, ...old })).id;
  u.hdDistrict = (await createUnit(prisma, { name: 'Hòn Đất', type: 'Huyện', level: 'DISTRICT', parentId: u.oldProvince, ...old })).id;
  u.grTown = (await createUnit(prisma, { name: 'Giồng Riềng', type: 'Thị trấn', level: 'COMMUNE', parentId: u.grDistrict, ...old })).id;
  const commune = { level: 'COMMUNE' as const, parentId: u.newProvince, validFrom: REFORM };
  u.grCommune = (await createUnit(prisma, { name: 'Giồng Riềng', type: 'Xã', ...commune })).id;
  u.thCommune = (await createUnit(prisma, { name: 'Thạnh Hưng', type: 'Xã', ...commune })).id;
  u.hdCommune = (await createUnit(prisma, { name: 'Hòn Đất', type: 'Xã', ...commune })).id;
  u.closedCommune = (await createUnit(prisma, { name: 'Đã Nhập', type: 'Xã', ...commune, validTo: utc(2026, 1, 1) })).id;
  u.futureCommune = (await createUnit(prisma, { name: 'Tương Lai', type: 'Xã', ...commune, validFrom: utc(2030, 1, 1) })).id;
  await prisma.unitSuccession.createMany({
    data: [
      { predecessorId: u.grDistrict, successorId: u.grCommune, effectiveOn: REFORM, share: '0.6' },
      { predecessorId: u.grDistrict, successorId: u.thCommune, effectiveOn: REFORM, share: '0.4' },
      { predecessorId: u.hdDistrict, successorId: u.hdCommune, effectiveOn: REFORM, share: '1' },
    ],
  });

  const org = async (key: string, o: Parameters<typeof createOrganization>[1]) => {
    ids[key] = (await createOrganization(prisma, { shortName: null, mainProducts: 'Lúa', ...o })).id;
  };
  await org('rice', { name: 'Hợp tác xã Nông nghiệp Thạnh Hưng', unitId: u.thCommune, sector: 'CROP_LIVESTOCK', allianceMembership: 'OFFICIAL', allianceJoinedOn: utc(2022, 3, 1) });
  await org('fish', { name: 'Hợp tác xã Thủy sản Giồng Riềng', unitId: u.grCommune, sector: 'FISHERY', allianceMembership: 'ASSOCIATED' });
  await org('transport', { name: 'Hợp tác xã Vận tải Hòn Đất', unitId: u.hdCommune, sector: 'TRANSPORT' });
  await org('group', { name: 'Tổ hợp tác trồng khóm Giồng Riềng', kind: 'GROUP', unitId: u.grCommune, sector: 'CROP_LIVESTOCK', mainProducts: 'Khóm' });
  await org('fund', { name: 'Quỹ tín dụng nhân dân Hòn Đất', kind: 'CREDIT_FUND', unitId: u.hdCommune, allianceMembership: 'OFFICIAL' });
  await org('union', { name: 'Liên hiệp Hợp tác xã Lúa gạo Giồng Riềng', kind: 'UNION', unitId: u.grCommune });
  await org('dissolved', { name: 'Hợp tác xã Dịch vụ Giồng Riềng', unitId: u.grCommune, sector: 'TRADE_SERVICE', status: 'DISSOLVED', statusChangedOn: utc(2023, 8, 1) });
  await org('suspended', { name: 'Hợp tác xã Xây dựng Thạnh Hưng', unitId: u.thCommune, sector: 'CONSTRUCTION', status: 'SUSPENDED' });
  await org('atDistrict', { name: 'Hợp tác xã Cơ khí Giồng Riềng', unitId: u.grDistrict, sector: 'INDUSTRY_HANDICRAFT', status: 'DISSOLVED', statusChangedOn: utc(2021, 5, 1) });
  await org('atTown', { name: 'Hợp tác xã Chợ Giồng Riềng', unitId: u.grTown, sector: 'TRADE_SERVICE', status: 'MERGED', statusChangedOn: utc(2024, 2, 1) });
  await org('deleted', { name: 'Hợp tác xã Đã Xóa Giồng Riềng', unitId: u.grCommune, deletedAt: new Date('2026-02-01T00:00:00Z') });

  await prisma.ocopProduct.createMany({
    data: [
      { organizationId: ids.rice, name: 'Gạo thơm Thạnh Hưng', stars: 4, certifiedYear: 2023 },
      { organizationId: ids.rice, name: 'Gạo sạch Thạnh Hưng', stars: 3, certifiedYear: 2024 },
      { organizationId: ids.fish, name: 'Khô cá đồng Giồng Riềng', stars: 3, certifiedYear: 2022 },
      { organizationId: ids.deleted, name: 'Sản phẩm của HTX đã xóa', stars: 5, certifiedYear: 2022 },
    ],
  });

  options = await getDirectoryOptions();
});

describe('filter options', () => {
  it('offers the communes valid today and the districts before the reform, with readable URL values', () => {
    expect(options.communes.map((c) => [c.param, c.label])).toEqual([
      ['giong-rieng', 'Xã Giồng Riềng'],
      ['hon-dat', 'Xã Hòn Đất'],
      ['thanh-hung', 'Xã Thạnh Hưng'],
    ]);
    expect(options.formerDistricts.map((c) => [c.param, c.label])).toEqual([
      ['giong-rieng', 'Huyện Giồng Riềng'],
      ['hon-dat', 'Huyện Hòn Đất'],
    ]);
  });

  it('reads the URL, keeps what it understood and names what it ignored', () => {
    const parsed = parseDirectoryQuery(
      { loai: 'hop-tac-xa', xa: 'giong-rieng', 'huyen-cu': 'khong-co', ocop: '4-sao', 'tinh-trang': 'bay-ba', q: 'x', trang: '3' },
      options,
    );
    expect(parsed.filters).toEqual({ kind: 'COOPERATIVE', communeId: u.grCommune, ocopMinStars: 4 });
    expect(parsed.params).toEqual({ loai: 'hop-tac-xa', xa: 'giong-rieng', ocop: '4-sao' });
    expect(parsed.ignored.sort()).toEqual(['huyen-cu', 'q', 'tinh-trang']);
    expect(parsed.page).toBe(3);
  });
});

describe('directory filters', () => {
  it('lists every organization that is not deleted, existing ones first, then by name', async () => {
    const all = await names({});
    expect(all).not.toContain('Hợp tác xã Đã Xóa Giồng Riềng');
    expect(all).toHaveLength(10);
    expect(all.slice(-3).sort()).toEqual(['Hợp tác xã Chợ Giồng Riềng', 'Hợp tác xã Cơ khí Giồng Riềng', 'Hợp tác xã Dịch vụ Giồng Riềng']);
    expect(all.slice(0, 3)).toEqual(['Hợp tác xã Nông nghiệp Thạnh Hưng', 'Hợp tác xã Thủy sản Giồng Riềng', 'Hợp tác xã Vận tải Hòn Đất']);
  });

  it('filters by kind', async () => {
    expect(await names({ kind: 'GROUP' })).toEqual(['Tổ hợp tác trồng khóm Giồng Riềng']);
    expect(await names({ kind: 'CREDIT_FUND' })).toEqual(['Quỹ tín dụng nhân dân Hòn Đất']);
    expect(await names({ kind: 'UNION' })).toEqual(['Liên hiệp Hợp tác xã Lúa gạo Giồng Riềng']);
  });

  it('filters by sector group and by sector', async () => {
    expect((await names({ sectorGroup: 'NON_AGRICULTURE' })).sort()).toEqual([
      'Hợp tác xã Chợ Giồng Riềng',
      'Hợp tác xã Cơ khí Giồng Riềng',
      'Hợp tác xã Dịch vụ Giồng Riềng',
      'Hợp tác xã Vận tải Hòn Đất',
      'Hợp tác xã Xây dựng Thạnh Hưng',
    ]);
    expect(await names({ sector: 'FISHERY' })).toEqual(['Hợp tác xã Thủy sản Giồng Riềng']);
    expect(await names({ sectorGroup: 'CREDIT' })).toEqual(['Quỹ tín dụng nhân dân Hòn Đất']);
  });

  it('filters by commune of today', async () => {
    expect(await names({ communeId: u.thCommune })).toEqual(['Hợp tác xã Nông nghiệp Thạnh Hưng', 'Hợp tác xã Xây dựng Thạnh Hưng']);
    expect(await names({ communeId: u.hdCommune })).toEqual(['Hợp tác xã Vận tải Hòn Đất', 'Quỹ tín dụng nhân dân Hòn Đất']);
  });

  it('filters by former district through UnitSuccession, the district itself and its old communes', async () => {
    const gr = await names({ formerDistrictId: u.grDistrict });
    expect(gr.sort()).toEqual([
      'Hợp tác xã Chợ Giồng Riềng', // old town of the district
      'Hợp tác xã Cơ khí Giồng Riềng', // the district itself
      'Hợp tác xã Dịch vụ Giồng Riềng',
      'Hợp tác xã Nông nghiệp Thạnh Hưng', // successor commune Thạnh Hưng
      'Hợp tác xã Thủy sản Giồng Riềng',
      'Hợp tác xã Xây dựng Thạnh Hưng',
      'Liên hiệp Hợp tác xã Lúa gạo Giồng Riềng',
      'Tổ hợp tác trồng khóm Giồng Riềng',
    ]);
    expect((await names({ formerDistrictId: u.hdDistrict })).sort()).toEqual(['Hợp tác xã Vận tải Hòn Đất', 'Quỹ tín dụng nhân dân Hòn Đất']);
  });

  it('filters by status, one or a group', async () => {
    expect(await names({ statuses: ['SUSPENDED'] })).toEqual(['Hợp tác xã Xây dựng Thạnh Hưng']);
    const parsed = parseDirectoryQuery({ 'tinh-trang': 'da-cham-dut' }, options);
    expect((await names(parsed.filters)).sort()).toEqual(['Hợp tác xã Chợ Giồng Riềng', 'Hợp tác xã Cơ khí Giồng Riềng', 'Hợp tác xã Dịch vụ Giồng Riềng']);
    expect(await names(parseDirectoryQuery({ 'tinh-trang': 'con-ton-tai' }, options).filters)).toHaveLength(7);
  });

  it('filters by OCOP: any product, or at least N stars', async () => {
    expect((await names({ ocopMinStars: 1 })).sort()).toEqual(['Hợp tác xã Nông nghiệp Thạnh Hưng', 'Hợp tác xã Thủy sản Giồng Riềng']);
    expect(await names({ ocopMinStars: 4 })).toEqual(['Hợp tác xã Nông nghiệp Thạnh Hưng']);
    expect(await names({ ocopMinStars: 5 })).toEqual([]);
    const page = await getDirectoryPage({ ocopMinStars: 1 }, 1);
    expect(page.items.find((i) => i.name.includes('Thạnh Hưng'))?.ocopStars).toBe(4);
  });

  it('filters by alliance membership', async () => {
    expect((await names(parseDirectoryQuery({ 'lien-minh': 'thanh-vien' }, options).filters)).sort()).toEqual([
      'Hợp tác xã Nông nghiệp Thạnh Hưng',
      'Hợp tác xã Thủy sản Giồng Riềng',
      'Quỹ tín dụng nhân dân Hòn Đất',
    ]);
    expect(await names({ alliance: ['ASSOCIATED'] })).toEqual(['Hợp tác xã Thủy sản Giồng Riềng']);
    expect(await names({ alliance: ['NONE'], kind: 'GROUP' })).toEqual(['Tổ hợp tác trồng khóm Giồng Riềng']);
  });

  it('searches names and products without diacritics, best match first', async () => {
    expect(await names({ q: prepareQuery('thuy san giong rieng')! })).toEqual(['Hợp tác xã Thủy sản Giồng Riềng']);
    expect(await names({ q: prepareQuery('khom')! })).toEqual(['Tổ hợp tác trồng khóm Giồng Riềng']);
    expect(await names({ q: prepareQuery('da xoa')! })).toEqual([]);
    expect((await names({ q: prepareQuery('Hon Dat')! })).sort()).toEqual(['Hợp tác xã Vận tải Hòn Đất', 'Quỹ tín dụng nhân dân Hòn Đất']);
  });

  it('forgives a typing slip in a name when nothing matches exactly', async () => {
    const page = await getDirectoryPage({ q: prepareQuery('Thanh Hug')! }, 1);
    expect(page.fuzzy).toBe(true);
    expect(page.items.map((i) => i.name).sort()).toEqual(['Hợp tác xã Nông nghiệp Thạnh Hưng', 'Hợp tác xã Xây dựng Thạnh Hưng']);
    expect((await getDirectoryPage({ q: prepareQuery('Thanh Hung')! }, 1)).fuzzy).toBe(false);
  });

  it('combines filters', async () => {
    const parsed = parseDirectoryQuery({ 'huyen-cu': 'giong-rieng', 'nhom-nganh': 'nong-nghiep', loai: 'hop-tac-xa', 'tinh-trang': 'dang-hoat-dong' }, options);
    expect((await names(parsed.filters)).sort()).toEqual(['Hợp tác xã Nông nghiệp Thạnh Hưng', 'Hợp tác xã Thủy sản Giồng Riềng']);
  });

  it('pages through long lists without overlap, and is empty past the end', async () => {
    for (let i = 0; i < DIRECTORY_PER_PAGE + 3; i++) {
      await createOrganization(prisma, { name: `Tổ hợp tác sản xuất lúa số ${String(i).padStart(2, '0')}`, kind: 'GROUP', unitId: u.futureCommune });
    }
    const first = await getDirectoryPage({ communeId: u.futureCommune }, 1);
    const second = await getDirectoryPage({ communeId: u.futureCommune }, 2);
    expect(first.total).toBe(DIRECTORY_PER_PAGE + 3);
    expect(first.pageCount).toBe(2);
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((i) => i.slug)).size).toBe(DIRECTORY_PER_PAGE + 3);
    expect((await getDirectoryPage({ communeId: u.futureCommune }, 99)).items).toEqual([]);
  });
});

describe('public profile', () => {
  beforeAll(async () => {
    const h1 = await createReportingPeriod(prisma, { year: 2026, kind: 'FIRST_HALF' });
    const y25 = await createReportingPeriod(prisma, { year: 2025, kind: 'FULL_YEAR' });
    await createReport(prisma, { organizationId: ids.rice, periodId: y25.id, members: 41, charterCapital: 820_000_000n, state: 'APPROVED' });
    // A newer report still waiting for review must not be shown.
    await createReport(prisma, { organizationId: ids.rice, periodId: h1.id, members: 99, charterCapital: 999_000_000n, state: 'SUBMITTED' });
    await createMember(prisma, { organizationId: ids.rice, name: 'Nguyễn Văn Thành Viên', phone: '0909123456', contribution: 10_000_000 });
    await prisma.organization.update({ where: { id: ids.rice }, data: { phone: '0918777666', email: 'htx@example.vn', leaderName: 'Trần Văn Giám Đốc', isNewModel: true, hasVietGap: true } });
    await prisma.statusChange.create({ data: { organizationId: ids.rice, status: 'SUSPENDED', effectiveOn: utc(2022, 2, 1), reason: 'Tạm ngừng do thiếu vốn' } });
    await prisma.statusChange.create({ data: { organizationId: ids.rice, status: 'ACTIVE', effectiveOn: utc(2022, 9, 1), reason: 'Hoạt động trở lại', decisionNumber: '12/QĐ-UBND' } });
    const published = await createArticle(prisma, { title: 'Thạnh Hưng có gạo OCOP 4 sao' });
    const draft = await createArticle(prisma, { title: 'Bản nháp về Thạnh Hưng', status: 'DRAFT', publishedAt: null });
    await prisma.articleOrganization.createMany({ data: [published, draft].map((a) => ({ articleId: a.id, organizationId: ids.rice })) });
  });

  it('shows the public facts, the dated status history, OCOP, certifications, figures and articles', async () => {
    const slug = (await prisma.organization.findUniqueOrThrow({ where: { id: ids.rice } })).slug;
    const p = (await getOrganizationProfile(slug))!;
    expect(p.name).toBe('Hợp tác xã Nông nghiệp Thạnh Hưng');
    expect(p.todayUnits).toEqual(['Xã Thạnh Hưng, tỉnh An Giang']);
    expect(p.formerDistricts.map((d) => d.label)).toEqual(['Huyện Giồng Riềng, tỉnh Kiên Giang']);
    expect(p.statusChanges.map((s) => [s.status, s.effectiveOn.toISOString().slice(0, 10)])).toEqual([
      ['ACTIVE', '2020-01-15'],
      ['SUSPENDED', '2022-02-01'],
      ['ACTIVE', '2022-09-01'],
    ]);
    expect(p.ocopProducts.map((o) => [o.name, o.stars])).toEqual([
      ['Gạo thơm Thạnh Hưng', 4],
      ['Gạo sạch Thạnh Hưng', 3],
    ]);
    expect([p.isNewModel, p.hasVietGap, p.hasGlobalGap]).toEqual([true, true, false]);
    expect(p.allianceMembership).toBe('OFFICIAL');
    expect(p.figures).toMatchObject({ members: 41, charterCapital: 820_000_000n, period: { year: 2025, kind: 'FULL_YEAR' } });
    expect(p.articles.map((a) => a.title)).toEqual(['Thạnh Hưng có gạo OCOP 4 sao']);
  });

  it('never carries phone numbers, e-mail, the leader, members or other finances', async () => {
    const slug = (await prisma.organization.findUniqueOrThrow({ where: { id: ids.rice } })).slug;
    const p = (await getOrganizationProfile(slug))!;
    const json = JSON.stringify(p, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    for (const secret of ['0918777666', '0909123456', 'htx@example.vn', 'Trần Văn Giám Đốc', 'Nguyễn Văn Thành Viên', '999000000', '1200000000']) {
      expect(json).not.toContain(secret);
    }
    for (const key of ['phone', 'email', 'leaderName', 'leaderTitle', 'taxCode', 'members', 'contributions', 'loans', 'revenue', 'profit', 'idNumber']) {
      expect(Object.keys(p)).not.toContain(key);
    }
    expect(Object.keys(p.figures!).sort()).toEqual(['charterCapital', 'contributedCapital', 'members', 'period']);
  });

  it('places an organization of an old unit in the communes that succeeded it', async () => {
    const slug = (await prisma.organization.findUniqueOrThrow({ where: { id: ids.atDistrict } })).slug;
    const p = (await getOrganizationProfile(slug))!;
    expect(p.formerDistricts.map((d) => d.label)).toEqual(['Huyện Giồng Riềng, tỉnh Kiên Giang']);
    expect(p.todayUnits.sort()).toEqual(['Xã Giồng Riềng, tỉnh An Giang', 'Xã Thạnh Hưng, tỉnh An Giang']);
    expect(p.figures).toBeNull();
  });

  it('hides deleted organizations and follows a former slug to the current one', async () => {
    const deleted = await prisma.organization.findUniqueOrThrow({ where: { id: ids.deleted } });
    expect(await getOrganizationProfile(deleted.slug)).toBeNull();
    expect(await getOrganizationSlug(ids.deleted)).toBeNull();

    const fish = await prisma.organization.findUniqueOrThrow({ where: { id: ids.fish } });
    await prisma.slugAlias.create({ data: { entity: 'ORGANIZATION', slug: 'htx-thuy-san-cu', entityId: fish.id } });
    const id = await findSlugAlias('ORGANIZATION', 'htx-thuy-san-cu');
    expect(id).toBe(fish.id);
    expect(await getOrganizationSlug(id!)).toBe(fish.slug);
  });
});
