import 'server-only';

import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';

export const ARTICLES_PER_PAGE = 10;

/** Published and not scheduled for later. */
function publishedWhere(): Prisma.ArticleWhereInput {
  return { status: 'PUBLISHED', publishedAt: { lte: new Date() } };
}

const listSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  category: { select: { slug: true, name: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleListItem = Prisma.ArticleGetPayload<{ select: typeof listSelect }>;

const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedAt: 'desc' }, { id: 'desc' }];

export async function getLatestArticles(limit = 6): Promise<ArticleListItem[]> {
  return prisma.article.findMany({ where: publishedWhere(), select: listSelect, orderBy: newestFirst, take: limit });
}

export async function getArticleBySlug(slug: string) {
  return prisma.article.findFirst({
    where: { ...publishedWhere(), slug },
    select: {
      ...listSelect,
      body: true,
      updatedAt: true,
      author: { select: { name: true } },
    },
  });
}

/** Published articles, newest first; in one category (and its sub-categories) when given. */
export async function getArticlesPage(page: number, categoryId?: number): Promise<Paged<ArticleListItem>> {
  const where: Prisma.ArticleWhereInput = {
    ...publishedWhere(),
    ...(categoryId === undefined ? {} : { OR: [{ categoryId }, { category: { parentId: categoryId } }] }),
  };
  const [items, total] = await Promise.all([
    prisma.article.findMany({ where, select: listSelect, orderBy: newestFirst, ...pageWindow(page, ARTICLES_PER_PAGE) }),
    prisma.article.count({ where }),
  ]);
  return toPaged(items, total, page, ARTICLES_PER_PAGE);
}

export async function getCategoryBySlug(slug: string) {
  return prisma.category.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
}

export async function getCategories() {
  return prisma.category.findMany({
    select: { id: true, slug: true, name: true },
    orderBy: [{ ordinal: 'asc' }, { name: 'asc' }],
  });
}

/** Title search for the interim search page: case-insensitive, accents still significant. */
export async function searchArticles(query: string, limit = 20): Promise<ArticleListItem[]> {
  return prisma.article.findMany({
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
