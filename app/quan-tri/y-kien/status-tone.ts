import type { BadgeTone } from '@/components/ui/badge';
import type { FeedbackStatus } from '@/lib/generated/prisma/enums';

export const feedbackStatusTone: Record<FeedbackStatus, BadgeTone> = {
  NEW: 'warning',
  IN_PROGRESS: 'neutral',
  ANSWERED: 'brand',
  CLOSED: 'muted',
  SPAM: 'muted',
};
