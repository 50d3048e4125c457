/**
 * Writes the organizations planned in plan.ts: the register (Organization), the dated status
 * history (StatusChange), OCOP products, alliance membership and quality flags, and named members
 * with their capital contributions for a sample of cooperatives (the reports carry the counts;
 * 55 thousand member rows would add nothing to the demo but seconds to the seed).
 */
import { slugify } from '@/lib/format/slug';
import { sectorGroupOf } from '@/lib/organizations/sectors';
import type { AllianceMembership, ContributionForm, MemberKind, MemberType } from '@/lib/generated/prisma/enums';

import { bulkInsert, type Row } from './bulk';
import type { SeedClient } from './client';
import { addDays, maxDate, minDate, REFORM_DATE, SEED_TODAY, utc } from './dates';
import { type Anchor, charterAt } from './figures';
import { citizenId, landline, mobilePhone, personName } from './names';
import { hamlet, productsFor } from './org-names';
import { currentStatus, existsAt, type OrgPlan } from './plan';
import type { Rng } from './random';
import type { SeededUnits } from './units';

export type OrgFlags = {
  isNewModel: boolean;
  hasValueChainLink: boolean;
  hasVietGap: boolean;
  hasGlobalGap: boolean;
  allianceMembership: AllianceMembership;
  allianceJoinedOn: Date | null;
};

const OCOP_PRODUCTS: Record<string, string[]> = {
  'phu-quoc': ['Nước mắm Phú Quốc', 'Hồ tiêu đen Phú Quốc', 'Rượu sim rừng Phú Quốc', 'Tiêu sọ Phú Quốc'],
  'rach-gia': ['Khô cá thiều Rạch Giá', 'Nước mắm cá cơm Rạch Giá'],
  'ha-tien': ['Khô mực Hà Tiên', 'Mắm tôm chà Hà Tiên'],
  'kien-luong': ['Gạo thơm Kiên Lương', 'Khô cá lóc Kiên Lương'],
  'hon-dat': ['Gạo ST25 Hòn Đất', 'Gạo hữu cơ Hòn Đất', 'Khóm Hòn Đất'],
  'tan-hiep': ['Gạo thơm Tân Hiệp', 'Nấm rơm sấy Tân Hiệp', 'Lúa giống xác nhận Tân Hiệp'],
  'chau-thanh': ['Khóm Tắc Cậu', 'Mứt khóm Tắc Cậu'],
  'giong-rieng': ['Gạo sạch Giồng Riềng', 'Khóm Giồng Riềng', 'Giỏ lục bình Bàn Tân Định'],
  'go-quao': ['Hàng đan đát Phước Lợi', 'Tôm càng xanh Gò Quao', 'Gạo sạch Gò Quao'],
  'an-bien': ['Tôm khô An Biên', 'Gạo tôm – lúa An Biên'],
  'an-minh': ['Ba khía muối An Minh', 'Tôm khô An Minh', 'Gạo Một bụi đỏ An Minh'],
  'vinh-thuan': ['Mật ong tràm Vĩnh Thuận', 'Gạo tôm – lúa Vĩnh Thuận'],
  'kien-hai': ['Khô cá Kiên Hải', 'Mực một nắng Nam Du'],
  'u-minh-thuong': ['Mật ong rừng U Minh Thượng', 'Khô cá đồng U Minh Thượng'],
  'giang-thanh': ['Đệm bàng Phú Mỹ', 'Gạo sạch Giang Thành'],
};

const leaderTitle = (p: OrgPlan): string =>
  p.kind === 'GROUP' ? 'Tổ trưởng' : p.kind === 'UNION' ? 'Chủ tịch Hội đồng quản trị' : p.kind === 'CREDIT_FUND' ? 'Giám đốc' : 'Chủ tịch HĐQT kiêm Giám đốc';

/** The last day the organization existed (today if it still does). */
export function lastExistingDay(p: OrgPlan): Date {
  const end = p.history.find((h) => h.status === 'DISSOLVED' || h.status === 'BANKRUPT' || h.status === 'REVOKED' || h.status === 'CONVERTED' || h.status === 'MERGED');
  return end ? addDays(end.on, -1) : SEED_TODAY;
}

export function decideFlags(rng: Rng, plans: OrgPlan[]): Map<number, OrgFlags> {
  const flags = new Map<number, OrgFlags>();
  const activeNow = (p: OrgPlan) => currentStatus(p) === 'ACTIVE';
  for (const p of plans) {
    flags.set(p.id, { isNewModel: false, hasValueChainLink: false, hasVietGap: false, hasGlobalGap: false, allianceMembership: 'NONE', allianceJoinedOn: null });
  }
  const f = (p: OrgPlan) => flags.get(p.id)!;
  const agriActive = plans.filter((p) => p.category === 'AGRI' && activeNow(p) && p.establishedOn < utc(2023, 1, 1));
  // Đề án 167 (HTX kiểu mới hiệu quả 2021–2025): the 40 best-run agricultural cooperatives.
  for (const p of [...agriActive].sort((a, b) => b.quality - a.quality || a.id - b.id).slice(0, 40)) {
    f(p).isNewModel = true;
    f(p).hasValueChainLink = true;
    p.quality = Math.min(0.97, p.quality + 0.06);
  }
  for (const p of plans) {
    if (!activeNow(p)) continue;
    if (p.category === 'AGRI' || p.category === 'UNION') {
      if (rng.chance(Math.max(0, 0.2 + (p.quality - 0.65)))) f(p).hasValueChainLink = true;
      if (p.sector !== 'FORESTRY' && rng.chance(0.09 + (f(p).isNewModel ? 0.2 : 0))) f(p).hasVietGap = true;
      if (f(p).hasVietGap && rng.chance(0.12)) f(p).hasGlobalGap = true;
    } else if (p.category === 'GROUP' && rng.chance(0.03)) {
      f(p).hasValueChainLink = true;
    }
  }
  const join = (p: OrgPlan, membership: AllianceMembership) => {
    const earliest = maxDate(addDays(p.establishedOn, rng.int(30, 700)), utc(2005, 1, 1));
    f(p).allianceMembership = membership;
    f(p).allianceJoinedOn = minDate(earliest, addDays(SEED_TODAY, -rng.int(20, 200)));
  };
  for (const p of plans) if ((p.category === 'CREDIT' || p.category === 'UNION') && activeNow(p)) join(p, 'OFFICIAL');
  const coopsActive = plans.filter((p) => (p.category === 'AGRI' || p.category === 'NONAG') && activeNow(p));
  const ranked = [...coopsActive].sort((a, b) => b.quality - a.quality || a.id - b.id);
  for (const p of ranked.slice(0, 30)) join(p, 'OFFICIAL');
  for (const p of rng.shuffle(ranked.slice(30)).slice(0, 12)) join(p, 'ASSOCIATED');
  for (const p of rng.shuffle(plans.filter((x) => x.category === 'GROUP' && activeNow(x))).slice(0, 6)) join(p, 'ASSOCIATED');
  return flags;
}

function address(rng: Rng, p: OrgPlan, units: SeededUnits): string {
  const urban = /^(phường|thị trấn)/.test(p.place);
  const street = urban ? `Khu phố ${rng.int(1, 6)}` : `Ấp ${hamlet(rng)}`;
  if (existsAt(p, REFORM_DATE) || p.establishedOn >= REFORM_DATE) {
    const c = units.communeById.get(p.communeId)!;
    return `${street}, ${c.type.toLowerCase()} ${c.name}, tỉnh An Giang`;
  }
  return `${street}, ${p.place}, ${p.district.type.toLowerCase()} ${p.district.name}, tỉnh Kiên Giang`;
}

export async function seedOrganizations(
  db: SeedClient,
  rng: Rng,
  plans: OrgPlan[],
  anchors: Map<number, Anchor>,
  flags: Map<number, OrgFlags>,
  units: SeededUnits,
): Promise<{ organizations: number; statusChanges: number; ocop: number; members: number; contributions: number }> {
  const rows: Row[] = [];
  for (const p of plans) {
    const a = anchors.get(p.id)!;
    const fl = flags.get(p.id)!;
    const leader = personName(rng);
    const registered = p.kind !== 'GROUP';
    const charter = registered ? charterAt(a, p, lastExistingDay(p)) : null;
    rows.push({
      id: p.id,
      slug: p.slug,
      kind: p.kind,
      name: p.name,
      shortName: p.shortName,
      registrationNumber: registered ? `56${p.district.code}${String(p.id).padStart(5, '0')}` : null,
      taxCode: registered ? `17${String(p.id * 7919 + 10_000_000).slice(-8)}` : null,
      sector: p.sector,
      sectorGroup: sectorGroupOf(p.sector),
      unitId: p.communeId,
      address: address(rng, p, units),
      phone: p.kind === 'GROUP' ? (rng.chance(0.5) ? mobilePhone(rng) : null) : rng.chance(0.4) ? landline(rng) : mobilePhone(rng),
      email: registered && rng.chance(0.35) ? `${slugify(p.shortName).replace(/-/g, '')}@gmail.com`.slice(-60) : null,
      website: registered && p.quality > 0.85 && rng.chance(0.4) ? `https://${slugify(p.shortName).replace(/-/g, '')}.vn` : null,
      leaderName: leader.name,
      leaderTitle: leaderTitle(p),
      establishedOn: p.establishedOn,
      status: currentStatus(p),
      allianceMembership: fl.allianceMembership,
      allianceJoinedOn: fl.allianceJoinedOn,
      charterCapital: charter,
      mainProducts: productsFor(p.sector, p.district, rng),
      description: p.convertedFrom ? `Thành lập trên cơ sở chuyển đổi từ ${p.convertedFrom.name}.` : null,
      isNewModel: fl.isNewModel,
      hasValueChainLink: fl.hasValueChainLink,
      hasVietGap: fl.hasVietGap,
      hasGlobalGap: fl.hasGlobalGap,
    });
  }
  await bulkInsert(
    db,
    'Organization',
    {
      id: 'int', slug: 'text', kind: '"OrgKind"', name: 'text', shortName: 'text', registrationNumber: 'text', taxCode: 'text',
      sector: '"Sector"', sectorGroup: '"SectorGroup"', unitId: 'int', address: 'text', phone: 'text', email: 'text', website: 'text',
      leaderName: 'text', leaderTitle: 'text', establishedOn: 'date', status: '"OrgStatus"', allianceMembership: '"AllianceMembership"',
      allianceJoinedOn: 'date', charterCapital: 'bigint', mainProducts: 'text', description: 'text', isNewModel: 'boolean',
      hasValueChainLink: 'boolean', hasVietGap: 'boolean', hasGlobalGap: 'boolean',
    },
    rows,
    { updatedAt: true },
  );
  // Successors point forwards and backwards in id order: set them once every row exists.
  const withSuccessor = plans.filter((p) => p.successor);
  await db.$executeRawUnsafe(
    `UPDATE "Organization" o SET "successorId" = u.s::int FROM unnest($1::text[], $2::text[]) AS u(i, s) WHERE o.id = u.i::int`,
    withSuccessor.map((p) => String(p.id)),
    withSuccessor.map((p) => String(p.successor!.id)),
  );

  const changes: Row[] = [];
  for (const p of plans) {
    for (const h of p.history) {
      changes.push({ organizationId: p.id, status: h.status, effectiveOn: h.on, reason: h.reason, decisionNumber: h.decisionNumber });
    }
  }
  await bulkInsert(db, 'StatusChange', { organizationId: 'int', status: '"OrgStatus"', effectiveOn: 'date', reason: 'text', decisionNumber: 'text' }, changes);

  // OCOP products, in the districts they come from.
  const ocop: { organizationId: number; name: string; stars: number; certifiedYear: number; decisionNumber: string }[] = [];
  for (const [key, products] of Object.entries(OCOP_PRODUCTS)) {
    const candidates = plans.filter(
      (p) => p.district.key === key && (p.category === 'AGRI' || p.category === 'NONAG') && currentStatus(p) === 'ACTIVE' && p.establishedOn < utc(2022, 1, 1),
    );
    if (candidates.length === 0) continue;
    const best = [...candidates].sort((a, b) => b.quality - a.quality || a.id - b.id);
    products.forEach((name, i) => {
      const org = best[Math.min(i, best.length - 1)];
      const firstYear = Math.max(2019, org.establishedOn.getUTCFullYear() + 1);
      const year = rng.int(firstYear, 2025);
      const stars = name === 'Nước mắm Phú Quốc' ? 5 : rng.chance(0.27) ? 4 : 3;
      ocop.push({ organizationId: org.id, name, stars, certifiedYear: year, decisionNumber: `${rng.int(100, 3200)}/QĐ-UBND` });
      // Some producers have a second, newer product line certified too.
      if (rng.chance(0.25) && year < 2025) {
        ocop.push({ organizationId: org.id, name: `${name} (sản phẩm đóng gói)`, stars: 3, certifiedYear: rng.int(year + 1, 2025), decisionNumber: `${rng.int(100, 3200)}/QĐ-UBND` });
      }
    });
  }
  await db.ocopProduct.createMany({ data: ocop });

  const { members, contributions } = await seedMembers(db, rng.fork('members'), plans, units);
  return { organizations: rows.length, statusChanges: changes.length, ocop: ocop.length, members, contributions };
}

const FORMS: ContributionForm[] = ['CASH', 'ASSET', 'LAND_USE_RIGHT', 'OTHER'];

async function seedMembers(db: SeedClient, rng: Rng, plans: OrgPlan[], units: SeededUnits): Promise<{ members: number; contributions: number }> {
  const eligible = plans.filter((p) => (p.category === 'AGRI' || p.category === 'NONAG') && currentStatus(p) === 'ACTIVE' && p.establishedOn < utc(2023, 1, 1));
  // The district officer's commune first, so that their workspace has named members to edit.
  const officerCommune = units.byKey.get('giong-rieng')!.communes.find((c) => c.name === 'Giồng Riềng')!.id;
  const local = eligible.filter((p) => p.communeId === officerCommune).slice(0, 4);
  const sample = [...local, ...rng.shuffle(eligible.filter((p) => !local.includes(p))).slice(0, 60 - local.length)].sort((a, b) => a.id - b.id);
  const memberRows: Row[] = [];
  const contributionRows: Row[] = [];
  let memberId = 0;
  const lawOfTwentyThree = utc(2024, 7, 1);
  for (const p of sample) {
    const n = rng.int(5, 20);
    const c = units.communeById.get(p.communeId)!;
    for (let i = 0; i < n; i++) {
      const type: MemberType = i < 5 || rng.chance(0.8) ? 'OFFICIAL' : rng.chance(0.6) ? 'ASSOCIATE_CAPITAL' : 'ASSOCIATE_NO_CAPITAL';
      const legal = type !== 'OFFICIAL' && rng.chance(0.15);
      const kind: MemberKind = legal ? 'LEGAL_ENTITY' : rng.chance(0.3) ? 'HOUSEHOLD' : 'PERSON';
      const person = personName(rng);
      const birthYear = rng.int(1952, 1998);
      // Associate members exist since Law 17/2023/QH15 took effect (1/7/2024).
      const joinedOn =
        type === 'OFFICIAL'
          ? i === 0
            ? p.establishedOn
            : addDays(p.establishedOn, rng.int(0, Math.max(1, Math.round((utc(2024, 6, 30).getTime() - p.establishedOn.getTime()) / 86_400_000))))
          : addDays(lawOfTwentyThree, rng.int(0, 800));
      const left = i >= 5 && rng.chance(0.06) ? addDays(joinedOn, rng.int(400, 1500)) : null;
      const id = ++memberId;
      memberRows.push({
        id,
        organizationId: p.id,
        kind,
        type,
        name: legal ? `Công ty TNHH ${rng.pick(['Nông sản', 'Thương mại', 'Lương thực', 'Thủy sản'])} ${rng.pick(['Kiên Phát', 'Mekong Xanh', 'Tây Nam', 'Phú Gia', 'Hưng Long'])}` : kind === 'HOUSEHOLD' ? `Hộ ông/bà ${person.name}` : person.name,
        idNumber: legal ? `17${rng.int(10_000_000, 99_999_999)}` : citizenId(rng, birthYear, person.gender),
        birthYear: legal ? null : birthYear,
        gender: legal ? null : person.gender,
        address: `Ấp ${hamlet(rng)}, ${c.type.toLowerCase()} ${c.name}, tỉnh An Giang`,
        phone: rng.chance(0.7) ? mobilePhone(rng) : null,
        joinedOn,
        leftOn: left && left < SEED_TODAY ? left : null,
      });
      if (type !== 'ASSOCIATE_NO_CAPITAL') {
        contributionRows.push({
          organizationId: p.id,
          memberId: id,
          amount: rng.int(4, 100) * 500_000,
          form: rng.weighted(FORMS, [85, 8, 5, 2]),
          contributedOn: joinedOn,
          note: i === 0 ? 'Góp vốn khi thành lập' : 'Góp vốn khi gia nhập',
        });
        if (rng.chance(0.3)) {
          const later = addDays(joinedOn, rng.int(200, 1500));
          if (later < SEED_TODAY) {
            contributionRows.push({ organizationId: p.id, memberId: id, amount: rng.int(2, 40) * 500_000, form: 'CASH', contributedOn: later, note: 'Góp thêm vốn theo nghị quyết Đại hội thành viên' });
          }
        }
      }
    }
  }
  await bulkInsert(
    db,
    'Member',
    { id: 'int', organizationId: 'int', kind: '"MemberKind"', type: '"MemberType"', name: 'text', idNumber: 'text', birthYear: 'int', gender: 'text', address: 'text', phone: 'text', joinedOn: 'date', leftOn: 'date' },
    memberRows,
    { updatedAt: true },
  );
  await bulkInsert(db, 'CapitalContribution', { organizationId: 'int', memberId: 'int', amount: 'bigint', form: '"ContributionForm"', contributedOn: 'date', note: 'text' }, contributionRows);
  return { members: memberRows.length, contributions: contributionRows.length };
}
