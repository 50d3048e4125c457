import { beforeAll, describe, expect, it } from 'vitest';

import { flushVisits, getArticleViews, getVisitorStats, recordVisit } from '@/lib/analytics/recorder';
import { articleSlugOf, countablePath, isBot, isVisitorKey, vietnamDay } from '@/lib/analytics/visits';
import { POST } from '@/app/api/truy-cap/route';
import { prisma } from '@/lib/db';

const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

function beacon(body: unknown, userAgent = browser) {
  return POST(new Request('http://localhost/api/truy-cap', { method: 'POST', headers: { 'user-agent': userAgent }, body: JSON.stringify(body) }));
}

beforeAll(async () => {
  const category = await prisma.category.create({ data: { slug: 'tin-hoat-dong', name: 'Tin hoạt động' } });
  await prisma.article.create({
    data: { slug: 'bai-mot', title: 'Bài một', summary: 'Tóm tắt', body: '<p>Nội dung</p>', categoryId: category.id, status: 'PUBLISHED', publishedAt: new Date('2026-01-01'), viewCount: 100 },
  });
});

describe('visit rules', () => {
  it('tells browsers from bots and keeps only public page paths', () => {
    expect(isBot(browser)).toBe(false);
    expect(isBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(true);
    expect(isBot('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36')).toBe(true);
    expect(isBot(null)).toBe(true);
    expect(countablePath('/tin-tuc/bai-mot?utm_source=x')).toBe('/tin-tuc/bai-mot');
    expect(countablePath('/quan-tri/to-chuc')).toBeNull();
    expect(countablePath('/van-ban/bo-loc/abc')).toBeNull();
    expect(countablePath('//evil.example')).toBeNull();
    expect(countablePath('/<script>')).toBeNull();
    expect(articleSlugOf('/tin-tuc/bai-mot')).toBe('bai-mot');
    expect(articleSlugOf('/tin-tuc/chuyen-muc')).toBeNull();
    expect(isVisitorKey('abc')).toBe(false);
    expect(isVisitorKey('a1b2c3d4e5f6g7h8')).toBe(true);
  });

  it('counts days in Vietnam time', () => {
    expect(vietnamDay(new Date('2026-11-30T16:59:59Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(vietnamDay(new Date('2026-11-30T17:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});

describe('recording visits', () => {
  it('counts a visitor once per day, every page view, and an article’s views, in batches', async () => {
    const now = new Date();
    recordVisit('/tin-tuc/bai-mot', 'visitoraaaaaaaaaaaa', now);
    recordVisit('/tin-tuc/bai-mot', 'visitoraaaaaaaaaaaa', now);
    recordVisit('/', 'visitorbbbbbbbbbbbb', now);
    // Before the flush the article's count already includes what is buffered.
    expect(await getArticleViews('bai-mot', '/tin-tuc/bai-mot')).toBe(102);
    await flushVisits();
    recordVisit('/', 'visitoraaaaaaaaaaaa', now);
    await flushVisits();

    const day = vietnamDay(now);
    const visitorDay = await prisma.visitorDay.findUnique({ where: { day } });
    expect(visitorDay).toMatchObject({ visitors: 2, views: 4 });
    const article = await prisma.article.findUniqueOrThrow({ where: { slug: 'bai-mot' } });
    expect(article.viewCount).toBe(102);
    const pageViews = await prisma.pageView.findMany({ where: { day }, orderBy: { path: 'asc' } });
    expect(pageViews.map((p) => [p.path, p.views])).toEqual([['/', 2], ['/tin-tuc/bai-mot', 2]]);

    const stats = await getVisitorStats(new Date(now.getTime() + 60_000));
    expect(stats).toEqual({ online: 2, today: 2, month: stats.month, total: stats.total });
    expect(stats.month).toBeGreaterThanOrEqual(2);
    expect(stats.total).toBeGreaterThanOrEqual(stats.month);
  });

  it('answers the beacon with the statistics, and ignores bots and malformed beacons', async () => {
    const before = await prisma.article.findUniqueOrThrow({ where: { slug: 'bai-mot' } });
    const ok = await beacon({ path: '/tin-tuc/bai-mot', visitor: 'visitorccccccccccccc' });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { views: number; online: number };
    expect(body.views).toBe(before.viewCount + 1);

    for (const response of [
      await beacon({ path: '/tin-tuc/bai-mot', visitor: 'visitordddddddddddd' }, 'Googlebot/2.1 (+http://www.google.com/bot.html)'),
      await beacon({ path: '/quan-tri', visitor: 'visitordddddddddddd' }),
      await beacon({ path: '/tin-tuc/bai-mot', visitor: 'x' }),
      await beacon('not an object'),
    ]) {
      expect(response.status).toBe(200);
    }
    const garbage = await POST(new Request('http://localhost/api/truy-cap', { method: 'POST', headers: { 'user-agent': browser }, body: '{oops' }));
    expect(garbage.status).toBe(200);
    await flushVisits();
    const after = await prisma.article.findUniqueOrThrow({ where: { slug: 'bai-mot' } });
    expect(after.viewCount).toBe(before.viewCount + 1);
  });
});
