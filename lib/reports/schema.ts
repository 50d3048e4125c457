/**
 * The figures of one organization's periodic report, as they arrive from a form, a grid row or a
 * spreadsheet cell: text typed the Vietnamese way ("1.234.567", "1 234 567", "12,5") or numbers.
 * The schema only parses (what a value *is*); whether it is plausible (negative, absurd, dropping
 * by half, profit above revenue) is judged by the rules kept as data (lib/reports/validate.ts), so
 * admins can soften or retune them without a code change.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OrgKind } from '@/lib/generated/prisma/enums';
import { cleanText } from '@/lib/members/schema';
import { z } from '@/lib/validation/zod';

// ───────────────────────────── The fields ─────────────────────────────

/** count: whole number of people; money: integer đồng; area: hectares, 2 decimals; percent: 0–100, 2 decimals. */
export type ReportFieldKind = 'count' | 'money' | 'area' | 'percent';

export type ReportFieldGroup = 'members' | 'workers' | 'capital' | 'business' | 'managers' | 'credit';

export type ReportFieldDef = {
  name: ReportNumberField;
  kind: ReportFieldKind;
  /** Vietnamese label, as the form and the grid's column header show it. */
  label: string;
  /** Short header for a grid column. */
  short: string;
  group: ReportFieldGroup;
  /** Only people's credit funds report it (null for everyone else). */
  creditOnly?: boolean;
  /** Unit shown after the input. */
  unit?: string;
};

export const REPORT_FIELDS = [
  { name: 'members', kind: 'count', label: 'Tổng số thành viên', short: 'Thành viên', group: 'members', unit: 'người' },
  { name: 'officialMembers', kind: 'count', label: 'Thành viên chính thức', short: 'TV chính thức', group: 'members', unit: 'người' },
  { name: 'regularWorkers', kind: 'count', label: 'Lao động thường xuyên', short: 'LĐ thường xuyên', group: 'workers', unit: 'người' },
  { name: 'seasonalWorkers', kind: 'count', label: 'Lao động thời vụ', short: 'LĐ thời vụ', group: 'workers', unit: 'người' },
  { name: 'charterCapital', kind: 'money', label: 'Vốn điều lệ', short: 'Vốn điều lệ', group: 'capital', unit: 'đồng' },
  { name: 'contributedCapital', kind: 'money', label: 'Vốn góp thực tế', short: 'Vốn góp', group: 'capital', unit: 'đồng' },
  { name: 'landAreaHa', kind: 'area', label: 'Diện tích canh tác', short: 'Diện tích (ha)', group: 'business', unit: 'ha' },
  { name: 'revenue', kind: 'money', label: 'Doanh thu trong kỳ', short: 'Doanh thu', group: 'business', unit: 'đồng' },
  { name: 'profit', kind: 'money', label: 'Lợi nhuận trong kỳ (lỗ ghi số âm)', short: 'Lợi nhuận', group: 'business', unit: 'đồng' },
  { name: 'avgWorkerIncome', kind: 'money', label: 'Thu nhập bình quân của người lao động', short: 'Thu nhập BQ', group: 'business', unit: 'đồng/tháng' },
  { name: 'managersTotal', kind: 'count', label: 'Tổng số cán bộ quản lý', short: 'Cán bộ QL', group: 'managers', unit: 'người' },
  { name: 'managersPostgraduate', kind: 'count', label: 'Trên đại học', short: 'Trên ĐH', group: 'managers', unit: 'người' },
  { name: 'managersUniversity', kind: 'count', label: 'Đại học', short: 'ĐH', group: 'managers', unit: 'người' },
  { name: 'managersCollege', kind: 'count', label: 'Cao đẳng, trung cấp', short: 'CĐ, TC', group: 'managers', unit: 'người' },
  { name: 'managersVocational', kind: 'count', label: 'Sơ cấp, đào tạo nghề', short: 'Sơ cấp', group: 'managers', unit: 'người' },
  { name: 'managersUntrained', kind: 'count', label: 'Chưa qua đào tạo', short: 'Chưa ĐT', group: 'managers', unit: 'người' },
  { name: 'operatingCapital', kind: 'money', label: 'Vốn hoạt động', short: 'Vốn hoạt động', group: 'credit', creditOnly: true, unit: 'đồng' },
  { name: 'deposits', kind: 'money', label: 'Vốn huy động (tiền gửi)', short: 'Tiền gửi', group: 'credit', creditOnly: true, unit: 'đồng' },
  { name: 'loansOutstanding', kind: 'money', label: 'Dư nợ cho vay', short: 'Dư nợ', group: 'credit', creditOnly: true, unit: 'đồng' },
  { name: 'badDebtRatio', kind: 'percent', label: 'Tỷ lệ nợ xấu', short: 'Nợ xấu (%)', group: 'credit', creditOnly: true, unit: '%' },
] as const;

export type ReportNumberField = (typeof REPORT_FIELDS)[number]['name'];

export const REPORT_FIELD_GROUP_LABELS: Record<ReportFieldGroup, string> = {
  members: 'Thành viên',
  workers: 'Lao động',
  capital: 'Vốn',
  business: 'Sản xuất, kinh doanh',
  managers: 'Cán bộ quản lý theo trình độ',
  credit: 'Hoạt động tín dụng (quỹ tín dụng nhân dân)',
};

const FIELD_BY_NAME = new Map<string, ReportFieldDef>(REPORT_FIELDS.map((f) => [f.name, f as ReportFieldDef]));

export function reportField(name: string): ReportFieldDef | undefined {
  return FIELD_BY_NAME.get(name);
}

/** The fields an organization of this kind reports (credit fields only for credit funds). */
export function reportFieldsFor(kind: OrgKind): ReportFieldDef[] {
  return (REPORT_FIELDS as readonly ReportFieldDef[]).filter((f) => !f.creditOnly || kind === 'CREDIT_FUND');
}

// ───────────────────────────── Parsing vi-VN numbers ─────────────────────────────

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Largest count accepted by the schema: Int column, and far above any organization. */
const MAX_COUNT = 100_000_000;
/** Largest amount (1 triệu tỷ đồng): far above any cooperative, far below the BigInt column's limit. */
const MAX_AMOUNT = 1_000_000_000_000_000n;
/** Decimal(12, 2): ten integer digits. */
const MAX_AREA_DIGITS = 10;

/** Text as typed or a cell's value; numbers from spreadsheets are taken as they are. */
function asText(input: unknown): string | null {
  if (input == null) return null;
  if (typeof input === 'string') return input;
  if (typeof input === 'number' && Number.isFinite(input)) return String(input);
  if (typeof input === 'bigint') return input.toString();
  return null;
}

/** Spaces of every kind out (thousands separators), unit suffixes out, unicode minus as "-". */
function squeeze(text: string, suffix: RegExp): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(suffix, '');
}

/**
 * A whole number typed the vi-VN way: "1.234.567", "1 234 567", "1234567", "-1.234" (a loss).
 * "1,5" and "1.5" are refused: whole units only (đồng, people).
 */
export function parseWhole(input: string, unitSuffix: RegExp = /(đồng|đ|vnđ|vnd|người)$/i): Parsed<bigint> {
  const text = squeeze(input, unitSuffix);
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  if (body === '') return { ok: false, message: 'Nhập một số.' };
  let digits: string;
  if (/^\d+$/.test(body)) digits = body;
  else if (/^\d{1,3}(\.\d{3})+$/.test(body)) digits = body.replaceAll('.', '');
  else if (/^\d{1,3}(,\d{3})+$/.test(body) && !/^\d{1,3},\d{3}$/.test(body)) digits = body.replaceAll(',', '');
  else if (/^\d+[.,]\d+$/.test(body)) return { ok: false, message: 'Nhập số nguyên, không có phần thập phân.' };
  else return { ok: false, message: 'Số không hợp lệ. Ví dụ: 1.234.567' };
  const value = BigInt(digits);
  return { ok: true, value: negative ? -value : value };
}

/**
 * A decimal typed the vi-VN way, kept as exact text with `scale` decimals ("12,5" → "12.50",
 * "1.234,56" → "1234.56"). "12.5" (a spreadsheet's decimal point) is read as 12,5 because it cannot
 * be a thousands grouping; "1.234" is one thousand two hundred thirty-four, as vi-VN writes it.
 */
export function parseDecimal(input: string, scale = 2, unitSuffix: RegExp = /(ha|%)$/i): Parsed<string> {
  const text = squeeze(input, unitSuffix);
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  if (body === '') return { ok: false, message: 'Nhập một số.' };
  let intPart: string;
  let frac = '';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,3}(?:\.\d{3})*|\d+),(\d+)$/.exec(body))) {
    intPart = m[1].replaceAll('.', '');
    frac = m[2];
  } else if (/^\d{1,3}(\.\d{3})+$/.test(body)) {
    intPart = body.replaceAll('.', '');
  } else if ((m = /^(\d+)\.(\d+)$/.exec(body))) {
    intPart = m[1];
    frac = m[2];
  } else if (/^\d+$/.test(body)) {
    intPart = body;
  } else {
    return { ok: false, message: 'Số không hợp lệ. Ví dụ: 12,5' };
  }
  if (frac.length > scale && /[1-9]/.test(frac.slice(scale))) {
    return { ok: false, message: `Tối đa ${scale} chữ số thập phân.` };
  }
  intPart = intPart.replace(/^0+(?=\d)/, '');
  if (intPart.length > MAX_AREA_DIGITS) return { ok: false, message: 'Số quá lớn.' };
  const value = `${negative && /[1-9]/.test(intPart + frac) ? '-' : ''}${intPart}.${frac.slice(0, scale).padEnd(scale, '0')}`;
  return { ok: true, value };
}

/** Blank means "nothing entered": 0 for the figures every report has, null for the credit fields. */
function isBlank(input: unknown): boolean {
  const text = asText(input);
  return text == null || text.trim() === '';
}

function countField(label: string) {
  return z.unknown().transform((input, ctx): number => {
    if (isBlank(input)) return 0;
    const text = asText(input);
    const r = text == null ? ({ ok: false, message: 'Số không hợp lệ.' } as const) : parseWhole(text);
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: `${label}: ${r.message}`, input });
      return z.NEVER;
    }
    if (r.value > BigInt(MAX_COUNT) || r.value < -BigInt(MAX_COUNT)) {
      ctx.issues.push({ code: 'custom', message: `${label}: số quá lớn.`, input });
      return z.NEVER;
    }
    return Number(r.value);
  });
}

function moneyField(label: string, blank: 0n | null) {
  return z.unknown().transform((input, ctx): bigint | null => {
    if (isBlank(input)) return blank;
    const text = asText(input);
    const r = text == null ? ({ ok: false, message: 'Số tiền không hợp lệ.' } as const) : parseWhole(text);
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: `${label}: ${r.message.replace('Nhập số nguyên', 'Nhập số nguyên đồng')}`, input });
      return z.NEVER;
    }
    if (r.value > MAX_AMOUNT || r.value < -MAX_AMOUNT) {
      ctx.issues.push({ code: 'custom', message: `${label}: số tiền quá lớn.`, input });
      return z.NEVER;
    }
    return r.value;
  });
}

function decimalField(label: string, blank: '0.00' | null, max?: number) {
  return z.unknown().transform((input, ctx): string | null => {
    if (isBlank(input)) return blank;
    const text = asText(input);
    const r = text == null ? ({ ok: false, message: 'Số không hợp lệ.' } as const) : parseDecimal(text);
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: `${label}: ${r.message}`, input });
      return z.NEVER;
    }
    if (max != null && Number(r.value) > max) {
      ctx.issues.push({ code: 'custom', message: `${label}: không quá ${max}.`, input });
      return z.NEVER;
    }
    return r.value;
  });
}

const booleanField = z.unknown().transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

const commentField = z
  .unknown()
  .transform((v) => cleanText(asText(v) ?? ''))
  .pipe(z.string().max(2000, 'Giải trình không quá 2.000 ký tự.'))
  .transform((s) => (s === '' ? null : s));

// ───────────────────────────── The schema ─────────────────────────────

/** A report's figures, parsed. Money in đồng (bigint), area and bad-debt ratio as exact decimal text. */
export type ReportValues = {
  members: number;
  officialMembers: number;
  regularWorkers: number;
  seasonalWorkers: number;
  charterCapital: bigint;
  contributedCapital: bigint;
  /** Hectares, "12.50". */
  landAreaHa: string;
  revenue: bigint;
  /** May be negative (a loss). */
  profit: bigint;
  avgWorkerIncome: bigint;
  managersTotal: number;
  managersPostgraduate: number;
  managersUniversity: number;
  managersCollege: number;
  managersVocational: number;
  managersUntrained: number;
  /** Credit funds only; null elsewhere or when left blank. */
  operatingCapital: bigint | null;
  deposits: bigint | null;
  loansOutstanding: bigint | null;
  /** Percent, "1.25"; credit funds only. */
  badDebtRatio: string | null;
  /** A suspended organization's report of no activity. */
  nilReport: boolean;
  /** The reporter's explanation (required to submit past a warning). */
  comment: string | null;
};

/** The input: form values, grid cells or spreadsheet cells, keyed by field name. */
export type ReportInput = Partial<Record<keyof ReportValues, unknown>>;

const labelOf = (name: ReportNumberField) => FIELD_BY_NAME.get(name)!.label;

function buildSchema(credit: boolean) {
  const creditMoney = (name: ReportNumberField) =>
    credit ? moneyField(labelOf(name), null) : z.unknown().transform((): bigint | null => null);
  const shape = {
    members: countField(labelOf('members')),
    officialMembers: countField(labelOf('officialMembers')),
    regularWorkers: countField(labelOf('regularWorkers')),
    seasonalWorkers: countField(labelOf('seasonalWorkers')),
    charterCapital: moneyField(labelOf('charterCapital'), 0n) as z.ZodType<bigint, unknown>,
    contributedCapital: moneyField(labelOf('contributedCapital'), 0n) as z.ZodType<bigint, unknown>,
    landAreaHa: decimalField(labelOf('landAreaHa'), '0.00') as z.ZodType<string, unknown>,
    revenue: moneyField(labelOf('revenue'), 0n) as z.ZodType<bigint, unknown>,
    profit: moneyField(labelOf('profit'), 0n) as z.ZodType<bigint, unknown>,
    avgWorkerIncome: moneyField(labelOf('avgWorkerIncome'), 0n) as z.ZodType<bigint, unknown>,
    managersTotal: countField(labelOf('managersTotal')),
    managersPostgraduate: countField(labelOf('managersPostgraduate')),
    managersUniversity: countField(labelOf('managersUniversity')),
    managersCollege: countField(labelOf('managersCollege')),
    managersVocational: countField(labelOf('managersVocational')),
    managersUntrained: countField(labelOf('managersUntrained')),
    operatingCapital: creditMoney('operatingCapital'),
    deposits: creditMoney('deposits'),
    loansOutstanding: creditMoney('loansOutstanding'),
    // A ratio above 100% cannot be; the column holds up to 999,99.
    badDebtRatio: credit ? decimalField(labelOf('badDebtRatio'), null, 100) : z.unknown().transform((): string | null => null),
    nilReport: booleanField,
    comment: commentField,
  };
  // Every key present (blank when missing), so that a partial input (a grid row, a spreadsheet
  // without the credit columns) reads as blanks rather than as a missing-field error.
  const keys = Object.keys(shape);
  return z.preprocess((input) => {
    const source = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
    return Object.fromEntries(keys.map((k) => [k, source[k] ?? '']));
  }, z.object(shape));
}

const creditSchema = buildSchema(true);
const plainSchema = buildSchema(false);

/** The schema for an organization of `kind`: credit fields are read only for credit funds. */
export function reportSchema(kind: OrgKind): z.ZodType<ReportValues, ReportInput> {
  return (kind === 'CREDIT_FUND' ? creditSchema : plainSchema) as unknown as z.ZodType<ReportValues, ReportInput>;
}

/** Parses a report's figures for an organization of `kind`. */
export function parseReport(kind: OrgKind, input: ReportInput) {
  return reportSchema(kind).safeParse(input);
}

// ───────────────────────────── Showing values in inputs ─────────────────────────────

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A stored value as an input shows it: 1234567n → "1.234.567", "12.50" → "12,5", null → "". */
export function formatInputValue(kind: ReportFieldKind, value: number | bigint | string | { toFixed(): string } | null | undefined): string {
  if (value == null) return '';
  if (kind === 'count' || kind === 'money') {
    const text = typeof value === 'object' ? value.toFixed() : String(value);
    const negative = text.startsWith('-');
    return `${negative ? '-' : ''}${groupThousands(negative ? text.slice(1) : text)}`;
  }
  const text = typeof value === 'object' ? value.toFixed() : String(value);
  const [int, frac = ''] = text.split('.');
  const negative = int.startsWith('-');
  const trimmed = frac.replace(/0+$/, '');
  return `${negative ? '-' : ''}${groupThousands(negative ? int.slice(1) : int)}${trimmed ? `,${trimmed}` : ''}`;
}

/** A report row (as Prisma returns it) as the text values of a form, for pre-filling. */
export function reportToInputValues(
  row: Partial<Record<ReportNumberField, number | bigint | string | { toFixed(): string } | null>> & { nilReport?: boolean; comment?: string | null },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of REPORT_FIELDS) {
    if (f.name in row) out[f.name] = formatInputValue(f.kind, row[f.name]);
  }
  if (row.nilReport) out.nilReport = 'on';
  if (row.comment) out.comment = row.comment;
  return out;
}

/** The figure columns of OrganizationReport (REPORT_FIELDS' names), for Prisma selects. */
export const REPORT_FIGURES_SELECT = {
  members: true,
  officialMembers: true,
  regularWorkers: true,
  seasonalWorkers: true,
  charterCapital: true,
  contributedCapital: true,
  landAreaHa: true,
  revenue: true,
  profit: true,
  avgWorkerIncome: true,
  managersTotal: true,
  managersPostgraduate: true,
  managersUniversity: true,
  managersCollege: true,
  managersVocational: true,
  managersUntrained: true,
  operatingCapital: true,
  deposits: true,
  loansOutstanding: true,
  badDebtRatio: true,
} as const satisfies Prisma.OrganizationReportSelect;
