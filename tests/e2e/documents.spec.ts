import { expect, test, type Page } from '@playwright/test';

import { sql, viNumber } from './db';
import { expectAccessible, WCAG_21_AA } from './axe';

const results = (page: Page) => page.getByRole('region', { name: 'Kết quả' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Số hiệu hoặc trích yếu' });

test('a visitor filters documents by scope, type and year', async ({ page }) => {
  await page.goto('/van-ban');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hệ thống văn bản');
  await page.getByRole('navigation', { name: 'Phạm vi văn bản' }).getByRole('link', { name: 'Văn bản Trung ương' }).click();
  await expect(page).toHaveURL(/\/van-ban\?pham-vi=trung-uong$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản Trung ương');

  await page.getByLabel('Loại văn bản').selectOption({ label: 'Nghị định' });
  await page.getByLabel('Năm ban hành').selectOption('2021');
  await page.getByRole('button', { name: 'Lọc văn bản' }).click();
  await expect(page).toHaveURL(/pham-vi=trung-uong/);
  await expect(page).toHaveURL(/loai=nghi-dinh/);
  await expect(page).toHaveURL(/nam=2021/);

  const [{ n }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "LegalDocument" WHERE published AND scope = 'CENTRAL' AND type = 'DECREE' AND extract(year FROM "issuedOn") = 2021`,
  );
  await expect(results(page).getByRole('status')).toHaveText(`Tìm thấy ${viNumber(n)} văn bản.`);
  await expect(results(page).getByRole('link', { name: /45\/2021\/NĐ-CP/ })).toBeVisible();
  // The form shows what is applied, and one link clears it.
  await expect(page.getByLabel('Loại văn bản')).toHaveValue('nghi-dinh');
  await page.getByRole('link', { name: 'Xóa bộ lọc' }).first().click();
  await expect(page).toHaveURL(/\/van-ban\?pham-vi=trung-uong$/);
});

test('loose document numbers find the document', async ({ page }) => {
  await page.goto('/van-ban');
  await searchBox(page).fill('20 NQ TW');
  await page.getByRole('button', { name: 'Lọc văn bản' }).click();
  await expect(page).toHaveURL(/q=20\+NQ\+TW/);
  await expect(results(page).getByRole('listitem').first().getByRole('heading')).toHaveAccessibleName('Nghị quyết số 20-NQ/TW');

  await searchBox(page).fill('45/2021');
  await page.getByRole('button', { name: 'Lọc văn bản' }).click();
  await expect(results(page).getByRole('listitem').first().getByRole('heading')).toHaveAccessibleName('Nghị định số 45/2021/NĐ-CP');

  await searchBox(page).fill('quy ho tro phat trien hop tac xa');
  await page.getByRole('button', { name: 'Lọc văn bản' }).click();
  await expect(results(page).getByRole('link', { name: /45\/2021\/NĐ-CP/ })).toBeVisible();

  await searchBox(page).fill('không có văn bản này xyz');
  await page.getByRole('button', { name: 'Lọc văn bản' }).click();
  await expect(page.getByText('Không tìm thấy văn bản phù hợp.')).toBeVisible();
});

test('the filter form works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/van-ban?pham-vi=dia-phuong');
  await page.getByLabel('Tình trạng hiệu lực').selectOption({ label: 'Chưa có hiệu lực' });
  await page.getByRole('button', { name: 'Lọc văn bản' }).click();
  await expect(page).toHaveURL(/pham-vi=dia-phuong/);
  await expect(page).toHaveURL(/hieu-luc=chua-co-hieu-luc/);
  const items = results(page).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  for (const badge of await items.getByText('Chưa có hiệu lực', { exact: true }).all()) await expect(badge).toBeVisible();
  await context.close();
});

test('a visitor opens a document, follows its replacement and downloads the attachment', async ({ page }) => {
  await page.goto('/van-ban?q=23%2F2012');
  await results(page).getByRole('link', { name: /23\/2012\/QH13/ }).first().click();
  await expect(page).toHaveURL(/\/van-ban\/luat-23-2012-qh13$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luật số 23/2012/QH13');
  await expect(page.getByText('Hết hiệu lực', { exact: true }).first()).toBeVisible();

  const related = page.getByRole('region', { name: 'Văn bản liên quan' });
  await expect(related.getByRole('heading', { name: 'Bị thay thế bởi' })).toBeVisible();
  await expect(related.getByRole('heading', { name: 'Thay thế cho' })).toBeVisible();
  await expect(related.getByRole('link', { name: 'Luật số 18/2003/QH11' })).toBeVisible();
  await related.getByRole('link', { name: 'Luật số 17/2023/QH15' }).click();

  await expect(page).toHaveURL(/\/van-ban\/luat-17-2023-qh15$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luật số 17/2023/QH15');
  await expect(page.getByRole('region', { name: 'Văn bản liên quan' }).getByRole('link', { name: 'Luật số 23/2012/QH13' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Toàn văn' }).getByRole('heading', { name: /Điều 1\./ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'In văn bản' })).toBeVisible();

  const attachments = page.getByRole('region', { name: 'Tệp đính kèm' });
  const link = attachments.getByRole('link', { name: /Tải về: Toàn văn văn bản/ });
  const href = await link.getAttribute('href');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('Luật 17-2023-QH15.pdf');

  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toBe(
    `attachment; filename="Luat 17-2023-QH15.pdf"; filename*=UTF-8''Lu%E1%BA%ADt%2017-2023-QH15.pdf`,
  );
  expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const etag = response.headers()['etag'];
  const again = await page.request.get(href!, { headers: { 'if-none-match': etag } });
  expect(again.status()).toBe(304);
});

test('an issuer that has since merged shows its name of the time and what it is now', async ({ page }) => {
  await page.goto('/van-ban/thong-tu-01-2020-tt-bkhdt');
  await expect(page.getByText('Bộ Kế hoạch và Đầu tư', { exact: true })).toBeVisible();
  await expect(page.getByText('Tên gọi khi ban hành; nay là Bộ Tài chính.')).toBeVisible();
});

test('a former slug redirects permanently, unknown ones answer 404', async ({ request }) => {
  const moved = await request.get('/van-ban/luat-hop-tac-xa-2023', { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()['location']).toMatch(/\/van-ban\/luat-17-2023-qh15$/);
  expect((await request.get('/van-ban/khong-co-van-ban-nay', { failOnStatusCode: false })).status()).toBe(404);
  expect((await request.get('/van-ban/luat-17-2023-qh15/tep/999999', { failOnStatusCode: false })).status()).toBe(404);
});

test('the RSS feed lists new documents', async ({ request }) => {
  const response = await request.get('/van-ban/rss.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const xml = await response.text();
  expect(xml).toContain('<rss version="2.0"');
  const [latest] = await sql<{ number: string }>(`SELECT number FROM "LegalDocument" WHERE published ORDER BY "issuedOn" DESC, id DESC LIMIT 1`);
  expect(xml).toContain(`số ${latest.number}</title>`);
});

test('the library and a document page pass axe', async ({ page }) => {
  await page.goto('/van-ban?pham-vi=trung-uong&loai=luat');
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, undefined, WCAG_21_AA);
  await page.goto('/van-ban/luat-23-2012-qh13');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, undefined, WCAG_21_AA);
});
