import { expect, test } from '@playwright/test';

import { sql } from './db';
import { expectAccessible, WCAG_21_AA } from './axe';

const fmt = (d: Date | string) => new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(d));

/** A cooperative of today's xã Giồng Riềng with the longest status history. */
async function cooperativeWithHistory() {
  const [org] = await sql<{ id: number; slug: string; name: string; phone: string | null; changes: number }>(`
    SELECT o.id, o.slug, o.name, o.phone, count(s.id)::int AS changes
      FROM "Organization" o
      JOIN "AdministrativeUnit" u ON u.id = o."unitId" AND u.level = 'COMMUNE' AND u.name = 'Giồng Riềng' AND u."validTo" IS NULL
      JOIN "StatusChange" s ON s."organizationId" = o.id
     WHERE o.kind = 'COOPERATIVE' AND o."deletedAt" IS NULL
     GROUP BY o.id ORDER BY count(s.id) DESC, o.id LIMIT 1`);
  const history = await sql<{ status: string; effectiveOn: Date }>(
    `SELECT status::text, "effectiveOn" FROM "StatusChange" WHERE "organizationId" = $1 ORDER BY "effectiveOn", id`,
    [org.id],
  );
  return { ...org, history };
}

test('a visitor looks up a cooperative by commune, opens its profile and reads its status history', async ({ page }) => {
  const org = await cooperativeWithHistory();
  expect(org.history.length).toBeGreaterThan(1);

  await page.goto('/hop-tac-xa');
  await expect(page.getByRole('heading', { level: 1, name: 'Danh bạ hợp tác xã' })).toBeVisible();
  await expectAccessible(page, undefined, WCAG_21_AA);
  await page.getByLabel('Xã, phường, đặc khu (hiện nay)').selectOption({ label: 'Xã Giồng Riềng' });
  await page.getByLabel('Loại hình').selectOption({ label: 'Hợp tác xã' });
  // A few words of the name, typed without diacritics as many visitors do.
  const words = org.name.replace(/^Hợp tác xã /, '').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  await page.getByLabel('Tên tổ chức hoặc sản phẩm').fill(words);
  await page.getByRole('button', { name: 'Tra cứu' }).click();

  await expect(page).toHaveURL(/xa=giong-rieng/);
  await expect(page.getByRole('heading', { level: 2, name: /Kết quả tra cứu/ })).toBeVisible();
  const results = page.getByRole('region', { name: /Kết quả tra cứu/ });
  await expect(results.getByText(/Xã Giồng Riềng/).first()).toBeVisible();
  await expect(page.getByLabel('Xã, phường, đặc khu (hiện nay)')).toHaveValue('giong-rieng');

  await results.getByRole('link', { name: org.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/hop-tac-xa/${org.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(org.name);
  await expect(page.getByText('Xã Giồng Riềng, tỉnh An Giang')).toBeVisible();
  await expect(page.getByText(/Huyện Giồng Riềng, tỉnh Kiên Giang/)).toBeVisible();

  const history = page.getByRole('region', { name: 'Quá trình hoạt động' });
  const items = history.getByRole('listitem');
  await expect(items).toHaveCount(org.history.length);
  await expect(items.first()).toContainText(fmt(org.history[0].effectiveOn));
  await expect(items.last()).toContainText(fmt(org.history[org.history.length - 1].effectiveOn));

  // Nothing private: the organization's phone number is not on the page.
  if (org.phone) expect(await page.content()).not.toContain(org.phone);
  await expectAccessible(page, undefined, WCAG_21_AA);
});

test('a former slug redirects permanently to the profile', async ({ request }) => {
  const org = await cooperativeWithHistory();
  const old = `htx-ten-cu-${Date.now().toString(36)}`;
  await sql(`INSERT INTO "SlugAlias" (entity, slug, "entityId") VALUES ('ORGANIZATION', $1, $2)`, [old, org.id]);
  const response = await request.get(`/hop-tac-xa/${old}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toContain(`/hop-tac-xa/${org.slug}`);
  expect((await request.get('/hop-tac-xa/khong-co-to-chuc-nay', { failOnStatusCode: false })).status()).toBe(404);
});

test('the directory filters by former district and OCOP, in the URL, and passes axe', async ({ page }) => {
  await page.goto('/hop-tac-xa?huyen-cu=phu-quoc&ocop=co');
  await expect(page.getByLabel('Huyện cũ (trước 01/7/2025)')).toHaveValue('phu-quoc');
  await expect(page.getByLabel('Sản phẩm OCOP')).toHaveValue('co');
  const results = page.getByRole('region', { name: /Kết quả tra cứu/ });
  await expect(results.getByRole('listitem').first()).toContainText(/OCOP \d sao/);
  await expect(results.getByText(/Đặc khu Phú Quốc|Đặc khu Thổ Châu/).first()).toBeVisible();
  await expectAccessible(page, undefined, WCAG_21_AA);
});

test('searching without diacritics finds and highlights accented words, grouped by type', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search').first().getByRole('searchbox');
  await box.fill('hop tac xa');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=hop\+tac\+xa/);
  await expect(page.getByRole('status').filter({ hasText: 'Tìm thấy' })).toContainText('“hop tac xa”');

  const tabs = page.getByRole('navigation', { name: 'Loại kết quả' });
  await expect(tabs.getByRole('link', { name: /^Tất cả \([\d.]+\+?\)$/ })).toHaveAttribute('aria-current', 'page');
  for (const label of ['Tin bài', 'Văn bản', 'Hợp tác xã, tổ hợp tác', 'Trang thông tin']) {
    await expect(tabs.getByRole('link', { name: new RegExp(`^${label} \\([\\d.]+\\+?\\)$`) })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 2, name: /^Tin bài \(/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Hợp tác xã, tổ hợp tác \(/ })).toBeVisible();
  const marks = page.locator('main mark');
  await expect(marks.first()).toHaveText(/^(Hợp|hợp|tác|xã)$/i);
  expect(await marks.allTextContents()).toEqual(expect.arrayContaining(['tác', 'xã']));
  await expectAccessible(page, undefined, WCAG_21_AA);

  // One type, with pages.
  await tabs.getByRole('link', { name: /^Hợp tác xã, tổ hợp tác/ }).click();
  await expect(page).toHaveURL(/loai=hop-tac-xa/);
  await expect(tabs.getByRole('link', { name: /^Hợp tác xã, tổ hợp tác/ })).toHaveAttribute('aria-current', 'page');
  const results = page.getByRole('region', { name: /Hợp tác xã, tổ hợp tác/ }).getByRole('heading', { level: 3 });
  await expect(results).toHaveCount(10);
  const firstOfPage1 = await results.first().textContent();
  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang 2' }).click();
  await expect(page).toHaveURL(/trang=2/);
  await expect(results).toHaveCount(10);
  await expect(results.first()).not.toHaveText(firstOfPage1 ?? '');
});

test('"Giong Rieng" finds Giồng Riềng and marks it', async ({ page }) => {
  await page.goto('/tim-kiem');
  await expect(page.getByRole('heading', { level: 2, name: 'Gợi ý tìm kiếm' })).toBeVisible();
  await page.getByLabel('Từ khóa').fill('Giong Rieng');
  await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
  await expect(page).toHaveURL(/q=Giong\+Rieng/);
  const marks = await page.locator('main mark').allTextContents();
  expect(marks).toEqual(expect.arrayContaining(['Giồng', 'Riềng']));
  await expect(page.getByRole('heading', { level: 2, name: /^Hợp tác xã, tổ hợp tác \(/ })).toBeVisible();

  await page.goto(`/tim-kiem?q=${encodeURIComponent('khongcokqnao')}`);
  await expect(page.getByText('Không tìm thấy kết quả nào cho “khongcokqnao”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'hợp tác xã kiểu mới' })).toBeVisible();
  await expectAccessible(page, undefined, WCAG_21_AA);
});

test('hostile filters, queries and slugs answer a page or a 404, never a server error', async ({ request }) => {
  test.setTimeout(120_000);
  const values = ['-1', '99999999999999999999', "' OR 1=1 --", '%', '_', '\\', '%00', '<script>alert(1)</script>', 'hợp tác xã'.normalize('NFD'), '🙂', 'a'.repeat(3000), '(((', '\\m[', 'đ'];
  for (const path of ['/hop-tac-xa', '/tim-kiem']) {
    for (const key of ['q', 'loai', 'trang', 'xa', 'huyen-cu', 'tinh-trang', 'nganh', 'nhom-nganh', 'ocop', 'lien-minh']) {
      for (const value of values) {
        const url = `${path}?${key}=${encodeURIComponent(value)}${key === 'trang' ? '&q=hop+tac+xa&loai=hop-tac-xa' : ''}`;
        const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
        expect(response.status(), url).toBeLessThan(500);
      }
    }
  }
  for (const slug of ['%00', 'a'.repeat(3000), 'bo-loc', 'bo-loc/AAAA', 'HTX-Hoa', encodeURIComponent('hợp-tác'.normalize('NFD')), "x'--"]) {
    const response = await request.get(`/hop-tac-xa/${slug}`, { maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), slug).toBeLessThan(500);
  }
});
