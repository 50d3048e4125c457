/**
 * Each organization's figures, anchored on 30/6/2023: for the organizations of that day the anchors
 * are the sơ kết totals split exactly (largest remainder), so the 2023 FIRST_HALF reports sum to
 * them; every other period grows or shrinks from the anchor at the organization's own rate.
 */
import { yearsBetween } from './dates';
import { EXPECTED_2023_H1 } from './expected';
import { existsAt, type OrgPlan, SNAPSHOT_DATE, statusAt } from './plan';
import { distribute, type Rng } from './random';

export type CreditAnchor = { operating: number; depositRatio: number; loanRatio: number; badDebt: number };

export type Anchor = {
  members: number;
  minMembers: number;
  /** đồng; HTX charter capital (0 for groups). */
  charter: number;
  /** đồng; contributed capital (groups: their only capital). */
  contributed: number;
  contributedRatio: number;
  /** hundredths of a hectare. */
  landCenti: number;
  workers: number;
  regularShare: number;
  /** đồng per year. */
  revenueAnnual: number;
  halfShare: number;
  margin: number;
  /** đồng per month. */
  income: number;
  managers: { total: number; postgraduate: number; university: number; college: number; vocational: number; untrained: number };
  credit: CreditAnchor | null;
  growth: { members: number; capital: number; land: number; revenue: number; workers: number };
  assocShare: number;
};

const isHtx = (p: OrgPlan) => p.category === 'AGRI' || p.category === 'NONAG' || p.category === 'CREDIT';

/** Splits total over the snapshot organizations with raw weights; others get raw × the same factor. */
function split(
  plans: OrgPlan[],
  total: number,
  raw: (p: OrgPlan) => number,
  min: (p: OrgPlan) => number,
  participates: (p: OrgPlan) => boolean,
): Map<number, number> {
  const inSnap = plans.filter(participates);
  const weights = inSnap.map(raw);
  const mins = inSnap.map(min);
  const parts = distribute(total, weights, mins);
  const factor = (total - mins.reduce((a, b) => a + b, 0)) / weights.reduce((a, b) => a + b, 0);
  const out = new Map<number, number>();
  inSnap.forEach((p, i) => out.set(p.id, parts[i]));
  for (const p of plans) if (!out.has(p.id)) out.set(p.id, min(p) + Math.round(raw(p) * factor));
  return out;
}

export function buildAnchors(rng: Rng, plans: OrgPlan[]): Map<number, Anchor> {
  const raw = new Map<number, { members: number; charter: number; land: number; workers: number; capitalUnits: number; seasonal: number }>();
  for (const p of plans) {
    const agri = p.category === 'AGRI' || p.category === 'GROUP' || p.category === 'UNION';
    const landMedian = p.sector === 'FISHERY' ? 60 : p.sector === 'FORESTRY' ? 200 : 150;
    const isAgriSector = p.sector === 'CROP_LIVESTOCK' || p.sector === 'FISHERY' || p.sector === 'FORESTRY' || p.sector === 'SALT';
    raw.set(p.id, {
      members:
        p.category === 'CREDIT' ? rng.logNormal(900, 0.45) : p.category === 'NONAG' ? rng.logNormal(22, 0.5) : p.category === 'GROUP' ? rng.logNormal(18, 0.45) : rng.logNormal(55, 0.6),
      charter: p.category === 'CREDIT' ? rng.logNormal(3500, 0.4) : p.category === 'NONAG' ? rng.logNormal(1200, 0.7) : rng.logNormal(450, 0.8),
      land: agri && isAgriSector ? (p.category === 'GROUP' ? rng.logNormal(28, 0.6) : rng.logNormal(landMedian, 0.6)) * 100 : 0,
      workers: p.category === 'CREDIT' ? rng.logNormal(12, 0.3) : p.category === 'NONAG' ? rng.logNormal(22, 0.5) : rng.logNormal(14, 0.5),
      capitalUnits: rng.chance(0.15) ? 0 : rng.logNormal(16, 0.7),
      seasonal: rng.chance(0.4) ? 0 : rng.logNormal(4, 0.6),
    });
  }
  const r = (p: OrgPlan) => raw.get(p.id)!;
  const snapHtx = (p: OrgPlan) => p.inSnapshot && isHtx(p);
  const snapGroup = (p: OrgPlan) => p.inSnapshot && p.category === 'GROUP';
  const activeAtSnapshot = (p: OrgPlan) => statusAt(p, SNAPSHOT_DATE) === 'ACTIVE';
  const htx = plans.filter(isHtx);
  const groups = plans.filter((p) => p.category === 'GROUP');
  const E = EXPECTED_2023_H1;

  const htxMembers = split(htx, E.cooperatives.members, (p) => r(p).members, (p) => (p.category === 'CREDIT' ? 50 : 7), snapHtx);
  // Charter capital in millions, the odd 737.000 đồng added to the largest one below.
  const htxCharterM = split(htx, Math.floor(E.cooperatives.charterCapital / 1_000_000), (p) => r(p).charter, (p) => (p.category === 'CREDIT' ? 500 : 20), snapHtx);
  const htxLand = split(
    htx.filter((p) => p.category === 'AGRI'),
    Math.round(E.cooperatives.landAreaHa * 100),
    (p) => r(p).land,
    () => 500,
    snapHtx,
  );
  const htxWorkers = split(
    htx,
    E.cooperatives.workers,
    (p) => r(p).workers,
    (p) => (p.category === 'CREDIT' ? 5 : 2),
    (p) => snapHtx(p) && activeAtSnapshot(p),
  );
  const grpMembers = split(groups, E.groups.members, (p) => r(p).members, () => 5, snapGroup);
  const grpCapital = split(groups, E.groups.contributedCapital / 500_000, (p) => r(p).capitalUnits, () => 0, snapGroup);
  const grpLand = split(groups.filter((p) => r(p).land > 0), Math.round(E.groups.landAreaHa * 100), (p) => r(p).land, () => 50, snapGroup);
  const grpWorkers = split(groups, E.groups.seasonalWorkers, (p) => r(p).seasonal, () => 0, snapGroup);

  // The remainder of the charter total below one million đồng goes to the biggest snapshot HTX.
  const remainder = E.cooperatives.charterCapital % 1_000_000;
  let biggest: OrgPlan | null = null;
  for (const p of htx) if (snapHtx(p) && (!biggest || htxCharterM.get(p.id)! > htxCharterM.get(biggest.id)!)) biggest = p;

  const anchors = new Map<number, Anchor>();
  for (const p of plans) {
    const snapshotSuspended = p.inSnapshot && !activeAtSnapshot(p);
    let members: number;
    let charter = 0;
    let contributed: number;
    let landCenti = 0;
    let workers: number;
    let regularShare: number;
    const contributedRatio = rng.float(0.6, 1);
    if (p.category === 'GROUP') {
      members = grpMembers.get(p.id)!;
      contributed = grpCapital.get(p.id)! * 500_000;
      landCenti = grpLand.get(p.id) ?? 0;
      workers = grpWorkers.get(p.id)!;
      regularShare = 0;
    } else if (p.category === 'UNION') {
      members = rng.int(4, 7);
      charter = rng.int(15, 70) * 100_000_000;
      contributed = Math.round((charter * contributedRatio) / 1000) * 1000;
      landCenti = rng.int(200, 900) * 100;
      workers = rng.int(8, 25);
      regularShare = 0.5;
    } else {
      members = htxMembers.get(p.id)!;
      charter = htxCharterM.get(p.id)! * 1_000_000 + (p === biggest ? remainder : 0);
      contributed = Math.round((charter * contributedRatio) / 1000) * 1000;
      landCenti = p.category === 'AGRI' ? htxLand.get(p.id)! : 0;
      // Suspended on 30/6/2023: nobody at work then; their usual workforce is drawn afresh for other periods.
      workers = snapshotSuspended ? Math.max(2, Math.round(r(p).workers * 0.8)) : htxWorkers.get(p.id)!;
      regularShare = p.category === 'CREDIT' ? 1 : p.category === 'NONAG' ? rng.float(0.6, 0.9) : rng.float(0.3, 0.5);
    }
    const revenueAnnual =
      p.category === 'CREDIT' ? rng.logNormal(12e9, 0.4) : p.category === 'UNION' ? rng.logNormal(8e9, 0.4) : p.category === 'NONAG' ? rng.logNormal(3e9, 0.6) : p.category === 'GROUP' ? rng.logNormal(250e6, 0.6) : rng.logNormal(1.8e9, 0.7);
    const income =
      p.category === 'CREDIT' ? rng.float(8e6, 14e6) : p.category === 'UNION' ? rng.float(6e6, 10e6) : p.category === 'NONAG' ? rng.float(5e6, 9e6) : p.category === 'GROUP' ? rng.float(2.8e6, 5e6) : rng.float(4.2e6, 7.5e6);
    const total = p.category === 'GROUP' ? rng.int(1, 3) : p.category === 'CREDIT' ? rng.int(7, 11) : rng.int(3, 9);
    const postgraduate = p.category === 'CREDIT' && rng.chance(0.3) ? 1 : 0;
    const university = Math.min(total - postgraduate, p.category === 'CREDIT' ? rng.int(3, 6) : p.category === 'GROUP' ? 0 : rng.int(0, 3));
    const college = Math.min(total - postgraduate - university, rng.int(0, 2));
    const vocational = Math.min(total - postgraduate - university - college, rng.int(0, 3));
    const untrained = total - postgraduate - university - college - vocational;
    anchors.set(p.id, {
      members,
      minMembers: p.category === 'CREDIT' ? 50 : p.category === 'GROUP' ? 3 : p.category === 'UNION' ? 2 : 7,
      charter,
      contributed,
      contributedRatio,
      landCenti,
      workers,
      regularShare,
      revenueAnnual,
      halfShare: rng.float(0.4, 0.52),
      margin: (p.quality - 0.45) * 0.3,
      income,
      managers: { total, postgraduate, university, college, vocational, untrained },
      credit:
        p.category === 'CREDIT'
          ? { operating: rng.logNormal(110e9, 0.5), depositRatio: rng.float(0.78, 0.9), loanRatio: rng.float(0.72, 0.9), badDebt: rng.float(0.1, 2.2) }
          : null,
      growth: {
        members: rng.float(0.02, 0.06),
        capital: rng.float(0.03, 0.08),
        land: rng.float(0, 0.02),
        revenue: rng.float(0.03, 0.09),
        workers: rng.float(0.01, 0.05),
      },
      assocShare: p.category === 'GROUP' || p.category === 'CREDIT' || !rng.chance(0.35) ? 0 : rng.float(0.02, 0.12),
    });
  }
  return anchors;
}

/** Charter capital on a date (đồng, rounded to the million): what the register shows today. */
export function charterAt(anchor: Anchor, plan: OrgPlan, date: Date): number {
  if (anchor.charter === 0) return 0;
  const dt = yearsBetween(SNAPSHOT_DATE, date);
  return Math.round((anchor.charter * Math.pow(1 + anchor.growth.capital, dt)) / 1_000_000) * 1_000_000;
}

export { existsAt };
