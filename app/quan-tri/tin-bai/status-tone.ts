import type { BadgeTone } from '@/components/ui/badge';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';

export const statusTone: Record<ArticleStatus, BadgeTone> = {
  PUBLISHED: 'brand',
  IN_REVIEW: 'warning',
  SCHEDULED: 'warning',
  DRAFT: 'neutral',
  UNPUBLISHED: 'muted',
  ARCHIVED: 'muted',
};
