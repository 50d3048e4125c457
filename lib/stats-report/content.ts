/**
 * The semi-annual / annual report's content from the statistics engine's results: Part One in
 * sentences modelled on the alliance's own reports (seeds 000 and 003: "Tính đến 30/6/2023 toàn
 * tỉnh có 533 HTX, trong đó: 467 HTX nông nghiệp, …", "thành lập mới 37/50 THT, đạt 74%"), its
 * tables, and Part Two as the text staff wrote (or a default). Pure: the data is gathered by
 * queries.ts, the files are written by lib/official-docx and lib/open-data/table.ts.
 */
import type { OrgKind, PeriodKind } from '@/lib/generated/prisma/enums';
import { formatNumber } from '@/lib/format/number';
import { paragraphsFromText, type Block, type OfficialDocument, type Run, type TableCell, type TableColumn } from '@/lib/official-docx/model';
import type { Field, Row, StatTable } from '@/lib/open-data/table';
import type { PlanResultRow } from '@/lib/plans/results';
import type { Breakdown, Figures, Flows, RatingDistribution, SupportSummary, UnitMode } from '@/lib/stats/types';
import { UNIT_MODE_LABELS } from '@/lib/stats/labels';

export type ReportData = {
  period: { year: number; kind: PeriodKind; startsOn: string; endsOn: string };
  asOf: string;
  issuedOn: string;
  /** The province valid on the issue date ("Kiên Giang"). */
  province: string;
  unitMode: UnitMode;
  /** Whether reports not yet approved supplied figures (the text says so). */
  includeUnapproved: boolean;
  /** Figures as of asOf by kind. */
  byKind: Record<OrgKind, Figures>;
  /** Counts at the end of the previous year by kind (for "tăng … so với cuối năm"). */
  previousYearEnd: Record<OrgKind, Figures>;
  previousYearEndDate: string;
  /** HTX and QTDND by sector group, then sector. */
  cooperativeSectors: Breakdown;
  /** By unit (valid at the time), then kind. */
  byUnit: Breakdown;
  /** Founded and ended from the period's start to asOf, by kind. */
  flows: Flows;
  /** Ratings of HTX and QTDND. */
  ratings: RatingDistribution;
  support: SupportSummary;
  plan: PlanResultRow[];
};

export type ReportChoices = { number: number | null; signer: string; position: string; tasks: string };

const HTX_KINDS: OrgKind[] = ['COOPERATIVE', 'CREDIT_FUND'];

/** "30/6/2023", as the reports write dates in running text. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

const n = (value: number | string) => formatNumber(value);
const money = (value: string) => `${formatNumber(value, { maximumFractionDigits: 0 })} đồng`;
const ha = (value: string) => `${formatNumber(value, { maximumFractionDigits: 2 })} ha`;
const percent = (part: number, whole: number) => (whole > 0 ? `${formatNumber((part * 100) / whole, { maximumFractionDigits: 1 })}%` : '0%');

function sum(figures: Figures[], key: 'organizations' | 'members' | 'workers'): number {
  return figures.reduce((s, f) => s + f[key], 0);
}
function sumMoney(figures: Figures[], key: 'charterCapital' | 'contributedCapital' | 'deposits' | 'loansOutstanding' | 'operatingCapital'): string {
  return figures.reduce((s, f) => s + BigInt(f[key]), 0n).toString();
}
function sumArea(figures: Figures[]): string {
  // Two decimals as text: sum in hundredths to stay exact.
  const hundredths = figures.reduce((s, f) => s + BigInt(f.landAreaHa.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1')), 0n);
  const text = hundredths.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** "Phần thứ hai" heading and the period words used across the report. */
function periodWords(period: ReportData['period']) {
  const first = period.kind === 'FIRST_HALF';
  return {
    inPeriod: first ? `6 tháng đầu năm ${period.year}` : `năm ${period.year}`,
    nextPeriod: first ? `6 tháng cuối năm ${period.year}` : `năm ${period.year + 1}`,
    summary: first
      ? `Sơ kết tình hình phát triển kinh tế tập thể, hợp tác xã 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm ${period.year}`
      : `Tổng kết tình hình phát triển kinh tế tập thể, hợp tác xã năm ${period.year} và nhiệm vụ năm ${period.year + 1}`,
  };
}

/** Part Two when staff wrote nothing: the standing tasks of a provincial alliance (seed 003's Part Two). */
export function defaultTasks(period: { year: number; kind: PeriodKind }): string {
  const next = period.kind === 'FIRST_HALF' ? `6 tháng cuối năm ${period.year}` : `năm ${period.year + 1}`;
  return [
    `1. Tiếp tục tuyên truyền, triển khai Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn; vận động, tư vấn thành lập mới hợp tác xã, tổ hợp tác, phấn đấu hoàn thành chỉ tiêu kế hoạch ${next}.`,
    '2. Phối hợp với các sở, ngành, địa phương nắm tình hình hoạt động của các hợp tác xã, tổ hợp tác; hướng dẫn các hợp tác xã ngừng hoạt động thực hiện thủ tục giải thể theo quy định.',
    '3. Tổ chức các lớp tập huấn, bồi dưỡng nâng cao năng lực cho cán bộ quản lý hợp tác xã; hỗ trợ hợp tác xã xây dựng chuỗi liên kết sản xuất và tiêu thụ sản phẩm, tham gia chương trình OCOP và hội chợ xúc tiến thương mại.',
    '4. Quản lý, sử dụng có hiệu quả Quỹ hỗ trợ phát triển hợp tác xã; phối hợp Ngân hàng Chính sách xã hội giải ngân nguồn vốn Quỹ quốc gia về việc làm, thu hồi nợ đến hạn.',
    '5. Thực hiện tốt công tác thi đua, khen thưởng trong các khối thi đua hợp tác xã; nhân rộng các mô hình hợp tác xã kiểu mới hoạt động hiệu quả.',
  ].join('\n');
}

const FIELD = {
  name: (label: string): Field => ({ key: 'ten', label, description: label, type: 'text' }),
  count: (key: string, label: string, description: string): Field => ({ key, label, description, type: 'integer' }),
};

const FIGURE_FIELDS: Field[] = [
  { key: 'so_luong', label: 'Số lượng', description: 'Số tổ chức tồn tại tại ngày số liệu', type: 'integer' },
  { key: 'thanh_vien', label: 'Thành viên', description: 'Thành viên (tổ viên) theo báo cáo gần nhất', type: 'integer' },
  { key: 'von_dieu_le', label: 'Vốn điều lệ, vốn góp (đồng)', description: 'Vốn điều lệ (THT: vốn góp), đồng', type: 'money' },
  { key: 'dien_tich_ha', label: 'Diện tích canh tác (ha)', description: 'Diện tích canh tác, ha', type: 'decimal' },
  { key: 'lao_dong', label: 'Lao động', description: 'Lao động thường xuyên và thời vụ', type: 'integer' },
];

function figureRow(f: Figures, kind?: OrgKind): Row {
  return {
    so_luong: f.organizations,
    thanh_vien: f.members,
    von_dieu_le: Number(kind === 'GROUP' ? f.contributedCapital : f.charterCapital),
    dien_tich_ha: Number(f.landAreaHa),
    lao_dong: f.workers,
  };
}

const KIND_ROWS: { kinds: OrgKind[]; label: string }[] = [
  { kinds: ['COOPERATIVE'], label: 'Hợp tác xã' },
  { kinds: ['CREDIT_FUND'], label: 'Quỹ tín dụng nhân dân' },
  { kinds: ['UNION'], label: 'Liên hiệp hợp tác xã' },
  { kinds: ['GROUP'], label: 'Tổ hợp tác' },
];

/** The report's tables, as data (workbook sheets) and for the document. */
export function reportTables(data: ReportData): StatTable[] {
  const words = periodWords(data.period);
  const asOf = shortDate(data.asOf);

  const byKind: StatTable = {
    id: 'loai-hinh',
    title: `Bảng 1. Số lượng, thành viên, vốn, diện tích và lao động theo loại hình đến ngày ${asOf}`,
    description: 'Theo loại hình tổ chức kinh tế tập thể.',
    fields: [FIELD.name('Loại hình'), ...FIGURE_FIELDS],
    rows: KIND_ROWS.map(({ kinds, label }) => ({ ten: label, ...figureRow(data.byKind[kinds[0]], kinds[0]) })),
  };

  const sectorRows = data.cooperativeSectors.rows;
  const bySector: StatTable = {
    id: 'linh-vuc',
    title: `Bảng 2. Hợp tác xã, quỹ tín dụng nhân dân theo lĩnh vực đến ngày ${asOf}`,
    description: 'Nhóm lĩnh vực và lĩnh vực của HTX và QTDND.',
    fields: [FIELD.name('Lĩnh vực'), FIGURE_FIELDS[0], FIGURE_FIELDS[1], FIGURE_FIELDS[2], FIGURE_FIELDS[3], FIGURE_FIELDS[4]],
    rows: sectorRows.map((r) => ({ ten: r.subKey === null ? r.label : `- ${r.subLabel}`, ...figureRow(r) })),
    total: { ten: 'Tổng số', ...figureRow(data.cooperativeSectors.total) },
  };

  const unitGroups = data.byUnit.rows.filter((r) => r.subKey === null);
  const kindOf = (unitKey: string, kind: OrgKind) => data.byUnit.rows.find((r) => r.key === unitKey && r.subKey === kind)?.organizations ?? 0;
  const unitFields: Field[] = [
    FIELD.name('Đơn vị hành chính'),
    FIELD.count('htx', 'HTX', 'Hợp tác xã'),
    FIELD.count('qtdnd', 'QTDND', 'Quỹ tín dụng nhân dân'),
    FIELD.count('lhhtx', 'Liên hiệp HTX', 'Liên hiệp hợp tác xã'),
    FIELD.count('tht', 'THT', 'Tổ hợp tác'),
    FIELD.count('tong', 'Tổng số', 'Tổng số tổ chức'),
  ];
  const unitRow = (label: string, get: (k: OrgKind) => number, total: number): Row => ({
    ten: label,
    htx: get('COOPERATIVE'),
    qtdnd: get('CREDIT_FUND'),
    lhhtx: get('UNION'),
    tht: get('GROUP'),
    tong: total,
  });
  const byUnit: StatTable = {
    id: 'don-vi',
    title: `Bảng 3. Số lượng theo đơn vị hành chính đến ngày ${asOf}`,
    description: `Đơn vị ${UNIT_MODE_LABELS[data.unitMode]}.`,
    fields: unitFields,
    rows: unitGroups.map((g) => unitRow(g.label, (k) => kindOf(g.key, k), g.organizations)),
    total: unitRow('Toàn tỉnh', (k) => data.byKind[k].organizations, data.byUnit.total.organizations),
  };

  const flowFields: Field[] = [
    FIELD.name('Loại hình'),
    FIELD.count('thanh_lap', 'Thành lập mới', 'Thành lập trong kỳ'),
    FIELD.count('giai_the', 'Giải thể', 'Giải thể trong kỳ'),
    FIELD.count('sap_nhap', 'Sáp nhập', 'Sáp nhập trong kỳ'),
    FIELD.count('chuyen_doi', 'Chuyển đổi', 'Chuyển đổi trong kỳ'),
    FIELD.count('pha_san_thu_hoi', 'Phá sản, thu hồi', 'Phá sản hoặc bị thu hồi giấy chứng nhận trong kỳ'),
  ];
  const flowRow = (label: string, r: Flows['total']): Row => ({
    ten: label,
    thanh_lap: r.founded,
    giai_the: r.DISSOLVED,
    sap_nhap: r.MERGED,
    chuyen_doi: r.CONVERTED,
    pha_san_thu_hoi: r.BANKRUPT + r.REVOKED,
  });
  const flows: StatTable = {
    id: 'bien-dong',
    title: `Bảng 4. Thành lập mới và chấm dứt hoạt động từ ngày ${shortDate(data.period.startsOn)} đến ngày ${asOf}`,
    description: `Biến động ${words.inPeriod}.`,
    fields: flowFields,
    rows: KIND_ROWS.map(({ kinds, label }) => {
      const row = data.flows.rows.find((r) => r.key === kinds[0]);
      return flowRow(label, row ?? { founded: 0, ended: 0, DISSOLVED: 0, BANKRUPT: 0, REVOKED: 0, CONVERTED: 0, MERGED: 0 });
    }),
    total: flowRow('Tổng số', data.flows.total),
  };

  const ratingTotal = data.ratings.rows.filter((r) => r.key === null).reduce((s, r) => s + r.organizations, 0);
  const ratings: StatTable = {
    id: 'xep-loai',
    title: `Bảng 5. Kết quả đánh giá, xếp loại HTX, QTDND năm ${data.ratings.year}`,
    description: 'Theo tiêu chí và thang điểm xếp loại hiện hành.',
    fields: [FIELD.name('Xếp loại'), FIELD.count('so_luong', 'Số lượng', 'Số HTX, QTDND'), { key: 'ty_le', label: 'Tỷ lệ (%)', description: 'Tỷ lệ trên tổng số', type: 'percent' }],
    rows: data.ratings.rows
      .filter((r) => r.key === null)
      .map((r) => ({ ten: r.label, so_luong: r.organizations, ty_le: ratingTotal > 0 ? Math.round((r.organizations * 1000) / ratingTotal) / 10 : 0 })),
    total: { ten: 'Tổng số', so_luong: ratingTotal, ty_le: ratingTotal > 0 ? 100 : 0 },
  };

  const plan: StatTable = {
    id: 'ke-hoach',
    title: `Bảng 6. Kết quả thực hiện kế hoạch năm ${data.period.year} đến ngày ${asOf}`,
    description: 'Chỉ tiêu kế hoạch năm của toàn tỉnh và kết quả thực hiện.',
    fields: [
      FIELD.name('Chỉ tiêu'),
      { key: 'don_vi_tinh', label: 'Đơn vị tính', description: 'Đơn vị tính', type: 'text' },
      { key: 'ke_hoach', label: 'Kế hoạch', description: 'Chỉ tiêu kế hoạch năm', type: 'decimal' },
      { key: 'thuc_hien', label: 'Thực hiện', description: 'Kết quả thực hiện', type: 'decimal' },
      { key: 'ty_le', label: 'Đạt (%)', description: 'Thực hiện so với kế hoạch', type: 'percent' },
    ],
    rows: data.plan.map((p) => ({ ten: p.label, don_vi_tinh: p.measure, ke_hoach: p.target, thuc_hien: p.result, ty_le: p.percent })),
  };

  const loans: StatTable = {
    id: 'von-vay',
    title: `Bảng 7. Hỗ trợ vốn vay đến ngày ${asOf}`,
    description: 'Khoản vay giải ngân trong kỳ và dư nợ của các khoản vay còn hiệu lực.',
    fields: [
      FIELD.name('Nguồn vốn'),
      FIELD.count('giai_ngan', 'Giải ngân trong kỳ (khoản)', 'Số khoản vay giải ngân trong kỳ'),
      { key: 'so_tien_giai_ngan', label: 'Số tiền giải ngân (đồng)', description: 'Số tiền giải ngân trong kỳ', type: 'money' },
      FIELD.count('dang_vay', 'Đang vay (khoản)', 'Số khoản vay còn dư nợ'),
      { key: 'du_no', label: 'Dư nợ (đồng)', description: 'Dư nợ', type: 'money' },
      { key: 'qua_han', label: 'Nợ quá hạn (đồng)', description: 'Nợ quá hạn', type: 'money' },
    ],
    rows: data.support.loans.map((l) => ({
      ten: l.label,
      giai_ngan: l.disbursedLoans,
      so_tien_giai_ngan: Number(l.disbursedPrincipal),
      dang_vay: l.runningLoans,
      du_no: Number(l.outstanding),
      qua_han: Number(l.overdue),
    })),
  };

  return [byKind, bySector, byUnit, flows, ratings, plan, loans];
}

/** A StatTable as a document table: numbers in vi-VN form, the total row in bold. */
export function tableBlock(table: StatTable): Block {
  const widths: Record<string, number> = { ten: 3 };
  const columns: TableColumn[] = table.fields.map((f) => ({ header: f.label, numeric: f.type !== 'text', width: widths[f.key] ?? (f.type === 'money' ? 1.8 : 1) }));
  const cellOf = (row: Row, f: Field, bold: boolean): TableCell => {
    const v = row[f.key];
    if (v === null || v === undefined) return { text: '', bold };
    if (typeof v === 'string') return { text: v, bold };
    const text = f.type === 'percent' ? formatNumber(v, { maximumFractionDigits: 1 }) : formatNumber(v, { maximumFractionDigits: f.type === 'decimal' ? 2 : 0 });
    return { text, value: v, bold };
  };
  const rows = table.rows.map((r) => table.fields.map((f) => cellOf(r, f, false)));
  if (table.total) rows.push(table.fields.map((f) => cellOf(table.total!, f, true)));
  return { type: 'table', id: table.id, caption: table.title, columns, rows };
}

function p(...runs: (string | Run)[]): Block {
  return { type: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)) };
}

/** "sáp nhập 2 HTX, giải thể 1 HTX" from the ended counts; empty when nothing ended. */
function endedPhrase(r: Flows['total'] | undefined, noun: string): string {
  if (!r) return '';
  const parts: string[] = [];
  if (r.MERGED) parts.push(`sáp nhập ${n(r.MERGED)} ${noun}`);
  if (r.DISSOLVED) parts.push(`giải thể ${n(r.DISSOLVED)} ${noun}`);
  if (r.CONVERTED) parts.push(`chuyển đổi ${n(r.CONVERTED)} ${noun}`);
  if (r.BANKRUPT) parts.push(`phá sản ${n(r.BANKRUPT)} ${noun}`);
  if (r.REVOKED) parts.push(`thu hồi giấy chứng nhận ${n(r.REVOKED)} ${noun}`);
  return parts.join(', ');
}

/**
 * "37/50 THT, đạt 74% kế hoạch năm": the plan's own result and % (lib/plans/results.ts, the same
 * figures as the plan table and the plan page) where the year has that target, else the count.
 */
function planPhrase(plan: PlanResultRow | undefined, done: number, measure: string): string {
  if (!plan || plan.result === null || plan.percent === null) return `${n(done)} ${measure}`;
  return `${n(plan.result)}/${n(plan.target)} ${measure}, đạt ${n(plan.percent)}% kế hoạch năm`;
}

function flowOf(data: ReportData, kinds: OrgKind[]): Flows['total'] {
  const rows = data.flows.rows.filter((r) => r.key !== null && kinds.includes(r.key as OrgKind));
  const out = { founded: 0, ended: 0, DISSOLVED: 0, BANKRUPT: 0, REVOKED: 0, CONVERTED: 0, MERGED: 0 };
  for (const r of rows) for (const k of Object.keys(out) as (keyof typeof out)[]) out[k] += r[k];
  return out;
}

/** Part One's text and tables. */
export function partOne(data: ReportData): Block[] {
  const words = periodWords(data.period);
  const asOf = shortDate(data.asOf);
  const tables = reportTables(data);
  const table = (id: string) => tableBlock(tables.find((t) => t.id === id)!);
  const plan = (indicator: string) => data.plan.find((r) => r.indicator === indicator);

  const groups = data.byKind.GROUP;
  const groupFlow = flowOf(data, ['GROUP']);
  const groupChange = groups.organizations - data.previousYearEnd.GROUP.organizations;
  const prevEnd = shortDate(data.previousYearEndDate).replace(/^31\/12\//, 'cuối năm ');

  const htx = HTX_KINDS.map((k) => data.byKind[k]);
  const htxCount = sum(htx, 'organizations');
  const sector = (key: string) => data.cooperativeSectors.rows.find((r) => r.subKey === null && r.key === key)?.organizations ?? 0;
  const htxFlow = flowOf(data, HTX_KINDS);
  const htxEnded = endedPhrase(htxFlow, 'HTX');

  const credit = data.byKind.CREDIT_FUND;
  const unions = data.byKind.UNION;
  const unionFlow = flowOf(data, ['UNION']);

  const ratingRows = data.ratings.rows.filter((r) => r.key === null);
  const rated = ratingRows.reduce((s, r) => s + r.organizations, 0);
  const ratingText = ratingRows
    .filter((r) => r.rating !== 'NONE' && r.rating !== 'NOT_RATED')
    .map((r) => `${n(r.organizations)} HTX xếp loại ${r.label.toLowerCase()} (${percent(r.organizations, rated)})`)
    .join('; ');
  const notRated = ratingRows.filter((r) => r.rating === 'NONE' || r.rating === 'NOT_RATED').reduce((s, r) => s + r.organizations, 0);

  const training = data.support.activities.find((a) => a.kind === 'TRAINING');
  const trainingPlan = plan('TRAINING_CLASSES');
  const loansInPeriod = data.support.loans.filter((l) => l.disbursedLoans > 0);

  const blocks: Block[] = [
    { type: 'part', label: 'Phần thứ nhất', title: `TÌNH HÌNH KINH TẾ TẬP THỂ VÀ HOẠT ĐỘNG CỦA LIÊN MINH HỢP TÁC XÃ TỈNH ${words.inPeriod.toUpperCase()}` },
    { type: 'heading', level: 1, text: 'I. TÌNH HÌNH KINH TẾ TẬP THỂ' },
    { type: 'heading', level: 2, text: '1. Tổ hợp tác (THT)' },
    p(
      `Trong ${words.inPeriod}, thành lập mới ${planPhrase(plan('NEW_GROUPS'), groupFlow.founded, 'THT')}`,
      groupChange >= 0 ? `, tăng ${n(groupChange)} THT so với ${prevEnd}.` : `, giảm ${n(-groupChange)} THT so với ${prevEnd}.`,
      ` Tính đến ${asOf} toàn tỉnh có ${n(groups.organizations)} THT, tổng số vốn góp ${money(groups.contributedCapital)} và ${ha(groups.landAreaHa)} canh tác; với tổng số ${n(groups.members)} tổ viên; tạo việc làm cho ${n(groups.workers)} lao động.`,
    ),
    { type: 'heading', level: 2, text: '2. Hợp tác xã (HTX), Liên hiệp HTX' },
    { type: 'heading', level: 3, text: 'a) Hợp tác xã' },
    p(
      `Trong ${words.inPeriod}, thành lập mới ${planPhrase(plan('NEW_COOPERATIVES'), htxFlow.founded, 'HTX')}${htxEnded ? `; ${htxEnded}` : ''}.`,
      ` Tính đến ${asOf} toàn tỉnh có ${n(htxCount)} HTX, trong đó: ${n(sector('AGRICULTURE'))} HTX nông nghiệp, ${n(sector('NON_AGRICULTURE'))} HTX phi nông nghiệp và ${n(sector('CREDIT'))} Quỹ tín dụng nhân dân;`,
      ` tổng vốn điều lệ ${money(sumMoney(htx, 'charterCapital'))}; tổng diện tích canh tác ${ha(sumArea(htx))}; có ${n(sum(htx, 'members'))} thành viên; tạo việc làm cho ${n(sum(htx, 'workers'))} lao động.`,
    ),
    table('linh-vuc'),
    rated > 0
      ? p(
          `Kết quả đánh giá, xếp loại năm ${data.ratings.year} của ${n(rated)} HTX, QTDND: ${ratingText || 'chưa có HTX được xếp loại'}`,
          notRated ? `; ${n(notRated)} HTX chưa được đánh giá, xếp loại.` : '.',
        )
      : p(`Chưa có kết quả đánh giá, xếp loại hợp tác xã năm ${data.ratings.year}.`),
    table('xep-loai'),
    { type: 'item', bullet: '*', runs: [{ text: 'Quỹ tín dụng nhân dân', bold: true }] },
    p(
      `Tính đến ${asOf} toàn tỉnh có ${n(credit.organizations)} QTDND với ${n(credit.members)} thành viên; tổng vốn hoạt động ${money(credit.operatingCapital)}; vốn huy động ${money(credit.deposits)}; dư nợ cho vay ${money(credit.loansOutstanding)}`,
      credit.badDebtRatio !== null ? `; tỷ lệ nợ xấu bình quân ${formatNumber(credit.badDebtRatio)}%.` : '.',
    ),
    { type: 'heading', level: 3, text: 'b) Liên hiệp hợp tác xã' },
    p(
      unionFlow.founded > 0
        ? `Trong ${words.inPeriod}, thành lập được ${n(unionFlow.founded)} Liên hiệp hợp tác xã, nâng tổng số toàn tỉnh có ${n(unions.organizations)} Liên hiệp hợp tác xã`
        : `Tính đến ${asOf} toàn tỉnh có ${n(unions.organizations)} Liên hiệp hợp tác xã`,
      ` với ${n(unions.members)} thành viên và tổng vốn điều lệ ${money(unions.charterCapital)}.`,
    ),
    { type: 'heading', level: 2, text: '3. Số liệu tổng hợp' },
    table('loai-hinh'),
    table('don-vi'),
    table('bien-dong'),
    { type: 'heading', level: 1, text: 'II. HOẠT ĐỘNG CỦA LIÊN MINH HỢP TÁC XÃ TỈNH' },
    { type: 'heading', level: 2, text: '1. Kết quả thực hiện kế hoạch' },
    p(
      `Kết quả thực hiện các chỉ tiêu kế hoạch năm ${data.period.year} đến ngày ${asOf}: `,
      data.plan
        .map((r) => `${r.label.charAt(0).toLowerCase()}${r.label.slice(1)} ${r.summary}`)
        .join('; ') + '.',
    ),
    table('ke-hoach'),
    { type: 'heading', level: 2, text: '2. Đào tạo, bồi dưỡng và hỗ trợ vốn' },
    p(
      training
        ? `Phối hợp với các đơn vị mở ${planPhrase(trainingPlan, training.activities, 'lớp tập huấn')}, có ${n(training.attendees)} người tham dự.`
        : `Trong ${words.inPeriod} chưa tổ chức lớp tập huấn.`,
      loansInPeriod.length > 0
        ? ` Về hỗ trợ vốn: ${loansInPeriod.map((l) => `${l.label} giải ngân ${n(l.disbursedLoans)} khoản vay với số tiền ${money(l.disbursedPrincipal)}`).join('; ')}.`
        : '',
      ` Tổng dư nợ các khoản vay do Liên minh HTX tỉnh quản lý đến ngày ${asOf} là ${money(data.support.totals.outstanding)}, trong đó nợ quá hạn ${money(data.support.totals.overdue)}.`,
    ),
    table('von-vay'),
  ];
  return blocks;
}

/** Decree 30's authority line: a deputy signs "KT." (ký thay) for the head. */
export function signatureOf(position: string, signer: string): OfficialDocument['signature'] {
  const deputy = /^phó\s/i.test(position.trim());
  return { authority: deputy ? 'KT. CHỦ TỊCH' : null, position: position.toUpperCase(), signer };
}

/** The whole document. */
export function buildReportDocument(data: ReportData, choices: ReportChoices): OfficialDocument {
  const words = periodWords(data.period);
  const tasks = choices.tasks.trim() || defaultTasks(data.period);
  // From 1/3/2025 the Department of Planning and Investment is part of the Department of Finance.
  const planningDept = data.issuedOn >= '2025-03-01' ? 'Sở Tài chính' : 'Sở Kế hoạch và Đầu tư';
  return {
    governingBody: `UBND tỉnh ${data.province}`,
    issuer: ['Liên minh Hợp tác xã', `tỉnh ${data.province}`],
    number: choices.number,
    symbol: 'BC-LM',
    place: data.province,
    issuedOn: data.issuedOn,
    kind: 'Báo cáo',
    summary: words.summary,
    title: `Báo cáo ${words.summary.charAt(0).toLowerCase()}${words.summary.slice(1)}`,
    body: [
      p(`Thực hiện Chương trình công tác năm ${data.period.year};`),
      p(
        `Liên minh Hợp tác xã tỉnh ${data.province} báo cáo kết quả ${words.inPeriod}, nhiệm vụ ${words.nextPeriod}, như sau:`,
      ),
      p({
        text: `(Số liệu tổng hợp từ sổ đăng ký và báo cáo định kỳ ${data.includeUnapproved ? 'của các tổ chức kinh tế tập thể, gồm cả báo cáo chưa được duyệt' : 'đã được duyệt của các tổ chức kinh tế tập thể'}, tính đến ngày ${shortDate(data.asOf)}; địa bàn ${UNIT_MODE_LABELS[data.unitMode]}.)`,
        italic: true,
      }),
      ...partOne(data),
      { type: 'part', label: 'Phần thứ hai', title: `NHIỆM VỤ TRỌNG TÂM ${words.nextPeriod.toUpperCase()}` },
      ...paragraphsFromText(tasks),
      p(`Trên đây là báo cáo ${words.summary.charAt(0).toLowerCase()}${words.summary.slice(1)} của Liên minh Hợp tác xã tỉnh ${data.province}./.`),
    ],
    recipients: ['Liên minh HTX Việt Nam', 'Thường trực Tỉnh ủy, UBND tỉnh', planningDept, 'Các phòng, ban thuộc Liên minh HTX tỉnh', 'Lưu: VT'],
    signature: signatureOf(choices.position, choices.signer),
  };
}
