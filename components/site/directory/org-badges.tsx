import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { AllianceMembership, OrgKind, OrgStatus } from '@/lib/generated/prisma/enums';
import { ALLIANCE_MEMBERSHIP_LABELS, EXISTING_STATUSES, ORG_KIND_LABELS, ORG_STATUS_LABELS } from '@/lib/organizations/sectors';

export function statusTone(status: OrgStatus): BadgeTone {
  if (status === 'ACTIVE') return 'brand';
  return EXISTING_STATUSES.includes(status) ? 'warning' : 'muted';
}

export function StatusBadge({ status }: { status: OrgStatus }) {
  return <Badge tone={statusTone(status)}>{ORG_STATUS_LABELS[status]}</Badge>;
}

export function KindBadge({ kind }: { kind: OrgKind }) {
  return <Badge>{ORG_KIND_LABELS[kind]}</Badge>;
}

/** "OCOP 4 sao" with the stars drawn for sighted readers and spelled out for everyone. */
export function OcopStars({ stars, prefix = 'OCOP' }: { stars: number; prefix?: string }) {
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap">
      <span>
        {prefix} {stars} sao
      </span>
      <span aria-hidden="true" className="text-amber-700">
        {'★'.repeat(stars)}
      </span>
    </span>
  );
}

export function AllianceBadge({ membership }: { membership: AllianceMembership }) {
  if (membership === 'NONE') return null;
  return <Badge tone="neutral">Liên minh HTX: {ALLIANCE_MEMBERSHIP_LABELS[membership].toLowerCase()}</Badge>;
}
