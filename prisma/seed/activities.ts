/**
 * The alliance's own work: plan targets per year, support given (training, fairs, consulting …),
 * loans from the development and employment funds, and emulation awards. Figures for the first half
 * of 2023 are the sơ kết's (11 classes / 549 people, 5 campaigns, 4 loans / 300 triệu đồng, 3 loan
 * files under Kế hoạch 93/KH-UBND, 9 cờ thi đua + 9 + 9 bằng khen).
 */
import { Prisma } from '@/lib/generated/prisma/client';
import type { AwardType, LoanFund, SupportKind } from '@/lib/generated/prisma/enums';

import { bulkInsert, type Row } from './bulk';
import type { SeedClient } from './client';
import { addDays, addMonths, REFORM_DATE, SEED_TODAY, utc } from './dates';
import { personName } from './names';
import { currentStatus, existsAt, type OrgPlan } from './plan';
import { distribute, type Rng } from './random';
import type { SeededUnits } from './units';

export type PlanIndicator = { indicator: string; label: string; measure: string };

export const PLAN_INDICATORS = {
  NEW_COOPERATIVES: { label: 'Thành lập mới hợp tác xã', measure: 'HTX' },
  NEW_GROUPS: { label: 'Thành lập mới tổ hợp tác', measure: 'THT' },
  NEW_UNIONS: { label: 'Thành lập mới liên hiệp hợp tác xã', measure: 'Liên hiệp HTX' },
  TRAINING_CLASSES: { label: 'Mở lớp tập huấn, bồi dưỡng nâng cao năng lực cho HTX', measure: 'lớp' },
  TRAINEES: { label: 'Số người tham dự tập huấn, bồi dưỡng', measure: 'người' },
  CAMPAIGNS: { label: 'Cuộc vận động, tư vấn, tuyên truyền thành lập HTX', measure: 'cuộc' },
  ARTICLES: { label: 'Tin, bài về kinh tế tập thể đăng trên trang thông tin điện tử', measure: 'tin, bài' },
  ALLIANCE_MEMBERS: { label: 'Kết nạp thành viên Liên minh HTX tỉnh', measure: 'đơn vị' },
  OCOP_PRODUCTS: { label: 'Sản phẩm OCOP của HTX được công nhận', measure: 'sản phẩm' },
} as const;
export type PlanIndicatorCode = keyof typeof PLAN_INDICATORS;

// Results entered by hand (the statistics engine cannot count them from data).
// 2023 holds the sơ kết figures as reported at mid-year (5/10 campaigns, 105 articles).
const CAMPAIGN_RESULTS: Record<number, number> = { 2019: 10, 2020: 7, 2021: 8, 2022: 11, 2023: 5, 2024: 10, 2025: 12, 2026: 6 };
const ARTICLE_RESULTS: Record<number, number> = { 2019: 186, 2020: 194, 2021: 210, 2022: 205, 2023: 105, 2024: 214, 2025: 226, 2026: 171 };
const UNION_TARGETS: Record<number, number> = { 2020: 1, 2023: 2, 2024: 1, 2025: 1, 2026: 1 };

async function seedPlanTargets(db: SeedClient): Promise<number> {
  const rows: Prisma.PlanTargetCreateManyInput[] = [];
  for (let year = 2019; year <= 2026; year++) {
    const add = (code: PlanIndicatorCode, target: number, result: number | null = null) =>
      rows.push({ year, indicator: code, label: PLAN_INDICATORS[code].label, measure: PLAN_INDICATORS[code].measure, target: new Prisma.Decimal(target), result: result === null ? null : new Prisma.Decimal(result), unitId: null });
    add('NEW_COOPERATIVES', 10);
    add('NEW_GROUPS', 50);
    if (UNION_TARGETS[year]) add('NEW_UNIONS', UNION_TARGETS[year]);
    add('TRAINING_CLASSES', 10);
    add('TRAINEES', 500);
    add('CAMPAIGNS', 10, CAMPAIGN_RESULTS[year]);
    add('ARTICLES', 200, ARTICLE_RESULTS[year]);
    add('ALLIANCE_MEMBERS', 10);
    add('OCOP_PRODUCTS', 5);
  }
  await db.planTarget.createMany({ data: rows });
  return rows.length;
}

const TRAINING_TITLES = [
  'Tập huấn nâng cao năng lực quản lý, điều hành cho cán bộ quản lý HTX',
  'Tập huấn nghiệp vụ kế toán hợp tác xã',
  'Bồi dưỡng kiến thức kinh tế tập thể cho cán bộ quản lý Quỹ tín dụng nhân dân',
  'Tập huấn sản xuất lúa theo tiêu chuẩn VietGAP',
  'Tập huấn xây dựng phương án sản xuất kinh doanh cho HTX nông nghiệp',
  'Tập huấn chuyển đổi số, đưa sản phẩm lên sàn thương mại điện tử',
  'Tập huấn truy xuất nguồn gốc sản phẩm nông sản',
  'Tập huấn liên kết sản xuất và tiêu thụ sản phẩm theo chuỗi giá trị',
  'Tập huấn kỹ năng xây dựng thương hiệu, nhãn hiệu tập thể',
];

type Activity = {
  kind: SupportKind;
  title: string;
  startsOn: Date;
  endsOn: Date | null;
  location: string;
  unitId: number | null;
  attendees: number;
  cost: number;
  fundingSource: string | null;
  description: string | null;
  served: number;
};

export async function seedActivities(db: SeedClient, rng: Rng, plans: OrgPlan[], units: SeededUnits): Promise<Record<string, number>> {
  const planTargets = await seedPlanTargets(db);
  const districtUnits = units.districts;
  const place = (on: Date): { location: string; unitId: number } => {
    const d = rng.pick(districtUnits);
    if (on >= REFORM_DATE) {
      const c = rng.pick(d.communes);
      return { location: `${c.type} ${c.name}`, unitId: c.id };
    }
    return { location: `${d.district.type} ${d.district.name}`, unitId: d.id };
  };
  const budget = 'Ngân sách tỉnh – Chương trình phát triển kinh tế tập thể, HTX giai đoạn 2021-2025';
  const activities: Activity[] = [];
  const day = (from: Date, to: Date) => addDays(from, rng.int(0, Math.max(0, Math.round((to.getTime() - from.getTime()) / 86_400_000))));

  for (let year = 2019; year <= 2026; year++) {
    // Training classes: 2023's first half is the sơ kết's 11 classes with 549 people.
    const halves: [Date, Date, number, number | null][] = [
      [utc(year, 1, 8), utc(year, 6, 25), year === 2023 ? 11 : rng.int(4, 7), year === 2023 ? 549 : null],
      [utc(year, 7, 5), year === 2026 ? utc(2026, 11, 10) : utc(year, 12, 20), year === 2023 ? 5 : rng.int(4, 7), null],
    ];
    for (const [from, to, classes, attendeesTotal] of halves) {
      const attendees = attendeesTotal === null ? Array.from({ length: classes }, () => rng.int(35, 70)) : distribute(attendeesTotal, Array.from({ length: classes }, () => rng.float(0.7, 1.3)), 30);
      for (let i = 0; i < classes; i++) {
        const startsOn = day(from, to);
        const where = place(startsOn);
        let title = rng.pick(TRAINING_TITLES);
        if (year === 2023 && from.getUTCMonth() === 0 && i === 0) title = 'Tập huấn hướng dẫn sử dụng phần mềm khảo sát, đánh giá "Chỉ số hài lòng cấp tỉnh của HTX" năm 2023 (trực tuyến)';
        if (year === 2023 && from.getUTCMonth() === 0 && i === 1) title = 'Tập huấn hỗ trợ phát triển sản xuất theo chuỗi giá trị cho vùng đồng bào dân tộc thiểu số (phối hợp Ban Dân tộc tỉnh)';
        if (year === 2023 && from.getUTCMonth() === 0 && i === 2) title = 'Tập huấn tuyên truyền Nghị quyết số 20-NQ/TW ngày 16/6/2022 (phối hợp Sở Tư pháp)';
        if (year >= 2024 && i === 0) title = 'Tập huấn phổ biến Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn';
        activities.push({
          kind: 'TRAINING', title, startsOn, endsOn: addDays(startsOn, rng.int(0, 2)), ...where,
          attendees: attendees[i], cost: rng.int(20, 60) * 1_000_000, fundingSource: budget, description: null, served: rng.int(3, 12),
        });
      }
    }
    // Campaigns (cuộc vận động, tư vấn thành lập HTX): as many as the plan result records.
    for (let i = 0; i < CAMPAIGN_RESULTS[year]; i++) {
      const startsOn = year === 2023 ? day(utc(2023, 2, 1), utc(2023, 6, 20)) : year === 2026 ? day(utc(2026, 1, 10), utc(2026, 11, 5)) : day(utc(year, 1, 10), utc(year, 12, 15));
      const where = place(startsOn);
      activities.push({
        kind: 'CONSULTING', title: `Vận động, tư vấn thành lập HTX, THT tại ${where.location}`, startsOn, endsOn: null, ...where,
        attendees: rng.int(25, 90), cost: rng.int(3, 10) * 1_000_000, fundingSource: 'Kinh phí hoạt động của Liên minh HTX tỉnh', description: 'Tuyên truyền quyền lợi, nghĩa vụ và các chính sách hỗ trợ của Đảng và Nhà nước khi tham gia HTX', served: rng.int(0, 4),
      });
    }
    // Trade fairs.
    const fairs =
      year === 2023
        ? ['Hội chợ xúc tiến thương mại cho khu vực kinh tế tập thể, HTX khu vực miền Nam năm 2023 tại tỉnh Đồng Nai', 'Hội chợ Thương mại – Du lịch Kiên Giang năm 2023', 'Tuần lễ sản phẩm OCOP và HTX tại Thành phố Hồ Chí Minh năm 2023']
        : year === 2020 || year === 2021
          ? [`Hội chợ trực tuyến sản phẩm HTX năm ${year}`]
          : [`Hội chợ Thương mại – Du lịch ${year >= 2025 ? 'An Giang' : 'Kiên Giang'} năm ${year}`, `Hội chợ Nông nghiệp quốc tế Việt Nam (AgroViet) năm ${year} tại Hà Nội`];
    for (const title of fairs) {
      const startsOn = year === 2026 ? day(utc(2026, 3, 1), utc(2026, 10, 30)) : day(utc(year, 3, 1), utc(year, 11, 30));
      activities.push({
        kind: 'TRADE_FAIR', title, startsOn, endsOn: addDays(startsOn, 4), location: title.includes('Đồng Nai') ? 'Tỉnh Đồng Nai' : title.includes('Hà Nội') ? 'Hà Nội' : title.includes('Hồ Chí Minh') ? 'TP. Hồ Chí Minh' : title.includes('trực tuyến') ? 'Trực tuyến' : 'Rạch Giá',
        unitId: null, attendees: 0, cost: rng.int(60, 180) * 1_000_000, fundingSource: 'Chương trình xúc tiến thương mại của tỉnh', description: 'Hỗ trợ gian hàng, chi phí vận chuyển sản phẩm cho HTX tham gia', served: rng.int(6, 14),
      });
    }
    if (year >= 2022) {
      const startsOn = day(utc(year, 2, 1), year === 2026 ? utc(2026, 10, 1) : utc(year, 11, 1));
      activities.push({ kind: 'TRADE_PROMOTION', title: `Khảo sát, hỗ trợ đưa sản phẩm chủ lực của HTX lên sàn giao dịch điện tử năm ${year}`, startsOn, endsOn: addDays(startsOn, 60), location: 'Toàn tỉnh', unitId: null, attendees: 0, cost: rng.int(30, 90) * 1_000_000, fundingSource: budget, description: null, served: rng.int(8, 15) });
      const st = day(utc(year, 3, 1), year === 2026 ? utc(2026, 10, 1) : utc(year, 10, 30));
      activities.push({ kind: 'SCIENCE_TECHNOLOGY', title: `Hỗ trợ HTX ứng dụng truy xuất nguồn gốc sản phẩm năm ${year}`, startsOn: st, endsOn: addDays(st, 90), location: 'Toàn tỉnh', unitId: null, attendees: 0, cost: rng.int(100, 250) * 1_000_000, fundingSource: budget, description: 'Cấp tem truy xuất nguồn gốc, hướng dẫn ghi nhật ký sản xuất điện tử', served: rng.int(3, 8) });
    }
    if (year >= 2019) {
      const st = day(utc(year, 4, 1), year === 2026 ? utc(2026, 9, 30) : utc(year, 9, 30));
      activities.push({ kind: 'OCOP', title: `Hỗ trợ HTX hoàn thiện hồ sơ sản phẩm tham gia Chương trình OCOP năm ${year}`, startsOn: st, endsOn: addDays(st, 120), location: 'Toàn tỉnh', unitId: null, attendees: 0, cost: rng.int(20, 60) * 1_000_000, fundingSource: 'Chương trình Mỗi xã một sản phẩm (OCOP)', description: null, served: rng.int(3, 7) });
    }
    if (year === 2024 || year === 2025) {
      for (let i = 0; i < 3; i++) {
        const st = day(utc(year, 3, 1), utc(year, 10, 1));
        const where = place(st);
        activities.push({ kind: 'INFRASTRUCTURE', title: `Hỗ trợ đầu tư kết cấu hạ tầng (nhà kho, sân phơi, lò sấy) cho HTX tại ${where.location}`, startsOn: st, endsOn: addDays(st, 150), ...where, attendees: 0, cost: rng.int(8, 25) * 100_000_000, fundingSource: budget, description: 'Thuộc Chương trình phát triển kinh tế tập thể, HTX giai đoạn 2021-2025', served: 1 });
      }
    }
  }
  activities.push({ kind: 'OTHER', title: 'Khảo sát, đánh giá "Chỉ số hài lòng cấp tỉnh của HTX" năm 2023', startsOn: utc(2023, 5, 15), endsOn: utc(2023, 8, 31), location: 'Toàn tỉnh (trực tuyến)', unitId: null, attendees: 0, cost: 45_000_000, fundingSource: 'Kinh phí hoạt động của Liên minh HTX tỉnh', description: null, served: 0 });
  activities.sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime());

  const serviceable = plans.filter((p) => p.kind !== 'GROUP');
  const actRows: Row[] = [];
  const links: Row[] = [];
  activities.forEach((a, i) => {
    const id = i + 1;
    actRows.push({ id, kind: a.kind, title: a.title, startsOn: a.startsOn, endsOn: a.endsOn, location: a.location, unitId: a.unitId, attendees: a.attendees, cost: a.cost, fundingSource: a.fundingSource, description: a.description });
    const pool = serviceable.filter((p) => existsAt(p, a.startsOn) && (a.unitId === null || p.districtUnitId === a.unitId || p.communeId === a.unitId));
    const chosen = rng.shuffle(pool.length >= a.served ? pool : serviceable.filter((p) => existsAt(p, a.startsOn))).slice(0, a.served);
    for (const p of chosen) links.push({ activityId: id, organizationId: p.id });
  });
  await bulkInsert(
    db,
    'SupportActivity',
    { id: 'int', kind: '"SupportKind"', title: 'text', startsOn: 'date', endsOn: 'date', location: 'text', unitId: 'int', attendees: 'int', cost: 'bigint', fundingSource: 'text', description: 'text' },
    actRows,
    { updatedAt: true },
  );
  await bulkInsert(db, 'SupportActivityOrganization', { activityId: 'int', organizationId: 'int' }, links);

  const loans = await seedLoans(db, rng, plans);
  const awards = await seedAwards(db, rng, plans);
  return { planTargets, supportActivities: actRows.length, supportLinks: links.length, loans, awards };
}

async function seedLoans(db: SeedClient, rng: Rng, plans: OrgPlan[]): Promise<number> {
  const coops = plans.filter((p) => p.kind === 'COOPERATIVE');
  const rows: Prisma.LoanCreateManyInput[] = [];
  const add = (fund: LoanFund, org: OrgPlan, principal: number, disbursedOn: Date, months: number, rate: number, purpose: string, contract: string) => {
    const maturesOn = addMonths(disbursedOn, months);
    const matured = maturesOn <= SEED_TODAY;
    // Straight-line repayment; one loan in twelve has fallen behind.
    const behind = rng.chance(1 / 12);
    const elapsed = Math.min(1, (SEED_TODAY.getTime() - disbursedOn.getTime()) / (maturesOn.getTime() - disbursedOn.getTime()));
    let outstanding = matured && !behind ? 0 : Math.round((principal * (1 - elapsed * (behind ? 0.6 : 0.9))) / 1_000_000) * 1_000_000;
    outstanding = Math.max(0, Math.min(principal, outstanding));
    const overdue = behind && outstanding > 0 ? Math.round((outstanding * 0.3) / 1_000_000) * 1_000_000 : 0;
    rows.push({
      fund, organizationId: org.id, contractNumber: contract, principal: BigInt(principal), outstanding: BigInt(outstanding), overdue: BigInt(overdue),
      interestRate: new Prisma.Decimal(rate.toFixed(2)), purpose, disbursedOn, maturesOn, repaidOn: matured && outstanding === 0 ? maturesOn : null,
    });
  };
  const pickOrg = (on: Date, used: Set<number>): OrgPlan => {
    const pool = coops.filter((p) => existsAt(p, on) && currentStatus(p) !== 'SUSPENDED' && !used.has(p.id) && p.establishedOn < addDays(on, -365));
    const org = rng.pick(pool);
    used.add(org.id);
    return org;
  };
  const purposes = ['Mua máy gặt đập liên hợp phục vụ thành viên', 'Xây dựng nhà kho, sân phơi lúa', 'Mua vật tư nông nghiệp cung ứng cho thành viên', 'Đầu tư lò sấy lúa', 'Mở rộng ao nuôi tôm', 'Mua xe vận chuyển hàng hóa', 'Vốn lưu động thu mua nông sản của thành viên'];
  const used = new Set<number>();
  // 2023 first half: four employment-fund loans, 300 triệu đồng in all (with NHCSXH tỉnh).
  [100, 80, 70, 50].forEach((m, i) => {
    const on = utc(2023, 3 + i, 10 + i * 3);
    add('NATIONAL_EMPLOYMENT_FUND', pickOrg(on, used), m * 1_000_000, on, 36, 7.92, 'Hỗ trợ tạo việc làm, duy trì và mở rộng việc làm cho thành viên', `${12 + i}/2023/HĐTD-NHCSXH`);
  });
  // 2023 first half: the three loan files under Kế hoạch 93/KH-UBND (cooperative development fund).
  [500, 700, 1000].forEach((m, i) => {
    const on = utc(2023, 4 + i, 5 + i * 7);
    add('COOPERATIVE_DEVELOPMENT_FUND', pickOrg(on, used), m * 1_000_000, on, 48, 6.6, `${rng.pick(purposes)} (Kế hoạch số 93/KH-UBND ngày 29/4/2021)`, `${3 + i}/2023/HĐ-QHTPT`);
  });
  for (let year = 2019; year <= 2026; year++) {
    const nef = year === 2023 ? 2 : rng.int(3, 5);
    for (let i = 0; i < nef; i++) {
      const on = year === 2023 ? utc(2023, 9 + i, 12) : addDays(utc(year, 2, 1), rng.int(0, year === 2026 ? 260 : 300));
      add('NATIONAL_EMPLOYMENT_FUND', pickOrg(on, used), rng.int(5, 15) * 10_000_000, on, 36, 7.92, 'Hỗ trợ tạo việc làm, duy trì và mở rộng việc làm cho thành viên', `${rng.int(20, 90)}/${year}/HĐTD-NHCSXH`);
    }
    if (year >= 2021 && year !== 2023) {
      for (let i = 0; i < rng.int(2, 4); i++) {
        const on = addDays(utc(year, 3, 1), rng.int(0, year === 2026 ? 220 : 270));
        add('COOPERATIVE_DEVELOPMENT_FUND', pickOrg(on, used), rng.int(3, 15) * 100_000_000, on, 48, year >= 2025 ? 6 : 6.6, `${rng.pick(purposes)}${year <= 2024 ? ' (Kế hoạch số 93/KH-UBND ngày 29/4/2021)' : ''}`, `${rng.int(1, 40)}/${year}/HĐ-QHTPT`);
      }
    }
    if (year === 2024 || year === 2025) {
      const on = addDays(utc(year, 5, 1), rng.int(0, 120));
      add('PROVINCIAL_BUDGET', pickOrg(on, used), rng.int(2, 5) * 100_000_000, on, 36, 0, 'Hỗ trợ lãi suất, vốn đầu tư sản xuất theo chuỗi liên kết', `${rng.int(1, 20)}/${year}/HĐ-NSĐP`);
    }
  }
  await db.loan.createMany({ data: rows });
  return rows.length;
}

const EMULATION_BLOCKS: { name: string; districts: string[]; credit?: boolean }[] = [
  { name: 'Khối thi đua Quỹ tín dụng nhân dân', districts: [], credit: true },
  { name: 'Khối thi đua HTX nông nghiệp Rạch Giá – Châu Thành', districts: ['rach-gia', 'chau-thanh'] },
  { name: 'Khối thi đua HTX nông nghiệp Tân Hiệp', districts: ['tan-hiep'] },
  { name: 'Khối thi đua HTX nông nghiệp Hòn Đất', districts: ['hon-dat'] },
  { name: 'Khối thi đua HTX nông nghiệp Kiên Lương – Hà Tiên – Giang Thành', districts: ['kien-luong', 'ha-tien', 'giang-thanh'] },
  { name: 'Khối thi đua HTX nông nghiệp Giồng Riềng', districts: ['giong-rieng'] },
  { name: 'Khối thi đua HTX nông nghiệp Gò Quao', districts: ['go-quao'] },
  { name: 'Khối thi đua HTX nông nghiệp An Biên – An Minh', districts: ['an-bien', 'an-minh'] },
  { name: 'Khối thi đua HTX nông nghiệp Vĩnh Thuận – U Minh Thượng – Phú Quốc – Kiên Hải', districts: ['vinh-thuan', 'u-minh-thuong', 'phu-quoc', 'kien-hai'] },
];

export const EMULATION_BLOCK_NAMES = EMULATION_BLOCKS.map((b) => b.name);

async function seedAwards(db: SeedClient, rng: Rng, plans: OrgPlan[]): Promise<number> {
  const rows: Prisma.AwardCreateManyInput[] = [];
  for (let year = 2019; year <= 2026; year++) {
    const decisionDate = year === 2023 ? utc(2023, 6, 26) : addDays(utc(year, 6, 10), rng.int(0, 25));
    const issuer = decisionDate >= REFORM_DATE ? 'UBND tỉnh An Giang' : 'UBND tỉnh Kiên Giang';
    // 2023's decision is the one published among the legal documents (legal.ts).
    const ubndDecision = year === 2023 ? '1452/QĐ-UBND' : `${rng.int(1100, 1600)}/QĐ-UBND`;
    for (const block of EMULATION_BLOCKS) {
      const pool = rng.shuffle(
        plans.filter((p) => existsAt(p, decisionDate) && statusIsActive(p, decisionDate) && (block.credit ? p.kind === 'CREDIT_FUND' : p.category === 'AGRI' && block.districts.includes(p.district.key))),
      ).sort((a, b) => b.quality - a.quality);
      const ranks: [AwardType, string][] = [
        ['EMULATION_FLAG', 'Cờ thi đua của UBND tỉnh cho tập thể dẫn đầu Khối thi đua HTX'],
        ['CERTIFICATE_OF_MERIT', 'Bằng khen của UBND tỉnh cho tập thể đạt hạng nhì Khối thi đua HTX'],
        ['CERTIFICATE_OF_MERIT', 'Bằng khen của UBND tỉnh cho tập thể đạt hạng ba Khối thi đua HTX'],
      ];
      ranks.forEach(([type, title], i) => {
        const org = pool[i];
        if (!org) return;
        rows.push({ year, type, title, organizationId: org.id, recipientName: org.name, emulationBlock: block.name, decisionNumber: ubndDecision, decisionDate, issuer });
      });
    }
    // The alliance's own giấy khen for cooperatives and individuals.
    const lmDate = addDays(utc(year, 1, 10), rng.int(0, 20));
    if (lmDate <= SEED_TODAY) {
      const lmIssuer = lmDate >= REFORM_DATE ? 'Liên minh Hợp tác xã tỉnh An Giang' : 'Liên minh Hợp tác xã tỉnh Kiên Giang';
      const lmDecision = `${rng.int(5, 60)}/QĐ-LMHTX`;
      const pool = rng.shuffle(plans.filter((p) => p.kind === 'COOPERATIVE' && existsAt(p, lmDate) && statusIsActive(p, lmDate))).slice(0, rng.int(8, 12));
      for (const org of pool) {
        rows.push({ year, type: 'LETTER_OF_COMMENDATION', title: `Giấy khen của Liên minh HTX tỉnh: có thành tích xuất sắc trong phong trào thi đua năm ${year - 1}`, organizationId: org.id, recipientName: org.name, emulationBlock: null, decisionNumber: lmDecision, decisionDate: lmDate, issuer: lmIssuer });
      }
      const titleOrg = pool[0];
      if (titleOrg) rows.push({ year, type: 'EMULATION_TITLE', title: `Danh hiệu "Tập thể lao động xuất sắc" năm ${year - 1}`, organizationId: titleOrg.id, recipientName: titleOrg.name, emulationBlock: null, decisionNumber: `${rng.int(100, 900)}/QĐ-UBND`, decisionDate: addDays(lmDate, 30), issuer: lmDate >= REFORM_DATE ? 'UBND tỉnh An Giang' : 'UBND tỉnh Kiên Giang' });
    }
  }
  // 2023: Bằng khen đột xuất for a cooperative director (Covid-19 support).
  const covidOrg = plans.find((p) => p.kind === 'COOPERATIVE' && currentStatus(p) === 'ACTIVE' && p.quality > 0.85)!;
  rows.push({
    year: 2023, type: 'CERTIFICATE_OF_MERIT', title: 'Bằng khen đột xuất của UBND tỉnh: giám đốc HTX thực hiện tốt phong trào thi đua chung tay hỗ trợ trong dịch Covid-19',
    organizationId: covidOrg.id, recipientName: `${personName(rng, 'Nam').name}, Giám đốc ${covidOrg.shortName}`, emulationBlock: null, decisionNumber: `${rng.int(1100, 1600)}/QĐ-UBND`, decisionDate: utc(2023, 6, 28), issuer: 'UBND tỉnh Kiên Giang',
  });
  await db.award.createMany({ data: rows });
  return rows.length;
}

function statusIsActive(p: OrgPlan, on: Date): boolean {
  let s: string | null = null;
  for (const h of p.history) if (h.on <= on) s = h.status;
  return s === 'ACTIVE';
}
