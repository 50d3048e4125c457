import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { expectAccessible, WCAG_21_AA } from './axe';
import { signIn } from './sign-in';

// A visitor reads the public statistics and takes a table as CSV; a leader makes the semi-annual
// report, downloads it from its shareable link, and the same link refuses anyone signed out.

test('a visitor reads /so-lieu: a chart’s table, a CSV download, the open data section', async ({ page, request }) => {
  await page.goto('/so-lieu');
  await expect(page.getByRole('heading', { level: 1, name: 'Số liệu HTX – THT' })).toBeVisible();
  const kinds = page.getByRole('region', { name: 'Số lượng, thành viên, vốn theo loại hình' });
  const table = kinds.getByRole('table', { name: 'Số lượng, thành viên, vốn theo loại hình' });
  await expect(table.getByRole('row', { name: /Tổ hợp tác/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Tổng số/ }).getByRole('cell').nth(2)).toHaveText(/^\d{1,3}(\.\d{3})*$/);

  const [download] = await Promise.all([page.waitForEvent('download'), kinds.getByRole('link', { name: /^CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^so-lieu-loai-hinh-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFloai_hinh,ten,so_luong,thanh_vien,von_dong,dien_tich_ha,lao_dong');
  expect(csv).toContain('GROUP,Tổ hợp tác,');

  await expect(page.getByRole('heading', { name: 'Dữ liệu mở' })).toBeVisible();
  await expect(page.getByText('/so-lieu/du-lieu/xa-phuong.json')).toBeVisible();
  const json = await (await request.get('/so-lieu/du-lieu/loai-hinh.json')).json();
  expect(json.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(json.rows.map((r: { loai_hinh: string }) => r.loai_hinh)).toEqual(['COOPERATIVE', 'CREDIT_FUND', 'UNION', 'GROUP']);
  // Cached like the public pages: the second answer comes from the cache.
  const again = await request.get('/so-lieu/du-lieu/loai-hinh.json');
  expect(again.headers()['x-nextjs-cache'] ?? 'front').toMatch(/HIT|front/);

  await expectAccessible(page, '/so-lieu', WCAG_21_AA);
});

test('a leader makes the semi-annual report and downloads it from a link that refuses anonymous visitors', async ({ page, browser }) => {
  await signIn(page, { email: 'lanhdao@lienminhhtx.vn', password: 'Lanhdao@2026' });

  await page.getByRole('link', { name: 'Báo cáo sơ kết, tổng kết' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo sơ kết, tổng kết' })).toBeVisible();
  await expectAccessible(page, 'report form');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Sơ kết 6 tháng đầu năm 2023' });
  await page.getByLabel('Số văn bản').fill('23');
  await page.getByLabel('Người ký', { exact: true }).fill('Trần Thanh Dũng');
  await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo 6 tháng đầu năm 2023, số liệu đến ngày 30/6/2023' })).toBeVisible();

  const link = page.getByRole('link', { name: 'Tải về (.docx)' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/quan-tri\/thong-ke\/bao-cao\/tai-ve\?ky=2023-6t&so=23&nguoi-ky=/);
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('bao-cao-6-thang-dau-nam-2023-so-23.docx');
  const bytes = await readFile(await download.path());
  expect(bytes.length).toBeGreaterThan(5_000);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  console.info(`report .docx downloaded in ${Date.now() - started} ms`);

  await page.getByRole('link', { name: 'Xem bản in' }).click();
  await expect(page.getByText('Số: 23/BC-LM')).toBeVisible();
  await expect(page.getByText(/Tính đến 30\/6\/2023 toàn tỉnh có 533 HTX, trong đó: 467 HTX nông nghiệp/)).toBeVisible();

  // The same link, opened by someone signed out: sent to the sign-in page, no file.
  const anonymous = await browser.newContext();
  const response = await anonymous.request.get(href!, { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(response.status());
  expect(response.headers()['location'] ?? '').toContain('/dang-nhap');
  expect(response.headers()['content-disposition']).toBeUndefined();
  await anonymous.close();
});
