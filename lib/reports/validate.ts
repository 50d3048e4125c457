/**
 * The checks of a periodic report, kept as data like the Law's membership rules: ValidationRule
 * rows with target REPORT say which checks run, for which kinds of organization, whether they warn
 * or block, with which message and thresholds; this module only knows how to evaluate each code.
 * The Law's minimum of official members is the same row the member register uses
 * (`min_official_members`), read against the reported count of official members.
 *
 * What the severities mean for a report: a BLOCK finding refuses saving (even as a draft) and
 * submitting; a WARN finding lets a draft be saved and requires the reporter's comment to submit.
 */
import { formatDate } from '@/lib/format/date';
import { formatArea, formatMoney, formatNumber } from '@/lib/format/number';
import type { OrgKind, OrgStatus, RuleSeverity } from '@/lib/generated/prisma/enums';
import { ORG_STATUS_LABELS, TERMINAL_STATUSES } from '@/lib/organizations/sectors';
import { fillMessage, legalCount } from '@/lib/rules/message';
import type { ParamField, RuleRow } from '@/lib/rules/membership';
import { z } from '@/lib/validation/zod';

import { REPORT_FIELDS, type ReportFieldDef, type ReportValues, reportField } from './schema';

// ───────────────────────────── What the rules look at ─────────────────────────────

/** The stock figures compared with the previous period. */
export type PreviousReport = {
  periodLabel: string;
  members: number;
  charterCapital: bigint;
};

export type ReportContext = {
  kind: OrgKind;
  values: ReportValues;
  /** The organization's report of the latest earlier period with figures entered, if any. */
  previous: PreviousReport | null;
  period: { startsOn: Date; endsOn: Date; label: string };
  establishedOn: Date | null;
  /** The first end of the organization (dissolved, merged, …) in its status history. */
  ended: { status: OrgStatus; on: Date } | null;
  /** Status at the period's end (null: not yet founded). */
  statusAtEnd: OrgStatus | null;
};

type Finding = { key: string; field: string | null; values: Record<string, string> };

type ReportRuleDefinition<P> = {
  code: string;
  title: string;
  params: z.ZodType<P>;
  fields: readonly ParamField[];
  placeholders: readonly string[];
  describe: (params: P) => string;
  evaluate: (ctx: ReportContext, params: P) => Finding[];
};

// ───────────────────────────── Helpers ─────────────────────────────

function show(def: ReportFieldDef, value: number | bigint | string): string {
  if (def.kind === 'money') return formatMoney(value);
  if (def.kind === 'area') return formatArea(value);
  if (def.kind === 'percent') return `${formatNumber(value)}%`;
  return formatNumber(value);
}

function fieldValue(values: ReportValues, name: string): number | bigint | string | null {
  return (values as unknown as Record<string, number | bigint | string | null>)[name] ?? null;
}

function isNegative(v: number | bigint | string | null): boolean {
  if (v == null) return false;
  if (typeof v === 'string') return v.startsWith('-');
  return v < 0;
}

/** Compares a decimal text with a whole number without floats ("12.50" > 12). */
function decimalAbove(text: string, limit: number): boolean {
  const [int, frac = ''] = text.replace('-', '').split('.');
  const whole = BigInt(int);
  return whole > BigInt(limit) || (whole === BigInt(limit) && /[1-9]/.test(frac));
}

const percentText = (fraction: number) => `${formatNumber(fraction * 100, { maximumFractionDigits: 2 })}%`;

// ───────────────────────────── Rule definitions ─────────────────────────────

const noParams = z.object({});
const dropParams = z.object({ maxDrop: z.number().gt(0).max(1) });
const absurdParams = z.object({
  maxMembers: z.number().int().min(1),
  maxWorkers: z.number().int().min(1),
  maxLandHa: z.number().int().min(1),
  /** Average income per worker and month, in millions of đồng. */
  maxIncomeMillions: z.number().int().min(1),
});
const countParam = z.object({ min: z.number().int().min(1).max(1000) });

/** Fields whose negative value makes no sense (profit may be a loss). */
const NON_NEGATIVE = REPORT_FIELDS.filter((f) => f.name !== 'profit');

const negativeValues: ReportRuleDefinition<z.infer<typeof noParams>> = {
  code: 'report_negative_values',
  title: 'Số liệu âm',
  params: noParams,
  fields: [],
  placeholders: ['field', 'value'],
  describe: () => 'Không chỉ tiêu nào được âm, trừ lợi nhuận (lỗ)',
  evaluate: (ctx) =>
    NON_NEGATIVE.flatMap((f) => {
      const v = fieldValue(ctx.values, f.name);
      return v != null && isNegative(v) ? [{ key: f.name, field: f.name, values: { field: f.label, value: show(f, v) } }] : [];
    }),
};

const absurdValues: ReportRuleDefinition<z.infer<typeof absurdParams>> = {
  code: 'report_absurd_values',
  title: 'Số liệu bất thường',
  params: absurdParams,
  fields: [
    { name: 'maxMembers', kind: 'count', label: 'Số thành viên tối đa hợp lý', min: 1, max: 999_999 },
    { name: 'maxWorkers', kind: 'count', label: 'Số lao động tối đa hợp lý', min: 1, max: 999_999 },
    { name: 'maxLandHa', kind: 'count', label: 'Diện tích tối đa hợp lý (ha)', min: 1, max: 999_999 },
    { name: 'maxIncomeMillions', kind: 'count', label: 'Thu nhập bình quân tối đa hợp lý (triệu đồng/tháng)', min: 1, max: 999_999 },
  ],
  placeholders: ['field', 'value', 'limit'],
  describe: (p) =>
    `Thành viên ≤ ${formatNumber(p.maxMembers)}, mỗi loại lao động ≤ ${formatNumber(p.maxWorkers)}, diện tích ≤ ${formatNumber(p.maxLandHa)} ha, thu nhập bình quân ≤ ${formatNumber(p.maxIncomeMillions)} triệu đồng/tháng`,
  evaluate: (ctx, p) => {
    const v = ctx.values;
    const out: Finding[] = [];
    const over = (name: keyof ReportValues, value: number | bigint | string, limit: string) => {
      const def = reportField(name)!;
      out.push({ key: name, field: name, values: { field: def.label, value: show(def, value), limit } });
    };
    if (v.members > p.maxMembers) over('members', v.members, formatNumber(p.maxMembers));
    if (v.officialMembers > p.maxMembers) over('officialMembers', v.officialMembers, formatNumber(p.maxMembers));
    if (v.regularWorkers > p.maxWorkers) over('regularWorkers', v.regularWorkers, formatNumber(p.maxWorkers));
    if (v.seasonalWorkers > p.maxWorkers) over('seasonalWorkers', v.seasonalWorkers, formatNumber(p.maxWorkers));
    if (decimalAbove(v.landAreaHa, p.maxLandHa) && !isNegative(v.landAreaHa)) over('landAreaHa', v.landAreaHa, formatArea(p.maxLandHa));
    if (v.avgWorkerIncome > BigInt(p.maxIncomeMillions) * 1_000_000n) {
      over('avgWorkerIncome', v.avgWorkerIncome, formatMoney(BigInt(p.maxIncomeMillions) * 1_000_000n));
    }
    return out;
  },
};

const profitAboveRevenue: ReportRuleDefinition<z.infer<typeof noParams>> = {
  code: 'report_profit_above_revenue',
  title: 'Lợi nhuận lớn hơn doanh thu',
  params: noParams,
  fields: [],
  placeholders: ['profit', 'revenue'],
  describe: () => 'Lợi nhuận không lớn hơn doanh thu',
  evaluate: (ctx) =>
    !ctx.values.nilReport && ctx.values.profit > 0n && ctx.values.profit > ctx.values.revenue
      ? [{ key: 'profit', field: 'profit', values: { profit: formatMoney(ctx.values.profit), revenue: formatMoney(ctx.values.revenue) } }]
      : [],
};

const officialAboveMembers: ReportRuleDefinition<z.infer<typeof noParams>> = {
  code: 'report_official_above_members',
  title: 'Thành viên chính thức nhiều hơn tổng số thành viên',
  params: noParams,
  fields: [],
  placeholders: ['official', 'members'],
  describe: () => 'Số thành viên chính thức không vượt tổng số thành viên',
  evaluate: (ctx) =>
    ctx.values.officialMembers > ctx.values.members
      ? [{ key: 'officialMembers', field: 'officialMembers', values: { official: formatNumber(ctx.values.officialMembers), members: formatNumber(ctx.values.members) } }]
      : [],
};

const managersBreakdown: ReportRuleDefinition<z.infer<typeof noParams>> = {
  code: 'report_managers_breakdown',
  title: 'Cán bộ quản lý theo trình độ vượt tổng số',
  params: noParams,
  fields: [],
  placeholders: ['sum', 'total'],
  describe: () => 'Tổng các trình độ không vượt tổng số cán bộ quản lý',
  evaluate: (ctx) => {
    const v = ctx.values;
    const sum = v.managersPostgraduate + v.managersUniversity + v.managersCollege + v.managersVocational + v.managersUntrained;
    return sum > v.managersTotal ? [{ key: 'managersTotal', field: 'managersTotal', values: { sum: formatNumber(sum), total: formatNumber(v.managersTotal) } }] : [];
  },
};

const sharpDrop: ReportRuleDefinition<z.infer<typeof dropParams>> = {
  code: 'report_sharp_drop',
  title: 'Thành viên hoặc vốn giảm mạnh so với kỳ trước',
  params: dropParams,
  fields: [{ name: 'maxDrop', kind: 'percent', label: 'Mức giảm tối đa không cần giải trình (%)', min: 1, max: 100 }],
  placeholders: ['field', 'previous', 'current', 'drop', 'max', 'period'],
  describe: (p) => `Thành viên, vốn điều lệ không giảm quá ${percentText(p.maxDrop)} so với kỳ trước`,
  evaluate: (ctx, p) => {
    const prev = ctx.previous;
    if (!prev || ctx.values.nilReport) return [];
    const bp = BigInt(Math.round(p.maxDrop * 10_000));
    const out: Finding[] = [];
    const check = (name: 'members' | 'charterCapital', was: bigint, now: bigint) => {
      // (was − now) / was > maxDrop, in integers.
      if (was <= 0n || now >= was || (was - now) * 10_000n <= bp * was) return;
      const def = reportField(name)!;
      const dropHundredths = ((was - now) * 10_000n) / was;
      out.push({
        key: name,
        field: name,
        values: {
          field: def.label,
          previous: show(def, was),
          current: show(def, now),
          drop: `${formatNumber(`${dropHundredths / 100n}.${(dropHundredths % 100n).toString().padStart(2, '0')}`)}%`,
          max: percentText(p.maxDrop),
          period: prev.periodLabel,
        },
      });
    };
    check('members', BigInt(prev.members), BigInt(ctx.values.members));
    check('charterCapital', prev.charterCapital, ctx.values.charterCapital);
    return out;
  },
};

const outsideLifetime: ReportRuleDefinition<z.infer<typeof noParams>> = {
  code: 'report_outside_lifetime',
  title: 'Báo cáo cho kỳ trước khi thành lập hoặc sau khi chấm dứt',
  params: noParams,
  fields: [],
  placeholders: ['period', 'reason'],
  describe: () => 'Kỳ báo cáo nằm trong thời gian tổ chức tồn tại',
  evaluate: (ctx) => {
    if (ctx.establishedOn && ctx.establishedOn.getTime() > ctx.period.endsOn.getTime()) {
      return [{ key: 'founded', field: null, values: { period: ctx.period.label, reason: `tổ chức thành lập ngày ${formatDate(ctx.establishedOn)}, sau khi kỳ kết thúc` } }];
    }
    if (ctx.ended && ctx.ended.on.getTime() <= ctx.period.startsOn.getTime()) {
      return [
        {
          key: 'ended',
          field: null,
          values: { period: ctx.period.label, reason: `tổ chức đã ${ORG_STATUS_LABELS[ctx.ended.status].toLowerCase()} từ ngày ${formatDate(ctx.ended.on)}` },
        },
      ];
    }
    return [];
  },
};

const nilOnlyWhenSuspended: ReportRuleDefinition<z.infer<typeof noParams>> = {
  code: 'report_nil_only_when_suspended',
  title: 'Báo cáo không phát sinh chỉ dành cho tổ chức tạm ngừng',
  params: noParams,
  fields: [],
  placeholders: ['status'],
  describe: () => 'Chỉ tổ chức tạm ngừng hoạt động (hoặc chờ giải thể) gửi báo cáo không phát sinh',
  evaluate: (ctx) =>
    ctx.values.nilReport && ctx.statusAtEnd !== 'SUSPENDED' && ctx.statusAtEnd !== 'AWAITING_DISSOLUTION'
      ? [{ key: 'nilReport', field: 'nilReport', values: { status: ctx.statusAtEnd ? ORG_STATUS_LABELS[ctx.statusAtEnd].toLowerCase() : 'chưa thành lập' } }]
      : [],
};

/** The Law's minimum of official members (the member register's rule), on the reported count. */
const minOfficialMembers: ReportRuleDefinition<z.infer<typeof countParam>> = {
  code: 'min_official_members',
  title: 'Số thành viên chính thức tối thiểu',
  params: countParam,
  fields: [{ name: 'min', kind: 'count', label: 'Số thành viên chính thức tối thiểu', min: 1, max: 1000 }],
  placeholders: ['min', 'actual'],
  describe: (p) => `Tối thiểu ${legalCount(p.min)} thành viên chính thức`,
  evaluate: (ctx, p) =>
    !ctx.values.nilReport && ctx.values.officialMembers < p.min
      ? [{ key: 'officialMembers', field: 'officialMembers', values: { min: legalCount(p.min), actual: String(ctx.values.officialMembers) } }]
      : [],
};

type AnyReportDefinition = ReportRuleDefinition<unknown>;

export const REPORT_RULES: Readonly<Record<string, AnyReportDefinition>> = {
  report_negative_values: negativeValues as AnyReportDefinition,
  report_absurd_values: absurdValues as AnyReportDefinition,
  report_profit_above_revenue: profitAboveRevenue as AnyReportDefinition,
  report_official_above_members: officialAboveMembers as AnyReportDefinition,
  report_managers_breakdown: managersBreakdown as AnyReportDefinition,
  report_sharp_drop: sharpDrop as AnyReportDefinition,
  report_outside_lifetime: outsideLifetime as AnyReportDefinition,
  report_nil_only_when_suspended: nilOnlyWhenSuspended as AnyReportDefinition,
};

/** Codes of other targets a report is also checked against (same row, same thresholds). */
export const SHARED_REPORT_RULE_CODES = ['min_official_members'] as const;

const SHARED: Readonly<Record<string, AnyReportDefinition>> = {
  min_official_members: minOfficialMembers as AnyReportDefinition,
};

/** The admin-facing definition of a REPORT rule code (title, parameters, placeholders). */
export function reportRuleDefinition(code: string): AnyReportDefinition | undefined {
  return Object.hasOwn(REPORT_RULES, code) ? REPORT_RULES[code] : undefined;
}

// ───────────────────────────── Evaluation ─────────────────────────────

export type ReportFinding = {
  ruleId: number;
  code: string;
  severity: RuleSeverity;
  /** The form field it concerns (for showing it beside the input), or null for the whole report. */
  field: string | null;
  message: string;
};

export type ReportCheck = { blocking: ReportFinding[]; warnings: ReportFinding[] };

function applies(rule: Pick<RuleRow, 'active' | 'orgKinds'>, kind: OrgKind): boolean {
  return rule.active && (rule.orgKinds.length === 0 || rule.orgKinds.includes(kind));
}

/** Every finding of the active rules that apply to the organization's kind; unknown codes are skipped. */
export function evaluateReportRules(rules: readonly RuleRow[], ctx: ReportContext): ReportCheck {
  const blocking: ReportFinding[] = [];
  const warnings: ReportFinding[] = [];
  for (const rule of rules) {
    if (!applies(rule, ctx.kind)) continue;
    const def = reportRuleDefinition(rule.code) ?? (Object.hasOwn(SHARED, rule.code) ? SHARED[rule.code] : undefined);
    if (!def) continue;
    const params = def.params.safeParse(rule.params ?? {});
    if (!params.success) continue;
    for (const f of def.evaluate(ctx, params.data)) {
      const finding = { ruleId: rule.id, code: rule.code, severity: rule.severity, field: f.field, message: fillMessage(rule.message, f.values) };
      (rule.severity === 'BLOCK' ? blocking : warnings).push(finding);
    }
  }
  return { blocking, warnings };
}

/** The first end in a status history (dissolved, bankrupt, revoked, converted, merged). */
export function firstEnd(history: readonly { status: OrgStatus; effectiveOn: Date }[]): { status: OrgStatus; on: Date } | null {
  const ends = history.filter((h) => TERMINAL_STATUSES.includes(h.status)).sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime());
  return ends.length > 0 ? { status: ends[0].status, on: ends[0].effectiveOn } : null;
}
