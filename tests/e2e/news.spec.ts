import { expect, test } from '@playwright/test';

import { sql } from './db';
import { expectAccessible, WCAG_21_AA } from './axe';

// A visitor reads the news as on any provincial portal: from the home page to a category, on to
// its second page, into an article whose text they enlarge; old articles say they predate the
// 2025 reform; a link to a corrected title still works. Every news page type passes axe.

const REFORM_BANNER = 'Bài viết được đăng trước ngày 01/7/2025, khi chưa sắp xếp đơn vị hành chính: tên tỉnh, huyện trong bài là tên tại thời điểm đăng.';

test('a visitor goes from the home page to a category, its second page and an article, and enlarges the text', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Tin nổi bật' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Liên kết website' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cổng Thông tin điện tử Chính phủ' })).toHaveAttribute('href', 'https://chinhphu.vn');
  await expect(page.getByRole('heading', { name: 'Thống kê truy cập' })).toBeVisible();
  await expectAccessible(page, 'the home page', WCAG_21_AA);

  // Follow the "Hỗ trợ hợp tác xã" block to its category.
  await page.getByRole('link', { name: 'Xem tất cả: Hỗ trợ hợp tác xã' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/chuyen-muc\/ho-tro-htx$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hỗ trợ hợp tác xã');
  await expectAccessible(page, 'a category page', WCAG_21_AA);

  const [{ n }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Article" a JOIN "Category" c ON c.id = a."categoryId" WHERE c.slug = 'ho-tro-htx' AND a.status = 'PUBLISHED' AND a."publishedAt" <= now()`,
  );
  const pages = Math.ceil(n / 10);
  expect(pages).toBeGreaterThan(2);
  const pagination = page.getByRole('navigation', { name: 'Phân trang' });
  await expect(pagination).toContainText(`Trang 1 / ${pages}`);
  await pagination.getByRole('link', { name: 'Trang 2' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/chuyen-muc\/ho-tro-htx\?trang=2$/);
  await expect(page.getByRole('navigation', { name: 'Phân trang' })).toContainText(`Trang 2 / ${pages}`);
  const [eleventh] = await sql<{ title: string; slug: string }>(
    `SELECT a.title, a.slug FROM "Article" a JOIN "Category" c ON c.id = a."categoryId"
      WHERE c.slug = 'ho-tro-htx' AND a.status = 'PUBLISHED' AND a."publishedAt" <= now()
      ORDER BY a."publishedAt" DESC, a.id DESC OFFSET 10 LIMIT 1`,
  );
  const link = page.getByRole('main').getByRole('link', { name: eleventh.title, exact: true });
  await expect(link).toBeVisible();
  await link.click();

  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${eleventh.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(eleventh.title);
  await expect(page.getByText(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByText(/^Lượt xem: [\d.]+$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'In bài' })).toBeVisible();
  await expect(page.getByRole('link', { name: /lên Facebook/ })).toHaveAttribute('href', /facebook\.com\/sharer/);
  await expectAccessible(page, 'an article', WCAG_21_AA);

  const body = page.locator('.prose-body p').first();
  const sizeOf = () => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await sizeOf();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect.poll(sizeOf).toBeGreaterThan(before);
  const enlarged = await sizeOf();
  // The choice is remembered on the next article.
  await page.getByRole('region', { name: 'Tin cùng chuyên mục' }).or(page.getByRole('region', { name: 'Các tin đã đưa' })).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => page.locator('.prose-body p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(enlarged, 1);
  await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
  await expect.poll(() => page.locator('.prose-body p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(before, 1);
});

test('old articles carry the pre-reform banner, new ones do not; linked cooperatives lead to their profiles', async ({ page }) => {
  const [old] = await sql<{ slug: string }>(
    `SELECT a.slug FROM "Article" a WHERE a.status = 'PUBLISHED' AND a."publishedAt" < TIMESTAMPTZ '2025-07-01 00:00+07'
        AND EXISTS (SELECT 1 FROM "ArticleOrganization" ao WHERE ao."articleId" = a.id)
      ORDER BY a."publishedAt" DESC LIMIT 1`,
  );
  await page.goto(`/tin-tuc/${old.slug}`);
  await expect(page.getByText(REFORM_BANNER)).toBeVisible();
  const linked = page.getByRole('region', { name: 'Hợp tác xã được nhắc đến trong bài' });
  const first = linked.getByRole('link').first();
  await expect(first).toHaveAttribute('href', /^\/hop-tac-xa\/[a-z0-9-]+$/);

  const [recent] = await sql<{ slug: string }>(
    `SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" >= TIMESTAMPTZ '2025-07-01 00:00+07' AND "publishedAt" <= now() ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  await page.goto(`/tin-tuc/${recent.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(REFORM_BANNER)).toHaveCount(0);
});

test('a link to a corrected title lands on the article under its new address', async ({ page }) => {
  const [alias] = await sql<{ old: string; current: string; title: string }>(
    `SELECT s.slug AS old, a.slug AS current, a.title FROM "SlugAlias" s JOIN "Article" a ON a.id = s."entityId" WHERE s.entity = 'ARTICLE' LIMIT 1`,
  );
  const response = await page.goto(`/tin-tuc/${alias.old}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${alias.current}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(alias.title);
});

test('the news list pages, refuses pages past the end and junk slugs with a 404, and offers RSS', async ({ page, request }) => {
  await page.goto('/tin-tuc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức');
  await expectAccessible(page, 'the news list', WCAG_21_AA);
  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang sau ›' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\?trang=2$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('trang 2');

  for (const url of ['/tin-tuc?trang=9999', '/tin-tuc/chuyen-muc/thong-bao?trang=500', '/tin-tuc/%00', '/tin-tuc/Khong-Hop-Le', '/tin-tuc/chuyen-muc/khong-co']) {
    const response = await request.get(url, { failOnStatusCode: false, maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
  }
  for (const url of ['/tin-tuc?trang=abc', '/tin-tuc?trang=-1', '/tin-tuc/chuyen-muc/thong-bao?trang=1e9']) {
    const response = await request.get(url, { failOnStatusCode: false, maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
  }

  const rss = await request.get('/rss.xml');
  expect(rss.status()).toBe(200);
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  const xml = await rss.text();
  expect(xml).toContain('<rss version="2.0"');
  const [latest] = await sql<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() ORDER BY "publishedAt" DESC, id DESC LIMIT 1`);
  expect(xml).toContain(`/tin-tuc/${latest.slug}</link>`);
  expect((xml.match(/<item>/g) ?? []).length).toBe(50);
});
