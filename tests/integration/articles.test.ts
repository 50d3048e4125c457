import { beforeAll, describe, expect, it } from 'vitest';

import {
  ARTICLES_PER_PAGE,
  getArticleBySlug,
  getArticleSlugRedirect,
  getArticlesPage,
  getCategoryBlocks,
  getCategorySlugRedirect,
  getFeaturedArticles,
  getFeedArticles,
  getLatestArticles,
  getNeighbourArticles,
  isArticleSlug,
} from '@/lib/articles/queries';
import { prisma } from '@/lib/db';
import { createArticle, createCategory, createOrganization } from '@/prisma/seed/factories';

// A small news desk of its own: one category with 23 published articles a day apart, plus a
// draft, an article in review and one scheduled for next year, which must never show.
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 2));
let categoryId: number;
let otherCategoryId: number;
const published: { id: number; slug: string }[] = [];
let hidden: { draft: string; review: string; scheduled: string };

beforeAll(async () => {
  categoryId = (await createCategory(prisma, { name: 'Tin hoạt động thử' })).id;
  otherCategoryId = (await createCategory(prisma, { name: 'Thông báo thử' })).id;
  for (let i = 0; i < 23; i++) {
    const a = await createArticle(prisma, { categoryId, title: `Tin số ${i + 1} của Liên minh`, publishedAt: day(i), featured: i === 20 });
    published.push({ id: a.id, slug: a.slug });
  }
  await createArticle(prisma, { categoryId: otherCategoryId, title: 'Thông báo lịch tiếp dân', publishedAt: day(10) });
  const draft = await createArticle(prisma, { categoryId, title: 'Bản nháp chưa đăng', status: 'DRAFT' });
  const review = await createArticle(prisma, { categoryId, title: 'Bài đang chờ duyệt', status: 'IN_REVIEW', publishedAt: day(5) });
  const scheduled = await createArticle(prisma, { categoryId, title: 'Bài hẹn giờ đăng', publishedAt: new Date(Date.now() + 30 * 86_400_000), featured: true });
  hidden = { draft: draft.slug, review: review.slug, scheduled: scheduled.slug };
});

describe('what the public sees', () => {
  it('lists published articles only, newest first: no draft, no review, nothing scheduled', async () => {
    const latest = await getLatestArticles(50);
    const slugs = latest.map((a) => a.slug);
    expect(slugs).toHaveLength(24);
    expect(slugs[0]).toBe(published[22].slug);
    for (const slug of Object.values(hidden)) expect(slugs).not.toContain(slug);
    for (const slug of Object.values(hidden)) expect(await getArticleBySlug(slug)).toBeNull();
    expect((await getFeaturedArticles(10)).map((a) => a.slug)).toEqual([published[20].slug]);
    expect((await getFeedArticles(100)).map((a) => a.slug)).not.toContain(hidden.scheduled);
  });

  it('pages a category ten at a time and reports the page count', async () => {
    const first = await getArticlesPage(1, categoryId);
    expect(first.total).toBe(23);
    expect(first.pageCount).toBe(3);
    expect(first.items).toHaveLength(ARTICLES_PER_PAGE);
    expect(first.items[0].slug).toBe(published[22].slug);
    const last = await getArticlesPage(3, categoryId);
    expect(last.items.map((a) => a.slug)).toEqual([published[2].slug, published[1].slug, published[0].slug]);
    // Past the end: no items (the page answers 404), and the page count tells it so.
    const beyond = await getArticlesPage(4, categoryId);
    expect(beyond.items).toEqual([]);
    expect(beyond.page).toBeGreaterThan(beyond.pageCount);
    const all = await getArticlesPage(1);
    expect(all.total).toBe(24);
  });

  it('shows earlier articles of the same category and the latest others, without repeats', async () => {
    const article = await getArticleBySlug(published[10].slug);
    expect(article).not.toBeNull();
    const { related, earlier } = await getNeighbourArticles(article!);
    expect(earlier.map((a) => a.slug)).toEqual([9, 8, 7, 6, 5, 4].map((i) => published[i].slug));
    expect(related.map((a) => a.slug)).toEqual([22, 21, 20, 19, 18].map((i) => published[i].slug));
    const inBoth = related.filter((a) => earlier.some((e) => e.slug === a.slug));
    expect(inBoth).toEqual([]);
    expect([...related, ...earlier].map((a) => a.slug)).not.toContain(article!.slug);
    // The oldest has nothing earlier; the other category's article never appears.
    const oldest = await getArticleBySlug(published[0].slug);
    const around = await getNeighbourArticles(oldest!);
    expect(around.earlier).toEqual([]);
    expect(around.related.every((a) => a.category.slug !== 'thong-bao-thu')).toBe(true);
  });

  it('gives each category block its own latest articles', async () => {
    const blocks = await getCategoryBlocks(3);
    const mine = blocks.find((b) => b.articles.some((a) => a.slug === published[22].slug));
    expect(mine?.articles.map((a) => a.slug)).toEqual([22, 21, 20].map((i) => published[i].slug));
  });

  it('lists the organizations an article names, without deleted ones', async () => {
    const org = await createOrganization(prisma, { name: 'Hợp tác xã Nông nghiệp Thử Nghiệm' });
    const gone = await createOrganization(prisma, { name: 'Hợp tác xã Đã Xóa', deletedAt: new Date() });
    await prisma.articleOrganization.createMany({ data: [{ articleId: published[3].id, organizationId: org.id }, { articleId: published[3].id, organizationId: gone.id }] });
    const article = await getArticleBySlug(published[3].slug);
    expect(article?.organizations).toEqual([{ slug: org.slug, name: org.name, kind: 'COOPERATIVE' }]);
  });
});

describe('slugs', () => {
  it('accepts lower-case words and dashes only, so junk never reaches the database', async () => {
    expect(isArticleSlug('lien-minh-htx-2026')).toBe(true);
    for (const junk of ['', '\u0000', 'a\u0000b', 'Tin-Tuc', 'tin tức', '../etc', 'a'.repeat(201), '%00']) {
      expect(isArticleSlug(junk), JSON.stringify(junk)).toBe(false);
      await expect(getArticleBySlug(junk)).resolves.toBeNull();
      await expect(getArticleSlugRedirect(junk)).resolves.toBeNull();
    }
  });

  it('finds the current slug of an article from its former one, only while it is published', async () => {
    const target = published[5];
    await prisma.slugAlias.create({ data: { entity: 'ARTICLE', slug: 'ten-cu-cua-bai-viet', entityId: target.id } });
    expect(await getArticleSlugRedirect('ten-cu-cua-bai-viet')).toBe(target.slug);
    expect(await getArticleSlugRedirect('khong-co-bi-danh-nay')).toBeNull();
    // An alias to an article that is not public (here: scheduled) leads nowhere.
    const scheduled = await prisma.article.findUniqueOrThrow({ where: { slug: hidden.scheduled } });
    await prisma.slugAlias.create({ data: { entity: 'ARTICLE', slug: 'bai-hen-gio-cu', entityId: scheduled.id } });
    expect(await getArticleSlugRedirect('bai-hen-gio-cu')).toBeNull();
  });

  it('finds the current slug of a renamed category', async () => {
    const category = await prisma.category.findUniqueOrThrow({ where: { id: otherCategoryId } });
    await prisma.slugAlias.create({ data: { entity: 'CATEGORY', slug: 'thong-bao-cu', entityId: category.id } });
    expect(await getCategorySlugRedirect('thong-bao-cu')).toBe(category.slug);
    expect(await getCategorySlugRedirect(category.slug)).toBeNull();
  });
});
