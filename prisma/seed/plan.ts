/**
 * The life stories of the demo organizations, computed in memory before anything is written:
 * when each was founded, where, and what happened to it. Counts are fixed per category and fate so
 * that the register on 30/6/2023 matches the sơ kết figures exactly (see expected.ts), and years
 * before and after have plausible new / dissolved / merged / converted counts.
 */
import type { OrgKind, OrgStatus, Sector } from '@/lib/generated/prisma/enums';
import { sectorGroupOf } from '@/lib/organizations/sectors';
import { slugify } from '@/lib/format/slug';

import { addDays, REFORM_DATE, SEED_TODAY, utc } from './dates';
import { DISTRICTS, type District, districtByKey } from './geography';
import { bareCommune, cooperativeName, groupName } from './org-names';
import { distribute, type Rng } from './random';
import type { SeededUnits } from './units';

export type Category = 'AGRI' | 'NONAG' | 'CREDIT' | 'UNION' | 'GROUP';

export type HistoryEntry = { status: OrgStatus; on: Date; reason: string; decisionNumber: string | null };

export type OrgPlan = {
  id: number;
  category: Category;
  kind: OrgKind;
  sector: Sector;
  name: string;
  shortName: string;
  slug: string;
  district: District;
  districtUnitId: number;
  communeId: number;
  /** Commune of the time (before 2025), e.g. "xã Bình Giang". */
  place: string;
  establishedOn: Date;
  history: HistoryEntry[];
  successor: OrgPlan | null;
  /** Converted from this group (the group's history ends with CONVERTED on our founding day). */
  convertedFrom: OrgPlan | null;
  /** Existing on 30/6/2023, so part of the sơ kết totals. */
  inSnapshot: boolean;
  /** 0..1, steers ratings, margins and flags. */
  quality: number;
};

export const SNAPSHOT_DATE = utc(2023, 6, 30);

const EXISTING: OrgStatus[] = ['ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION'];

export function statusAt(plan: OrgPlan, date: Date): OrgStatus | null {
  if (plan.establishedOn.getTime() > date.getTime()) return null;
  let status: OrgStatus | null = null;
  for (const h of plan.history) if (h.on.getTime() <= date.getTime()) status = h.status;
  return status;
}

export function existsAt(plan: OrgPlan, date: Date): boolean {
  const s = statusAt(plan, date);
  return s !== null && EXISTING.includes(s);
}

export function currentStatus(plan: OrgPlan): OrgStatus {
  return plan.history[plan.history.length - 1].status;
}

/** Mid-2023 register, exactly (sơ kết 6 tháng đầu năm 2023; see expected.ts for the 533 rule). */
const SNAPSHOT = { AGRI: 467, NONAG: 45, CREDIT: 21, UNION: 3, GROUP: 2220 } as const;
const NEW_H1_2023 = { AGRI: 8, NONAG: 1, GROUP: 37 } as const;

// Founding years of the organizations that still existed on 30/6/2023 (excluding 2023's own).
const AGRI_YEARS: Record<number, number> = {
  2000: 6, 2001: 7, 2002: 8, 2003: 9, 2004: 10, 2005: 11, 2006: 11, 2007: 12, 2008: 13, 2009: 15, 2010: 18,
  2011: 22, 2012: 25, 2013: 28, 2014: 31, 2015: 34, 2016: 45, 2017: 52, 2018: 51,
  2019: 13, 2020: 11, 2021: 14, 2022: 13,
};
const NONAG_YEARS: Record<number, number> = {
  2001: 1, 2003: 1, 2004: 1, 2005: 1, 2006: 2, 2007: 1, 2008: 2, 2009: 1, 2010: 2,
  2011: 2, 2012: 2, 2013: 2, 2014: 3, 2015: 3, 2016: 4, 2017: 4, 2018: 4, 2019: 2, 2020: 2, 2021: 2, 2022: 2,
};
const GROUP_BLOCKS: [number, number, number][] = [
  [2003, 2008, 250], [2009, 2013, 700], [2014, 2018, 950], [2019, 2019, 70], [2020, 2020, 55], [2021, 2021, 76], [2022, 2022, 82],
];
// Founded after 30/6/2023: (year → count); 2023 means its second half, 2026 up to early November.
const AGRI_AFTER: Record<number, number> = { 2023: 3, 2024: 9, 2025: 8, 2026: 6 };
const NONAG_AFTER: Record<number, number> = { 2023: 1, 2024: 2, 2025: 2, 2026: 1 };
const GROUP_AFTER: Record<number, number> = { 2023: 16, 2024: 46, 2025: 42, 2026: 31 };

const CREDIT_FUNDS: [string, string, number][] = [
  ['Vĩnh Thanh Vân', 'rach-gia', 1996], ['Vĩnh Lạc', 'rach-gia', 1998], ['Rạch Sỏi', 'rach-gia', 2002],
  ['Thị trấn Tân Hiệp', 'tan-hiep', 1997], ['Thạnh Đông', 'tan-hiep', 2001], ['Tân Hội', 'tan-hiep', 2004],
  ['Thứ 11', 'an-minh', 1999], ['Thị trấn Giồng Riềng', 'giong-rieng', 1997], ['Ngọc Chúc', 'giong-rieng', 2003],
  ['Thị trấn Gò Quao', 'go-quao', 1998], ['Vĩnh Hòa Hưng Bắc', 'go-quao', 2005], ['Thứ Ba', 'an-bien', 1998],
  ['Thị trấn Hòn Đất', 'hon-dat', 1999], ['Sóc Sơn', 'hon-dat', 2002], ['Thị trấn Kiên Lương', 'kien-luong', 2000],
  ['Minh Lương', 'chau-thanh', 1997], ['Bình An', 'chau-thanh', 2006], ['Dương Đông', 'phu-quoc', 2001],
  ['Đông Hồ', 'ha-tien', 2000], ['Thị trấn Vĩnh Thuận', 'vinh-thuan', 2003], ['Vĩnh Hòa', 'u-minh-thuong', 2008],
];

type Draft = Omit<OrgPlan, 'id' | 'slug' | 'communeId' | 'districtUnitId'> & { order: number };

// Drafts become plans once ids and units are assigned at the end of buildPlans.
const asPlan = (d: Draft): OrgPlan => d as unknown as OrgPlan;

const REASONS = {
  founded: 'Thành lập mới, được cấp giấy chứng nhận đăng ký hợp tác xã',
  foundedGroup: 'Thành lập, UBND xã chứng thực hợp đồng hợp tác',
  dissolvedVoluntary: [
    'Giải thể tự nguyện theo nghị quyết Đại hội thành viên',
    'Giải thể tự nguyện do hoạt động không hiệu quả, thành viên xin rút vốn',
  ],
  dissolvedForced: [
    'Giải thể bắt buộc: ngừng hoạt động quá 12 tháng liên tục',
    'Giải thể bắt buộc: không tổ chức được đại hội thành viên thường niên 18 tháng liên tục',
  ],
  groupDissolved: [
    'Chấm dứt hợp đồng hợp tác, các tổ viên thống nhất giải thể',
    'Tổ ngừng hoạt động, hết thời hạn hợp đồng hợp tác',
    'Giải thể do tổ viên chuyển sang sản xuất riêng lẻ',
  ],
  suspended: [
    'Tạm ngừng hoạt động do thiếu vốn sản xuất',
    'Tạm ngừng hoạt động có thời hạn theo đề nghị của Hội đồng quản trị',
    'Tạm ngừng hoạt động do thành viên không tham gia sử dụng dịch vụ',
  ],
  covid: 'Tạm ngừng hoạt động do ảnh hưởng của dịch Covid-19',
  awaiting: ['Tạm ngừng hoạt động chờ giải thể', 'Đại hội thành viên thông qua phương án giải thể'],
  resumed: ['Hoạt động trở lại sau thời gian củng cố', 'Tái hoạt động sau khi kiện toàn bộ máy quản lý'],
  revoked: 'Thu hồi giấy chứng nhận đăng ký hợp tác xã do không hoạt động tại trụ sở đăng ký, không báo cáo tình hình hoạt động',
  bankrupt: 'Tuyên bố phá sản theo quyết định của Tòa án nhân dân tỉnh',
  toCompany: 'Chuyển đổi thành doanh nghiệp (công ty TNHH) theo nghị quyết Đại hội thành viên',
};

function randomDay(rng: Rng, from: Date, to: Date): Date {
  const span = Math.max(0, Math.round((to.getTime() - from.getTime()) / 86_400_000));
  return addDays(from, rng.int(0, span));
}

function yearList(table: Record<number, number>): number[] {
  const out: number[] = [];
  for (const [y, n] of Object.entries(table)) for (let i = 0; i < n; i++) out.push(Number(y));
  return out;
}

function decision(rng: Rng, on: Date, kind: 'district' | 'commune' | 'revoke'): string {
  const n = rng.int(12, 2950);
  if (kind === 'revoke') return `${n}/TB-TCKH`;
  return `${n}/QĐ-UBND`;
}

function decisionFor(rng: Rng, on: Date): string {
  return decision(rng, on, on.getTime() >= REFORM_DATE.getTime() ? 'commune' : 'district');
}

export function buildPlans(rng: Rng, units: SeededUnits): OrgPlan[] {
  const drafts: Draft[] = [];
  let order = 0;

  const districtFor = (category: Category): District => {
    const weights = DISTRICTS.map((d) => (category === 'AGRI' ? d.agri : category === 'NONAG' ? d.nonAgri : d.groups));
    return rng.weighted(DISTRICTS, weights);
  };

  const sectorFor = (category: Category, d: District): Sector => {
    const coastal = ['an-bien', 'an-minh', 'kien-hai', 'ha-tien', 'kien-luong', 'rach-gia', 'phu-quoc'].includes(d.key);
    if (category === 'AGRI') {
      return rng.weighted<Sector>(['CROP_LIVESTOCK', 'FISHERY', 'FORESTRY'], [coastal ? 55 : 88, coastal ? 42 : 10, ['u-minh-thuong', 'phu-quoc', 'an-minh', 'vinh-thuan'].includes(d.key) ? 6 : 1]);
    }
    if (category === 'NONAG') {
      return rng.weighted<Sector>(['TRANSPORT', 'TRADE_SERVICE', 'INDUSTRY_HANDICRAFT', 'ENVIRONMENT', 'CONSTRUCTION', 'OTHER_NON_AGRICULTURE'], [25, 30, 25, 8, 6, 6]);
    }
    if (category === 'GROUP') {
      return rng.weighted<Sector>(['CROP_LIVESTOCK', 'FISHERY', 'FORESTRY', 'INDUSTRY_HANDICRAFT', 'TRADE_SERVICE'], [coastal ? 55 : 85, coastal ? 40 : 10, 2, 2, 1]);
    }
    return category === 'CREDIT' ? 'CREDIT' : 'CROP_LIVESTOCK';
  };

  const newDraft = (category: Category, establishedOn: Date, inSnapshot: boolean, district?: District): Draft => {
    const d = district ?? districtFor(category);
    const sector = sectorFor(category, d);
    const place = rng.pick(d.oldCommunes);
    const names = category === 'GROUP' ? groupName(rng, sector, d) : cooperativeName(rng, sector, d, place);
    const kind: OrgKind = category === 'CREDIT' ? 'CREDIT_FUND' : category === 'UNION' ? 'UNION' : category === 'GROUP' ? 'GROUP' : 'COOPERATIVE';
    const draft: Draft = {
      order: order++,
      category,
      kind,
      sector,
      name: names.name,
      shortName: names.short,
      district: d,
      place,
      establishedOn,
      history: [{ status: 'ACTIVE', on: establishedOn, reason: category === 'GROUP' ? REASONS.foundedGroup : REASONS.founded, decisionNumber: null }],
      successor: null,
      convertedFrom: null,
      inSnapshot,
      quality: Math.min(0.97, Math.max(0.3, rng.normal(0.66, 0.12))),
    };
    drafts.push(draft);
    return draft;
  };

  const inYear = (y: number): Date => randomDay(rng, utc(y, 1, 2), utc(y, 12, 28));
  const afterSnapshot = (y: number): Date =>
    y === 2023 ? randomDay(rng, utc(2023, 7, 5), utc(2023, 12, 28)) : y === 2026 ? randomDay(rng, utc(2026, 1, 5), utc(2026, 11, 6)) : inYear(y);

  // ── Cooperatives (agricultural and non-agricultural) that existed on 30/6/2023.
  const featured: { category: Category; district: string; place: string; name: string; sector: Sector; year: number }[] = [
    { category: 'AGRI', district: 'hon-dat', place: 'xã Bình Giang', name: 'Dịch vụ nông nghiệp Thanh niên Kinh 9', sector: 'CROP_LIVESTOCK', year: 2017 },
    { category: 'AGRI', district: 'tan-hiep', place: 'xã Thạnh Đông A', name: 'Nông nghiệp Kinh 3A', sector: 'CROP_LIVESTOCK', year: 2014 },
    { category: 'NONAG', district: 'giong-rieng', place: 'xã Bàn Tân Định', name: 'Thủ công mỹ nghệ Bàn Tân Định', sector: 'INDUSTRY_HANDICRAFT', year: 2016 },
    { category: 'NONAG', district: 'go-quao', place: 'xã Vĩnh Phước A', name: 'Đan đát Phước Lợi', sector: 'INDUSTRY_HANDICRAFT', year: 2018 },
    { category: 'NONAG', district: 'rach-gia', place: 'phường Vĩnh Thanh', name: 'Giao thông vận tải Thành phố Rạch Giá', sector: 'TRANSPORT', year: 2008 },
  ];
  const snapshotOld: Record<'AGRI' | 'NONAG', Draft[]> = { AGRI: [], NONAG: [] };
  for (const category of ['AGRI', 'NONAG'] as const) {
    const years = yearList(category === 'AGRI' ? AGRI_YEARS : NONAG_YEARS);
    const feats = featured.filter((f) => f.category === category);
    for (const f of feats) years.splice(years.indexOf(f.year), 1);
    for (const f of feats) {
      const d = newDraft(category, inYear(f.year), true, districtByKey(f.district));
      d.place = f.place;
      d.sector = f.sector;
      d.name = `Hợp tác xã ${f.name}`;
      d.shortName = `HTX ${f.name}`;
      d.quality = 0.86;
      snapshotOld[category].push(d);
    }
    for (const y of years) snapshotOld[category].push(newDraft(category, inYear(y), true));
  }
  // Founded in the first half of 2023 (sơ kết: "thành lập 9/10 hợp tác xã").
  for (const category of ['AGRI', 'NONAG'] as const) {
    for (let i = 0; i < NEW_H1_2023[category]; i++) newDraft(category, randomDay(rng, utc(2023, 1, 5), utc(2023, 6, 28)), true);
  }

  // Fates of the pre-2023 cooperatives after (or around) the snapshot. Each draft gets at most one.
  // Merge targets keep their clean history: they must outlive the cooperatives merged into them.
  const protectedDrafts = new Set<Draft>();
  const pool = (category: 'AGRI' | 'NONAG', foundedBefore: Date): Draft[] =>
    rng.shuffle(snapshotOld[category].filter((d) => d.history.length === 1 && !protectedDrafts.has(d) && d.establishedOn < foundedBefore && d.quality !== 0.86));
  const take = (category: 'AGRI' | 'NONAG', n: number, foundedBefore: Date): Draft[] => pool(category, foundedBefore).slice(0, n);
  const push = (d: Draft, status: OrgStatus, on: Date, reason: string, decisionNumber: string | null = null) => {
    d.history.push({ status, on, reason, decisionNumber });
  };
  const fates: Record<'AGRI' | 'NONAG', Record<string, number>> = {
    AGRI: { suspendedNow: 4, resumedAfter: 5, suspendedThenDissolved: 5, covidPause: 6, dissolvedAfter: 10, mergedAfter: 3, revokedAfter: 1, awaitingNow: 2 },
    NONAG: { suspendedNow: 2, resumedAfter: 0, suspendedThenDissolved: 1, covidPause: 1, dissolvedAfter: 2, mergedAfter: 0, revokedAfter: 0, awaitingNow: 0 },
  };
  const mergeTargets = (d: Draft, on: Date): Draft[] =>
    snapshotOld[d.category as 'AGRI' | 'NONAG'].filter(
      (t) => t !== d && t.district === d.district && t.history.length === 1 && t.establishedOn < addDays(on, -365) && t.sector === d.sector,
    );
  for (const category of ['AGRI', 'NONAG'] as const) {
    const f = fates[category];
    for (const d of take(category, f.suspendedNow, utc(2020, 1, 1))) {
      push(d, 'SUSPENDED', randomDay(rng, utc(2022, 1, 10), utc(2023, 5, 30)), rng.pick(REASONS.suspended));
    }
    for (const d of take(category, f.resumedAfter, utc(2019, 1, 1))) {
      push(d, 'SUSPENDED', randomDay(rng, utc(2021, 6, 1), utc(2023, 5, 30)), rng.pick(REASONS.suspended));
      push(d, 'ACTIVE', randomDay(rng, utc(2024, 2, 1), utc(2025, 6, 20)), rng.pick(REASONS.resumed));
    }
    for (const d of take(category, f.suspendedThenDissolved, utc(2019, 1, 1))) {
      push(d, 'SUSPENDED', randomDay(rng, utc(2021, 3, 1), utc(2023, 5, 30)), rng.pick(REASONS.suspended));
      const awaiting = randomDay(rng, utc(2024, 1, 10), utc(2024, 12, 20));
      push(d, 'AWAITING_DISSOLUTION', awaiting, rng.pick(REASONS.awaiting));
      const dissolved = addDays(awaiting, rng.int(120, 300));
      push(d, 'DISSOLVED', dissolved, rng.pick(REASONS.dissolvedForced), decisionFor(rng, dissolved));
    }
    for (const d of take(category, f.covidPause, utc(2019, 1, 1))) {
      const s = randomDay(rng, utc(2020, 4, 1), utc(2021, 9, 30));
      push(d, 'SUSPENDED', s, REASONS.covid);
      push(d, 'ACTIVE', addDays(s, rng.int(180, 420)), rng.pick(REASONS.resumed));
    }
    for (const d of take(category, f.dissolvedAfter, utc(2021, 1, 1))) {
      const on = randomDay(rng, utc(2023, 8, 1), utc(2026, 10, 20));
      if (rng.chance(0.4)) push(d, 'AWAITING_DISSOLUTION', addDays(on, -rng.int(90, 240)), rng.pick(REASONS.awaiting));
      push(d, 'DISSOLVED', on, rng.pick([...REASONS.dissolvedVoluntary, ...REASONS.dissolvedForced]), decisionFor(rng, on));
    }
    for (const d of take(category, f.mergedAfter * 3, utc(2020, 1, 1))) {
      if (f.mergedAfter <= 0) break;
      const on = randomDay(rng, utc(2024, 3, 1), utc(2025, 12, 15));
      const targets = mergeTargets(d, on);
      if (targets.length === 0) continue;
      const t = rng.pick(targets);
      protectedDrafts.add(t);
      d.successor = asPlan(t);
      push(d, 'MERGED', on, `Sáp nhập vào ${t.name} theo nghị quyết Đại hội thành viên`, decisionFor(rng, on));
      f.mergedAfter--;
    }
    for (const d of take(category, f.revokedAfter, utc(2018, 1, 1))) {
      const on = randomDay(rng, utc(2024, 2, 1), utc(2024, 11, 30));
      push(d, 'REVOKED', on, REASONS.revoked, decision(rng, on, 'revoke'));
    }
    for (const d of take(category, f.awaitingNow, utc(2019, 1, 1))) {
      push(d, 'AWAITING_DISSOLUTION', randomDay(rng, utc(2026, 3, 1), utc(2026, 9, 30)), rng.pick(REASONS.awaiting));
    }
  }

  // ── Two cooperatives merged into others in the first half of 2023 ("sáp nhập 02 hợp tác xã").
  for (const on of [utc(2023, 3, 21), utc(2023, 5, 16)]) {
    const d = newDraft('AGRI', inYear(rng.int(2006, 2016)), false);
    let targets = mergeTargets(d, on);
    if (targets.length === 0) targets = snapshotOld.AGRI.filter((t) => t.district === d.district && t.history.length === 1 && t.establishedOn < on);
    const t = rng.pick(targets);
    d.sector = t.sector;
    d.successor = asPlan(t);
    push(d, 'MERGED', on, `Sáp nhập vào ${t.name} theo nghị quyết Đại hội thành viên`, decisionFor(rng, on));
  }

  // ── Cooperatives that ended before 2023.
  const endedBefore = (category: 'AGRI' | 'NONAG', n: number, kinds: Record<string, number>) => {
    const years = distribute(n, Array.from({ length: 17 }, (_, i) => 4 + i), 0);
    const list: Draft[] = [];
    years.forEach((count, i) => {
      for (let k = 0; k < count; k++) list.push(newDraft(category, inYear(2000 + i), false));
    });
    const shuffled = rng.shuffle(list);
    let idx = 0;
    for (const [kind, count] of Object.entries(kinds)) {
      for (let k = 0; k < count; k++) {
        const d = shuffled[idx++];
        const earliest = addDays(d.establishedOn, 3 * 365);
        const from = earliest < utc(2012, 1, 1) ? utc(2012, 1, 1) : earliest;
        const on = randomDay(rng, from, utc(2022, 12, 20));
        if (kind === 'dissolved') {
          if (rng.chance(0.35)) push(d, 'AWAITING_DISSOLUTION', addDays(on, -rng.int(90, 300)), rng.pick(REASONS.awaiting));
          else if (rng.chance(0.3)) push(d, 'SUSPENDED', addDays(on, -rng.int(200, 500)), rng.pick(REASONS.suspended));
          push(d, 'DISSOLVED', on, rng.pick([...REASONS.dissolvedVoluntary, ...REASONS.dissolvedForced]), decisionFor(rng, on));
        } else if (kind === 'revoked') {
          push(d, 'REVOKED', on, REASONS.revoked, decision(rng, on, 'revoke'));
        } else if (kind === 'bankrupt') {
          push(d, 'BANKRUPT', on, REASONS.bankrupt, `${rng.int(1, 30)}/QĐ-TA`);
        } else if (kind === 'converted') {
          push(d, 'CONVERTED', on, REASONS.toCompany, null);
        } else if (kind === 'merged') {
          const targets = snapshotOld[category].filter((t) => t.district === d.district && t.establishedOn < addDays(on, -365));
          if (targets.length === 0) {
            push(d, 'DISSOLVED', on, rng.pick(REASONS.dissolvedVoluntary), decisionFor(rng, on));
            continue;
          }
          const t = rng.pick(targets);
          d.successor = asPlan(t);
          push(d, 'MERGED', on, `Sáp nhập vào ${t.name} theo nghị quyết Đại hội thành viên`, decisionFor(rng, on));
        }
      }
    }
  };
  endedBefore('AGRI', 55, { dissolved: 36, revoked: 6, merged: 6, bankrupt: 1, converted: 6 });
  endedBefore('NONAG', 12, { dissolved: 9, revoked: 2, converted: 1 });

  // ── Cooperatives founded after the snapshot.
  const agriAfter: Draft[] = [];
  for (const [y, n] of Object.entries(AGRI_AFTER)) for (let i = 0; i < n; i++) agriAfter.push(newDraft('AGRI', afterSnapshot(Number(y)), false));
  for (const [y, n] of Object.entries(NONAG_AFTER)) for (let i = 0; i < n; i++) newDraft('NONAG', afterSnapshot(Number(y)), false);

  // ── People's credit funds (all 21 still operate).
  for (const [place, key, year] of CREDIT_FUNDS) {
    const d = newDraft('CREDIT', inYear(year), true, districtByKey(key));
    d.name = `Quỹ tín dụng nhân dân ${place}`;
    d.shortName = `QTDND ${place}`;
    d.place = place.startsWith('Thị trấn') ? `thị trấn ${place.slice(9)}` : d.district.oldCommunes.find((c) => bareCommune(c) === place) ?? d.place;
    d.quality = Math.max(d.quality, 0.6);
  }

  // ── Unions: one since 2020, two founded in the first half of 2023 (Giang Thành and An Biên).
  const unions: [string, string, Date, boolean][] = [
    ['Nông nghiệp An Biên', 'an-bien', utc(2020, 9, 15), true],
    ['Nông nghiệp Giang Thành', 'giang-thanh', utc(2023, 3, 28), true],
    ['Thủy sản Tôm – Lúa An Biên', 'an-bien', utc(2023, 6, 9), true],
    ['Lúa gạo Tân Hiệp', 'tan-hiep', utc(2024, 10, 8), false],
  ];
  for (const [name, key, on, inSnapshot] of unions) {
    const d = newDraft('UNION', on, inSnapshot, districtByKey(key));
    d.name = `Liên hiệp Hợp tác xã ${name}`;
    d.shortName = `LHHTX ${name}`;
    d.sector = name.startsWith('Thủy sản') ? 'FISHERY' : 'CROP_LIVESTOCK';
    d.history[0].reason = 'Thành lập liên hiệp hợp tác xã trên cơ sở các hợp tác xã thành viên';
  }

  // ── Cooperative groups (THT).
  const groupsOld: Draft[] = [];
  for (const [from, to, n] of GROUP_BLOCKS) {
    const perYear = distribute(n, Array.from({ length: to - from + 1 }, (_, i) => 1 + i * 0.15), 0);
    perYear.forEach((count, i) => {
      for (let k = 0; k < count; k++) groupsOld.push(newDraft('GROUP', inYear(from + i), true));
    });
  }
  for (let i = 0; i < NEW_H1_2023.GROUP; i++) newDraft('GROUP', randomDay(rng, utc(2023, 1, 5), utc(2023, 6, 28)), true);
  // Groups that ended before 2023: most dissolved, ten became cooperatives (founded 2014–2022).
  const convertTargets = rng.shuffle(snapshotOld.AGRI.filter((d) => d.establishedOn >= utc(2014, 1, 1) && d.establishedOn < utc(2023, 1, 1) && d.history.length === 1)).slice(0, 10);
  for (const target of convertTargets) {
    const g = newDraft('GROUP', inYear(rng.int(2006, target.establishedOn.getUTCFullYear() - 2)), false, target.district);
    g.sector = target.sector;
    g.history.push({ status: 'CONVERTED', on: target.establishedOn, reason: `Chuyển đổi thành ${target.name}`, decisionNumber: null });
    g.successor = asPlan(target);
    target.convertedFrom = asPlan(g);
    target.history[0].reason = `Thành lập trên cơ sở chuyển đổi từ ${g.name}`;
  }
  const groupsDissolvedBefore = distribute(230, Array.from({ length: 14 }, (_, i) => 3 + i), 0);
  groupsDissolvedBefore.forEach((count, i) => {
    for (let k = 0; k < count; k++) {
      const g = newDraft('GROUP', inYear(2005 + i), false);
      const earliest = addDays(g.establishedOn, 2 * 365);
      const on = randomDay(rng, earliest < utc(2012, 1, 1) ? utc(2012, 1, 1) : earliest, utc(2022, 12, 20));
      g.history.push({ status: 'DISSOLVED', on, reason: rng.pick(REASONS.groupDissolved), decisionNumber: null });
    }
  });
  // Groups of the snapshot that ended later: 110 dissolved, 5 converted into 2024–2026 cooperatives.
  const laterPool = rng.shuffle(groupsOld.filter((g) => g.establishedOn < utc(2021, 1, 1)));
  for (const g of laterPool.slice(0, 110)) {
    g.history.push({ status: 'DISSOLVED', on: randomDay(rng, utc(2023, 8, 1), utc(2026, 10, 25)), reason: rng.pick(REASONS.groupDissolved), decisionNumber: null });
  }
  const newCoops = agriAfter.filter((d) => d.establishedOn >= utc(2024, 1, 1));
  for (const target of newCoops.slice(0, 5)) {
    const g = laterPool.slice(110).find((x) => x.district === target.district && x.history.length === 1) ?? laterPool[110 + newCoops.indexOf(target)];
    g.sector = target.sector;
    g.history.push({ status: 'CONVERTED', on: target.establishedOn, reason: `Chuyển đổi thành ${target.name}`, decisionNumber: null });
    g.successor = asPlan(target);
    target.convertedFrom = asPlan(g);
    target.history[0].reason = `Thành lập trên cơ sở chuyển đổi từ ${g.name}`;
  }
  for (const [y, n] of Object.entries(GROUP_AFTER)) for (let i = 0; i < n; i++) newDraft('GROUP', afterSnapshot(Number(y)), false);

  // ── Ids follow founding order, so the register reads chronologically.
  const categoryRank: Record<Category, number> = { CREDIT: 0, UNION: 1, AGRI: 2, NONAG: 3, GROUP: 4 };
  drafts.sort((a, b) => a.establishedOn.getTime() - b.establishedOn.getTime() || categoryRank[a.category] - categoryRank[b.category] || a.order - b.order);
  const slugs = new Set<string>();
  const plans = drafts as unknown as OrgPlan[];
  const communeRng = rng.fork('communes');
  drafts.forEach((d, i) => {
    const p = d as unknown as OrgPlan;
    p.id = i + 1;
    const seeded = units.byKey.get(d.district.key);
    if (!seeded) throw new Error(`district ${d.district.key} not seeded`);
    p.districtUnitId = seeded.id;
    p.communeId = communeRng.weighted(seeded.communes, seeded.communes.map((c) => c.share)).id;
    let slug = slugify(d.shortName.replace(/^(HTX|THT|QTDND|LHHTX) /, `$1 `));
    if (slugs.has(slug)) slug = `${slug}-${slugify(bareCommune(d.place))}`;
    let k = 2;
    const base = slug;
    while (slugs.has(slug)) slug = `${base}-${k++}`;
    slugs.add(slug);
    p.slug = slug;
    p.history.sort((a, b) => a.on.getTime() - b.on.getTime());
  });
  // The district officer's commune must have work to do: its sample is in plans already by weight.
  verifySnapshot(plans);
  void SEED_TODAY;
  return plans;
}

/** Guards the exact counts the rest of the seed and the tests rely on. */
function verifySnapshot(plans: OrgPlan[]): void {
  const count = (category: Category) => plans.filter((p) => p.category === category && existsAt(p, SNAPSHOT_DATE)).length;
  for (const category of Object.keys(SNAPSHOT) as Category[]) {
    const n = count(category);
    if (n !== SNAPSHOT[category]) throw new Error(`seed plan: ${category} on 30/6/2023 is ${n}, expected ${SNAPSHOT[category]}`);
  }
  for (const p of plans) {
    if (p.inSnapshot !== existsAt(p, SNAPSHOT_DATE)) throw new Error(`seed plan: snapshot flag of ${p.name} is inconsistent`);
    if (sectorGroupOf(p.sector) === 'CREDIT' !== (p.kind === 'CREDIT_FUND')) throw new Error(`seed plan: sector of ${p.name}`);
  }
}
