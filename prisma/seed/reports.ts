/**
 * Reporting periods (deadlines are data: 15/7 for the first half, 15/1 of the next year for the
 * year) and one OrganizationReport per organization existing at each period's end. Stock figures
 * (members, capital, land, workers) are as at the period end; flows (revenue, profit) cover the
 * period itself, so a FIRST_HALF revenue is roughly half a year's.
 */
import type { PeriodKind, SubmissionState } from '@/lib/generated/prisma/enums';

import { bulkInsert, type Row } from './bulk';
import type { SeedClient } from './client';
import { addDays, REFORM_DATE, utc, yearsBetween } from './dates';
import type { Anchor } from './figures';
import { existsAt, type OrgPlan, SNAPSHOT_DATE, statusAt } from './plan';
import type { Rng } from './random';

export type SeededPeriod = { id: number; year: number; kind: PeriodKind; startsOn: Date; endsOn: Date; deadline: Date };

export const PERIOD_YEARS = { first: 2019, last: 2026 } as const;

export async function seedPeriods(db: SeedClient): Promise<SeededPeriod[]> {
  const periods: SeededPeriod[] = [];
  let id = 0;
  for (let year = PERIOD_YEARS.first; year <= PERIOD_YEARS.last; year++) {
    periods.push({ id: ++id, year, kind: 'FIRST_HALF', startsOn: utc(year, 1, 1), endsOn: utc(year, 6, 30), deadline: utc(year, 7, 15) });
    // The year 2026 is not over on the demo's "today" (23/11/2026).
    if (year < PERIOD_YEARS.last) {
      periods.push({ id: ++id, year, kind: 'FULL_YEAR', startsOn: utc(year, 1, 1), endsOn: utc(year, 12, 31), deadline: utc(year + 1, 1, 15) });
    }
  }
  // Each period was opened (its expected reports created) on its first day.
  await db.reportingPeriod.createMany({ data: periods.map((p) => ({ ...p, openedAt: p.startsOn })) });
  return periods;
}

// Covid-19 hit revenue in 2020 and, in the Mekong Delta, hardest in the second half of 2021.
const REVENUE_CLIMATE: Record<number, number> = { 2019: 1, 2020: 0.9, 2021: 0.84, 2022: 0.97, 2023: 1, 2024: 1, 2025: 1, 2026: 1 };

const RETURN_REASONS = [
  'Số thành viên chính thức không khớp với danh sách thành viên, đề nghị kiểm tra lại',
  'Thiếu số liệu doanh thu, lợi nhuận; đề nghị bổ sung',
  'Vốn điều lệ chưa cập nhật theo nghị quyết Đại hội thành viên thường niên',
  'Diện tích canh tác tăng bất thường so với kỳ trước, đề nghị giải trình',
];

const round = (x: number, unit: number) => Math.round(x / unit) * unit;

export async function seedReports(
  db: SeedClient,
  rng: Rng,
  plans: OrgPlan[],
  anchors: Map<number, Anchor>,
  periods: SeededPeriod[],
  reviewerIds: number[],
): Promise<number> {
  const rows: Row[] = [];
  const latest = periods[periods.length - 1];
  for (const period of periods) {
    const anchorPeriod = period.endsOn.getTime() === SNAPSHOT_DATE.getTime();
    const dt = yearsBetween(SNAPSHOT_DATE, period.endsOn);
    const halfYear = period.kind === 'FIRST_HALF';
    for (const p of plans) {
      if (!existsAt(p, period.endsOn)) continue;
      const status = statusAt(p, period.endsOn)!;
      const a = anchors.get(p.id)!;
      const working = status === 'ACTIVE';
      const noise = () => (anchorPeriod ? 1 : 1 + rng.normal(0, 0.015));
      const grow = (base: number, g: number) => base * Math.pow(1 + g, dt) * noise();

      const members = anchorPeriod ? a.members : Math.max(a.minMembers, Math.round(grow(a.members, a.growth.members)));
      const officialMembers = period.endsOn < utc(2024, 7, 1) ? members : Math.max(Math.min(members, a.minMembers), members - Math.round(members * a.assocShare));
      const workersAll = anchorPeriod ? (working ? a.workers : 0) : working ? Math.max(0, Math.round(grow(a.workers, a.growth.workers))) : 0;
      const regular = Math.round(workersAll * a.regularShare);
      const charter = a.charter === 0 ? 0 : anchorPeriod ? a.charter : round(grow(a.charter, a.growth.capital), 1_000_000);
      const contributed = anchorPeriod ? a.contributed : p.kind === 'GROUP' ? round(grow(a.contributed, a.growth.capital), 100_000) : round(charter * a.contributedRatio, 1000);
      const landCenti = anchorPeriod ? a.landCenti : Math.round(grow(a.landCenti, a.growth.land));
      const annualRevenue = a.revenueAnnual * Math.pow(1 + a.growth.revenue, dt) * REVENUE_CLIMATE[period.year] * (1 + rng.normal(0, 0.05));
      const revenue = working ? round(annualRevenue * (halfYear ? a.halfShare : 1), 1000) : 0;
      const profit = working ? round(revenue * (a.margin + rng.normal(0, 0.015)), 1000) : -round(rng.float(5e6, 40e6) * (halfYear ? 0.5 : 1), 1000);
      const income = working ? round(a.income * Math.pow(1.05, dt), 10_000) : 0;

      let credit: { operating: number; deposits: number; loans: number; badDebt: string } | null = null;
      if (a.credit) {
        const operating = round(a.credit.operating * Math.pow(1.08, dt) * noise(), 1_000_000);
        credit = {
          operating,
          deposits: round(operating * a.credit.depositRatio, 1_000_000),
          loans: round(operating * a.credit.loanRatio, 1_000_000),
          badDebt: Math.min(4.5, Math.max(0.05, a.credit.badDebt + rng.normal(0, 0.25))).toFixed(2),
        };
      }

      // Review workflow: old periods are approved; the latest one is still being collected.
      let state: SubmissionState = 'APPROVED';
      if (period === latest) state = rng.weighted<SubmissionState>(['APPROVED', 'SUBMITTED', 'DRAFT', 'RETURNED'], [40, 35, 15, 10]);
      const submittedAt = state === 'DRAFT' ? null : new Date(addDays(period.endsOn, rng.int(1, 25)).getTime() + rng.int(1, 9) * 3_600_000);
      const reviewed = state === 'APPROVED' || state === 'RETURNED';
      const reviewedAt = reviewed && submittedAt ? new Date(submittedAt.getTime() + rng.int(2, 12) * 86_400_000 + rng.int(0, 5) * 3_600_000) : null;

      rows.push({
        organizationId: p.id,
        periodId: period.id,
        unitId: period.endsOn < REFORM_DATE ? p.districtUnitId : p.communeId,
        status,
        members,
        officialMembers,
        regularWorkers: regular,
        seasonalWorkers: workersAll - regular,
        charterCapital: charter,
        contributedCapital: contributed,
        landAreaHa: (landCenti / 100).toFixed(2),
        revenue,
        profit,
        avgWorkerIncome: income,
        managersTotal: a.managers.total,
        managersPostgraduate: a.managers.postgraduate,
        managersUniversity: a.managers.university,
        managersCollege: a.managers.college,
        managersVocational: a.managers.vocational,
        managersUntrained: a.managers.untrained,
        operatingCapital: credit?.operating ?? null,
        deposits: credit?.deposits ?? null,
        loansOutstanding: credit?.loans ?? null,
        badDebtRatio: credit?.badDebt ?? null,
        state,
        submittedAt,
        reviewedAt,
        reviewedById: reviewed ? rng.pick(reviewerIds) : null,
        returnReason: state === 'RETURNED' ? rng.pick(RETURN_REASONS) : null,
        enteredAt: submittedAt ?? addDays(period.endsOn, 3),
        firstSubmittedAt: submittedAt,
      });
    }
  }
  return bulkInsert(
    db,
    'OrganizationReport',
    {
      organizationId: 'int', periodId: 'int', unitId: 'int', status: '"OrgStatus"', members: 'int', officialMembers: 'int',
      regularWorkers: 'int', seasonalWorkers: 'int', charterCapital: 'bigint', contributedCapital: 'bigint', landAreaHa: 'numeric',
      revenue: 'bigint', profit: 'bigint', avgWorkerIncome: 'bigint', managersTotal: 'int', managersPostgraduate: 'int',
      managersUniversity: 'int', managersCollege: 'int', managersVocational: 'int', managersUntrained: 'int',
      operatingCapital: 'bigint', deposits: 'bigint', loansOutstanding: 'bigint', badDebtRatio: 'numeric', state: '"SubmissionState"',
      submittedAt: 'timestamp', reviewedAt: 'timestamp', reviewedById: 'int', returnReason: 'text',
      enteredAt: 'timestamp', firstSubmittedAt: 'timestamp',
    },
    rows,
    { updatedAt: true },
  );
}
