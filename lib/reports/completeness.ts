import 'server-only';

/**
 * Completeness and timeliness of one reporting period, counted in SQL over the period's expected
 * reports (the OrganizationReport rows made when the period opened: an organization dissolved,
 * merged or converted during the period has no row, so it is never "missing").
 *
 * Every expected report falls in exactly one of:
 * - missing ("chưa nộp"): never submitted (firstSubmittedAt null); past the deadline it is overdue;
 * - submitted at least once, split by the first submission into on time (on or before the
 *   deadline, Vietnam time) and late; and by its state now into approved, awaiting review, and
 *   returned (returned with a reason, or back in draft after a return: it was submitted once).
 */
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrgKind, PeriodKind, SubmissionState } from '@/lib/generated/prisma/enums';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';

export type PeriodInfo = { id: number; year: number; kind: PeriodKind; startsOn: Date; endsOn: Date; deadline: Date; openedAt: Date | null };

export async function getPeriod(id: number): Promise<PeriodInfo | null> {
  return prisma.reportingPeriod.findUnique({
    where: { id },
    select: { id: true, year: true, kind: true, startsOn: true, endsOn: true, deadline: true, openedAt: true },
  });
}

/** The groups of the drill-down, as they appear in the URL (?nhom=…). */
export const COMPLETENESS_GROUPS = {
  'chua-nop': 'Chưa nộp',
  'da-nop': 'Đã nộp',
  'dung-han': 'Đúng hạn',
  'tre-han': 'Trễ hạn',
  'da-duyet': 'Đã duyệt',
  'cho-duyet': 'Chờ duyệt',
  'tra-lai': 'Trả lại',
  'du-kien': 'Phải nộp',
} as const;
export type CompletenessGroup = keyof typeof COMPLETENESS_GROUPS;

export function parseGroup(value: string | undefined): CompletenessGroup {
  return value && value in COMPLETENESS_GROUPS ? (value as CompletenessGroup) : 'chua-nop';
}

/**
 * The first instant after the deadline day in Vietnam (UTC+7 all year, no daylight saving), as
 * the UTC timestamp the columns hold: a report first submitted before it is on time.
 */
function deadlineEndSql(deadline: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${deadline} + 1)::timestamp - interval '7 hours')`;
}

/** SQL condition for a drill-down group, over alias r (report) and p (period). */
function groupCondition(group: CompletenessGroup): Prisma.Sql {
  const end = deadlineEndSql(Prisma.sql`p.deadline`);
  switch (group) {
    case 'chua-nop':
      return Prisma.sql`r."firstSubmittedAt" IS NULL`;
    case 'da-nop':
      return Prisma.sql`r."firstSubmittedAt" IS NOT NULL`;
    case 'dung-han':
      return Prisma.sql`r."firstSubmittedAt" < ${end}`;
    case 'tre-han':
      return Prisma.sql`r."firstSubmittedAt" >= ${end}`;
    case 'da-duyet':
      return Prisma.sql`r.state = 'APPROVED'`;
    case 'cho-duyet':
      return Prisma.sql`r.state = 'SUBMITTED'`;
    case 'tra-lai':
      return Prisma.sql`(r.state = 'RETURNED' OR (r.state = 'DRAFT' AND r."firstSubmittedAt" IS NOT NULL))`;
    case 'du-kien':
      return Prisma.sql`TRUE`;
  }
}

/**
 * Maps every unit below the roots to the root's child it lies under (its "group"), and each root
 * to itself, so that counts of reports filed on any level add up under the root's children.
 * `rootId` null: the whole province (every unit without a parent is a root).
 */
function groupMapSql(rootId: number | null): Prisma.Sql {
  const roots = rootId == null ? Prisma.sql`SELECT id FROM "AdministrativeUnit" WHERE "parentId" IS NULL` : Prisma.sql`SELECT ${rootId}::int AS id`;
  return Prisma.sql`
    roots AS (${roots}),
    tree AS (
      SELECT u.id, u.id AS top FROM "AdministrativeUnit" u WHERE u."parentId" IN (SELECT id FROM roots)
      UNION ALL
      SELECT u.id, t.top FROM "AdministrativeUnit" u JOIN tree t ON u."parentId" = t.id
    ),
    groups AS (SELECT id, top FROM tree UNION ALL SELECT id, id FROM roots)`;
}

export type CompletenessCounts = {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  approved: number;
  awaiting: number;
  returned: number;
  missing: number;
  /** Missing and nothing entered yet (a draft has figures but was not submitted). */
  notStarted: number;
};

export type CompletenessRow = CompletenessCounts & {
  /** null: the total row. */
  unitId: number | null;
  unitLabel: string;
  /** The unit has units below it: it can be opened as a root. */
  hasChildren: boolean;
};

type CountRow = CompletenessCounts & { unitId: number | null };

/**
 * Counts per unit directly below `rootId` (or below the province), plus the total row, for the
 * reports of `periodId`. One query: GROUP BY ROLLUP with FILTER clauses.
 */
export async function getCompleteness(periodId: number, rootId: number | null): Promise<{ rows: CompletenessRow[]; total: CompletenessCounts }> {
  const end = deadlineEndSql(Prisma.sql`p.deadline`);
  const counts = await prisma.$queryRaw<CountRow[]>`
    WITH RECURSIVE ${groupMapSql(rootId)}
    SELECT g.top AS "unitId",
           count(*)::int AS expected,
           count(*) FILTER (WHERE r."firstSubmittedAt" IS NOT NULL)::int AS submitted,
           count(*) FILTER (WHERE r."firstSubmittedAt" < ${end})::int AS "onTime",
           count(*) FILTER (WHERE r."firstSubmittedAt" >= ${end})::int AS late,
           count(*) FILTER (WHERE r.state = 'APPROVED')::int AS approved,
           count(*) FILTER (WHERE r.state = 'SUBMITTED')::int AS awaiting,
           count(*) FILTER (WHERE ${groupCondition('tra-lai')})::int AS returned,
           count(*) FILTER (WHERE r."firstSubmittedAt" IS NULL)::int AS missing,
           count(*) FILTER (WHERE r."firstSubmittedAt" IS NULL AND r."enteredAt" IS NULL)::int AS "notStarted"
    FROM "OrganizationReport" r
    JOIN "ReportingPeriod" p ON p.id = r."periodId"
    JOIN "Organization" o ON o.id = r."organizationId" AND o."deletedAt" IS NULL
    JOIN groups g ON g.id = r."unitId"
    WHERE r."periodId" = ${periodId}
    GROUP BY ROLLUP (g.top)`;
  const unitIds = counts.map((c) => c.unitId).filter((id): id is number => id != null);
  const units = await prisma.administrativeUnit.findMany({
    where: { id: { in: unitIds } },
    select: { id: true, type: true, name: true, _count: { select: { children: true } } },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const zero: CompletenessCounts = { expected: 0, submitted: 0, onTime: 0, late: 0, approved: 0, awaiting: 0, returned: 0, missing: 0, notStarted: 0 };
  let total = zero;
  const rows: CompletenessRow[] = [];
  for (const c of counts) {
    const { unitId, ...n } = c;
    if (unitId == null) {
      total = n;
      continue;
    }
    const u = byId.get(unitId);
    rows.push({ ...n, unitId, unitLabel: u ? `${u.type} ${u.name}` : `#${unitId}`, hasChildren: (u?._count.children ?? 0) > 0 });
  }
  rows.sort((a, b) => a.unitLabel.localeCompare(b.unitLabel, 'vi'));
  return { rows, total };
}

/** The report figures whose approved share the completeness page shows. */
export const FIGURE_COLUMNS = [
  { key: 'members', label: 'Thành viên', kind: 'count', credit: false },
  { key: 'officialMembers', label: 'Thành viên chính thức', kind: 'count', credit: false },
  { key: 'regularWorkers', label: 'Lao động thường xuyên', kind: 'count', credit: false },
  { key: 'seasonalWorkers', label: 'Lao động thời vụ', kind: 'count', credit: false },
  { key: 'charterCapital', label: 'Vốn điều lệ', kind: 'money', credit: false },
  { key: 'contributedCapital', label: 'Vốn góp', kind: 'money', credit: false },
  { key: 'landAreaHa', label: 'Diện tích canh tác', kind: 'area', credit: false },
  { key: 'revenue', label: 'Doanh thu', kind: 'money', credit: false },
  { key: 'profit', label: 'Lợi nhuận', kind: 'money', credit: false },
  { key: 'operatingCapital', label: 'Vốn hoạt động (QTDND)', kind: 'money', credit: true },
  { key: 'deposits', label: 'Tiền gửi (QTDND)', kind: 'money', credit: true },
  { key: 'loansOutstanding', label: 'Dư nợ cho vay (QTDND)', kind: 'money', credit: true },
] as const;
export type FigureKey = (typeof FIGURE_COLUMNS)[number]['key'];

export type FigureApproval = {
  key: FigureKey;
  label: string;
  kind: 'count' | 'money' | 'area';
  /** Reports expected to carry this figure (credit-fund figures: the credit funds' reports). */
  expected: number;
  /** Of those, reports approved. */
  approved: number;
  /** Sum over entered reports (any state, nil reports count as entered), as a decimal string. */
  enteredSum: string;
  /** Sum over approved reports. */
  approvedSum: string;
};

/**
 * How much of each figure the statistics can use: statistics read approved reports only, so for
 * each figure, the approved reports among those expected to carry it and the approved part of
 * its entered total. One query, every sum in SQL.
 */
export async function getFigureApproval(periodId: number, rootId: number | null): Promise<FigureApproval[]> {
  const parts: Prisma.Sql[] = [];
  for (const f of FIGURE_COLUMNS) {
    const col = Prisma.raw(`r."${f.key}"`);
    const carries = f.credit ? Prisma.sql`o.kind = 'CREDIT_FUND'` : Prisma.sql`TRUE`;
    parts.push(Prisma.sql`
      count(*) FILTER (WHERE ${carries})::int AS ${Prisma.raw(`"${f.key}_expected"`)},
      count(*) FILTER (WHERE ${carries} AND r.state = 'APPROVED')::int AS ${Prisma.raw(`"${f.key}_approved"`)},
      coalesce(sum(${col}) FILTER (WHERE ${carries} AND r."enteredAt" IS NOT NULL), 0)::text AS ${Prisma.raw(`"${f.key}_entered_sum"`)},
      coalesce(sum(${col}) FILTER (WHERE ${carries} AND r.state = 'APPROVED'), 0)::text AS ${Prisma.raw(`"${f.key}_approved_sum"`)}`);
  }
  const rows = await prisma.$queryRaw<Record<string, number | string>[]>`
    WITH RECURSIVE ${groupMapSql(rootId)}
    SELECT ${Prisma.join(parts, ',')}
    FROM "OrganizationReport" r
    JOIN "Organization" o ON o.id = r."organizationId" AND o."deletedAt" IS NULL
    WHERE r."periodId" = ${periodId} AND r."unitId" IN (SELECT id FROM groups)`;
  const row = rows[0] ?? {};
  return FIGURE_COLUMNS.map((f) => ({
    key: f.key,
    label: f.label,
    kind: f.kind,
    expected: Number(row[`${f.key}_expected`] ?? 0),
    approved: Number(row[`${f.key}_approved`] ?? 0),
    enteredSum: String(row[`${f.key}_entered_sum`] ?? '0'),
    approvedSum: String(row[`${f.key}_approved_sum`] ?? '0'),
  }));
}

export type CompletenessOrgRow = {
  reportId: number;
  organizationId: number;
  name: string;
  kind: OrgKind;
  registrationNumber: string | null;
  unitLabel: string;
  state: SubmissionState;
  enteredAt: Date | null;
  firstSubmittedAt: Date | null;
  onTime: boolean | null;
  phone: string | null;
  email: string | null;
  leaderName: string | null;
  leaderTitle: string | null;
};

function orgListWhere(periodId: number, unitId: number | null, group: CompletenessGroup): Prisma.Sql {
  return Prisma.sql`
    FROM "OrganizationReport" r
    JOIN "ReportingPeriod" p ON p.id = r."periodId"
    JOIN "Organization" o ON o.id = r."organizationId" AND o."deletedAt" IS NULL
    JOIN "AdministrativeUnit" u ON u.id = r."unitId"
    WHERE r."periodId" = ${periodId}
      AND r."unitId" IN (SELECT id FROM groups)
      AND ${groupCondition(group)}`;
}

const orgSelect = (end: Prisma.Sql) => Prisma.sql`
  SELECT r.id AS "reportId", o.id AS "organizationId", o.name, o.kind::text AS kind, o."registrationNumber",
         u.type || ' ' || u.name AS "unitLabel", r.state::text AS state, r."enteredAt", r."firstSubmittedAt",
         CASE WHEN r."firstSubmittedAt" IS NULL THEN NULL ELSE r."firstSubmittedAt" < ${end} END AS "onTime",
         o.phone, o.email, o."leaderName", o."leaderTitle"`;

export const COMPLETENESS_ORGS_PER_PAGE = 50;

/** The organizations of a group under `unitId` (or the province), with their contacts; paged. */
export async function getCompletenessOrganizations(
  periodId: number,
  unitId: number | null,
  group: CompletenessGroup,
  page: number,
): Promise<Paged<CompletenessOrgRow>> {
  const { skip, take } = pageWindow(page, COMPLETENESS_ORGS_PER_PAGE);
  const end = deadlineEndSql(Prisma.sql`p.deadline`);
  const [items, totals] = await Promise.all([
    prisma.$queryRaw<CompletenessOrgRow[]>`
      WITH RECURSIVE ${groupMapSql(unitId)}
      ${orgSelect(end)}
      ${orgListWhere(periodId, unitId, group)}
      ORDER BY u.name, o.name, o.id
      LIMIT ${take} OFFSET ${skip}`,
    prisma.$queryRaw<{ n: number }[]>`
      WITH RECURSIVE ${groupMapSql(unitId)}
      SELECT count(*)::int AS n
      ${orgListWhere(periodId, unitId, group)}`,
  ]);
  return toPaged(items, totals[0]?.n ?? 0, page, COMPLETENESS_ORGS_PER_PAGE);
}

/** Upper bound of an export: a province has a few thousand organizations. */
export const COMPLETENESS_EXPORT_MAX = 20_000;

export async function getCompletenessOrganizationsForExport(periodId: number, unitId: number | null, group: CompletenessGroup): Promise<CompletenessOrgRow[]> {
  const end = deadlineEndSql(Prisma.sql`p.deadline`);
  return prisma.$queryRaw<CompletenessOrgRow[]>`
    WITH RECURSIVE ${groupMapSql(unitId)}
    ${orgSelect(end)}
    ${orgListWhere(periodId, unitId, group)}
    ORDER BY u.name, o.name, o.id
    LIMIT ${COMPLETENESS_EXPORT_MAX}`;
}

/** The period's deadline has passed (Vietnam time): a missing report is overdue. */
export function isPastDeadline(deadline: Date, todayIso: string): boolean {
  return deadline.toISOString().slice(0, 10) < todayIso;
}
