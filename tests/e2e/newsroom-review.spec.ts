import { expect, test } from '@playwright/test';

import { expectAccessible, WCAG_21_AA } from './axe';
import { sql } from './db';
import { rewriteBody, signedInEditor, writeDraft } from './newsroom';

// How an editor gets an article checked before it goes out: a signed preview link a leader opens
// on a phone without an account, and the article's revisions, compared word by word and restored.
// Each test writes an article of its own.

test('an editor sends a signed preview of a draft; a reader without an account sees it with a banner, and a tampered link is refused', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Hợp tác xã Tân Hiệp ra mắt sản phẩm OCOP ${Date.now().toString(36)}`;
  const page = await signedInEditor(browser);
  const articleUrl = await writeDraft(page, title, 'Sáng nay, Hợp tác xã Nông nghiệp Tân Hiệp ra mắt gạo sạch đạt chuẩn OCOP 4 sao.');

  await page.getByRole('button', { name: 'Tạo liên kết xem trước' }).click();
  const link = page.getByRole('link', { name: /\/xem-truoc\// });
  await expect(link).toBeVisible();
  await expect(page.getByText(/Hết hạn lúc/)).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  const path = new URL(href).pathname;
  expect(path).toMatch(/^\/xem-truoc\/\d+\.\d+\.[\w-]+$/);

  // A fresh browser, no session: the leader's phone.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const reader = await phone.newPage();
  const response = await reader.goto(path);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['x-front-cache']).toBeUndefined();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const banner = reader.getByRole('note').filter({ hasText: 'Bản xem trước – chưa công khai' });
  await expect(banner).toContainText('(bản nháp)');
  await expect(banner).toContainText(/Liên kết này hết hạn lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./);
  await expect(reader.getByText('ra mắt gạo sạch đạt chuẩn OCOP 4 sao')).toBeVisible();
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expectAccessible(reader, 'article preview', WCAG_21_AA);

  // Not public: the article's own address is still unknown to readers.
  const [{ slug }] = await sql<{ slug: string }>(`SELECT slug FROM "Article" WHERE title = $1`, [title]);
  expect((await reader.request.get(`/tin-tuc/${slug}`)).status()).toBe(404);

  // A link whose expiry was stretched no longer matches its signature.
  const [id, expires, signature] = path.replace('/xem-truoc/', '').split('.');
  const tampered = await reader.goto(`/xem-truoc/${id}.${Number(expires) + 86_400}.${signature}`);
  expect(tampered?.status()).toBe(404);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Liên kết xem trước không dùng được');
  await expect(reader.getByText(title)).toHaveCount(0);
  await expectAccessible(reader, 'refused preview', WCAG_21_AA);
  await phone.close();

  // The preview shows the content of the moment: a later save is in the same link.
  await page.goto(articleUrl);
  await rewriteBody(page, 'Hợp tác xã Nông nghiệp Tân Hiệp ra mắt gạo thơm đạt chuẩn OCOP 4 sao.');
  const again = await (await browser.newContext()).newPage();
  await again.goto(path);
  await expect(again.getByText('ra mắt gạo thơm đạt chuẩn OCOP 4 sao')).toBeVisible();
  await again.context().close();
  await page.context().close();
});

test('an editor saves an article twice, compares the first and last revisions word by word and restores the first', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Hội nghị kinh tế tập thể ${Date.now().toString(36)}`;
  const page = await signedInEditor(browser);
  const articleUrl = await writeDraft(page, title, 'Hội nghị sơ kết kinh tế tập thể sáu tháng đầu năm tại Rạch Giá.');
  await rewriteBody(page, 'Hội nghị tổng kết kinh tế tập thể sáu tháng đầu năm tại Rạch Giá.');
  await rewriteBody(page, 'Hội nghị tổng kết kinh tế tập thể sáu tháng đầu năm tại Long Xuyên.');

  await page.getByRole('link', { name: 'Các phiên bản (3)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Các phiên bản');
  const list = page.getByRole('table', { name: 'Danh sách phiên bản' });
  await expect(list.getByRole('row')).toHaveCount(4);
  await expect(list.getByRole('row').nth(1)).toContainText('Phiên bản hiện tại');
  await expect(list.getByRole('row').nth(3)).toContainText('Tạo bài');

  // By default the newest against the one before it; only the changed words are marked.
  const comparison = page.getByRole('region', { name: 'So sánh' });
  // The two versions side by side (the legend above them shows a sample of each marking).
  const marked = (role: 'deletion' | 'insertion') => async () =>
    (await comparison.locator('div').getByRole(role).allTextContents()).map((t) => t.trim()).join(' | ');
  await expect.poll(marked('deletion')).toBe('Rạch Giá');
  await expect.poll(marked('insertion')).toBe('Long Xuyên');

  // The first against the last: both changes are marked, each on its side.
  await page.getByLabel('Phiên bản cũ').selectOption({ index: 2 });
  await page.getByLabel('Phiên bản mới').selectOption({ index: 0 });
  await page.getByRole('button', { name: 'So sánh', exact: true }).click();
  await expect(page).toHaveURL(/\/phien-ban\?cu=\d+&moi=\d+$/);
  await expect.poll(marked('deletion')).toBe('sơ | Rạch Giá');
  await expect.poll(marked('insertion')).toBe('tổng | Long Xuyên');
  await expect(comparison.getByRole('heading', { name: /^Bản cũ: / })).toBeVisible();
  await expect(comparison.getByText('kinh tế tập thể sáu tháng đầu năm tại').first()).toBeVisible();
  await expectAccessible(page, 'revision comparison');

  // Restore the first: asked first, then saved as a new revision.
  const first = list.getByRole('row').nth(3);
  await first.getByRole('button', { name: /^Khôi phục bản / }).click();
  const confirm = page.getByRole('dialog', { name: /^Khôi phục phiên bản lúc/ });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'restore confirmation');
  await confirm.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByText('Đã khôi phục phiên bản (lưu thành một phiên bản mới).')).toBeVisible();
  await page.goto(`${articleUrl}/phien-ban`);
  await expect(list.getByRole('row')).toHaveCount(5);
  await expect(list.getByRole('row').nth(1)).toContainText('Khôi phục phiên bản lúc');
  // The restored revision is now the newest: against the one before, the changes run backwards.
  await expect.poll(marked('deletion')).toBe('tổng | Long Xuyên');
  await expect.poll(marked('insertion')).toBe('sơ | Rạch Giá');

  await page.goto(articleUrl);
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toHaveText('Hội nghị sơ kết kinh tế tập thể sáu tháng đầu năm tại Rạch Giá.');
  await expect(page.getByRole('link', { name: 'Các phiên bản (4)' })).toBeVisible();
  await page.context().close();
});
