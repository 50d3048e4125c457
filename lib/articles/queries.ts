import 'server-only';

import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { mediaUrl } from '@/lib/media/store';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';
import { findSlugAlias } from '@/lib/slugs/alias';

export const ARTICLES_PER_PAGE = 10;

/**
 * Article and category slugs are lower-case ASCII words and dashes. Anything else (NUL bytes,
 * percent junk, capitals) cannot name one, so it is answered with a 404 before any query:
 * PostgreSQL rejects 0x00 in text, which would otherwise surface as a 500.
 */
const SLUG = /^[a-z0-9-]{1,200}$/;
export function isArticleSlug(slug: string): boolean {
  return SLUG.test(slug);
}

/** Published and not scheduled for later. */
function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: 'PUBLISHED', publishedAt: { lte: now } };
}

const coverSelect = { storageKey: true, width: true, height: true, altText: true } satisfies Prisma.MediaSelect;

const listSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  featured: true,
  category: { select: { slug: true, name: true } },
  coverMedia: { select: coverSelect },
} satisfies Prisma.ArticleSelect;

type ListRow = Prisma.ArticleGetPayload<{ select: typeof listSelect }>;

export type ArticleCover = { src: string; width: number | null; height: number | null; alt: string };

export type ArticleListItem = Omit<ListRow, 'coverMedia'> & { cover: ArticleCover | null };

function toCover(media: ListRow['coverMedia']): ArticleCover | null {
  return media ? { src: mediaUrl(media.storageKey), width: media.width, height: media.height, alt: media.altText ?? '' } : null;
}

function toListItem({ coverMedia, ...row }: ListRow): ArticleListItem {
  return { ...row, cover: toCover(coverMedia) };
}

const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedAt: 'desc' }, { id: 'desc' }];

export async function getLatestArticles(limit = 6, excludeIds: number[] = []): Promise<ArticleListItem[]> {
  const rows = await prisma.article.findMany({
    where: { ...publishedWhere(), ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}) },
    select: listSelect,
    orderBy: newestFirst,
    take: limit,
  });
  return rows.map(toListItem);
}

/** Articles the editors marked as featured (tin nổi bật), newest first. */
export async function getFeaturedArticles(limit = 4): Promise<ArticleListItem[]> {
  const rows = await prisma.article.findMany({ where: { ...publishedWhere(), featured: true }, select: listSelect, orderBy: newestFirst, take: limit });
  return rows.map(toListItem);
}

export type CategoryBlock = { slug: string; name: string; articles: ArticleListItem[] };

/** The latest few articles of each top-level category, in menu order (the home page's blocks). */
export async function getCategoryBlocks(perCategory = 4): Promise<CategoryBlock[]> {
  const categories = await prisma.category.findMany({ where: { parentId: null }, select: { id: true, slug: true, name: true }, orderBy: [{ ordinal: 'asc' }, { name: 'asc' }] });
  const now = new Date();
  const lists = await Promise.all(
    categories.map((c) =>
      prisma.article.findMany({
        where: { ...publishedWhere(now), OR: [{ categoryId: c.id }, { category: { parentId: c.id } }] },
        select: listSelect,
        orderBy: newestFirst,
        take: perCategory,
      }),
    ),
  );
  return categories.map((c, i) => ({ slug: c.slug, name: c.name, articles: lists[i].map(toListItem) })).filter((b) => b.articles.length > 0);
}

const detailSelect = {
  ...listSelect,
  categoryId: true,
  body: true,
  sourceLine: true,
  coverCaption: true,
  updatedAt: true,
  commentsEnabled: true,
  author: { select: { name: true } },
  organizations: {
    select: { organization: { select: { slug: true, name: true, kind: true, deletedAt: true } } },
    orderBy: { organization: { name: 'asc' } },
  },
} satisfies Prisma.ArticleSelect;

function toDetail(row: Prisma.ArticleGetPayload<{ select: typeof detailSelect }>) {
  const { organizations, ...rest } = row;
  return {
    ...toListItem(rest),
    categoryId: rest.categoryId,
    body: rest.body,
    sourceLine: rest.sourceLine,
    coverCaption: rest.coverCaption,
    updatedAt: rest.updatedAt,
    commentsEnabled: rest.commentsEnabled,
    author: rest.author,
    // A deleted organization has no public profile to link to.
    organizations: organizations.map((o) => o.organization).filter((o) => o.deletedAt === null).map(({ deletedAt: _d, ...o }) => o),
  };
}

export async function getArticleBySlug(slug: string) {
  if (!isArticleSlug(slug)) return null;
  const row = await prisma.article.findFirst({ where: { ...publishedWhere(), slug }, select: detailSelect });
  return row ? toDetail(row) : null;
}

/**
 * Any article, whatever its state, as the public page would show it (for a signed preview link).
 * A pending new version is shown under the address of the live article it will replace.
 */
export async function getArticleForPreview(id: number) {
  const row = await prisma.article.findUnique({ where: { id }, select: { ...detailSelect, status: true, draftOf: { select: { slug: true, publishedAt: true } } } });
  if (!row) return null;
  const { status, draftOf, ...rest } = row;
  const detail = toDetail(rest);
  return { ...detail, slug: draftOf?.slug ?? detail.slug, publishedAt: draftOf?.publishedAt ?? detail.publishedAt, status };
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticleBySlug>>>;

/**
 * The current slug of a published article that used to be reachable at `slug` (a corrected
 * title), or null. Pages redirect permanently to it.
 */
export async function getArticleSlugRedirect(slug: string): Promise<string | null> {
  if (!isArticleSlug(slug)) return null;
  const id = await findSlugAlias('ARTICLE', slug);
  if (id === null) return null;
  const current = await prisma.article.findFirst({ where: { ...publishedWhere(), id }, select: { slug: true } });
  return current && current.slug !== slug ? current.slug : null;
}

export type NeighbourArticles = { related: ArticleListItem[]; earlier: ArticleListItem[] };

/**
 * Two lists under an article, both from its category: "Tin đã đưa" (the ones published just
 * before it, newest first) and "Tin cùng chuyên mục" (the category's latest, without the article
 * itself or anything already in the first list).
 */
export async function getNeighbourArticles(article: { id: number; categoryId: number; publishedAt: Date | null }, limits = { related: 5, earlier: 6 }): Promise<NeighbourArticles> {
  const now = new Date();
  const earlierRows = article.publishedAt
    ? await prisma.article.findMany({
        where: {
          ...publishedWhere(now),
          categoryId: article.categoryId,
          id: { not: article.id },
          OR: [{ publishedAt: { lt: article.publishedAt } }, { publishedAt: article.publishedAt, id: { lt: article.id } }],
        },
        select: listSelect,
        orderBy: newestFirst,
        take: limits.earlier,
      })
    : [];
  const exclude = [article.id, ...earlierRows.map((r) => r.id)];
  const relatedRows = await prisma.article.findMany({
    where: { ...publishedWhere(now), categoryId: article.categoryId, id: { notIn: exclude } },
    select: listSelect,
    orderBy: newestFirst,
    take: limits.related,
  });
  return { related: relatedRows.map(toListItem), earlier: earlierRows.map(toListItem) };
}

/**
 * One page of published articles, newest first; in one category (and its sub-categories) when
 * given. A page past the end comes back with no items, and the page decides (a 404).
 */
export async function getArticlesPage(page: number, categoryId?: number): Promise<Paged<ArticleListItem>> {
  const where: Prisma.ArticleWhereInput = {
    ...publishedWhere(),
    ...(categoryId === undefined ? {} : { OR: [{ categoryId }, { category: { parentId: categoryId } }] }),
  };
  const [rows, total] = await Promise.all([
    prisma.article.findMany({ where, select: listSelect, orderBy: newestFirst, ...pageWindow(page, ARTICLES_PER_PAGE) }),
    prisma.article.count({ where }),
  ]);
  return toPaged(rows.map(toListItem), total, page, ARTICLES_PER_PAGE);
}

export async function getCategoryBySlug(slug: string) {
  if (!isArticleSlug(slug)) return null;
  return prisma.category.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
}

/** The current slug of a category that used to be reachable at `slug`, or null. */
export async function getCategorySlugRedirect(slug: string): Promise<string | null> {
  if (!isArticleSlug(slug)) return null;
  const id = await findSlugAlias('CATEGORY', slug);
  if (id === null) return null;
  const current = await prisma.category.findUnique({ where: { id }, select: { slug: true } });
  return current && current.slug !== slug ? current.slug : null;
}

export async function getCategories() {
  return prisma.category.findMany({
    select: { id: true, slug: true, name: true },
    orderBy: [{ ordinal: 'asc' }, { name: 'asc' }],
  });
}

/** The newest published articles with what an RSS item needs. */
export async function getFeedArticles(limit = 50) {
  return prisma.article.findMany({
    where: publishedWhere(),
    select: { slug: true, title: true, summary: true, publishedAt: true, sourceLine: true, category: { select: { name: true } } },
    orderBy: newestFirst,
    take: limit,
  });
}

/** Title search for the interim search page: case-insensitive, accents still significant. */
export async function searchArticles(query: string, limit = 20): Promise<ArticleListItem[]> {
  // PostgreSQL refuses NUL in text: a query carrying one would fail instead of finding nothing.
  query = query.replace(/\u0000/g, '');
  if (!query) return [];
  const rows = await prisma.article.findMany({
    where: {
      ...publishedWhere(),
      OR: [
        { title: { contains: query, mode: 'insensitive' } },
        { summary: { contains: query, mode: 'insensitive' } },
      ],
    },
    select: listSelect,
    orderBy: newestFirst,
    take: limit,
  });
  return rows.map(toListItem);
}

// ── Workspace ──

export const WORKSPACE_ARTICLES_PER_PAGE = 20;

/** Every article whatever its status, most recently changed first (for editors). */
export async function getArticlesForEditors(page: number) {
  const [items, total] = await Promise.all([
    prisma.article.findMany({
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        category: { select: { name: true } },
        author: { select: { name: true } },
      },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      ...pageWindow(page, WORKSPACE_ARTICLES_PER_PAGE),
    }),
    prisma.article.count(),
  ]);
  return toPaged(items, total, page, WORKSPACE_ARTICLES_PER_PAGE);
}

export async function countArticlesByStatus() {
  const rows = await prisma.article.groupBy({ by: ['status'], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Partial<
    Record<(typeof rows)[number]['status'], number>
  >;
}
