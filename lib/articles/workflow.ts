import type { ArticleStatus } from '@/lib/generated/prisma/enums';

/**
 * The article workflow as data (docs/decisions/0009-article-workflow.md):
 *
 *   DRAFT ──submit──► IN_REVIEW ──publish──► PUBLISHED ──unpublish──► UNPUBLISHED
 *     ▲                 │  │                   ▲   │ (now, or at unpublishAt)   │
 *     └────return───────┘  └─schedule─► SCHEDULED ─(scheduler, at publishAt)    │
 *   any but SCHEDULED ──archive──► ARCHIVED ──reopen──► DRAFT ◄──────edit────────┘
 *
 * Staff and editors write and submit (article.write); editors publish, schedule, return,
 * unpublish and archive (article.publish). Publishing from DRAFT or UNPUBLISHED skips review and
 * needs a stated reason. A live article is never edited in place: a pending new version (a row
 * with draftOfId) goes through the same states and replaces the live content when published.
 */

/** States whose content may be saved. */
export const EDITABLE: readonly ArticleStatus[] = ['DRAFT', 'IN_REVIEW', 'UNPUBLISHED'];
export const SUBMITTABLE: readonly ArticleStatus[] = ['DRAFT', 'UNPUBLISHED'];
/** States an editor may publish (or schedule) from; all but IN_REVIEW need a reason. */
export const PUBLISHABLE: readonly ArticleStatus[] = ['IN_REVIEW', 'DRAFT', 'UNPUBLISHED'];
export const REVIEWED: readonly ArticleStatus[] = ['IN_REVIEW'];
export const RETURNABLE: readonly ArticleStatus[] = ['IN_REVIEW', 'SCHEDULED'];
export const ARCHIVABLE: readonly ArticleStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'UNPUBLISHED'];

export function needsPublishReason(status: ArticleStatus): boolean {
  return !REVIEWED.includes(status);
}
