import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { OrgStatus } from '@/lib/generated/prisma/enums';
import { ORG_STATUS_LABELS } from '@/lib/organizations/sectors';

const tones: Record<OrgStatus, BadgeTone> = {
  ACTIVE: 'brand',
  SUSPENDED: 'warning',
  AWAITING_DISSOLUTION: 'warning',
  DISSOLVED: 'muted',
  BANKRUPT: 'muted',
  REVOKED: 'muted',
  CONVERTED: 'neutral',
  MERGED: 'neutral',
};

export function OrgStatusBadge({ status }: { status: OrgStatus }) {
  return <Badge tone={tones[status]}>{ORG_STATUS_LABELS[status]}</Badge>;
}
