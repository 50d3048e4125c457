import { expect, test } from '@playwright/test';

import { sql, viNumber } from './db';

test('the home page shows the alliance, real counts and the latest news in Vietnamese', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Liên minh Hợp tác xã/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('banner')).toContainText('Liên minh Hợp tác xã');

  const menu = page.getByRole('navigation', { name: /menu chính/i });
  await expect(menu.getByRole('button', { name: 'Giới thiệu' })).toBeVisible();
  for (const item of ['Trang chủ', 'Tin tức', 'Văn bản', 'Tra cứu HTX', 'Số liệu', 'Ý kiến', 'Liên hệ']) {
    await expect(menu.getByRole('link', { name: item, exact: true })).toBeVisible();
  }

  const counts = await sql<{ kind: string; n: number }>(
    `SELECT kind::text, count(*)::int AS n FROM "Organization" WHERE status = 'ACTIVE' GROUP BY kind`,
  );
  const byKind = Object.fromEntries(counts.map((r) => [r.kind, r.n]));
  expect(byKind.COOPERATIVE).toBeGreaterThan(400);
  expect(byKind.GROUP).toBeGreaterThan(2000);
  const card = (label: string) => page.locator('dl > div').filter({ has: page.locator('dt', { hasText: label }) });
  await expect(card('Hợp tác xã đang hoạt động').locator('dd').first()).toHaveText(viNumber(byKind.COOPERATIVE));
  await expect(card('Tổ hợp tác đang hoạt động').locator('dd').first()).toHaveText(viNumber(byKind.GROUP));
  await expect(card('Quỹ tín dụng nhân dân').locator('dd').first()).toHaveText(viNumber(byKind.CREDIT_FUND));

  const [latest] = await sql<{ title: string; slug: string }>(
    `SELECT title, slug FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  const link = page.getByRole('link', { name: latest.title }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${latest.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(latest.title);
});

test('the health endpoint reports the database and migrations', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'reachable', migrations: { pending: [], failed: [] } });
});

test('an unknown page answers 404 in Vietnamese', async ({ page }) => {
  const response = await page.goto('/khong-ton-tai-trang-nay');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Không tìm thấy/i);
});
