/**
 * The generated part of the demo news feed: stories written from the seeded province's own facts
 * (reports, new cooperatives, trainings, fairs, loans, OCOP products, awards), so that every figure
 * and every cooperative an article names is also in the database. Templates vary by event kind and
 * are chosen with the seed's Rng, so the feed is the same on every run.
 */
import type { Sector } from '@/lib/generated/prisma/enums';

import { addDays, REFORM_DATE, SEED_TODAY, utc } from './dates';
import { DISTRICTS, type District } from './geography';
import * as art from './illustrations';
import { districtLabel, districtOfCommune, leadersAt, mr, official } from './news-people';
import { type ActivityFact, type Facts, latestReport, type OrgFact, type PeriodTotals, placeOf, NEWS_FROM } from './news-facts';
import {
  type Block, byline, ddmmyyyy, dmy, type Figure, ha, inText, money, moneyShort, type NewsItem, num, p, provinceAt, publishAt, upperFirst,
} from './news-text';
import type { Rng } from './random';

const LATEST = SEED_TODAY;
const before = (d: Date) => d <= LATEST;
const year = (d: Date) => d.getUTCFullYear();

/** "ngày 14/7/2024" or, for the same paragraph's second date, just "14/7". */
const on = (d: Date) => `ngày ${dmy(d)}`;

/** "Liên minh HTX tỉnh Kiên Giang" before the reform, "Liên minh HTX tỉnh" after (the merged An Giang). */
const allianceName = (d: Date) => (d < REFORM_DATE ? 'Liên minh HTX tỉnh Kiên Giang' : 'Liên minh HTX tỉnh An Giang');

function placePhrase(location: string | null): string {
  if (!location || location === 'Toàn tỉnh') return 'trên địa bàn toàn tỉnh';
  return `tại ${inText(location)}`;
}

function htxCount(t: PeriodTotals): number {
  return t.agri.n + t.nonAgri.n + t.credit.n;
}

function sceneFor(sector: Sector, title: string, subtitle: string, variant: number) {
  if (sector === 'FISHERY') return art.pondScene(title, subtitle, variant);
  return art.fieldScene(title, subtitle, variant);
}

const figure = (make: () => art.Illustration, alt: string, caption: string): Figure => ({ art: make, alt, caption });

/** Half-year and year reviews: the province's figures, with a table and a chart. */
function periodReviews(facts: Facts, rng: Rng): NewsItem[] {
  const items: NewsItem[] = [];
  const periods = facts.periods.filter((pr) => pr.year >= 2024);
  for (const period of periods) {
    const t = facts.totals.get(period.id)!;
    const prevPeriod = facts.periods.find((x) => x.year === period.year - 1 && x.kind === period.kind);
    const prev = prevPeriod ? facts.totals.get(prevPeriod.id) : undefined;
    const half = period.kind === 'FIRST_HALF';
    const date = publishAt(addDays(period.endsOn, half ? 24 : 22), rng, 0, 3);
    if (!before(date)) continue;
    const htx = htxCount(t);
    const asOf = ddmmyyyy(period.endsOn);
    const label = half ? `6 tháng đầu năm ${period.year}` : `năm ${period.year}`;
    const afterReform = period.endsOn >= REFORM_DATE;
    const change = (now: number, then: number | undefined, unit = '') =>
      then === undefined ? '' : now >= then ? ` (tăng ${num(now - then)}${unit} so với cùng kỳ)` : ` (giảm ${num(then - now)}${unit} so với cùng kỳ)`;
    const members = t.agri.members + t.nonAgri.members + t.credit.members;
    const charter = t.agri.charter + t.nonAgri.charter + t.credit.charter;
    const land = t.agri.land + t.nonAgri.land;
    const workers = t.agri.regular + t.nonAgri.regular + t.credit.regular + t.agri.seasonal + t.nonAgri.seasonal + t.credit.seasonal;
    const revenue = t.agri.revenue + t.nonAgri.revenue + t.credit.revenue;
    const profit = t.agri.profit + t.nonAgri.profit + t.credit.profit;
    const prevHtx = prev ? htxCount(prev) : undefined;
    const prevMembers = prev ? prev.agri.members + prev.nonAgri.members + prev.credit.members : undefined;

    const series = facts.periods
      .filter((x) => x.kind === period.kind && x.year <= period.year && x.year >= period.year - 4)
      .map((x) => ({ label: String(x.year), value: htxCount(facts.totals.get(x.id)!) }));

    const blocks: Block[] = [
      p(`Theo báo cáo của ${allianceName(date)}, tính đến ngày ${asOf}, ${afterReform ? 'trên địa bàn các xã, phường, đặc khu thuộc tỉnh Kiên Giang trước đây' : 'toàn tỉnh'} có ${num(htx)} hợp tác xã${change(htx, prevHtx, ' HTX')}, trong đó ${num(t.agri.n)} HTX nông nghiệp, ${num(t.nonAgri.n)} HTX phi nông nghiệp và ${num(t.credit.n)} Quỹ tín dụng nhân dân; ${num(t.unions.n)} liên hiệp hợp tác xã và ${num(t.groups.n)} tổ hợp tác.`),
      p(`Các hợp tác xã có tổng số ${num(members)} thành viên${change(members, prevMembers)}, tổng vốn điều lệ ${money(charter)}, diện tích canh tác ${ha(land)}; tạo việc làm cho ${num(workers)} lao động, trong đó ${num(t.agri.regular + t.nonAgri.regular + t.credit.regular)} lao động thường xuyên. Các tổ hợp tác có ${num(t.groups.members)} tổ viên, tổng vốn góp ${money(t.groups.contributed)}, diện tích canh tác ${ha(t.groups.land)} và tạo việc làm cho ${num(t.groups.seasonal)} lao động theo thời vụ.`),
      p(`Tổng doanh thu của các hợp tác xã trong kỳ đạt ${money(revenue)}, lợi nhuận ${money(profit)}; bình quân mỗi hợp tác xã đạt doanh thu ${money(revenue / Math.max(1, htx))}, lợi nhuận ${money(profit / Math.max(1, htx))}. Thu nhập bình quân của lao động thường xuyên trong HTX nông nghiệp khoảng ${(Math.round(t.agri.income / 1e5) / 10).toLocaleString('vi-VN')} triệu đồng/người/tháng. Các Quỹ tín dụng nhân dân huy động được ${money(t.credit.deposits)}, dư nợ cho vay ${money(t.credit.loans)}.`),
      p(`Trong ${label}, toàn tỉnh thành lập mới ${num(t.newCooperatives)} hợp tác xã và ${num(t.newGroups)} tổ hợp tác; ${t.dissolvedCooperatives > 0 ? `${num(t.dissolvedCooperatives)} hợp tác xã ngừng hoạt động đã hoàn thành thủ tục giải thể` : 'không có hợp tác xã nào giải thể'}. Các hợp tác xã mới thành lập phần lớn hoạt động trong lĩnh vực nông nghiệp, gắn với liên kết sản xuất và tiêu thụ sản phẩm chủ lực của địa phương.`),
      {
        kind: 'table',
        caption: `Một số chỉ tiêu chủ yếu của hợp tác xã đến ngày ${asOf}`,
        head: ['Chỉ tiêu', prev ? `Cùng kỳ ${period.year - 1}` : 'Kỳ trước', `Kỳ này (${period.year})`],
        rows: [
          ['Số hợp tác xã (HTX)', prevHtx !== undefined ? num(prevHtx) : '–', num(htx)],
          ['Thành viên (người)', prevMembers !== undefined ? num(prevMembers) : '–', num(members)],
          ['Vốn điều lệ', prev ? moneyShort(prev.agri.charter + prev.nonAgri.charter + prev.credit.charter) : '–', moneyShort(charter)],
          ['Tổ hợp tác (THT)', prev ? num(prev.groups.n) : '–', num(t.groups.n)],
          ['Tổ viên THT (người)', prev ? num(prev.groups.members) : '–', num(t.groups.members)],
        ],
      },
      {
        kind: 'figure',
        figure: figure(
          () => art.barChart(`Số hợp tác xã toàn tỉnh (${half ? 'đến 30/6' : 'đến 31/12'} các năm)`, 'hợp tác xã', series, period.year),
          `Biểu đồ cột: số hợp tác xã ${series.map((s) => `năm ${s.label}: ${num(s.value)}`).join(', ')}`,
          `Số hợp tác xã toàn tỉnh qua các năm (nguồn: báo cáo của ${allianceName(date)})`,
        ),
      },
      p(
        afterReform
          ? 'Từ ngày 01/7/2025, số liệu được tổng hợp theo xã, phường, đặc khu của tỉnh An Giang (mới). Để tiện so sánh, Liên minh HTX tỉnh vẫn lưu giữ số liệu các kỳ trước theo huyện, thành phố của tỉnh Kiên Giang cũ và quy đổi sang đơn vị hành chính mới.'
          : 'Nhìn chung, khu vực kinh tế tập thể tiếp tục phát triển ổn định; nhiều hợp tác xã chủ động đổi mới phương thức hoạt động, mở rộng dịch vụ cho thành viên, liên kết với doanh nghiệp tiêu thụ sản phẩm. Tuy nhiên, quy mô của phần lớn hợp tác xã còn nhỏ, vốn hoạt động ít, trình độ cán bộ quản lý chưa đồng đều.',
      ),
      p(
        half
          ? `Nhiệm vụ 6 tháng cuối năm ${period.year}, Liên minh HTX tỉnh tập trung tư vấn thành lập mới hợp tác xã, tổ hợp tác; hỗ trợ các hợp tác xã tiếp cận vốn vay, tham gia hội chợ, xúc tiến thương mại và Chương trình OCOP; đôn đốc các đơn vị thực hiện đúng chế độ báo cáo theo quy định của Luật Hợp tác xã năm 2023.`
          : `Năm ${period.year + 1}, Liên minh HTX tỉnh phấn đấu thành lập mới 10 hợp tác xã, 50 tổ hợp tác; mở 10 lớp tập huấn, bồi dưỡng; tổ chức 10 cuộc vận động, tư vấn thành lập hợp tác xã và kết nạp thêm thành viên Liên minh.`,
      ),
    ];
    items.push({
      date,
      category: 'kinh-te-tap-the',
      title: half
        ? `Kinh tế tập thể 6 tháng đầu năm ${period.year}: ${num(htx)} hợp tác xã, ${num(members)} thành viên`
        : `Kinh tế tập thể năm ${period.year} qua các con số`,
      summary: `Đến ngày ${asOf}, ${afterReform ? 'trên địa bàn tỉnh Kiên Giang trước đây' : 'toàn tỉnh'} có ${num(htx)} hợp tác xã với ${num(members)} thành viên, tổng vốn điều lệ ${money(charter)}; ${num(t.groups.n)} tổ hợp tác với ${num(t.groups.members)} tổ viên.`,
      blocks,
      sourceLine: byline(rng, date, 'office'),
      featured: !half,
    });
  }
  return items;
}

const DIFFICULTIES = [
  'một số hợp tác xã hoạt động còn mang tính hình thức, chưa có biện pháp khắc phục để thoát khỏi khó khăn',
  'trình độ, năng lực của cán bộ quản lý hợp tác xã phần lớn chưa qua đào tạo chuyên môn',
  'việc đánh giá, phân loại hợp tác xã còn chủ quan, chưa thực hiện đúng chế độ báo cáo định kỳ',
  'nhiều hợp tác xã thiếu vốn, thiếu tài sản bảo đảm nên khó tiếp cận vốn vay ngân hàng',
  'một số hợp tác xã đã ngừng hoạt động nhưng chưa làm thủ tục giải thể',
  'liên kết giữa hợp tác xã với doanh nghiệp trong tiêu thụ sản phẩm chưa bền vững',
];

/** Working visits to a district (before the reform) or a commune (after), modelled on seed 004. */
function workingVisits(facts: Facts, rng: Rng): NewsItem[] {
  const items: NewsItem[] = [];
  // Before the reform: districts, with the figures of the latest report before the visit.
  const plan: { key: string; date: Date }[] = [
    { key: 'u-minh-thuong', date: utc(2024, 2, 27) }, { key: 'giong-rieng', date: utc(2024, 4, 11) }, { key: 'an-minh', date: utc(2024, 8, 22) },
    { key: 'kien-luong', date: utc(2024, 10, 15) }, { key: 'vinh-thuan', date: utc(2025, 2, 19) }, { key: 'phu-quoc', date: utc(2025, 4, 24) },
  ];
  for (const { key, date: day } of plan) {
    const d = DISTRICTS.find((x) => x.key === key)!;
    const period = [...facts.periods].reverse().find((x) => x.endsOn < day)!;
    const unit = facts.unitTotals.get(period.id)?.find((u) => u.level === 'DISTRICT' && u.name === d.name);
    if (!unit) continue;
    items.push(visitStory(facts, rng, day, districtLabel(d), `UBND ${districtLabel(d)}`, unit, period.endsOn, d, 'district'));
  }
  // After the reform: communes with the most cooperatives.
  const afterPeriods = facts.periods.filter((x) => x.endsOn >= REFORM_DATE);
  const days = [utc(2025, 9, 24), utc(2026, 3, 18), utc(2026, 5, 27), utc(2026, 9, 29)];
  const used = new Set<string>();
  for (const day of days) {
    const period = [...afterPeriods].reverse().find((x) => x.endsOn < day) ?? afterPeriods[0];
    const units = (facts.unitTotals.get(period.id) ?? []).filter((u) => u.level === 'COMMUNE' && !used.has(u.name)).sort((a, b) => b.htx - a.htx || a.unitId - b.unitId);
    const unit = units[rng.int(0, Math.min(5, units.length - 1))];
    if (!unit) continue;
    used.add(unit.name);
    const label = `${unit.type.toLowerCase()} ${unit.name}`;
    items.push(visitStory(facts, rng, day, label, `UBND ${label}`, unit, period.endsOn, districtOfCommune(unit.name), 'commune'));
  }
  return items;
}

function visitStory(
  facts: Facts, rng: Rng, day: Date, place: string, host: string,
  unit: { htx: number; tht: number; members: number; charter: number; land: number },
  asOf: Date, district: District | undefined, level: 'district' | 'commune',
): NewsItem {
  const date = publishAt(day, rng, 0, 1);
  const leaders = leadersAt(day);
  const head = rng.pick(leaders.vices);
  const hostName = official(rng);
  const y = year(day);
  const newOrgs = [...facts.orgs.values()].filter(
    (o) => o.kind === 'COOPERATIVE' && o.establishedOn && year(o.establishedOn) === y - 1 && (level === 'district' ? o.districtKey === district?.key : o.commune === place),
  );
  const named = newOrgs.slice(0, 3);
  const troubles = rng.shuffle(DIFFICULTIES).slice(0, 3);
  const blocks: Block[] = [
    p(`${upperFirst(on(day))}, Đoàn công tác của Liên minh Hợp tác xã tỉnh do ${mr(head)} – Phó Chủ tịch Liên minh làm trưởng đoàn đã có buổi làm việc với ${host} về tình hình phát triển kinh tế tập thể, hợp tác xã trên địa bàn. Tiếp đoàn có ${mr(hostName)} – Phó Chủ tịch ${host}; đại diện lãnh đạo các phòng, ban chuyên môn${level === 'district' ? ' và UBND các xã, thị trấn' : ''}.`),
    p(`Theo báo cáo của ${host}, đến ngày ${ddmmyyyy(asOf)} trên địa bàn có ${num(unit.htx)} hợp tác xã và ${num(unit.tht)} tổ hợp tác, với tổng số ${num(unit.members)} thành viên, tổ viên; tổng vốn điều lệ của các hợp tác xã ${money(unit.charter)}; diện tích canh tác ${ha(unit.land)}.`),
    p(
      named.length > 0
        ? `Năm ${y - 1}, địa phương đã vận động thành lập mới ${newOrgs.length === 1 ? `01 hợp tác xã là ${named[0].name}` : `${num(newOrgs.length)} hợp tác xã, trong đó có ${named.map((o) => o.name).join(', ')}`}. Phối hợp với Liên minh HTX tỉnh mở lớp tập huấn bồi dưỡng kiến thức về kinh tế tập thể cho cán bộ chủ chốt cấp xã và cán bộ quản lý hợp tác xã; hướng dẫn các hợp tác xã sửa đổi điều lệ theo Luật Hợp tác xã năm 2023.`
        : `Năm ${y - 1}, địa phương phối hợp với Liên minh HTX tỉnh tổ chức các cuộc tuyên truyền, vận động thành lập hợp tác xã, tổ hợp tác; mở lớp tập huấn bồi dưỡng kiến thức về kinh tế tập thể cho cán bộ chủ chốt cấp xã và hướng dẫn các hợp tác xã sửa đổi điều lệ theo Luật Hợp tác xã năm 2023.`,
    ),
    p(`Bên cạnh kết quả đạt được, ${host} cũng nêu một số khó khăn: ${troubles.join('; ')}.`),
    p(`Mục tiêu năm ${y}, địa phương phấn đấu vận động thành lập mới từ ${rng.int(1, 3) === 1 ? '01' : '02'} hợp tác xã trở lên và ${num(rng.int(4, 10))} tổ hợp tác; lựa chọn ít nhất 01 hợp tác xã có sản phẩm tiêu biểu tham gia hội chợ xúc tiến thương mại và ít nhất 02 hợp tác xã tham gia Chương trình OCOP; xây dựng 01 mô hình hợp tác xã điểm hoạt động hiệu quả để nhân rộng.`),
    p(`Phát biểu tại buổi làm việc, ${mr(head)} ghi nhận những chuyển biến tích cực của khu vực kinh tế tập thể trên địa bàn, đồng thời đề nghị địa phương củng cố Ban chỉ đạo đổi mới, phát triển kinh tế tập thể; theo dõi sát hoạt động của hợp tác xã thông qua chế độ báo cáo hằng năm; nhắc nhở các hợp tác xã tổ chức đại hội thành viên thường niên đúng quy định; phối hợp với Liên minh HTX tỉnh mở các lớp đào tạo, hướng dẫn nghiệp vụ cho cán bộ quản lý hợp tác xã.`),
  ];
  const cover =
    district && rng.chance(0.7)
      ? figure(
          () => art.mapScene(`Địa bàn ${level === 'district' ? place : `${place} (thuộc ${districtLabel(district)} cũ)`}`, 'Bản đồ minh họa', district.key, Object.fromEntries(DISTRICTS.map((x) => [x.key, x.name]))),
          `Bản đồ minh họa tỉnh Kiên Giang cũ, đánh dấu ${districtLabel(district)}`,
          `Bản đồ minh họa vị trí ${districtLabel(district)} (địa giới trước ngày 01/7/2025).`,
        )
      : undefined;
  return {
    date,
    category: 'tin-hoat-dong',
    title: level === 'district'
      ? `Liên minh HTX tỉnh làm việc với UBND ${place} về phát triển kinh tế tập thể`
      : `Làm việc với UBND ${place} về tình hình hoạt động của hợp tác xã`,
    summary: `Đoàn công tác của Liên minh HTX tỉnh làm việc với ${host}: trên địa bàn có ${num(unit.htx)} hợp tác xã, ${num(unit.tht)} tổ hợp tác; địa phương đặt mục tiêu thành lập mới hợp tác xã và nâng chất lượng hoạt động năm ${y}.`,
    blocks,
    sourceLine: byline(rng, date),
    cover,
    orgIds: named.map((o) => o.id),
  };
}

/** Campaigns to found cooperatives (the CONSULTING activities). */
function consultingStories(facts: Facts, rng: Rng): NewsItem[] {
  const items: NewsItem[] = [];
  const list = facts.activities.filter((a) => a.kind === 'CONSULTING');
  list.forEach((a, i) => {
    if (i % 2 === 1 && i !== list.length - 1) return;
    const date = publishAt(a.startsOn, rng, 1, 3);
    if (!before(date)) return;
    const place = inText(a.location ?? 'Toàn tỉnh');
    const leaders = leadersAt(a.startsOn);
    const speaker = rng.pick([...leaders.vices, leaders.planning]);
    const speakerTitle = speaker === leaders.planning ? 'Trưởng Ban Kế hoạch – Hỗ trợ Liên minh HTX tỉnh' : 'Phó Chủ tịch Liên minh HTX tỉnh';
    const orgs = a.orgIds.map((id) => facts.orgs.get(id)).filter((o): o is OrgFact => !!o).slice(0, 2);
    const registered = rng.int(1, 4);
    const households = rng.int(12, 35);
    const variant = rng.int(0, 2);
    const title = [
      `Vận động thành lập hợp tác xã, tổ hợp tác tại ${place}`,
      `Tuyên truyền Luật Hợp tác xã năm 2023, vận động người dân ${place} tham gia kinh tế tập thể`,
      `${num(a.attendees)} người dân ${place} được tư vấn về lợi ích khi tham gia hợp tác xã`,
    ][variant];
    const blocks: Block[] = [
      p(`${upperFirst(on(a.startsOn))}, Liên minh Hợp tác xã tỉnh phối hợp với UBND ${place} tổ chức buổi tuyên truyền, vận động, tư vấn thành lập hợp tác xã, tổ hợp tác. Tham dự có ${num(a.attendees)} đại biểu là cán bộ ấp, hội nông dân, hội phụ nữ, đoàn thanh niên và người dân có nhu cầu tham gia kinh tế tập thể.`),
      p(`Tại buổi tuyên truyền, ${mr(speaker)} – ${speakerTitle} đã giới thiệu những điểm mới của Luật Hợp tác xã năm 2023: ba hình thức tổ chức kinh tế hợp tác (tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã); thành viên chính thức và thành viên liên kết; quyền lợi, nghĩa vụ của thành viên và các chính sách hỗ trợ của Nhà nước khi tham gia hợp tác xã.`),
      {
        kind: 'ul',
        items: [
          'Hỗ trợ đào tạo, bồi dưỡng nguồn nhân lực và đưa lao động trẻ có trình độ về làm việc tại hợp tác xã;',
          'Hỗ trợ tiếp cận vốn vay từ Quỹ hỗ trợ phát triển hợp tác xã, Quỹ quốc gia về việc làm;',
          'Hỗ trợ đầu tư kết cấu hạ tầng (nhà kho, sân phơi, lò sấy) và ứng dụng khoa học, công nghệ;',
          'Hỗ trợ xúc tiến thương mại, tham gia hội chợ và Chương trình Mỗi xã một sản phẩm (OCOP).',
        ],
      },
      p(`Nhiều ý kiến của người dân quan tâm đến thủ tục thành lập hợp tác xã, mức góp vốn tối thiểu, cách phân phối thu nhập và điều kiện vay vốn. Cán bộ Liên minh HTX tỉnh đã giải đáp cụ thể, đồng thời hướng dẫn các bước xây dựng phương án sản xuất kinh doanh, dự thảo điều lệ và tổ chức hội nghị thành lập.`),
      orgs.length > 0
        ? p(`Đại diện ${orgs.map((o) => `${o.name} (${o.leaderName ? `${mr(o.leaderName)}, ${o.leaderTitle ?? 'Giám đốc'}` : 'Ban quản trị'})`).join(' và ')} chia sẻ kinh nghiệm tổ chức dịch vụ cho thành viên, liên kết với doanh nghiệp để ổn định đầu ra cho sản phẩm.`)
        : p('Đại diện một số hợp tác xã hoạt động hiệu quả trên địa bàn chia sẻ kinh nghiệm tổ chức dịch vụ cho thành viên, liên kết với doanh nghiệp để ổn định đầu ra cho sản phẩm.'),
      p(`Kết thúc buổi tuyên truyền, có ${num(households)} hộ đăng ký tham gia và ${registered === 1 ? '01 nhóm' : `${num(registered)} nhóm`} hộ đề nghị được tiếp tục tư vấn thành lập ${registered > 2 ? 'tổ hợp tác' : 'hợp tác xã'}. Liên minh HTX tỉnh sẽ phối hợp với địa phương hướng dẫn hoàn thiện hồ sơ theo quy định.`),
    ];
    items.push({
      date,
      category: 'tin-hoat-dong',
      title,
      summary: `Liên minh HTX tỉnh phối hợp với UBND ${place} tuyên truyền Luật Hợp tác xã năm 2023, tư vấn thành lập hợp tác xã, tổ hợp tác cho ${num(a.attendees)} đại biểu và người dân.`,
      blocks,
      sourceLine: byline(rng, date),
      cover: rng.chance(0.35) ? figure(() => art.classScene('Tuyên truyền, vận động thành lập hợp tác xã, tổ hợp tác', `Tuyên truyền Luật Hợp tác xã tại ${place}`, `Ngày ${ddmmyyyy(a.startsOn)}`, a.id), `Minh họa buổi tuyên truyền thành lập hợp tác xã tại ${place}`, `Buổi tuyên truyền, vận động thành lập hợp tác xã tại ${place} (ảnh minh họa).`) : undefined,
      orgIds: orgs.map((o) => o.id),
    });
  });
  return items;
}

type Subject = { match: RegExp; slide: string; topics: string[]; aim: string; lecturer: string };

const SUBJECTS: Subject[] = [
  {
    match: /Luật Hợp tác xã/, slide: 'Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn', lecturer: 'báo cáo viên của Liên minh Hợp tác xã Việt Nam',
    aim: 'giúp cán bộ quản lý hợp tác xã nắm vững các quy định mới để sửa đổi điều lệ, tổ chức lại hoạt động cho phù hợp',
    topics: ['Các hình thức tổ chức kinh tế hợp tác: tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã;', 'Thành viên chính thức, thành viên liên kết góp vốn và liên kết không góp vốn; giới hạn vốn góp của một thành viên;', 'Tổ chức đại hội thành viên, Hội đồng quản trị, Ban kiểm soát hoặc kiểm soát viên;', 'Tài sản chung không chia, phân phối thu nhập và chế độ báo cáo của hợp tác xã;', 'Chính sách hỗ trợ của Nhà nước theo Nghị định số 113/2024/NĐ-CP.'],
  },
  {
    match: /kế toán/, slide: 'Nghiệp vụ kế toán hợp tác xã', lecturer: 'giảng viên Trường Cao đẳng Kiên Giang',
    aim: 'giúp kế toán hợp tác xã ghi chép sổ sách, lập báo cáo tài chính đúng quy định và minh bạch với thành viên',
    topics: ['Chế độ kế toán áp dụng cho hợp tác xã; hệ thống tài khoản, chứng từ, sổ kế toán;', 'Hạch toán vốn góp, các quỹ và tài sản chung không chia;', 'Lập báo cáo tài chính năm và công khai tài chính với thành viên;', 'Sử dụng hóa đơn điện tử và phần mềm kế toán.'],
  },
  {
    match: /Quỹ tín dụng nhân dân/, slide: 'Quản trị, điều hành Quỹ tín dụng nhân dân', lecturer: 'cán bộ Ngân hàng Nhà nước chi nhánh tỉnh',
    aim: 'nâng cao năng lực quản trị, kiểm soát rủi ro và bảo đảm an toàn hoạt động của các Quỹ tín dụng nhân dân',
    topics: ['Nguyên tắc hoạt động và quản trị Quỹ tín dụng nhân dân;', 'Quản lý rủi ro tín dụng, phân loại nợ và trích lập dự phòng;', 'Bảo đảm các tỷ lệ an toàn, phòng, chống rửa tiền;', 'Ứng dụng công nghệ thông tin, thanh toán không dùng tiền mặt.'],
  },
  {
    match: /VietGAP/, slide: 'Sản xuất lúa theo tiêu chuẩn VietGAP', lecturer: 'kỹ sư của Trung tâm Khuyến nông tỉnh',
    aim: 'giúp hợp tác xã tổ chức cho thành viên sản xuất an toàn, giảm chi phí và đủ điều kiện cấp giấy chứng nhận VietGAP',
    topics: ['Yêu cầu của tiêu chuẩn VietGAP trong trồng trọt;', 'Ghi chép nhật ký đồng ruộng, quản lý vật tư đầu vào;', 'Giảm lượng giống, phân bón, thuốc bảo vệ thực vật và nước tưới;', 'Thủ tục đánh giá, cấp và duy trì giấy chứng nhận.'],
  },
  {
    match: /phương án sản xuất kinh doanh/, slide: 'Xây dựng phương án sản xuất kinh doanh', lecturer: 'chuyên viên Trung tâm Tư vấn của Liên minh HTX tỉnh',
    aim: 'giúp hợp tác xã xây dựng phương án sản xuất kinh doanh khả thi, làm cơ sở tiếp cận vốn vay và liên kết với doanh nghiệp',
    topics: ['Phân tích nhu cầu thị trường và năng lực của hợp tác xã;', 'Lập kế hoạch sản xuất, dịch vụ cho thành viên;', 'Dự toán doanh thu, chi phí, dòng tiền và hiệu quả;', 'Hồ sơ vay vốn Quỹ hỗ trợ phát triển hợp tác xã.'],
  },
  {
    match: /chuyển đổi số/, slide: 'Chuyển đổi số, bán hàng trên sàn thương mại điện tử', lecturer: 'chuyên gia của Sở Công Thương và doanh nghiệp thương mại điện tử',
    aim: 'giúp hợp tác xã mở gian hàng trực tuyến, quảng bá và bán sản phẩm qua các nền tảng số',
    topics: ['Mở và quản lý gian hàng trên sàn thương mại điện tử;', 'Chụp ảnh, viết mô tả sản phẩm, bán hàng qua phát trực tiếp;', 'Thanh toán điện tử, đóng gói và giao hàng;', 'Chăm sóc khách hàng và xử lý đánh giá, phản hồi.'],
  },
  {
    match: /truy xuất nguồn gốc/, slide: 'Truy xuất nguồn gốc sản phẩm nông sản', lecturer: 'cán bộ Sở Khoa học và Công nghệ',
    aim: 'giúp hợp tác xã ứng dụng mã QR, nhật ký sản xuất điện tử để minh bạch nguồn gốc sản phẩm',
    topics: ['Yêu cầu truy xuất nguồn gốc của thị trường và nhà phân phối;', 'Ghi nhật ký sản xuất điện tử trên điện thoại;', 'Cấp, quản lý và sử dụng tem truy xuất có mã QR;', 'Kết nối dữ liệu với hệ thống truy xuất nguồn gốc của tỉnh.'],
  },
  {
    match: /chuỗi giá trị/, slide: 'Liên kết sản xuất và tiêu thụ theo chuỗi giá trị', lecturer: 'chuyên viên Sở Nông nghiệp và Môi trường',
    aim: 'giúp hợp tác xã xây dựng và thực hiện hợp đồng liên kết với doanh nghiệp theo Nghị định số 98/2018/NĐ-CP',
    topics: ['Chính sách khuyến khích liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp;', 'Các bước xây dựng dự án, kế hoạch liên kết;', 'Nội dung hợp đồng liên kết, phân chia rủi ro và lợi ích;', 'Kinh nghiệm của các hợp tác xã liên kết thành công.'],
  },
  {
    match: /thương hiệu/, slide: 'Xây dựng thương hiệu, nhãn hiệu tập thể', lecturer: 'chuyên viên Sở Khoa học và Công nghệ',
    aim: 'giúp hợp tác xã đăng ký bảo hộ, quản lý và khai thác nhãn hiệu tập thể cho sản phẩm chủ lực',
    topics: ['Vai trò của thương hiệu, nhãn hiệu đối với sản phẩm của hợp tác xã;', 'Thủ tục đăng ký bảo hộ nhãn hiệu tập thể;', 'Thiết kế bao bì, nhãn hàng hóa đúng quy định;', 'Quản lý, sử dụng nhãn hiệu và phòng, chống hàng giả.'],
  },
  {
    match: /quản lý, điều hành/, slide: 'Nâng cao năng lực quản lý, điều hành hợp tác xã', lecturer: 'giảng viên Trường Cán bộ quản lý của Liên minh Hợp tác xã Việt Nam',
    aim: 'nâng cao năng lực quản trị, điều hành cho Hội đồng quản trị, Giám đốc và Ban kiểm soát hợp tác xã',
    topics: ['Kỹ năng lãnh đạo, điều hành và tổ chức đại hội thành viên;', 'Quản trị tài chính, quản lý vốn và tài sản;', 'Xây dựng kế hoạch sản xuất kinh doanh hằng năm;', 'Kiểm soát nội bộ và công khai thông tin với thành viên.'],
  },
];

/** Training classes (TRAINING activities). */
function trainingStories(facts: Facts, rng: Rng): NewsItem[] {
  const items: NewsItem[] = [];
  const list = facts.activities.filter((a) => a.kind === 'TRAINING');
  list.forEach((a, i) => {
    if (i % 3 === 2) return;
    const subject = SUBJECTS.find((s) => s.match.test(a.title)) ?? SUBJECTS[SUBJECTS.length - 1];
    const date = publishAt(a.startsOn, rng, 0, 2);
    if (!before(date)) return;
    const place = placePhrase(a.location);
    const days = a.endsOn ? Math.max(1, Math.round((a.endsOn.getTime() - a.startsOn.getTime()) / 86_400_000) + 1) : rng.int(1, 3);
    const orgs = a.orgIds.map((id) => facts.orgs.get(id)).filter((o): o is OrgFact => !!o);
    const speaker = orgs.find((o) => o.leaderName);
    const leaders = leadersAt(a.startsOn);
    const opener = rng.pick(leaders.vices);
    const blocks: Block[] = [
      p(`${upperFirst(on(a.startsOn))}, Liên minh Hợp tác xã tỉnh khai giảng lớp “${a.title}” ${place}. Lớp học kéo dài ${num(days)} ngày với ${num(a.attendees)} học viên là thành viên Hội đồng quản trị, giám đốc, kế toán, kiểm soát viên của ${orgs.length > 0 ? `${num(orgs.length)} hợp tác xã` : 'các hợp tác xã'} và cán bộ phụ trách kinh tế tập thể cấp xã.`),
      p(`Phát biểu khai giảng, ${mr(opener)} – Phó Chủ tịch Liên minh HTX tỉnh nhấn mạnh lớp tập huấn nhằm ${subject.aim}. Đây là một trong những lớp bồi dưỡng nằm trong kế hoạch năm ${year(a.startsOn)} của Liên minh, được thực hiện từ nguồn ${a.fundingSource ? a.fundingSource.replace(/^Ngân sách tỉnh – /, 'ngân sách tỉnh thuộc ') : 'kinh phí hỗ trợ của tỉnh'} với tổng kinh phí ${money(a.cost)}.`),
      p(`Học viên được ${subject.lecturer} truyền đạt các nội dung:`),
      // Nghị định 113/2024/NĐ-CP dates from 12/9/2024: classes before it speak of the policies in general.
      { kind: 'ul', items: subject.topics.map((t) => (a.startsOn < utc(2024, 9, 12) ? t.replace('theo Nghị định số 113/2024/NĐ-CP', 'đối với tổ hợp tác, hợp tác xã') : t)) },
      p(`Phương pháp giảng dạy kết hợp lý thuyết với thảo luận nhóm, giải đáp những vướng mắc thực tế tại đơn vị. Học viên tích cực trao đổi về ${rng.pick(['cách huy động thêm thành viên góp vốn', 'kinh nghiệm ký hợp đồng bao tiêu với doanh nghiệp', 'cách lập báo cáo gửi cơ quan quản lý đúng hạn', 'việc tiếp cận vốn vay ưu đãi', 'cách phân phối lợi nhuận theo mức độ sử dụng dịch vụ'])}.`),
      speaker?.leaderName
        ? { kind: 'quote', text: `“Nội dung lớp học rất thiết thực. Về đơn vị, chúng tôi sẽ áp dụng ngay để ${rng.pick(['sắp xếp lại sổ sách, công khai với thành viên', 'mở rộng dịch vụ, thu hút thêm thành viên', 'xây dựng kế hoạch sản xuất vụ tới', 'hoàn thiện hồ sơ tham gia chương trình hỗ trợ của tỉnh'])}”, ${mr(speaker.leaderName)}, ${speaker.leaderTitle ?? 'Giám đốc'} ${speaker.name}, chia sẻ.` }
        : p('Nhiều học viên cho biết nội dung lớp học thiết thực, sẽ áp dụng ngay tại đơn vị.'),
      p(`Kết thúc khóa học, các học viên được cấp giấy chứng nhận. Từ nay đến cuối năm, Liên minh HTX tỉnh tiếp tục phối hợp với các địa phương mở thêm các lớp tập huấn theo nhu cầu của hợp tác xã.`),
    ];
    items.push({
      date,
      category: 'ho-tro-htx',
      title: `${a.title} ${place.replace(/^trên địa bàn toàn tỉnh$/, 'năm ' + year(a.startsOn))}`,
      summary: `${num(a.attendees)} học viên là cán bộ quản lý hợp tác xã và cán bộ cấp xã tham dự lớp “${a.title}” do Liên minh HTX tỉnh tổ chức ${place}.`,
      blocks,
      sourceLine: byline(rng, date),
      cover: rng.chance(0.55) ? figure(() => art.classScene(subject.slide, a.title, `${upperFirst(inText(a.location ?? 'Toàn tỉnh'))}, ${ddmmyyyy(a.startsOn)}`, a.id), `Minh họa lớp tập huấn: màn chiếu ghi “${subject.slide}”, học viên ngồi nghe`, `Quang cảnh lớp tập huấn ${place} (ảnh minh họa).`) : undefined,
      orgIds: speaker ? [speaker.id] : [],
    });
  });
  return items;
}

/** Fairs and trade promotion, with the cooperatives that took part. */
function fairStories(facts: Facts, rng: Rng): NewsItem[] {
  const items: NewsItem[] = [];
  for (const a of facts.activities.filter((x) => x.kind === 'TRADE_FAIR' || x.kind === 'TRADE_PROMOTION')) {
    const orgs = a.orgIds.map((id) => facts.orgs.get(id)).filter((o): o is OrgFact => !!o);
    const products = [...new Set(orgs.map((o) => (o.mainProducts ?? '').split(';')[0].trim()).filter(Boolean))].slice(0, 5);
    const ocop = facts.ocop.filter((o) => a.orgIds.includes(o.orgId) && o.certifiedYear <= year(a.startsOn));
    const fair = a.kind === 'TRADE_FAIR';
    const date = publishAt(a.startsOn, rng, fair ? 2 : 1, fair ? 4 : 3);
    if (!before(date)) continue;
    const sales = rng.int(18, 60) * 10;
    const contracts = rng.int(3, 9);
    const named = orgs.slice(0, 4);
    const blocks: Block[] = fair
      ? [
          p(`Từ ${on(a.startsOn)} đến ${a.endsOn ? on(a.endsOn) : 'hết hội chợ'}, ${num(orgs.length)} hợp tác xã của tỉnh tham gia ${a.title}${a.location && !a.title.includes(a.location) ? ` tại ${a.location}` : ''}. Liên minh Hợp tác xã tỉnh hỗ trợ gian hàng và chi phí vận chuyển sản phẩm với tổng kinh phí ${money(a.cost)} từ ${a.fundingSource ? a.fundingSource.charAt(0).toLowerCase() + a.fundingSource.slice(1) : 'nguồn xúc tiến thương mại của tỉnh'}.`),
          p(`Gian hàng của các hợp tác xã giới thiệu ${products.length ? products.map((x) => x.toLowerCase()).join(', ') : 'các sản phẩm chủ lực của địa phương'}${ocop.length ? `, trong đó có ${ocop.map((o) => `${o.name} (OCOP ${o.stars} sao)`).slice(0, 3).join(', ')}` : ''}. Nhiều khách tham quan, doanh nghiệp phân phối đến tìm hiểu, đặt hàng.`),
          named.length ? p(`Các đơn vị tham gia gồm: ${named.map((o) => o.name).join('; ')}${orgs.length > named.length ? ` và ${num(orgs.length - named.length)} hợp tác xã khác` : ''}.`) : p('Các hợp tác xã tham gia đều là thành viên Liên minh HTX tỉnh, có sản phẩm đạt chứng nhận chất lượng.'),
          p(`Kết thúc hội chợ, doanh thu bán hàng của các hợp tác xã ước đạt ${num(sales)} triệu đồng; ${num(contracts)} hợp tác xã ký kết biên bản ghi nhớ hợp tác tiêu thụ sản phẩm với doanh nghiệp, nhà phân phối. Qua hội chợ, các hợp tác xã có dịp học hỏi kinh nghiệm trưng bày, đóng gói, định giá sản phẩm và tìm hiểu nhu cầu thị trường.`),
          p(`Thời gian tới, Liên minh HTX tỉnh tiếp tục lựa chọn các hợp tác xã có sản phẩm tiêu biểu tham gia các hội chợ trong và ngoài tỉnh, đồng thời hỗ trợ đưa sản phẩm lên sàn thương mại điện tử để mở rộng thị trường.`),
        ]
      : [
          p(`Thực hiện kế hoạch xúc tiến thương mại năm ${year(a.startsOn)}, Liên minh Hợp tác xã tỉnh triển khai ${a.title.charAt(0).toLowerCase()}${a.title.slice(1)}. Kinh phí thực hiện ${money(a.cost)}.`),
          p(`Qua khảo sát, ${num(orgs.length)} hợp tác xã được lựa chọn hỗ trợ đợt này, với các sản phẩm ${products.length ? products.map((x) => x.toLowerCase()).join(', ') : 'chủ lực của địa phương'}. Các hợp tác xã được hướng dẫn mở gian hàng, chụp ảnh, viết mô tả sản phẩm, niêm yết giá và xử lý đơn hàng trực tuyến; sản phẩm được gắn tem truy xuất nguồn gốc có mã QR.`),
          named.length ? p(`Một số đơn vị tham gia: ${named.map((o) => o.name).join('; ')}.`) : p('Các hợp tác xã tham gia đều là thành viên Liên minh HTX tỉnh.'),
          p(`Sau ${rng.int(2, 4)} tháng triển khai, nhiều hợp tác xã đã có đơn hàng đầu tiên qua kênh trực tuyến; doanh số bán hàng qua sàn của các đơn vị tham gia ước đạt ${num(sales)} triệu đồng.`),
        ];
    items.push({
      date,
      category: 'ho-tro-htx',
      title: fair ? `${num(orgs.length)} hợp tác xã của tỉnh tham gia ${a.title}` : `${upperFirst(a.title.replace(/^Khảo sát, /, ''))}`,
      summary: fair
        ? `Các hợp tác xã mang ${products.length ? products.slice(0, 3).map((x) => x.toLowerCase()).join(', ') : 'sản phẩm chủ lực'} đến ${a.title}; doanh thu bán hàng ước đạt ${num(sales)} triệu đồng.`
        : `${num(orgs.length)} hợp tác xã được hỗ trợ đưa sản phẩm chủ lực lên sàn thương mại điện tử, gắn tem truy xuất nguồn gốc.`,
      blocks,
      sourceLine: byline(rng, date, rng.chance(0.3) ? 'press' : 'news'),
      cover: figure(
        () => art.fairScene(fair ? a.title : 'Sản phẩm hợp tác xã trên sàn thương mại điện tử', fair ? `Gian hàng hợp tác xã tại ${a.title}` : a.title, fair ? `${a.location ?? ''}, ${ddmmyyyy(a.startsOn)}` : `Năm ${year(a.startsOn)}`, a.id),
        fair ? `Minh họa gian hàng các hợp tác xã tại ${a.title}` : 'Minh họa gian hàng sản phẩm hợp tác xã',
        fair ? `Gian hàng các hợp tác xã của tỉnh tại hội chợ (ảnh minh họa).` : 'Sản phẩm của hợp tác xã được giới thiệu trên sàn thương mại điện tử (ảnh minh họa).',
      ),
      orgIds: named.map((o) => o.id),
      featured: fair && a.title.includes('AgroViet') && year(a.startsOn) === 2026,
    });
  }
  return items;
}

/** Infrastructure, science and technology, and OCOP support. */
function supportStories(facts: Facts, rng: Rng): NewsItem[] {
  const items: NewsItem[] = [];
  for (const a of facts.activities.filter((x) => x.kind === 'INFRASTRUCTURE' || x.kind === 'SCIENCE_TECHNOLOGY' || x.kind === 'OCOP')) {
    const orgs = a.orgIds.map((id) => facts.orgs.get(id)).filter((o): o is OrgFact => !!o);
    const date = publishAt(a.startsOn, rng, 2, 6);
    if (!before(date)) continue;
    const y = year(a.startsOn);
    let title: string, summary: string, blocks: Block[], cover: Figure | undefined;
    if (a.kind === 'INFRASTRUCTURE') {
      const org = orgs[0];
      const place = inText(a.location ?? 'Toàn tỉnh');
      const what = !org || org.sector === 'CROP_LIVESTOCK'
        ? rng.pick(['nhà kho chứa lúa và sân phơi', 'lò sấy lúa công suất 30 tấn/mẻ', 'nhà kho, sân phơi và lò sấy', 'nhà sơ chế, đóng gói sản phẩm'])
        : org.sector === 'FISHERY' ? rng.pick(['nhà sơ chế và kho lạnh bảo quản thủy sản', 'bến tập kết và nhà sơ chế thủy sản']) : 'nhà xưởng sản xuất và kho chứa sản phẩm';
      title = org ? `Hỗ trợ ${moneyShort(a.cost)} xây dựng ${what} cho ${org.name}` : `Hỗ trợ đầu tư kết cấu hạ tầng cho hợp tác xã ${a.location ? `tại ${place}` : ''}`.trim();
      summary = `Từ Chương trình phát triển kinh tế tập thể, hợp tác xã, ${org ? org.name : 'hợp tác xã'} ${place.startsWith('xã') || place.startsWith('huyện') || place.startsWith('đặc khu') ? `(${place})` : ''} được hỗ trợ ${money(a.cost)} xây dựng ${what}.`.replace(/\s+\(/, ' (').replace(/\s+\./, '.');
      blocks = [
        p(`Thực hiện Chương trình phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021-2025, ${y < 2025 || (y === 2025 && a.startsOn < REFORM_DATE) ? 'UBND tỉnh Kiên Giang' : 'UBND tỉnh An Giang'} phê duyệt hỗ trợ ${money(a.cost)} đầu tư ${what} cho ${org ? `${org.name} (${placeOf(org, a.startsOn)})` : `hợp tác xã tại ${place}`}. Liên minh HTX tỉnh là đơn vị hướng dẫn hợp tác xã lập hồ sơ, theo dõi tiến độ và nghiệm thu.`),
        p(`Công trình được khởi công ${on(a.startsOn)}, dự kiến hoàn thành trong ${num(rng.int(4, 8))} tháng. Hợp tác xã đối ứng phần kinh phí còn lại và huy động thành viên góp công, góp vốn theo phương án được đại hội thành viên thông qua.`),
        org && latestReport(facts, org.id, a.startsOn)
          ? p(`Hiện ${org.name} có ${num(latestReport(facts, org.id, a.startsOn)!.members)} thành viên, diện tích canh tác ${ha(latestReport(facts, org.id, a.startsOn)!.landAreaHa)}. Khi đưa vào sử dụng, công trình giúp hợp tác xã chủ động phơi sấy, bảo quản sản phẩm cho thành viên, giảm tổn thất sau thu hoạch và nâng giá bán.`)
          : p('Khi đưa vào sử dụng, công trình giúp hợp tác xã chủ động phơi sấy, bảo quản sản phẩm cho thành viên, giảm tổn thất sau thu hoạch và nâng giá bán.'),
        p(`${org?.leaderName ? `Theo ${mr(org.leaderName)}, ${org.leaderTitle ?? 'Giám đốc'} hợp tác xã, ` : ''}${!org || org.sector === 'CROP_LIVESTOCK' ? 'trước đây vào mùa thu hoạch, thành viên phải thuê sấy với giá cao, nhiều khi bị thương lái ép giá vì lúa ướt' : 'trước đây thành viên phải bán sản phẩm ngay sau khi thu hoạch, không có nơi sơ chế, bảo quản nên thường bị ép giá'}. Có công trình, hợp tác xã sẽ mở rộng dịch vụ cho cả các hộ ngoài hợp tác xã, tăng nguồn thu để tái đầu tư.`),
      ];
      cover = rng.chance(0.6) ? figure(() => sceneFor(org?.sector ?? 'CROP_LIVESTOCK', title, `Chương trình phát triển kinh tế tập thể, HTX – năm ${y}`, a.id), 'Minh họa vùng sản xuất và công trình của hợp tác xã', `Vùng sản xuất của hợp tác xã được hỗ trợ (ảnh minh họa).`) : undefined;
    } else if (a.kind === 'SCIENCE_TECHNOLOGY') {
      title = `${a.title}: ${num(orgs.length)} hợp tác xã được cấp tem truy xuất nguồn gốc`;
      summary = `Liên minh HTX tỉnh hỗ trợ ${money(a.cost)} giúp ${num(orgs.length)} hợp tác xã cấp tem truy xuất nguồn gốc, ghi nhật ký sản xuất điện tử.`;
      blocks = [
        p(`Năm ${y}, Liên minh Hợp tác xã tỉnh triển khai hỗ trợ các hợp tác xã ứng dụng truy xuất nguồn gốc sản phẩm với kinh phí ${money(a.cost)}. Các đơn vị được cấp tem có mã QR, được hướng dẫn ghi nhật ký sản xuất điện tử trên điện thoại và cập nhật thông tin lên hệ thống truy xuất nguồn gốc của tỉnh.`),
        p(`Đợt này có ${num(orgs.length)} hợp tác xã tham gia${orgs.length ? `, gồm: ${orgs.slice(0, 5).map((o) => o.name).join('; ')}` : ''}. Khi quét mã QR, người tiêu dùng xem được nơi sản xuất, quy trình canh tác, ngày thu hoạch và chứng nhận chất lượng của sản phẩm.`),
        p('Truy xuất nguồn gốc là yêu cầu bắt buộc của nhiều siêu thị, sàn thương mại điện tử và doanh nghiệp xuất khẩu. Việc hỗ trợ giúp hợp tác xã đáp ứng điều kiện đưa sản phẩm vào các kênh phân phối hiện đại, đồng thời nâng cao uy tín sản phẩm.'),
      ];
    } else {
      title = `Hỗ trợ ${num(orgs.length)} hợp tác xã hoàn thiện hồ sơ sản phẩm OCOP năm ${y}`;
      summary = `Liên minh HTX tỉnh hỗ trợ ${money(a.cost)} để ${num(orgs.length)} hợp tác xã hoàn thiện hồ sơ, bao bì, nhãn mác sản phẩm tham gia đánh giá, phân hạng OCOP năm ${y}.`;
      blocks = [
        p(`Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP), Liên minh Hợp tác xã tỉnh phối hợp với cơ quan thường trực Chương trình OCOP tỉnh hỗ trợ ${num(orgs.length)} hợp tác xã hoàn thiện hồ sơ sản phẩm tham gia đánh giá, phân hạng năm ${y}, với tổng kinh phí ${money(a.cost)}.`),
        { kind: 'ul', items: ['Tư vấn xây dựng câu chuyện sản phẩm, tiêu chuẩn cơ sở;', 'Hỗ trợ thiết kế bao bì, nhãn hàng hóa đúng quy định;', 'Hỗ trợ kiểm nghiệm chất lượng, công bố sản phẩm;', 'Hướng dẫn lập phương án sản xuất kinh doanh gắn với sản phẩm OCOP.'] },
        orgs.length ? p(`Các hợp tác xã được hỗ trợ gồm: ${orgs.map((o) => o.name).join('; ')}.`) : p('Các hợp tác xã được hỗ trợ đều có sản phẩm chủ lực gắn với vùng nguyên liệu của địa phương.'),
        p('Sản phẩm OCOP giúp hợp tác xã nâng giá trị nông sản, mở rộng thị trường tiêu thụ và tạo việc làm ổn định cho thành viên. Liên minh HTX tỉnh sẽ tiếp tục đồng hành cùng các hợp tác xã trong quá trình đánh giá, phân hạng.'),
      ];
    }
    items.push({ date, category: 'ho-tro-htx', title, summary, blocks, sourceLine: byline(rng, date), cover, orgIds: orgs.slice(0, 5).map((o) => o.id) });
  }
  return items;
}

const FUND_NAMES: Record<string, string> = {
  COOPERATIVE_DEVELOPMENT_FUND: 'Quỹ hỗ trợ phát triển hợp tác xã tỉnh',
  NATIONAL_EMPLOYMENT_FUND: 'Quỹ quốc gia về việc làm',
  PROVINCIAL_BUDGET: 'ngân sách tỉnh (hỗ trợ lãi suất)',
  OTHER: 'nguồn vốn khác',
};

/** Loans, grouped by fund and half-year. */
function loanStories(facts: Facts, rng: Rng): NewsItem[] {
  const groups = new Map<string, typeof facts.loans>();
  for (const l of facts.loans) {
    const key = `${l.fund}:${year(l.disbursedOn)}:${l.disbursedOn.getUTCMonth() < 6 ? 1 : 2}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const items: NewsItem[] = [];
  for (const loans of groups.values()) {
    const last = loans.reduce((a, b) => (a.disbursedOn > b.disbursedOn ? a : b));
    const date = publishAt(last.disbursedOn, rng, 3, 8);
    if (!before(date)) continue;
    const total = loans.reduce((s, l) => s + l.principal, 0);
    const fund = FUND_NAMES[last.fund];
    const orgs = loans.map((l) => facts.orgs.get(l.orgId)).filter((o): o is OrgFact => !!o);
    const uniqueOrgs = [...new Map(orgs.map((o) => [o.id, o])).values()];
    const dev = last.fund === 'COOPERATIVE_DEVELOPMENT_FUND';
    const emp = last.fund === 'NATIONAL_EMPLOYMENT_FUND';
    const title = loans.length === 1
      ? `${uniqueOrgs[0]?.name ?? 'Hợp tác xã'} được vay ${money(total)} từ ${fund}`
      : `Giải ngân ${money(total)} từ ${fund} cho ${num(uniqueOrgs.length)} hợp tác xã`;
    const blocks: Block[] = [
      p(`${dev ? `Thực hiện Kế hoạch số 93/KH-UBND ngày 29/4/2021 của UBND tỉnh Kiên Giang về cho vay hỗ trợ phát triển hợp tác xã, ${fund}` : emp ? `Liên minh Hợp tác xã tỉnh phối hợp với Ngân hàng Chính sách xã hội tỉnh` : 'Liên minh Hợp tác xã tỉnh'} đã giải ngân ${num(loans.length)} hợp đồng tín dụng với tổng số tiền ${money(total)} cho ${num(uniqueOrgs.length)} hợp tác xã${emp ? ` từ nguồn ${fund}` : ''}.`),
      {
        kind: 'table',
        caption: `Các khoản vay được giải ngân`,
        head: ['Hợp tác xã', 'Số tiền', 'Lãi suất', 'Mục đích'],
        rows: loans.map((l) => [facts.orgs.get(l.orgId)?.name ?? '–', money(l.principal), l.interestRate ? `${l.interestRate.toLocaleString('vi-VN')}%/năm` : 'Không lãi', l.purpose ?? '–']),
      },
      p(
        dev
          ? 'Quỹ hỗ trợ phát triển hợp tác xã cho vay với lãi suất ưu đãi, thời hạn phù hợp chu kỳ sản xuất, ưu tiên các dự án đầu tư máy móc, nhà kho, sân phơi, lò sấy và mua vật tư cung ứng cho thành viên theo Nghị định số 45/2021/NĐ-CP của Chính phủ. Liên minh HTX tỉnh thẩm định phương án sản xuất kinh doanh, hướng dẫn hợp tác xã hoàn thiện hồ sơ và theo dõi việc sử dụng vốn đúng mục đích.'
          : emp
            ? 'Vốn vay từ Quỹ quốc gia về việc làm giúp hợp tác xã duy trì, mở rộng sản xuất, tạo việc làm mới cho thành viên và người lao động địa phương. Mỗi dự án vay phải cam kết tạo thêm ít nhất một chỗ làm việc mới.'
            : 'Nguồn hỗ trợ lãi suất từ ngân sách tỉnh giúp hợp tác xã giảm chi phí vốn khi đầu tư sản xuất theo chuỗi liên kết với doanh nghiệp.',
      ),
      p(`${uniqueOrgs[0]?.leaderName ? `${upperFirst(mr(uniqueOrgs[0].leaderName))}, ${uniqueOrgs[0].leaderTitle ?? 'Giám đốc'} ${uniqueOrgs[0].name}, cho biết` : 'Đại diện hợp tác xã cho biết'} nguồn vốn đến đúng thời điểm chuẩn bị vụ sản xuất mới, giúp hợp tác xã chủ động mua vật tư cung ứng cho thành viên với giá thấp hơn thị trường, không phải vay nóng bên ngoài.`),
    ];
    items.push({
      date,
      category: 'ho-tro-htx',
      title,
      summary: `${upperFirst(fund)} giải ngân ${money(total)} cho ${num(uniqueOrgs.length)} hợp tác xã ${dev ? 'đầu tư sản xuất, cung ứng vật tư cho thành viên' : 'duy trì, mở rộng sản xuất và tạo việc làm'}.`,
      blocks,
      sourceLine: byline(rng, date),
      cover: rng.chance(0.45) ? figure(() => art.loanScene(title, moneyShort(total), `${upperFirst(fund)} – ${dmy(last.disbursedOn)}`, last.id), `Minh họa khoản vay ${moneyShort(total)} cho hợp tác xã`, `Nguồn vốn vay giúp hợp tác xã mở rộng sản xuất (ảnh minh họa).`) : undefined,
      orgIds: uniqueOrgs.slice(0, 6).map((o) => o.id),
    });
  }
  return items;
}

/** OCOP certifications of the cooperatives' products. */
function ocopStories(facts: Facts, rng: Rng): NewsItem[] {
  const items: NewsItem[] = [];
  for (const product of facts.ocop.filter((o) => o.certifiedYear >= 2024)) {
    const org = facts.orgs.get(product.orgId);
    if (!org) continue;
    const day = utc(product.certifiedYear, rng.int(4, 11), rng.int(1, 28));
    const date = publishAt(day, rng, 0, 3);
    if (!before(date)) continue;
    const report = latestReport(facts, org.id, day);
    const place = placeOf(org, day);
    const prior = facts.ocop.filter((o) => o.orgId === org.id && o.id !== product.id && o.certifiedYear <= product.certifiedYear);
    const blocks: Block[] = [
      p(`UBND tỉnh ${provinceAt(day)} vừa ban hành Quyết định ${product.decisionNumber ? `số ${product.decisionNumber}` : ''} công nhận kết quả đánh giá, phân hạng sản phẩm OCOP năm ${product.certifiedYear}. Trong đó, sản phẩm “${product.name}” của ${org.name} (${place}) đạt ${product.stars} sao.`.replace('Quyết định  ', 'Quyết định ')),
      p(`${org.name} được thành lập${org.establishedOn ? ` năm ${year(org.establishedOn)}` : ''}${report ? `, hiện có ${num(report.members)} thành viên, tạo việc làm cho ${num(report.regularWorkers + report.seasonalWorkers)} lao động` : ''}. Sản phẩm được làm từ nguồn nguyên liệu tại chỗ, sản xuất theo quy trình khép kín, có tem truy xuất nguồn gốc và bao bì, nhãn mác đầy đủ thông tin.`),
      p(`Để sản phẩm đạt chuẩn OCOP, hợp tác xã được Liên minh HTX tỉnh và các ngành hỗ trợ xây dựng câu chuyện sản phẩm, kiểm nghiệm chất lượng, thiết kế bao bì và hoàn thiện hồ sơ. ${prior.length ? `Trước đó, hợp tác xã đã có ${prior.map((o) => `sản phẩm “${o.name}” đạt ${o.stars} sao (năm ${o.certifiedYear})`).join(', ')}.` : 'Đây là sản phẩm OCOP đầu tiên của hợp tác xã.'}`),
      org.leaderName
        ? { kind: 'quote', text: `“Được công nhận OCOP ${product.stars} sao là động lực để hợp tác xã giữ vững chất lượng, mở rộng vùng nguyên liệu và đưa sản phẩm vào siêu thị, sàn thương mại điện tử”, ${mr(org.leaderName)}, ${org.leaderTitle ?? 'Giám đốc'} hợp tác xã, cho biết.` }
        : p('Đại diện hợp tác xã cho biết sẽ tiếp tục giữ vững chất lượng, mở rộng vùng nguyên liệu và đưa sản phẩm vào siêu thị, sàn thương mại điện tử.'),
      p(`Chứng nhận OCOP có giá trị trong 36 tháng. Liên minh HTX tỉnh tiếp tục hỗ trợ hợp tác xã tham gia hội chợ, xúc tiến thương mại để quảng bá sản phẩm.`),
    ];
    items.push({
      date,
      category: rng.chance(0.5) ? 'mo-hinh-dien-hinh' : 'ho-tro-htx',
      title: `${product.name} của ${org.name} đạt chuẩn OCOP ${product.stars} sao`,
      summary: `Sản phẩm “${product.name}” của ${org.name} (${place}) được UBND tỉnh công nhận đạt chuẩn OCOP ${product.stars} sao năm ${product.certifiedYear}.`,
      blocks,
      sourceLine: byline(rng, date, 'feature'),
      cover: figure(() => art.productScene(product.name, org.name, product.stars, product.id), `Minh họa sản phẩm ${product.name} với ${product.stars} sao OCOP`, `Sản phẩm “${product.name}” của ${org.name} (ảnh minh họa).`),
      orgIds: [org.id],
    });
  }
  return items;
}

/** Feature stories about well-run cooperatives, with their own figures over the years. */
function modelStories(facts: Facts, rng: Rng): NewsItem[] {
  const candidates = [...facts.orgs.values()].filter(
    (o) => o.kind === 'COOPERATIVE' && o.status === 'ACTIVE' && (o.isNewModel || o.hasVietGap || o.hasValueChainLink) && o.leaderName && (facts.reports.get(o.id)?.length ?? 0) >= 4,
  );
  const chosen = rng.shuffle(candidates).slice(0, 18);
  const start = utc(2024, 1, 20).getTime();
  const span = utc(2026, 11, 15).getTime() - start;
  return chosen.map((org, i) => {
    const day = new Date(start + Math.round(((i + rng.float(0.1, 0.9)) / chosen.length) * span));
    const date = publishAt(day, rng, 0, 0);
    const report = latestReport(facts, org.id, day, 'FULL_YEAR') ?? latestReport(facts, org.id, day)!;
    const history = (facts.reports.get(org.id) ?? []).filter((r) => r.kind === 'FULL_YEAR' && r.endsOn < day).slice(-4);
    const place = placeOf(org, day);
    const product = (org.mainProducts ?? 'sản xuất nông nghiệp').split(';')[0].trim();
    const lower = product.charAt(0).toLowerCase() + product.slice(1);
    const leader = mr(org.leaderName!);
    const incomeMillions = (Math.round(report.avgWorkerIncome / 1e5) / 10).toLocaleString('vi-VN');
    const strengths = [
      org.isNewModel ? 'được chọn tham gia Đề án lựa chọn, hoàn thiện, nhân rộng mô hình hợp tác xã kiểu mới hiệu quả theo Quyết định số 167/QĐ-TTg của Thủ tướng Chính phủ' : null,
      org.hasVietGap ? 'được cấp giấy chứng nhận VietGAP cho vùng sản xuất của thành viên' : null,
      org.hasValueChainLink ? 'ký hợp đồng liên kết sản xuất, tiêu thụ ổn định với doanh nghiệp' : null,
    ].filter(Boolean) as string[];
    const variant = i % 3;
    const title = [
      `${org.name}: ${strengths.length > 1 ? 'mô hình hợp tác xã kiểu mới' : 'làm ăn hiệu quả'} từ ${lower}`,
      `Thu nhập ổn định cho ${num(report.members)} thành viên ${org.name}`,
      `${upperFirst(place)}: ${org.name} nâng giá trị ${lower}`,
    ][variant];
    const blocks: Block[] = [
      p(`Về ${place} những ngày này, ${rng.pick(['dễ dàng nhận ra những cánh đồng, ao nuôi được quy hoạch ngay ngắn', 'không khí sản xuất tất bật', 'nhiều hộ dân đang chuẩn bị cho vụ mới'])}. Phần lớn diện tích ấy do thành viên của ${org.name} canh tác theo quy trình chung, có sự hỗ trợ dịch vụ của hợp tác xã từ khâu đầu vào đến tiêu thụ sản phẩm.`),
      p(`${org.name} được thành lập${org.establishedOn ? ` năm ${year(org.establishedOn)}` : ''}, hoạt động chính là ${lower}. Hiện hợp tác xã có ${num(report.members)} thành viên, ${num(report.regularWorkers)} lao động thường xuyên và ${num(report.seasonalWorkers)} lao động thời vụ, vốn điều lệ ${money(report.charterCapital)}${report.landAreaHa > 0 ? `, diện tích canh tác ${ha(report.landAreaHa)}` : ''}.`),
      p(`Điểm nổi bật của hợp tác xã là ${strengths.length ? strengths.join('; ') : 'tổ chức dịch vụ đồng bộ cho thành viên'}. Nhờ mua chung vật tư, hợp tác xã giúp thành viên giảm chi phí đầu vào; sản phẩm được thu mua tập trung nên giá bán ổn định hơn so với bán lẻ qua thương lái.`),
      { kind: 'quote', text: `“Lúc đầu bà con còn e dè, sợ vào hợp tác xã bị ràng buộc. Khi thấy thành viên làm theo quy trình chung mà lời hơn, nhiều hộ tự tìm đến xin vào”, ${leader}, ${org.leaderTitle ?? 'Giám đốc'} hợp tác xã, nhớ lại.` },
      p(`Năm ${report.year}, doanh thu của hợp tác xã đạt ${money(report.revenue)}, lợi nhuận ${money(report.profit)}; thu nhập bình quân của lao động thường xuyên khoảng ${incomeMillions} triệu đồng/người/tháng. Lợi nhuận được trích lập các quỹ, phần còn lại chia cho thành viên theo mức độ sử dụng dịch vụ và vốn góp theo đúng điều lệ.`),
    ];
    if (history.length >= 3 && i % 2 === 0) {
      blocks.push({
        kind: 'figure',
        figure: figure(
          () => art.barChart(`Doanh thu của ${org.name}`, 'triệu đồng', history.map((r) => ({ label: String(r.year), value: Math.round(r.revenue / 1e6) })), org.id),
          `Biểu đồ doanh thu của ${org.name}: ${history.map((r) => `năm ${r.year} ${num(r.revenue / 1e6)} triệu đồng`).join(', ')}`,
          `Doanh thu của hợp tác xã qua các năm (nguồn: báo cáo của hợp tác xã gửi Liên minh HTX tỉnh).`,
        ),
      });
    }
    blocks.push(
      p(`Thời gian tới, hợp tác xã định hướng ${rng.pick(['mở rộng vùng sản xuất liên kết, kết nạp thêm thành viên liên kết góp vốn', 'đầu tư máy móc cơ giới hóa, giảm chi phí nhân công', 'xây dựng nhãn hiệu tập thể và đưa sản phẩm tham gia Chương trình OCOP', 'ứng dụng truy xuất nguồn gốc, đưa sản phẩm lên sàn thương mại điện tử'])}. ${upperFirst(leader)} mong muốn tiếp tục được hỗ trợ vốn vay ưu đãi và đào tạo cán bộ trẻ để hợp tác xã phát triển bền vững.`),
      p(`Đánh giá về mô hình, đại diện Liên minh HTX tỉnh cho biết ${org.name} là một trong những hợp tác xã tiêu biểu của ${place}, cần được nhân rộng, nhất là cách tổ chức dịch vụ và liên kết tiêu thụ sản phẩm cho thành viên.`),
    );
    const cover = i % 3 !== 2 ? figure(() => sceneFor(org.sector, org.name, `${upperFirst(place)} – ${product}`, org.id), `Minh họa vùng sản xuất của ${org.name}`, `Vùng sản xuất của thành viên ${org.name} (ảnh minh họa).`) : undefined;
    return {
      date,
      category: 'mo-hinh-dien-hinh' as const,
      title,
      summary: `Với ${num(report.members)} thành viên, ${org.name} (${place}) đạt doanh thu ${money(report.revenue)} năm ${report.year}; ${strengths[0] ?? 'tổ chức dịch vụ đồng bộ cho thành viên'}.`,
      blocks,
      sourceLine: byline(rng, date, 'feature'),
      cover,
      orgIds: [org.id],
      featured: i === chosen.length - 2,
    };
  });
}

/** Newly founded cooperatives and unions. */
function newCooperativeStories(facts: Facts, rng: Rng): NewsItem[] {
  const founded = [...facts.orgs.values()].filter((o) => (o.kind === 'COOPERATIVE' || o.kind === 'UNION') && o.establishedOn && o.establishedOn >= NEWS_FROM && !o.name.includes('Lúa gạo Tân Hiệp'));
  const items: NewsItem[] = [];
  founded.forEach((org, i) => {
    if (i % 2 === 1) return;
    const day = addDays(org.establishedOn!, rng.int(3, 12));
    const date = publishAt(day, rng, 0, 1);
    if (!before(date)) return;
    const place = placeOf(org, day);
    const first = (facts.reports.get(org.id) ?? []).find((r) => r.endsOn >= org.establishedOn!);
    const members = first?.members ?? facts.memberCounts.get(org.id) ?? rng.int(7, 25);
    const product = (org.mainProducts ?? 'dịch vụ tổng hợp').split(';').map((s) => s.trim());
    const leaders = leadersAt(day);
    const guest = rng.pick(leaders.vices);
    const blocks: Block[] = [
      p(`${upperFirst(on(day))}, ${org.name} (${place}) tổ chức lễ ra mắt${org.establishedOn ? ` sau khi được cấp giấy chứng nhận đăng ký hợp tác xã ${on(org.establishedOn)}` : ''}. Dự buổi lễ có ${mr(guest)} – Phó Chủ tịch Liên minh Hợp tác xã tỉnh, đại diện lãnh đạo UBND ${place.startsWith('huyện') || place.startsWith('thành phố') ? place : place} và đông đảo thành viên.`),
      p(`Hợp tác xã có ${num(members)} thành viên chính thức khi thành lập, vốn điều lệ ${money(org.charterCapital ?? 0)}; ngành nghề chính là ${product.map((s) => s.charAt(0).toLowerCase() + s.slice(1)).join(', ')}. ${org.leaderName ? `Đại hội thành viên đã bầu ${mr(org.leaderName)} làm ${org.leaderTitle ?? 'Giám đốc'}.` : ''}`),
      p(`${org.name} được thành lập theo Luật Hợp tác xã năm 2023, trên cơ sở ${rng.pick(['tổ hợp tác hoạt động hiệu quả nhiều năm', 'nhu cầu liên kết của các hộ sản xuất cùng ngành nghề', 'kết quả các buổi tuyên truyền, vận động của Liên minh HTX tỉnh và chính quyền địa phương'])}. Liên minh HTX tỉnh đã tư vấn xây dựng phương án sản xuất kinh doanh, điều lệ và hướng dẫn thủ tục đăng ký.`),
      p(`Phát biểu tại buổi lễ, ${mr(guest)} chúc mừng hợp tác xã, đề nghị Hội đồng quản trị sớm kiện toàn bộ máy, công khai tài chính, tổ chức dịch vụ thiết thực cho thành viên và thực hiện đầy đủ chế độ báo cáo. Liên minh HTX tỉnh sẽ tiếp tục hỗ trợ hợp tác xã về đào tạo, tiếp cận vốn vay và xúc tiến thương mại.`),
    ];
    items.push({
      date,
      category: 'kinh-te-tap-the',
      title: org.kind === 'UNION' ? `Ra mắt ${org.name}` : rng.chance(0.5) ? `Ra mắt ${org.name}` : `Thành lập ${org.name} với ${num(members)} thành viên`,
      summary: `${org.name} (${place}) ra mắt với ${num(members)} thành viên, vốn điều lệ ${money(org.charterCapital ?? 0)}, hoạt động ${product[0].charAt(0).toLowerCase() + product[0].slice(1)}.`,
      blocks,
      sourceLine: byline(rng, date),
      cover: rng.chance(0.4) ? figure(() => art.hallScene(`Lễ ra mắt ${org.name}`, `Ra mắt ${org.name}`, `${upperFirst(place)}, ${ddmmyyyy(day)}`, org.id), `Minh họa lễ ra mắt ${org.name}`, `Lễ ra mắt ${org.name} (ảnh minh họa).`) : undefined,
      orgIds: [org.id],
    });
  });
  return items;
}

/** Emulation: registration meetings, flags and certificates, commendations. */
function awardStories(facts: Facts, rng: Rng): NewsItem[] {
  const items: NewsItem[] = [];
  for (const y of [2024, 2025, 2026]) {
    // Registration meeting in February.
    const regDay = utc(y, 2, rng.int(20, 27));
    const regDate = publishAt(regDay, rng, 0, 1);
    const leaders = leadersAt(regDay);
    const blocks = [...new Set(facts.awards.filter((a) => a.year === y - 1 && a.emulationBlock).map((a) => a.emulationBlock!))];
    items.push({
      date: regDate,
      category: 'thi-dua-khen-thuong',
      title: `Các Khối thi đua hợp tác xã ký kết giao ước thi đua năm ${y}`,
      summary: `${num(blocks.length || 9)} Khối thi đua hợp tác xã do Liên minh HTX tỉnh thành lập tổ chức họp, đăng ký và ký kết giao ước thi đua năm ${y}.`,
      blocks: [
        p(`Thực hiện kế hoạch công tác thi đua, khen thưởng năm ${y}, ${num(blocks.length || 9)} Khối thi đua hợp tác xã đã tổ chức họp đăng ký thi đua và ký kết giao ước thi đua. Dự và chỉ đạo có ${mr(leaders.chair)} – Chủ tịch Liên minh Hợp tác xã tỉnh.`),
        blocks.length ? { kind: 'ul', items: blocks.map((b) => `${b};`) } : p('Các khối thi đua gồm các khối hợp tác xã nông nghiệp theo địa bàn và Khối Quỹ tín dụng nhân dân.'),
        p('Các đơn vị cam kết thực hiện tốt chế độ báo cáo, tổ chức đại hội thành viên thường niên đúng quy định; phát triển thành viên, tăng vốn góp; xây dựng chuỗi liên kết sản xuất, tiêu thụ sản phẩm; tham gia các phong trào thi đua do tỉnh phát động.'),
        p(`Phát biểu chỉ đạo, ${mr(leaders.chair)} đề nghị các khối trưởng, khối phó đổi mới cách chấm điểm, bình xét thi đua bảo đảm công khai, khách quan; kịp thời phát hiện, nhân rộng các điển hình tiên tiến để đề nghị khen thưởng.`),
      ],
      sourceLine: byline(rng, regDate),
      cover: figure(() => art.hallScene(`Hội nghị ký kết giao ước thi đua các Khối thi đua HTX năm ${y}`, `Ký kết giao ước thi đua năm ${y}`, `Ngày ${ddmmyyyy(regDay)}`, y), `Minh họa hội nghị ký kết giao ước thi đua năm ${y}`, `Hội nghị ký kết giao ước thi đua của các Khối thi đua hợp tác xã (ảnh minh họa).`),
    });

    // Flags and certificates for the previous year's results, from the awards table.
    const flags = facts.awards.filter((a) => a.year === y && a.type === 'EMULATION_FLAG');
    const merits = facts.awards.filter((a) => a.year === y && a.type === 'CERTIFICATE_OF_MERIT');
    if (flags.length) {
      const decision = flags[0];
      const day = decision.decisionDate ?? utc(y, 6, 15);
      const date = publishAt(day, rng, 3, 10);
      if (before(date)) {
        const rows = [...new Set(flags.map((f) => f.emulationBlock ?? ''))].map((block) => {
          const byBlock = [...flags, ...merits].filter((a) => a.emulationBlock === block);
          const second = byBlock.find((a) => a.title.includes('hạng nhì'));
          const third = byBlock.find((a) => a.title.includes('hạng ba'));
          return [block, flags.find((f) => f.emulationBlock === block)?.recipientName ?? '–', second?.recipientName ?? '–', third?.recipientName ?? '–'];
        });
        const orgIds = [...flags, ...merits].map((a) => a.orgId).filter((id): id is number => id !== null);
        items.push({
          date,
          category: 'thi-dua-khen-thuong',
          title: `Trao ${num(flags.length)} Cờ thi đua của UBND tỉnh cho các tập thể dẫn đầu Khối thi đua HTX năm ${y}`,
          summary: `${decision.issuer ?? 'UBND tỉnh'} tặng ${num(flags.length)} Cờ thi đua và ${num(merits.length)} Bằng khen cho các hợp tác xã, Quỹ tín dụng nhân dân dẫn đầu và đạt hạng nhì, hạng ba các Khối thi đua (Quyết định số ${decision.decisionNumber}).`,
          blocks: [
            p(`Tại hội nghị sơ kết 6 tháng đầu năm ${y}, Liên minh Hợp tác xã tỉnh công bố Quyết định số ${decision.decisionNumber}${decision.decisionDate ? ` ngày ${dmy(decision.decisionDate)}` : ''} của ${decision.issuer ?? 'UBND tỉnh'} tặng ${num(flags.length)} Cờ thi đua cho các tập thể dẫn đầu Khối thi đua hợp tác xã và ${num(merits.length)} Bằng khen cho các tập thể đạt hạng nhì, hạng ba.`),
            { kind: 'table', caption: `Kết quả thi đua các Khối thi đua hợp tác xã`, head: ['Khối thi đua', 'Dẫn đầu (Cờ thi đua)', 'Hạng nhì (Bằng khen)', 'Hạng ba (Bằng khen)'], rows },
            p('Các tập thể được khen thưởng đều hoàn thành tốt chỉ tiêu sản xuất kinh doanh, bảo toàn và phát triển vốn, thực hiện đầy đủ nghĩa vụ với Nhà nước, chăm lo đời sống thành viên, người lao động và tích cực tham gia các hoạt động xã hội tại địa phương.'),
            p(`Công tác thi đua, khen thưởng trong các khối thi đua hợp tác xã nông nghiệp và Quỹ tín dụng nhân dân đã tạo động lực để các đơn vị tổ chức nhiều hoạt động hiệu quả hỗ trợ thành viên, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế tập thể của tỉnh năm ${y}.`),
          ],
          sourceLine: byline(rng, date),
          cover: figure(() => art.flagScene(`Cờ thi đua cho các tập thể dẫn đầu Khối thi đua HTX năm ${y}`, `Quyết định số ${decision.decisionNumber}`, y), 'Minh họa lá cờ thi đua màu đỏ có ngôi sao vàng', `Cờ thi đua của UBND tỉnh tặng các tập thể dẫn đầu Khối thi đua hợp tác xã (ảnh minh họa).`),
          orgIds: [...new Set(orgIds)].slice(0, 9),
          featured: y === 2026,
        });
      }
    }

    const letters = facts.awards.filter((a) => a.year === y && a.type === 'LETTER_OF_COMMENDATION');
    const title = facts.awards.find((a) => a.year === y && a.type === 'EMULATION_TITLE');
    if (letters.length) {
      const decision = letters[0];
      const day = decision.decisionDate ?? utc(y, 1, 25);
      const date = publishAt(day, rng, 2, 6);
      if (before(date)) {
        items.push({
          date,
          category: 'thi-dua-khen-thuong',
          title: `Khen thưởng ${num(letters.length)} hợp tác xã có thành tích xuất sắc trong phong trào thi đua năm ${y - 1}`,
          summary: `Liên minh HTX tỉnh tặng Giấy khen cho ${num(letters.length)} hợp tác xã có thành tích xuất sắc năm ${y - 1}${title ? `; ${title.recipientName} được UBND tỉnh tặng danh hiệu “Tập thể lao động xuất sắc”` : ''}.`,
          blocks: [
            p(`Tại hội nghị tổng kết công tác năm ${y - 1}, Liên minh Hợp tác xã tỉnh trao Giấy khen (Quyết định số ${decision.decisionNumber}${decision.decisionDate ? ` ngày ${dmy(decision.decisionDate)}` : ''}) cho ${num(letters.length)} hợp tác xã có thành tích xuất sắc trong phong trào thi đua năm ${y - 1}.`),
            { kind: 'ul', items: letters.map((l) => `${l.recipientName};`) },
            title ? p(`Dịp này, ${title.recipientName} vinh dự được ${title.issuer ?? 'UBND tỉnh'} tặng danh hiệu “Tập thể lao động xuất sắc” năm ${y - 1} (Quyết định số ${title.decisionNumber}).`) : p('Các tập thể được khen thưởng là những điển hình trong sản xuất kinh doanh và tổ chức dịch vụ cho thành viên.'),
            p('Các hợp tác xã được khen thưởng đã hoàn thành tốt kế hoạch sản xuất kinh doanh, có lãi, chia lợi nhuận cho thành viên, thực hiện đầy đủ chế độ báo cáo và tham gia tích cực các phong trào thi đua của tỉnh.'),
          ],
          sourceLine: byline(rng, date),
          orgIds: [...new Set(letters.map((l) => l.orgId).filter((id): id is number => id !== null))].slice(0, 8),
        });
      }
    }
  }
  return items;
}

export function generatedStories(facts: Facts, rng: Rng): NewsItem[] {
  return [
    ...periodReviews(facts, rng.fork('reviews')),
    ...workingVisits(facts, rng.fork('visits')),
    ...consultingStories(facts, rng.fork('consulting')),
    ...trainingStories(facts, rng.fork('training')),
    ...fairStories(facts, rng.fork('fairs')),
    ...supportStories(facts, rng.fork('support')),
    ...loanStories(facts, rng.fork('loans')),
    ...ocopStories(facts, rng.fork('ocop')),
    ...modelStories(facts, rng.fork('models')),
    ...newCooperativeStories(facts, rng.fork('new-coops')),
    ...awardStories(facts, rng.fork('awards')),
  ];
}

export type { ActivityFact };
