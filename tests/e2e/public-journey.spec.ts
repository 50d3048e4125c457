import { expect, test } from '@playwright/test';

import { expectAccessible, WCAG_21_AA } from './axe';
import { sql } from './db';
import { signIn } from './sign-in';

// What the other public specs do not walk: the site search with a loosely typed document number,
// the visitor statistics and view counter filled in by the beacon after a cached page loads, and
// axe on the public statistics page.

// Headless Chromium announces itself and is counted as a bot; a visitor's browser is not.
test.use({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' });

test('a visitor finds a document by its number typed loosely, from the header search', async ({ page }) => {
  for (const [typed, number] of [
    ['20 NQ TW', '20-NQ/TW'],
    ['20/NQ-TW', '20-NQ/TW'],
    ['45/2021', '45/2021/NĐ-CP'],
  ]) {
    await page.goto('/');
    const search = page.getByRole('search');
    await search.getByRole('searchbox').fill(typed);
    await search.getByRole('button', { name: /Tìm/ }).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=/);
    await expect(page.getByRole('main').getByRole('link', { name: new RegExp(number.replace(/[/.-]/g, '.')) }).first()).toBeVisible();
  }
});

test('the visitor statistics and an article’s view counter are filled in without making pages dynamic', async ({ page, request }) => {
  await page.goto('/');
  const stats = page.getByRole('region', { name: 'Thống kê truy cập' });
  const online = stats.getByRole('definition').first();
  await expect(online).toHaveText(/^\d[\d.]*$/);
  await expect(stats.getByRole('definition').nth(3)).toHaveText(/^\d{1,3}(\.\d{3})+$/);

  const home = await request.get('/');
  expect(home.headers()['x-nextjs-cache']).toMatch(/HIT|MISS|STALE/);

  await page.getByRole('main').getByRole('link', { name: /./ }).filter({ has: page.locator('xpath=self::*[starts-with(@href, "/tin-tuc/") and not(contains(@href, "chuyen-muc"))]') }).first().click();
  await expect(page.getByText(/^Lượt xem: \d[\d.]*$/)).toBeVisible();
});

test('the public statistics page passes axe', async ({ page }) => {
  await page.goto('/so-lieu');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, '/so-lieu', WCAG_21_AA);
});

test('a change in the register shows on the cached public profile at once', async ({ page }) => {
  const [org] = await sql<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Organization" WHERE kind = 'COOPERATIVE' AND status = 'ACTIVE' AND "deletedAt" IS NULL ORDER BY id DESC LIMIT 1`,
  );
  const product = `Gạo thơm ST25 đóng túi ${Date.now() % 100000}`;
  // Twice, so that the second visit is served from the caches in front of the database.
  await page.goto(`/hop-tac-xa/${org.slug}`);
  const cached = await page.goto(`/hop-tac-xa/${org.slug}`);
  expect(cached?.status()).toBe(200);
  await expect(page.getByText(product)).toHaveCount(0);

  await signIn(page, { email: 'canbo@lienminhhtx.vn', password: 'Canbo@2026' });
  await page.goto(`/quan-tri/to-chuc/${org.id}/sua`);
  await page.getByLabel('Sản phẩm, dịch vụ chính').fill(product);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/to-chuc/${org.id}\\?thong-bao=da-luu`));

  await page.goto(`/hop-tac-xa/${org.slug}`);
  await expect(page.getByText(product)).toBeVisible();
});

test('a search kept by the front cache shows a change in the register at once', async ({ page, request }) => {
  const [org] = await sql<{ id: number; name: string }>(
    `SELECT id, name FROM "Organization" WHERE kind = 'COOPERATIVE' AND status = 'ACTIVE' AND "deletedAt" IS NULL
       AND ("allianceJoinedOn" IS NULL OR "allianceJoinedOn" >= "establishedOn") ORDER BY id DESC OFFSET 1 LIMIT 1`,
  );
  const word = `nemchua${Date.now() % 1_000_000}`;
  const search = `/tim-kiem?q=${word}`;
  // Searches are rendered per request, then the same query is answered from the front cache.
  const first = await request.get(search);
  expect(first.status()).toBe(200);
  expect(await first.text()).not.toContain(org.name);
  const again = await request.get(search);
  expect(again.headers()['x-front-cache']).toBe('HIT');

  await signIn(page, { email: 'canbo@lienminhhtx.vn', password: 'Canbo@2026' });
  await page.goto(`/quan-tri/to-chuc/${org.id}/sua`);
  await page.getByLabel('Sản phẩm, dịch vụ chính').fill(`Nem chua ${word}`);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/to-chuc/${org.id}\\?thong-bao=da-luu`));

  const after = await request.get(search);
  expect(after.headers()['x-front-cache']).toBeUndefined();
  expect(await after.text()).toContain(org.name);
});
