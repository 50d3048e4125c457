import { pointsText, toHundredths } from '@/lib/ratings/compute';
import type { SchemeView } from '@/lib/ratings/queries';

import type { SchemeFormInitial } from './scheme-form';

/** A scheme as the form shows it; for a new scheme, `validFromYear` is the year offered. */
export function schemeFormInitial(s: SchemeView | null, overrides: Partial<SchemeFormInitial> = {}): SchemeFormInitial {
  const p = (n: number | null) => (n == null ? '' : pointsText(toHundredths(n)));
  return {
    code: s?.code ?? '',
    name: s?.name ?? '',
    legalBasis: s?.legalBasis ?? '',
    maxPoints: s ? String(s.maxPoints) : '100',
    minMonthsOperating: s ? String(s.minMonthsOperating) : '12',
    maxMonthsStopped: s ? String(s.maxMonthsStopped) : '3',
    validFromYear: s ? String(s.validFrom.getUTCFullYear()) : '',
    orgKinds: s ? [...s.orgKinds] : [],
    criteria: s ? s.criteria.map((c) => ({ group: c.groupName, title: c.title, points: String(c.maxPoints) })) : [{ group: '', title: '', points: '' }],
    bands: Object.fromEntries((s?.bands ?? []).map((b) => [b.rating, { min: p(b.minPoints), max: p(b.maxPoints) }])),
    ...overrides,
  };
}
