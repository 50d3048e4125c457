import { Badge, type BadgeTone } from '@/components/ui/badge';
import { submissionStateLabels } from '@/lib/format/labels';
import type { SubmissionState } from '@/lib/generated/prisma/enums';

const tones: Record<SubmissionState, BadgeTone> = { DRAFT: 'muted', SUBMITTED: 'neutral', APPROVED: 'brand', RETURNED: 'warning' };

/** A report's state; an expected report nobody has entered yet is "Chưa nhập". */
export function ReportStateBadge({ state, entered }: { state: SubmissionState; entered: boolean }) {
  if (!entered && state === 'DRAFT') return <Badge tone="muted">Chưa nhập</Badge>;
  return <Badge tone={tones[state]}>{submissionStateLabels[state]}</Badge>;
}
