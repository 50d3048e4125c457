/**
 * The arithmetic of a rating, as pure functions shared by the form (live total on the client), the
 * server actions (which recompute whatever the client sent) and the tests.
 *
 * Points are handled as integer hundredths ("7,25" → 725): the bands' boundaries (49,99 / 50) must
 * compare exactly, which floats do not promise after adding fifteen decimals.
 */
import type { OrgStatus, Rating } from '@/lib/generated/prisma/enums';
import { RATING_LABELS } from '@/lib/organizations/sectors';

export type Band = { rating: Exclude<Rating, 'NOT_RATED'>; minPoints: number; maxPoints: number | null };
export type CriterionLimit = { id: number; ordinal: number; maxPoints: number };

/** Points as typed ("7", "7,5", "7.25") → hundredths, or null when it is not such a number. */
export function parsePoints(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const [whole, frac = ''] = t.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export const toHundredths = (points: number): number => Math.round(points * 100);
export const fromHundredths = (h: number): number => h / 100;

/** "7,5" for display and for the inputs (vi-VN decimal comma, at most 2 decimals). */
export function pointsText(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const frac = hundredths % 100;
  if (frac === 0) return String(whole);
  return `${whole},${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** The band a total falls in (minPoints ≤ total < maxPoints; no max: no upper bound), or null. */
export function bandFor(totalHundredths: number, bands: readonly Band[]): Band | null {
  for (const b of bands) {
    const min = toHundredths(b.minPoints);
    const max = b.maxPoints == null ? null : toHundredths(b.maxPoints);
    if (totalHundredths >= min && (max == null || totalHundredths < max)) return b;
  }
  return null;
}

// ───────────────────────────── The "not rated" rule ─────────────────────────────

export type StatusEntry = { status: OrgStatus; effectiveOn: Date };

/** Statuses in which an organization counts as stopped: suspended, or ended. */
export const STOPPED_STATUSES: readonly OrgStatus[] = ['SUSPENDED', 'DISSOLVED', 'BANKRUPT', 'REVOKED', 'CONVERTED', 'MERGED'];

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const DAY = 86_400_000;

/** Whole months from a to b, counted as people count them (15/01 → 14/02 is 0, → 15/02 is 1). */
export function wholeMonthsBetween(a: Date, b: Date): number {
  let m = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) m -= 1;
  return m;
}

/**
 * Months between two days (end exclusive) as a decimal: whole calendar months, then the rest in
 * days over the length of the month it falls in. 01/09 → 01/01 is 4; 01/10 → 01/01 is 3.
 */
export function monthsSpan(start: Date, endExclusive: Date): number {
  if (endExclusive <= start) return 0;
  const months = wholeMonthsBetween(start, endExclusive);
  // 31/01 plus one month is 28/02 (the day clamped to the month's length), not 03/03.
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const anchor = new Date(Date.UTC(y, m, Math.min(start.getUTCDate(), lastDay)));
  const rest = (endExclusive.getTime() - anchor.getTime()) / DAY;
  const monthLength = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, 0)).getUTCDate();
  return months + rest / monthLength;
}

/** Months of `year` the organization spent stopped (suspended or ended), from its status history. */
export function stoppedMonthsInYear(history: readonly StatusEntry[], year: number): number {
  const start = utc(year, 1, 1);
  const end = utc(year + 1, 1, 1);
  const sorted = [...history].sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime());
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (!STOPPED_STATUSES.includes(sorted[i].status)) continue;
    const from = sorted[i].effectiveOn > start ? sorted[i].effectiveOn : start;
    const next = sorted[i + 1]?.effectiveOn;
    const to = next && next < end ? next : end;
    total += monthsSpan(from, to);
  }
  return total;
}

export type NotRatedInput = {
  year: number;
  establishedOn: Date | null;
  history: readonly StatusEntry[];
  minMonthsOperating: number;
  maxMonthsStopped: number;
};

const monthsText = (m: number) => (Number.isInteger(m) ? String(m) : (Math.round(m * 10) / 10).toString().replace('.', ','));

/**
 * Why the organization is not rated for the year, or null when it is rated: operating fewer than
 * `minMonthsOperating` months at 31/12 (from its founding), or stopped for more than
 * `maxMonthsStopped` months of the year. Points do not matter in either case.
 */
export function notRatedReason(input: NotRatedInput): string | null {
  const yearEnd = utc(input.year, 12, 31);
  const founded = input.establishedOn ?? [...input.history].sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime())[0]?.effectiveOn ?? null;
  if (founded) {
    const months = Math.max(0, wholeMonthsBetween(founded, yearEnd));
    if (months < input.minMonthsOperating) {
      return `Tính đến 31/12/${input.year} mới hoạt động ${months} tháng (chưa đủ ${input.minMonthsOperating} tháng kể từ ngày thành lập), nên không xếp loại.`;
    }
  }
  const stopped = Math.round(stoppedMonthsInYear(input.history, input.year) * 100) / 100;
  if (stopped > input.maxMonthsStopped) {
    return `Tạm ngừng hoặc chấm dứt hoạt động ${monthsText(stopped)} tháng trong năm ${input.year} (quá ${input.maxMonthsStopped} tháng), nên không xếp loại.`;
  }
  return null;
}

// ───────────────────────────── Total and band ─────────────────────────────

export type ScoreProblem = { criterionId: number; message: string };

export type Computation = {
  /** Points per criterion in hundredths; criteria left blank are absent. */
  scores: Map<number, number>;
  totalHundredths: number;
  /** Every criterion has points. */
  complete: boolean;
  rating: Rating | null;
  problems: ScoreProblem[];
  /** A problem of the whole (total above the scheme's maximum, a total no band covers). */
  formProblem: string | null;
};

/**
 * Total and band from the points typed per criterion (text as typed, keyed by criterion id).
 * `rating` is null while something is wrong, or while no band covers the total.
 */
export function computeRating(args: {
  criteria: readonly CriterionLimit[];
  bands: readonly Band[];
  schemeMaxPoints: number;
  inputs: Readonly<Record<number, string | undefined>>;
  notRated: boolean;
}): Computation {
  const scores = new Map<number, number>();
  const problems: ScoreProblem[] = [];
  for (const c of args.criteria) {
    const text = (args.inputs[c.id] ?? '').trim();
    if (text === '') continue;
    const h = parsePoints(text);
    if (h == null) {
      problems.push({ criterionId: c.id, message: `Tiêu chí ${c.ordinal}: nhập số điểm từ 0 đến ${c.maxPoints}, tối đa 2 chữ số thập phân (ví dụ 7,5).` });
    } else if (h > c.maxPoints * 100) {
      problems.push({ criterionId: c.id, message: `Tiêu chí ${c.ordinal}: tối đa ${c.maxPoints} điểm, đã nhập ${pointsText(h)}.` });
    } else {
      scores.set(c.id, h);
    }
  }
  const totalHundredths = [...scores.values()].reduce((a, b) => a + b, 0);
  let formProblem: string | null = null;
  if (totalHundredths > args.schemeMaxPoints * 100) formProblem = `Tổng điểm ${pointsText(totalHundredths)} vượt quá số điểm tối đa của bộ tiêu chí (${args.schemeMaxPoints}).`;
  const band = bandFor(totalHundredths, args.bands);
  if (!formProblem && !args.notRated && !band) formProblem = `Không có mức xếp loại nào của bộ tiêu chí ứng với tổng điểm ${pointsText(totalHundredths)}.`;
  const ok = problems.length === 0 && !formProblem;
  return {
    scores,
    totalHundredths,
    complete: scores.size === args.criteria.length,
    rating: !ok ? null : args.notRated ? 'NOT_RATED' : (band?.rating ?? null),
    problems,
    formProblem,
  };
}

// ───────────────────────────── Scheme validation ─────────────────────────────

/**
 * Why a scheme's criteria and bands do not fit together, or an empty list: criteria points must add
 * up to the scheme's maximum, and the bands must cover 0..maximum without a gap or an overlap.
 */
export function schemeProblems(maxPoints: number, criteriaPoints: readonly number[], bands: readonly Band[]): string[] {
  const out: string[] = [];
  const sum = criteriaPoints.reduce((a, b) => a + b, 0);
  if (criteriaPoints.length === 0) out.push('Bộ tiêu chí cần ít nhất một tiêu chí.');
  else if (sum !== maxPoints) out.push(`Tổng điểm tối đa của các tiêu chí là ${sum}, phải bằng điểm tối đa của bộ tiêu chí (${maxPoints}).`);
  if (bands.length === 0) {
    out.push('Cần ít nhất một mức xếp loại.');
    return out;
  }
  const sorted = [...bands].sort((a, b) => a.minPoints - b.minPoints);
  const fmt = (n: number) => pointsText(toHundredths(n));
  if (toHundredths(sorted[0].minPoints) !== 0) out.push(`Các mức xếp loại phải bắt đầu từ 0 điểm (mức thấp nhất bắt đầu từ ${fmt(sorted[0].minPoints)}): từ 0 đến ${fmt(sorted[0].minPoints)} điểm chưa có mức nào.`);
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i];
    const next = sorted[i + 1];
    if (b.maxPoints != null && toHundredths(b.maxPoints) <= toHundredths(b.minPoints)) {
      out.push(`Mức “${RATING_LABELS[b.rating]}”: điểm “đến dưới” (${fmt(b.maxPoints)}) phải lớn hơn điểm “từ” (${fmt(b.minPoints)}).`);
      continue;
    }
    if (!next) {
      if (b.maxPoints != null && toHundredths(b.maxPoints) <= maxPoints * 100) {
        out.push(`Mức cao nhất phải bao gồm ${maxPoints} điểm: để trống điểm “đến dưới” (không giới hạn trên).`);
      }
      continue;
    }
    if (b.maxPoints == null) {
      out.push(`Chỉ mức cao nhất được để trống điểm “đến dưới”; mức bắt đầu từ ${fmt(b.minPoints)} điểm cần điểm “đến dưới”.`);
      continue;
    }
    const gapFrom = toHundredths(b.maxPoints);
    const nextFrom = toHundredths(next.minPoints);
    if (gapFrom < nextFrom) out.push(`Các mức xếp loại bị hở: từ ${fmt(b.maxPoints)} đến dưới ${fmt(next.minPoints)} điểm chưa có mức nào.`);
    if (gapFrom > nextFrom) out.push(`Các mức xếp loại chồng lên nhau: từ ${fmt(next.minPoints)} đến dưới ${fmt(b.maxPoints)} điểm thuộc hai mức.`);
  }
  return out;
}
