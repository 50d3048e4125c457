import { Badge, type BadgeTone } from '@/components/ui/badge';
import { submissionStateLabels } from '@/lib/format/labels';
import type { Rating, SubmissionState } from '@/lib/generated/prisma/enums';
import { RATING_LABELS } from '@/lib/organizations/sectors';

const stateTones: Record<SubmissionState, BadgeTone> = { DRAFT: 'muted', SUBMITTED: 'neutral', APPROVED: 'brand', RETURNED: 'warning' };

export function StateBadge({ state }: { state: SubmissionState | null }) {
  if (!state) return <Badge tone="warning">Chưa tự đánh giá</Badge>;
  return <Badge tone={stateTones[state]}>{submissionStateLabels[state]}</Badge>;
}

export function RatingBadge({ rating }: { rating: Rating }) {
  return <Badge tone={rating === 'NOT_RATED' ? 'muted' : rating === 'WEAK' ? 'warning' : 'neutral'}>{RATING_LABELS[rating]}</Badge>;
}
