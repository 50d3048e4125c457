import 'server-only';

import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CommentState } from '@/lib/generated/prisma/enums';
import { firstParam, pageWindow, parsePage, toPaged, type Paged } from '@/lib/pagination';

/** How many published comments an article page shows (the latest ones); the page stays one cached page. */
export const PUBLIC_COMMENTS_SHOWN = 100;
export const COMMENTS_PER_PAGE = 20;

export type PublicComment = { id: number; name: string; body: string; createdAt: Date };

/**
 * The published comments of an article, oldest first (a conversation reads down), at most the
 * latest PUBLIC_COMMENTS_SHOWN. Never the contact: it is for the editors only.
 */
export async function getPublishedComments(articleId: number): Promise<{ items: PublicComment[]; total: number }> {
  const where = { articleId, state: 'PUBLISHED' } satisfies Prisma.ArticleCommentWhereInput;
  const [rows, total] = await Promise.all([
    prisma.articleComment.findMany({
      where,
      select: { id: true, name: true, body: true, createdAt: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: PUBLIC_COMMENTS_SHOWN,
    }),
    prisma.articleComment.count({ where }),
  ]);
  return { items: rows.reverse(), total };
}

/** Comments waiting for an editor (the count beside "Bình luận" in the workspace menu). */
export function countPendingComments(): Promise<number> {
  return prisma.articleComment.count({ where: { state: 'PENDING' } });
}

/** The states in the URL of the moderation page (?trang-thai=…). */
export const commentStateSlugs: Record<CommentState, string> = { PENDING: 'cho-duyet', PUBLISHED: 'da-dang', REJECTED: 'tu-choi' };

/** State tab, one article's comments (?bai=<id>, from the article's editor page) and the page. */
export type ModerationFilters = { state?: CommentState; articleId?: number; page: number };

export function parseModerationFilters(params: Record<string, string | string[] | undefined>): ModerationFilters {
  const slug = firstParam(params['trang-thai']);
  const state = (Object.keys(commentStateSlugs) as CommentState[]).find((s) => commentStateSlugs[s] === slug);
  const article = firstParam(params.bai);
  return { state, articleId: article && /^\d{1,9}$/.test(article) ? Number(article) : undefined, page: parsePage(params.trang) };
}

const moderationSelect = {
  id: true,
  name: true,
  contact: true,
  body: true,
  state: true,
  createdAt: true,
  moderatedAt: true,
  moderatedBy: { select: { name: true } },
  article: { select: { id: true, slug: true, title: true, status: true, commentsEnabled: true } },
} satisfies Prisma.ArticleCommentSelect;

export type ModerationComment = Prisma.ArticleCommentGetPayload<{ select: typeof moderationSelect }>;

/**
 * One page of comments for the editors: those waiting first (the enum's order: PENDING,
 * PUBLISHED, REJECTED), then newest first.
 */
export async function getModerationPage(filters: ModerationFilters): Promise<Paged<ModerationComment>> {
  const where: Prisma.ArticleCommentWhereInput = { state: filters.state, articleId: filters.articleId };
  const [items, total] = await Promise.all([
    prisma.articleComment.findMany({
      where,
      select: moderationSelect,
      orderBy: [{ state: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
      ...pageWindow(filters.page, COMMENTS_PER_PAGE),
    }),
    prisma.articleComment.count({ where }),
  ]);
  return toPaged(items, total, filters.page, COMMENTS_PER_PAGE);
}

/** The article whose comments the moderation page is narrowed to. */
export function getModerationArticle(id: number): Promise<{ id: number; title: string } | null> {
  return prisma.article.findUnique({ where: { id }, select: { id: true, title: true } });
}

/** Comments by state, of every article or of one. */
export async function getCommentStateCounts(articleId?: number): Promise<Record<CommentState, number>> {
  const rows = await prisma.articleComment.groupBy({ by: ['state'], where: { articleId }, _count: { _all: true } });
  const counts: Record<CommentState, number> = { PENDING: 0, PUBLISHED: 0, REJECTED: 0 };
  for (const r of rows) counts[r.state] = r._count._all;
  return counts;
}
