/**
 * The membership rules of the Law on Cooperatives 2023 (17/2023/QH15) that data entry can check.
 *
 * What runs is data: the ValidationRule table says which rule codes are active, for which kinds of
 * organization, with which severity, message and parameters (thresholds). This module only knows
 * how to evaluate each code: pure functions over the organization's membership as it would be
 * after a change, returning findings with the values the rule's message needs. So raising a
 * threshold, softening a rule into a warning or rewording it is an edit of a row, not of code.
 */

import { formatMoney, formatNumber } from '@/lib/format/number';
import type { MemberKind, MemberType, OrgKind, RuleSeverity } from '@/lib/generated/prisma/enums';
import { z } from '@/lib/validation/zod';

import { fillMessage, legalCount } from './message';

// ───────────────────────────── State the rules look at ─────────────────────────────

export type MemberSnapshot = {
  id: number;
  name: string;
  kind: MemberKind;
  type: MemberType;
  /** Not marked as left. */
  current: boolean;
  /** Sum of the member's capital contributions (đồng). */
  contributed: bigint;
};

/** An organization's membership as the rules see it (after the change being checked). */
export type MembershipState = {
  kind: OrgKind;
  charterCapital: bigint | null;
  members: MemberSnapshot[];
};

/** The part of a ValidationRule row the evaluation needs. */
export type RuleRow = {
  id: number;
  code: string;
  severity: RuleSeverity;
  message: string;
  params: unknown;
  orgKinds: OrgKind[];
  active: boolean;
  legalBasis?: string | null;
};

// ───────────────────────────── Rule definitions ─────────────────────────────

/** A parameter as the admin form shows it. Percent parameters are stored as a fraction (0.3). */
export type ParamField =
  | { name: string; kind: 'count'; label: string; min: number; max: number }
  | { name: string; kind: 'percent'; label: string; min: number; max: number };

type Finding = {
  /** Identifies what is wrong (the rule, or the rule and a member), to compare before and after. */
  key: string;
  /** How far from compliant: a change may not make a blocking finding worse. */
  measure: bigint;
  values: Record<string, string>;
};

type Evaluation = { applicable: true; findings: Finding[]; current: string } | { applicable: false; reason: string };

type RuleDefinition<P> = {
  code: string;
  /** Short Vietnamese name for the rules page. */
  title: string;
  params: z.ZodType<P>;
  fields: readonly ParamField[];
  /** Placeholders the message may use. */
  placeholders: readonly string[];
  /** What compliance looks like, from the parameters: "Tối thiểu 05 thành viên chính thức". */
  describe: (params: P) => string;
  evaluate: (state: MembershipState, params: P) => Evaluation;
};

const countParam = z.object({ min: z.number().int().min(1).max(1000) });
const shareParam = z.object({ max: z.number().gt(0).max(1) });
const noParams = z.object({});

/** Parts per ten thousand, so that shares are compared in integers: 0.3 → 3000n. */
function basisPoints(fraction: number): bigint {
  return BigInt(Math.round(fraction * 10_000));
}

/** amount / total as a percentage with up to two decimals, computed without floats. */
function percentOf(amount: bigint, total: bigint): string {
  if (total <= 0n) return '—';
  const hundredths = (amount * 10_000n) / total; // percent × 100, truncated
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${formatNumber(`${whole}.${frac}`, { maximumFractionDigits: 2 })}%`;
}

function percentParam(fraction: number): string {
  return `${formatNumber(fraction * 100, { maximumFractionDigits: 2 })}%`;
}

const current = (s: MembershipState) => s.members.filter((m) => m.current);

const minOfficialMembers: RuleDefinition<z.infer<typeof countParam>> = {
  code: 'min_official_members',
  title: 'Số thành viên chính thức tối thiểu',
  params: countParam,
  fields: [{ name: 'min', kind: 'count', label: 'Số thành viên chính thức tối thiểu', min: 1, max: 1000 }],
  placeholders: ['min', 'actual'],
  describe: (p) => `Tối thiểu ${legalCount(p.min)} thành viên chính thức`,
  evaluate: (state, p) => {
    const actual = current(state).filter((m) => m.type === 'OFFICIAL').length;
    const values = { min: legalCount(p.min), actual: String(actual) };
    return {
      applicable: true,
      current: `Hiện có ${actual} thành viên chính thức`,
      findings: actual < p.min ? [{ key: 'min_official_members', measure: BigInt(p.min - actual), values }] : [],
    };
  },
};

const maxMemberShare: RuleDefinition<z.infer<typeof shareParam>> = {
  code: 'max_member_share',
  title: 'Vốn góp tối đa của một thành viên',
  params: shareParam,
  fields: [{ name: 'max', kind: 'percent', label: 'Tỷ lệ tối đa so với vốn điều lệ (%)', min: 1, max: 100 }],
  placeholders: ['max', 'member', 'amount', 'share', 'limit', 'charter'],
  describe: (p) => `Vốn góp của một thành viên không quá ${percentParam(p.max)} vốn điều lệ`,
  evaluate: (state, p) => {
    const charter = state.charterCapital;
    if (charter == null || charter <= 0n) return { applicable: false, reason: 'Chưa có vốn điều lệ để đối chiếu' };
    const bp = basisPoints(p.max);
    const limit = (bp * charter) / 10_000n;
    const findings: Finding[] = [];
    let largest = 0n;
    for (const m of current(state)) {
      if (m.contributed > largest) largest = m.contributed;
      // amount / charter > bp / 10000, in integers: exactly the cap is allowed, one đồng more is not.
      if (m.contributed * 10_000n > bp * charter) {
        findings.push({
          key: `max_member_share:${m.id}`,
          measure: m.contributed,
          values: {
            max: percentParam(p.max),
            member: m.name,
            amount: formatMoney(m.contributed),
            share: percentOf(m.contributed, charter),
            limit: formatMoney(limit),
            charter: formatMoney(charter),
          },
        });
      }
    }
    return { applicable: true, current: `Cao nhất ${percentOf(largest, charter)} (${formatMoney(largest)})`, findings };
  },
};

const noCapitalForAssociate: RuleDefinition<z.infer<typeof noParams>> = {
  code: 'no_capital_for_associate_without_capital',
  title: 'Thành viên liên kết không góp vốn',
  params: noParams,
  fields: [],
  placeholders: ['member', 'amount'],
  describe: () => 'Thành viên liên kết không góp vốn không có vốn góp',
  evaluate: (state) => {
    const findings: Finding[] = state.members
      .filter((m) => m.type === 'ASSOCIATE_NO_CAPITAL' && m.contributed > 0n)
      .map((m) => ({
        key: `no_capital_for_associate_without_capital:${m.id}`,
        measure: m.contributed,
        values: { member: m.name, amount: formatMoney(m.contributed) },
      }));
    const n = state.members.filter((m) => m.type === 'ASSOCIATE_NO_CAPITAL').length;
    return { applicable: true, current: `${n} thành viên liên kết không góp vốn`, findings };
  },
};

const unionMinMemberCooperatives: RuleDefinition<z.infer<typeof countParam>> = {
  code: 'union_min_member_cooperatives',
  title: 'Số hợp tác xã thành viên tối thiểu của liên hiệp',
  params: countParam,
  fields: [{ name: 'min', kind: 'count', label: 'Số hợp tác xã thành viên chính thức tối thiểu', min: 1, max: 1000 }],
  placeholders: ['min', 'actual'],
  describe: (p) => `Tối thiểu ${legalCount(p.min)} hợp tác xã thành viên chính thức`,
  evaluate: (state, p) => {
    // The member cooperatives of a union are recorded as legal-entity members.
    const actual = current(state).filter((m) => m.type === 'OFFICIAL' && m.kind === 'LEGAL_ENTITY').length;
    const values = { min: legalCount(p.min), actual: String(actual) };
    return {
      applicable: true,
      current: `Hiện có ${actual} hợp tác xã thành viên chính thức`,
      findings: actual < p.min ? [{ key: 'union_min_member_cooperatives', measure: BigInt(p.min - actual), values }] : [],
    };
  },
};

type AnyDefinition = RuleDefinition<unknown>;

/**
 * Rule codes the application can evaluate. ValidationRule.code is unique, so one check that
 * applies with different parameters to different kinds (30% in a cooperative, 40% in a union) is
 * two rows with two codes evaluated the same way.
 */
export const MEMBERSHIP_RULES: Readonly<Record<string, AnyDefinition>> = {
  min_official_members: minOfficialMembers as AnyDefinition,
  max_member_share: maxMemberShare as AnyDefinition,
  max_member_share_union: { ...maxMemberShare, title: 'Vốn góp tối đa của một thành viên liên hiệp' } as AnyDefinition,
  no_capital_for_associate_without_capital: noCapitalForAssociate as AnyDefinition,
  union_min_member_cooperatives: unionMinMemberCooperatives as AnyDefinition,
};

export function ruleDefinition(code: string): AnyDefinition | undefined {
  return Object.hasOwn(MEMBERSHIP_RULES, code) ? MEMBERSHIP_RULES[code] : undefined;
}

// ───────────────────────────── Evaluation ─────────────────────────────

export type Violation = {
  ruleId: number;
  code: string;
  severity: RuleSeverity;
  key: string;
  measure: bigint;
  message: string;
};

export type RuleOutcome = {
  ruleId: number;
  code: string;
  title: string;
  severity: RuleSeverity;
  legalBasis: string | null;
  /** ok: satisfied; violated: at least one finding; not_applicable: cannot be judged (e.g. no charter capital). */
  status: 'ok' | 'violated' | 'not_applicable';
  summary: string;
  /** "Hiện có 4 thành viên chính thức", or why the rule cannot be judged. */
  detail: string;
  violations: Violation[];
};

export function ruleApplies(rule: Pick<RuleRow, 'active' | 'orgKinds'>, kind: OrgKind): boolean {
  return rule.active && (rule.orgKinds.length === 0 || rule.orgKinds.includes(kind));
}

/** Evaluates the active rules that apply to the organization's kind; unknown codes are skipped. */
export function evaluateMembershipRules(rules: readonly RuleRow[], state: MembershipState): RuleOutcome[] {
  const out: RuleOutcome[] = [];
  for (const rule of rules) {
    if (!ruleApplies(rule, state.kind)) continue;
    const def = ruleDefinition(rule.code);
    if (!def) continue;
    const base = { ruleId: rule.id, code: rule.code, title: def.title, severity: rule.severity, legalBasis: rule.legalBasis ?? null };
    const params = def.params.safeParse(rule.params ?? {});
    if (!params.success) {
      out.push({ ...base, status: 'not_applicable', summary: def.title, detail: 'Tham số của quy tắc không hợp lệ', violations: [] });
      continue;
    }
    const summary = def.describe(params.data);
    const result = def.evaluate(state, params.data);
    if (!result.applicable) {
      out.push({ ...base, status: 'not_applicable', summary, detail: result.reason, violations: [] });
      continue;
    }
    const violations = result.findings.map((f) => ({
      ruleId: rule.id,
      code: rule.code,
      severity: rule.severity,
      key: `${rule.code}/${f.key}`,
      measure: f.measure,
      message: fillMessage(rule.message, f.values),
    }));
    out.push({ ...base, status: violations.length ? 'violated' : 'ok', summary, detail: result.current, violations });
  }
  return out;
}

export type RuleCheck = {
  /** Blocking violations the change introduces or worsens: the change must not be saved. */
  blocking: Violation[];
  /** Every violation that remains after the change and does not block it (warnings, and blocking
   *  ones the organization already had and the change did not worsen). */
  notes: Violation[];
};

/**
 * Compares the rules' findings before and after a change. A "block" rule refuses a change only
 * when the change creates the problem or makes it worse, so that an organization already out of
 * line (a member over the cap from years ago) can still be corrected in other respects; a "warn"
 * rule never refuses.
 */
export function compareOutcomes(before: readonly RuleOutcome[], after: readonly RuleOutcome[]): RuleCheck {
  const was = new Map<string, bigint>();
  for (const o of before) for (const v of o.violations) was.set(v.key, v.measure);
  const blocking: Violation[] = [];
  const notes: Violation[] = [];
  for (const o of after) {
    for (const v of o.violations) {
      const previous = was.get(v.key);
      if (v.severity === 'BLOCK' && (previous === undefined || v.measure > previous)) blocking.push(v);
      else notes.push(v);
    }
  }
  return { blocking, notes };
}
