/**
 * Factories for realistic Vietnamese records with sensible defaults, for tests (and any script that
 * needs one record): each creates what it needs (a unit, a category, an issuing body) unless given
 * its id, and every unique field gets a fresh suffix so factories can run against a database that
 * already holds the demo seed. Name material is shared with the demo seed (names.ts, org-names.ts).
 *
 *   const org = await createOrganization(prisma, { unitId, kind: 'CREDIT_FUND' });
 *   const user = await createUser(prisma, { role: 'EDITOR', password: 'Matkhau@2026' });
 */
import { randomBytes } from 'node:crypto';

import { hashPassword } from '@/lib/auth/password';
import { slugify } from '@/lib/format/slug';
import { type Prisma } from '@/lib/generated/prisma/client';
import type { OrgKind, OrgStatus, PeriodKind, Role, Sector } from '@/lib/generated/prisma/enums';
import { sectorGroupOf } from '@/lib/organizations/sectors';

import type { SeedClient } from './client';
import { utc } from './dates';
import { districtByKey, DISTRICTS } from './geography';
import { legalDocumentSlug } from './legal';
import { citizenId, mobilePhone, personName } from './names';
import { cooperativeName, groupName, productsFor } from './org-names';
import { createRng, type Rng } from './random';

let counter = 0;
/** A short suffix unique within the process and, with the random part, across processes. */
function uniqueToken(): string {
  counter += 1;
  return `${counter.toString(36)}${randomBytes(3).toString('hex')}`;
}
function rngFor(token: string): Rng {
  let h = 0;
  for (const ch of token) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return createRng(h);
}

// ───────────────────────────── Units ─────────────────────────────

export async function createUnit(db: SeedClient, overrides: Partial<Prisma.AdministrativeUnitUncheckedCreateInput> = {}) {
  const token = uniqueToken();
  return db.administrativeUnit.create({
    data: {
      code: `T${token}`,
      name: `Thử nghiệm ${token}`,
      type: 'Xã',
      level: 'COMMUNE',
      validFrom: utc(2025, 7, 1),
      ...overrides,
    },
  });
}

// ───────────────────────────── Organizations ─────────────────────────────

export type OrganizationOverrides = Partial<Omit<Prisma.OrganizationUncheckedCreateInput, 'kind' | 'sector' | 'status'>> & {
  kind?: OrgKind;
  sector?: Sector;
  status?: OrgStatus;
  /** When status is not ACTIVE, the day it changed (default 2024-01-15). */
  statusChangedOn?: Date;
  /** Write the StatusChange history (ACTIVE at establishment, then status). Default true. */
  withHistory?: boolean;
};

/** The data of an organization without writing it (kind/sector/sectorGroup kept consistent). */
export function buildOrganization(overrides: OrganizationOverrides & { unitId: number }): Prisma.OrganizationUncheckedCreateInput {
  const { statusChangedOn: _changed, withHistory: _history, ...rest } = overrides;
  const token = uniqueToken();
  const rng = rngFor(token);
  const sector: Sector = rest.sector ?? (rest.kind === 'CREDIT_FUND' ? 'CREDIT' : 'CROP_LIVESTOCK');
  const kind: OrgKind = rest.kind ?? (sector === 'CREDIT' ? 'CREDIT_FUND' : 'COOPERATIVE');
  const district = districtByKey(rng.pick(DISTRICTS).key);
  const place = rng.pick(district.oldCommunes);
  const generated = kind === 'GROUP' ? groupName(rng, sector, district) : kind === 'UNION' ? { name: `Liên hiệp Hợp tác xã Nông nghiệp ${token}`, short: `LHHTX ${token}` } : cooperativeName(rng, sector, district, place);
  const name = rest.name ?? generated.name;
  const leader = personName(rng);
  return {
    slug: `${slugify(name)}-${token}`,
    name,
    shortName: generated.short,
    registrationNumber: kind === 'GROUP' ? null : `56T${token}`,
    taxCode: kind === 'GROUP' ? null : `17${rng.int(10_000_000, 99_999_999)}`,
    address: `Ấp ${rng.pick(['Kinh 3', 'Tân Điền', 'Vĩnh Thành'])}, xã Thử nghiệm, tỉnh An Giang`,
    phone: mobilePhone(rng),
    leaderName: leader.name,
    leaderTitle: kind === 'GROUP' ? 'Tổ trưởng' : 'Giám đốc',
    establishedOn: utc(2020, 1, 15),
    charterCapital: kind === 'GROUP' ? null : BigInt(rng.int(2, 50) * 50_000_000),
    mainProducts: productsFor(sector, district, rng),
    ...rest,
    kind,
    sector,
    sectorGroup: sectorGroupOf(sector),
    status: rest.status ?? 'ACTIVE',
  };
}

export async function createOrganization(db: SeedClient, overrides: OrganizationOverrides = {}) {
  const unitId = overrides.unitId ?? (await createUnit(db)).id;
  const data = buildOrganization({ ...overrides, unitId });
  const org = await db.organization.create({ data });
  if (overrides.withHistory ?? true) {
    const established = org.establishedOn ?? utc(2020, 1, 15);
    const history: Prisma.StatusChangeCreateManyInput[] = [{ organizationId: org.id, status: 'ACTIVE', effectiveOn: established, reason: 'Thành lập mới' }];
    if (org.status !== 'ACTIVE') {
      history.push({ organizationId: org.id, status: org.status, effectiveOn: overrides.statusChangedOn ?? utc(2024, 1, 15), reason: 'Thay đổi trạng thái (dữ liệu thử nghiệm)' });
    }
    await db.statusChange.createMany({ data: history });
  }
  return org;
}

// ───────────────────────────── Members ─────────────────────────────

export type MemberOverrides = Partial<Omit<Prisma.MemberUncheckedCreateInput, 'organizationId'>> & {
  organizationId: number;
  /** Also record a capital contribution of this amount (đồng) on joinedOn. */
  contribution?: bigint | number;
};

export async function createMember(db: SeedClient, overrides: MemberOverrides) {
  const { contribution, ...rest } = overrides;
  const rng = rngFor(uniqueToken());
  const person = personName(rng);
  const birthYear = rng.int(1955, 1998);
  const member = await db.member.create({
    data: {
      name: person.name,
      gender: person.gender,
      birthYear,
      idNumber: citizenId(rng, birthYear, person.gender),
      phone: mobilePhone(rng),
      address: 'Ấp Tân Điền, xã Thử nghiệm, tỉnh An Giang',
      joinedOn: utc(2021, 3, 1),
      ...rest,
    },
  });
  if (contribution !== undefined) {
    await db.capitalContribution.create({
      data: { organizationId: member.organizationId, memberId: member.id, amount: BigInt(contribution), contributedOn: member.joinedOn, note: 'Góp vốn khi gia nhập' },
    });
  }
  return member;
}

// ───────────────────────────── Users ─────────────────────────────

export type UserOverrides = { role?: Role; password?: string; email?: string; name?: string; unitId?: number | null; active?: boolean };

export const DEFAULT_TEST_PASSWORD = 'Matkhau@2026';

/** Creates a user with an argon2 hash of `password`; returns the user and the plain password. */
export async function createUser(db: SeedClient, overrides: UserOverrides = {}) {
  const token = uniqueToken();
  const role = overrides.role ?? 'STAFF';
  const password = overrides.password ?? DEFAULT_TEST_PASSWORD;
  // A district officer without a scope cannot do anything: give them a unit unless told otherwise.
  const unitId = overrides.unitId !== undefined ? overrides.unitId : role === 'DISTRICT_OFFICER' ? (await createUnit(db)).id : null;
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `nguoidung-${token}@example.vn`,
      name: overrides.name ?? personName(rngFor(token)).name,
      role,
      unitId,
      active: overrides.active ?? true,
      passwordHash: await hashPassword(password),
    },
  });
  return { ...user, password };
}

// ───────────────────────────── Content ─────────────────────────────

export async function createCategory(db: SeedClient, overrides: Partial<Prisma.CategoryUncheckedCreateInput> = {}) {
  const token = uniqueToken();
  const name = overrides.name ?? `Chuyên mục ${token}`;
  return db.category.create({ data: { slug: `${slugify(name)}-${token}`, name, ...overrides } });
}

export async function createArticle(db: SeedClient, overrides: Partial<Prisma.ArticleUncheckedCreateInput> = {}) {
  const token = uniqueToken();
  const categoryId = overrides.categoryId ?? (await createCategory(db)).id;
  const title = overrides.title ?? 'Hợp tác xã nông nghiệp liên kết tiêu thụ lúa gạo';
  const status = overrides.status ?? 'PUBLISHED';
  return db.article.create({
    data: {
      slug: `${slugify(title)}-${token}`,
      title,
      summary: 'Các hợp tác xã liên kết với doanh nghiệp bao tiêu sản phẩm, ổn định đầu ra cho thành viên.',
      body: '<p>Hợp tác xã tổ chức cho thành viên sản xuất theo quy trình VietGAP, ký hợp đồng tiêu thụ với doanh nghiệp.</p>',
      publishedAt: status === 'PUBLISHED' ? new Date(Date.UTC(2026, 10, 1, 2)) : null,
      ...overrides,
      status,
      categoryId,
    },
  });
}

export async function createIssuingBody(db: SeedClient, overrides: Partial<Prisma.IssuingBodyUncheckedCreateInput> = {}) {
  const token = uniqueToken();
  return db.issuingBody.create({ data: { name: `Ủy ban nhân dân thử nghiệm ${token}`, level: 'PROVINCIAL', ...overrides } });
}

export async function createLegalDocument(db: SeedClient, overrides: Partial<Prisma.LegalDocumentUncheckedCreateInput> = {}) {
  const token = uniqueToken();
  const issuingBodyId = overrides.issuingBodyId ?? (await createIssuingBody(db)).id;
  const type = overrides.type ?? 'DECISION';
  const number = overrides.number ?? `${rngFor(token).int(100, 3000)}/QĐ-UBND`;
  return db.legalDocument.create({
    data: {
      slug: `${legalDocumentSlug(type, number)}-${token}`,
      number,
      type,
      scope: 'LOCAL',
      issuingBodyId,
      signer: 'Nguyễn Văn Thử',
      issuedOn: utc(2024, 5, 10),
      effectiveOn: utc(2024, 5, 10),
      abstract: 'Quyết định phê duyệt kế hoạch hỗ trợ phát triển hợp tác xã năm 2024',
      ...overrides,
    },
  });
}

// ───────────────────────────── Reports ─────────────────────────────

/** Finds or creates the period (periods are unique per year and kind). */
export async function createReportingPeriod(db: SeedClient, input: { year: number; kind: PeriodKind }) {
  const half = input.kind === 'FIRST_HALF';
  return db.reportingPeriod.upsert({
    where: { year_kind: { year: input.year, kind: input.kind } },
    update: {},
    create: {
      year: input.year,
      kind: input.kind,
      startsOn: utc(input.year, 1, 1),
      endsOn: half ? utc(input.year, 6, 30) : utc(input.year, 12, 31),
      deadline: half ? utc(input.year, 7, 15) : utc(input.year + 1, 1, 15),
    },
  });
}

export type ReportOverrides = Partial<Omit<Prisma.OrganizationReportUncheckedCreateInput, 'organizationId' | 'periodId'>> & {
  organizationId: number;
  periodId: number;
};

/** A report with small plausible figures; unitId and status default to the organization's. */
export async function createReport(db: SeedClient, overrides: ReportOverrides) {
  const org = await db.organization.findUniqueOrThrow({ where: { id: overrides.organizationId }, select: { unitId: true, status: true, kind: true } });
  const members = overrides.members ?? 30;
  return db.organizationReport.create({
    data: {
      unitId: org.unitId,
      status: org.status,
      members,
      officialMembers: Math.min(members, overrides.officialMembers ?? members),
      regularWorkers: 5,
      seasonalWorkers: 10,
      charterCapital: org.kind === 'GROUP' ? 0n : 500_000_000n,
      contributedCapital: 400_000_000n,
      landAreaHa: '120.50',
      revenue: 1_200_000_000n,
      profit: 90_000_000n,
      avgWorkerIncome: 5_500_000n,
      managersTotal: 5,
      managersUniversity: 2,
      managersUntrained: 3,
      state: 'APPROVED',
      ...overrides,
    },
  });
}
