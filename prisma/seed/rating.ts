/**
 * Rating of cooperatives under Thông tư 01/2020/TT-BKHĐT as the portal models it: 15 criteria worth
 * 100 points, bands as data (GOOD ≥ 80, FAIR 65–<80, AVERAGE 50–<65, WEAK < 50), and no rating for
 * an organization operating fewer than 12 months at the end of the year. People's credit funds are
 * rated by the State Bank under its own rules, so they get no assessment here; groups are not rated.
 */
import { Prisma } from '@/lib/generated/prisma/client';
import type { Rating } from '@/lib/generated/prisma/enums';

import { bulkInsert, type Row } from './bulk';
import type { SeedClient } from './client';
import { addDays, monthsBetween, utc } from './dates';
import { existsAt, type OrgPlan, statusAt } from './plan';
import type { Rng } from './random';

export const RATING_SCHEME = {
  code: 'TT01-2020',
  name: 'Phân loại và đánh giá hợp tác xã theo Thông tư 01/2020/TT-BKHĐT',
  legalBasis: 'Thông tư số 01/2020/TT-BKHĐT ngày 19/02/2020 của Bộ Kế hoạch và Đầu tư hướng dẫn phân loại và đánh giá hợp tác xã',
  maxPoints: 100,
  minMonthsOperating: 12,
  maxMonthsStopped: 3,
  orgKinds: ['COOPERATIVE', 'UNION'],
  validFrom: utc(2020, 4, 6),
} as const;

export const RATING_CRITERIA: { group: string; title: string; points: number }[] = [
  { group: 'Kết quả hoạt động sản xuất, kinh doanh', title: 'Doanh thu và giá trị sản phẩm, dịch vụ cung ứng cho thành viên', points: 10 },
  { group: 'Kết quả hoạt động sản xuất, kinh doanh', title: 'Lợi nhuận (kết quả hoạt động sản xuất, kinh doanh)', points: 10 },
  { group: 'Kết quả hoạt động sản xuất, kinh doanh', title: 'Mức độ bảo toàn và phát triển vốn', points: 5 },
  { group: 'Kết quả hoạt động sản xuất, kinh doanh', title: 'Vốn chủ sở hữu và tài sản không chia', points: 5 },
  { group: 'Tổ chức, quản trị', title: 'Quy mô thành viên và sự tham gia của thành viên', points: 5 },
  { group: 'Tổ chức, quản trị', title: 'Trình độ đội ngũ cán bộ quản lý', points: 5 },
  { group: 'Tổ chức, quản trị', title: 'Chấp hành chế độ kế toán, báo cáo tài chính và báo cáo tình hình hoạt động', points: 5 },
  { group: 'Tổ chức, quản trị', title: 'Tổ chức Đại hội thành viên thường niên đúng quy định', points: 5 },
  { group: 'Tổ chức, quản trị', title: 'Ứng dụng khoa học, công nghệ và chuyển đổi số', points: 5 },
  { group: 'Tổ chức, quản trị', title: 'Liên kết sản xuất, tiêu thụ sản phẩm theo chuỗi giá trị', points: 10 },
  { group: 'Thành viên và cộng đồng', title: 'Mức độ hài lòng của thành viên', points: 10 },
  { group: 'Thành viên và cộng đồng', title: 'Thu nhập bình quân của người lao động', points: 5 },
  { group: 'Thành viên và cộng đồng', title: 'Tham gia bảo hiểm xã hội, bảo hiểm y tế cho người lao động', points: 5 },
  { group: 'Thành viên và cộng đồng', title: 'Đóng góp cho cộng đồng, xây dựng nông thôn mới', points: 5 },
  { group: 'Khen thưởng', title: 'Khen thưởng của cơ quan nhà nước, Liên minh Hợp tác xã', points: 10 },
];

export const RATING_BANDS: { rating: Exclude<Rating, 'NOT_RATED'>; min: number; max: number | null }[] = [
  { rating: 'GOOD', min: 80, max: null },
  { rating: 'FAIR', min: 65, max: 80 },
  { rating: 'AVERAGE', min: 50, max: 65 },
  { rating: 'WEAK', min: 0, max: 50 },
];

export function ratingFor(points: number): Rating {
  for (const b of RATING_BANDS) if (points >= b.min && (b.max === null || points < b.max)) return b.rating;
  return 'WEAK';
}

export const RATING_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

export async function seedRatings(db: SeedClient, rng: Rng, plans: OrgPlan[]): Promise<{ assessments: number; scores: number }> {
  const scheme = await db.ratingScheme.create({
    data: {
      ...RATING_SCHEME,
      orgKinds: [...RATING_SCHEME.orgKinds],
      criteria: {
        create: RATING_CRITERIA.map((c, i) => ({ ordinal: i + 1, groupName: c.group, title: c.title, maxPoints: c.points })),
      },
      bands: {
        create: RATING_BANDS.map((b) => ({ rating: b.rating, minPoints: new Prisma.Decimal(b.min), maxPoints: b.max === null ? null : new Prisma.Decimal(b.max) })),
      },
    },
    include: { criteria: { orderBy: { ordinal: 'asc' } } },
  });

  const assessments: Row[] = [];
  const scores: Row[] = [];
  let assessmentId = 0;
  const rated = plans.filter((p) => p.kind === 'COOPERATIVE' || p.kind === 'UNION');
  for (const year of RATING_YEARS) {
    const yearEnd = utc(year, 12, 31);
    for (const p of rated) {
      if (!existsAt(p, yearEnd)) continue;
      const id = ++assessmentId;
      const assessedOn = addDays(utc(year + 1, 3, 1), rng.int(0, 75));
      if (monthsBetween(p.establishedOn, yearEnd) < RATING_SCHEME.minMonthsOperating) {
        assessments.push({ id, organizationId: p.id, schemeId: scheme.id, year, totalPoints: null, rating: 'NOT_RATED', assessedOn, note: 'Hoạt động chưa đủ 12 tháng, chưa xếp loại' });
        continue;
      }
      const status = statusAt(p, yearEnd);
      // A cooperative that is not working scores low whatever it was before.
      const q = status === 'ACTIVE' ? Math.min(0.98, Math.max(0.2, p.quality + (year - 2022) * 0.006 + rng.normal(0, 0.04))) : rng.float(0.2, 0.42);
      let total = 0;
      scheme.criteria.forEach((c) => {
        const f = Math.min(1, Math.max(0, q + rng.normal(0, 0.12)));
        const points = Math.round(c.maxPoints * f * 2) / 2;
        total += points;
        scores.push({ assessmentId: id, criterionId: c.id, points: points.toFixed(2) });
      });
      assessments.push({
        id,
        organizationId: p.id,
        schemeId: scheme.id,
        year,
        totalPoints: total.toFixed(2),
        rating: ratingFor(total),
        assessedOn,
        note: status === 'ACTIVE' ? null : 'Hợp tác xã tạm ngừng hoạt động trong năm',
      });
    }
  }
  await bulkInsert(
    db,
    'RatingAssessment',
    { id: 'int', organizationId: 'int', schemeId: 'int', year: 'int', totalPoints: 'numeric', rating: '"Rating"', assessedOn: 'date', note: 'text' },
    assessments,
    { updatedAt: true },
  );
  await bulkInsert(db, 'RatingScore', { assessmentId: 'int', criterionId: 'int', points: 'numeric' }, scores, { chunkSize: 10_000 });
  return { assessments: assessments.length, scores: scores.length };
}
