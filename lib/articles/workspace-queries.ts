import 'server-only';

import { diffWords } from 'diff';

import { contentSelect } from '@/lib/articles/publish';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { htmlToText } from '@/lib/html/sanitize';
import { mediaUrl } from '@/lib/media/store';
import { pageWindow, toPaged } from '@/lib/pagination';

/** Reads of the newsroom (/quan-tri/tin-bai): the filtered list, one article, revisions, media to pick. */

export const NEWSROOM_PAGE_SIZE = 20;

export type NewsroomFilters = { status?: ArticleStatus; categoryId?: number; authorId?: number; q?: string };

export async function getNewsroomPage(filters: NewsroomFilters, page: number) {
  const where: Prisma.ArticleWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
    ...(filters.authorId ? { authorId: filters.authorId } : {}),
    ...(filters.q ? { title: { contains: filters.q, mode: 'insensitive' } } : {}),
  };
  const [items, total] = await Promise.all([
    prisma.article.findMany({
      where,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        publishedAt: true,
        publishAt: true,
        unpublishAt: true,
        updatedAt: true,
        draftOfId: true,
        category: { select: { name: true } },
        author: { select: { name: true } },
        pendingDraft: { select: { id: true, status: true } },
      },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      ...pageWindow(page, NEWSROOM_PAGE_SIZE),
    }),
    prisma.article.count({ where }),
  ]);
  return toPaged(items, total, page, NEWSROOM_PAGE_SIZE);
}

/** People who have written articles (the author filter). */
export async function getArticleAuthors() {
  return prisma.user.findMany({ where: { articles: { some: {} } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

export async function getArticleForEditor(id: number) {
  const a = await prisma.article.findUnique({
    where: { id },
    // The version's content as publishing copies it, plus what only the editor page shows.
    select: {
      ...contentSelect,
      submittedAt: true,
      publishReason: true,
      updatedAt: true,
      draftOf: { select: { id: true, title: true, slug: true } },
      pendingDraft: { select: { id: true, status: true } },
      author: { select: { name: true } },
      coverMedia: { select: { id: true, storageKey: true, altText: true } },
      organizations: { select: { organization: { select: { id: true, name: true, unit: { select: { name: true } } } } }, orderBy: { organization: { name: 'asc' } } },
      _count: { select: { revisions: true } },
    },
  });
  if (!a) return null;
  const { coverMedia, organizations, ...rest } = a;
  return {
    ...rest,
    cover: coverMedia ? { id: coverMedia.id, src: mediaUrl(coverMedia.storageKey), alt: coverMedia.altText ?? '' } : null,
    organizations: organizations.map((o) => ({ id: o.organization.id, name: o.organization.name, place: o.organization.unit?.name ?? null })),
  };
}

export type EditorArticle = NonNullable<Awaited<ReturnType<typeof getArticleForEditor>>>;

export async function getRevisions(articleId: number) {
  return prisma.articleRevision.findMany({
    where: { articleId },
    select: { id: true, title: true, note: true, createdAt: true, editor: { select: { name: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
  });
}

export type WordChange = { value: string; added?: boolean; removed?: boolean };

/**
 * Two revisions of one article side by side: the text of each (HTML reduced to words), with the
 * words that differ marked (jsdiff's diffWords).
 */
export async function compareRevisions(articleId: number, olderId: number, newerId: number) {
  const rows = await prisma.articleRevision.findMany({
    where: { articleId, id: { in: [olderId, newerId] } },
    select: { id: true, title: true, summary: true, body: true, createdAt: true, editor: { select: { name: true } } },
  });
  const older = rows.find((r) => r.id === olderId);
  const newer = rows.find((r) => r.id === newerId);
  if (!older || !newer) return null;
  const text = (r: typeof older) => `${r.title}\n${r.summary}\n${htmlToText(r.body)}`;
  const changes: WordChange[] = diffWords(text(older), text(newer)).map((c) => ({ value: c.value, added: c.added || undefined, removed: c.removed || undefined }));
  return { older, newer, changes };
}
