import 'server-only';

import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AllianceMembership, OrgKind, OrgStatus, Sector } from '@/lib/generated/prisma/enums';
import { toPaged, type Paged } from '@/lib/pagination';
import { fuzzy, MATCH_CAP, orderFor, runSearchSql, type PreparedQuery } from '@/lib/search/sql';

import { unitOptions, type DirectoryFilters, type UnitOption } from './params';
import { directoryCountSql, directoryPageSql, type DirectoryRow } from './sql';

export const DIRECTORY_PER_PAGE = 20;

export type DirectoryOptions = { communes: UnitOption[]; formerDistricts: UnitOption[] };

/**
 * Units offered by the filters: the communes and wards valid today (level COMMUNE), and the
 * districts that existed before the 1/7/2025 reform (level DISTRICT, closed before today).
 */
export async function getDirectoryOptions(): Promise<DirectoryOptions> {
  const today = new Date(`${todayIsoInVietnam()}T00:00:00Z`);
  const select = { id: true, code: true, name: true, type: true } as const;
  const [communes, districts] = await Promise.all([
    prisma.administrativeUnit.findMany({
      where: { level: 'COMMUNE', validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] },
      select,
    }),
    prisma.administrativeUnit.findMany({ where: { level: 'DISTRICT', validTo: { lt: today } }, select }),
  ]);
  return { communes: unitOptions(communes), formerDistricts: unitOptions(districts) };
}

export type DirectoryItem = Omit<DirectoryRow, 'kind' | 'sector' | 'status' | 'allianceMembership'> & {
  kind: OrgKind;
  sector: Sector;
  status: OrgStatus;
  allianceMembership: AllianceMembership;
};

export type DirectoryPage = Paged<DirectoryItem> & {
  /** The text filter matched at least MATCH_CAP organizations: total is "more than" and the list is by name. */
  capped: boolean;
  /** Nothing matched the text exactly: these are near matches (typing slips forgiven). */
  fuzzy: boolean;
};

async function countOrganizations(filters: DirectoryFilters): Promise<number> {
  const sql = directoryCountSql(filters, MATCH_CAP);
  const [{ total }] = filters.q ? await runSearchSql<{ total: number }>(prisma, filters.q, 'ranked', sql) : await prisma.$queryRaw<{ total: number }[]>(sql);
  return total;
}

/** One page of the directory under the given filters. */
export async function getDirectoryPage(input: DirectoryFilters, page: number): Promise<DirectoryPage> {
  let filters = input;
  let total = await countOrganizations(filters);
  // A text that matches nothing exactly: forgive typing slips in names (see lib/search/sql.ts).
  if (total === 0 && filters.q) {
    filters = { ...filters, q: fuzzy(filters.q) };
    total = await countOrganizations(filters);
  }
  const q: PreparedQuery | undefined = filters.q;
  const capped = q !== undefined && total >= MATCH_CAP;
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PER_PAGE));
  // Past the last page there is nothing to fetch.
  let rows: DirectoryRow[] = [];
  if (page <= pageCount) {
    const order = orderFor(q ? total : 0);
    const sql = directoryPageSql(filters, DIRECTORY_PER_PAGE, (page - 1) * DIRECTORY_PER_PAGE, order);
    rows = q ? await runSearchSql<DirectoryRow>(prisma, q, order, sql) : await prisma.$queryRaw<DirectoryRow[]>(sql);
  }
  return { ...toPaged(rows as DirectoryItem[], total, page, DIRECTORY_PER_PAGE), capped, fuzzy: q?.fuzzy ?? false };
}

/**
 * Everything the public profile shows, and nothing else: no phone numbers, e-mail, leader, members,
 * contributions, loans or finances beyond members and charter capital of the latest approved
 * report. The select is the privacy boundary (tests/integration/directory.test.ts checks it).
 */
function profileSelect(now: Date) {
  return {
    id: true,
    slug: true,
    name: true,
    shortName: true,
    kind: true,
    sector: true,
    sectorGroup: true,
    registrationNumber: true,
    address: true,
    website: true,
    establishedOn: true,
    status: true,
    allianceMembership: true,
    allianceJoinedOn: true,
    mainProducts: true,
    description: true,
    isNewModel: true,
    hasValueChainLink: true,
    hasVietGap: true,
    hasGlobalGap: true,
    unit: {
      select: {
        id: true,
        name: true,
        type: true,
        level: true,
        validFrom: true,
        validTo: true,
        parent: { select: { name: true, type: true, level: true } },
        predecessors: {
          select: {
            effectiveOn: true,
            predecessor: { select: { name: true, type: true, level: true, parent: { select: { name: true, type: true } } } },
          },
        },
        successors: {
          select: { effectiveOn: true, successor: { select: { name: true, type: true, parent: { select: { name: true, type: true } } } } },
        },
      },
    },
    successor: { select: { slug: true, name: true, deletedAt: true } },
    predecessors: { where: { deletedAt: null }, select: { slug: true, name: true }, orderBy: { name: 'asc' } },
    statusChanges: {
      select: { status: true, effectiveOn: true, reason: true, decisionNumber: true },
      orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }],
    },
    ocopProducts: {
      select: { name: true, stars: true, certifiedYear: true },
      orderBy: [{ stars: 'desc' }, { certifiedYear: 'desc' }, { name: 'asc' }],
    },
    reports: {
      where: { state: 'APPROVED' },
      select: { members: true, charterCapital: true, contributedCapital: true, period: { select: { year: true, kind: true, endsOn: true } } },
      orderBy: { period: { endsOn: 'desc' } },
      take: 1,
    },
    articles: {
      where: { article: { status: 'PUBLISHED', publishedAt: { lte: now } } },
      select: { article: { select: { slug: true, title: true, publishedAt: true } } },
      orderBy: { article: { publishedAt: 'desc' } },
      take: 10,
    },
  } satisfies Prisma.OrganizationSelect;
}

type UnitRef = { name: string; type: string };
const unitLabel = (u: UnitRef) => `${u.type} ${u.name}`;
/** "Xã Giồng Riềng, tỉnh An Giang": the parent's type in lower case, as addresses write it. */
const withParent = (u: UnitRef & { parent: UnitRef | null }) =>
  u.parent ? `${unitLabel(u)}, ${u.parent.type.toLowerCase()} ${u.parent.name}` : unitLabel(u);

export type OrganizationProfile = NonNullable<Awaited<ReturnType<typeof getOrganizationProfile>>>;

/** The public profile of a (not deleted) organization, or null. */
export async function getOrganizationProfile(slug: string) {
  // Articles count as published from their time on; the page is cached under `articles` too.
  const org = await prisma.organization.findFirst({ where: { slug, deletedAt: null }, select: profileSelect(new Date()) });
  if (!org) return null;
  const { unit, reports, articles, successor, ...rest } = org;
  const today = todayIsoInVietnam();
  const unitIsCurrent = !unit.validTo || unit.validTo.toISOString().slice(0, 10) >= today;

  // Today's unit, and the district it belonged to before the reform (for history and old papers).
  const todayUnits = unitIsCurrent ? [withParent(unit)] : unit.successors.map((s) => withParent(s.successor));
  const formerDistricts = unitIsCurrent
    ? unit.predecessors
        .filter((p) => p.predecessor.level === 'DISTRICT')
        .map((p) => ({ label: withParent(p.predecessor), until: p.effectiveOn }))
    : unit.level === 'DISTRICT'
      ? [{ label: withParent(unit), until: unit.validTo }]
      : unit.parent && unit.parent.level === 'DISTRICT'
        ? [{ label: unitLabel(unit.parent), until: unit.validTo }]
        : [];

  const latest = reports[0];
  return {
    ...rest,
    todayUnits,
    formerDistricts,
    successor: successor && !successor.deletedAt ? { slug: successor.slug, name: successor.name } : null,
    figures: latest
      ? {
          members: latest.members,
          charterCapital: latest.charterCapital,
          contributedCapital: latest.contributedCapital,
          period: latest.period,
        }
      : null,
    articles: articles.map((a) => a.article),
  };
}

/** The current slug of a (not deleted) organization, for redirects from a former slug. */
export async function getOrganizationSlug(id: number): Promise<string | null> {
  const org = await prisma.organization.findFirst({ where: { id, deletedAt: null }, select: { slug: true } });
  return org?.slug ?? null;
}

/** Slugs for the sitemap: every organization the public can see. */
export async function getOrganizationSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return prisma.organization.findMany({ where: { deletedAt: null }, select: { slug: true, updatedAt: true }, orderBy: { id: 'asc' } });
}
