import { expect, test, type Browser, type Page } from '@playwright/test';

import { expectAccessible } from './axe';
import { signIn } from './sign-in';

// The newsroom as a new staff member and an editor use it: staff write an article with an image
// and a table pasted from Word, and submit it; the editor sees the notification, publishes it, and
// it is on the public site and on the home page at once (through server.mjs's front cache).

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, { email, password });
  return page;
}

// An 8×6 PNG (judged by its bytes on upload).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWOQq7DBihgGUgIAhLsnYTQBMX0AAAAASUVORK5CYII=', 'base64');

const WORD_HTML =
  `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head><body>` +
  `<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->` +
  `<p class=MsoNormal style='mso-margin-top-alt:auto'><b><span lang=VI style='font-size:13.0pt'>Kết quả 6 tháng<o:p></o:p></span></b></p>` +
  `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;position:fixed'>` +
  `<tr><td width=200 style='width:150pt'><p class=MsoNormal><b>Chỉ tiêu</b></p></td><td><p class=MsoNormal><b>Kết quả</b></p></td></tr>` +
  `<tr><td><p class=MsoNormal>Hợp tác xã thành lập mới</p></td><td><p class=MsoNormal onclick="alert(1)">27</p></td></tr></table>` +
  `<p class=MsoNormal><span style='mso-spacerun:yes'> </span>Nguồn: Liên minh HTX tỉnh.</p></body></html>`;

test('staff write and submit an article with an image and a pasted table; the editor publishes it and it is online at once', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Sơ kết kinh tế tập thể 6 tháng ${Date.now().toString(36)}`;

  // The public home page is cached (page cache and front cache) before the article exists.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: title })).toHaveCount(0);

  const staff = await signedIn(browser, 'canbo@lienminhhtx.vn', 'Canbo@2026');
  await staff.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Tin bài' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Tin bài' })).toBeVisible();
  await expectAccessible(staff, 'newsroom list');
  await staff.getByRole('link', { name: 'Viết tin bài mới' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Viết tin bài mới' })).toBeVisible();

  await staff.getByLabel('Tiêu đề').fill(title);
  await staff.getByLabel('Tóm tắt (sapo)').fill('Liên minh HTX tỉnh sơ kết kinh tế tập thể 6 tháng đầu năm.');
  await staff.getByLabel('Chuyên mục').selectOption({ index: 1 });
  await staff.getByLabel('Tác giả / nguồn').fill('Minh Anh – Liên minh HTX tỉnh');

  const body = staff.getByRole('textbox', { name: 'Nội dung' });
  await body.click();
  await staff.keyboard.type('Sáng nay, Liên minh HTX tỉnh tổ chức hội nghị sơ kết.');
  await staff.keyboard.press('Enter');
  // Paste from Word: a clipboard event carrying Word's HTML.
  await body.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Kết quả 6 tháng');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, WORD_HTML);
  await expect(body.getByRole('cell', { name: 'Hợp tác xã thành lập mới' })).toBeVisible();
  await expect(body.getByRole('button', { name: 'Đậm' })).toHaveCount(0);
  await expect(staff.getByRole('button', { name: 'Thêm hàng' })).toBeVisible();
  await expectAccessible(staff, 'article editor');

  // An image with a caption, uploaded here.
  await body.press('End');
  await staff.getByRole('button', { name: 'Chèn ảnh' }).click();
  const dialog = staff.getByRole('dialog', { name: 'Chèn ảnh vào bài' });
  await dialog.getByLabel('Chú thích ảnh (không bắt buộc)').fill('Toàn cảnh hội nghị sơ kết');
  await dialog.getByLabel(/Tệp ảnh/).setInputFiles({ name: 'hoi-nghi.png', mimeType: 'image/png', buffer: PNG });
  await dialog.getByLabel(/Mô tả ảnh/).fill('Đại biểu dự hội nghị sơ kết');
  await dialog.getByRole('button', { name: 'Tải lên' }).click();
  await expect(dialog.getByText('Đã tải ảnh lên.')).toBeVisible();
  await expectAccessible(staff, 'image picker');
  await dialog.getByRole('button', { name: 'Chọn: Đại biểu dự hội nghị sơ kết' }).first().click();
  await expect(body.getByRole('img', { name: 'Đại biểu dự hội nghị sơ kết' })).toBeVisible();

  await staff.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(staff.getByText('Đã lưu bản nháp.')).toBeVisible();
  await expect(staff).toHaveURL(/\/quan-tri\/tin-bai\/\d+\?da-luu=1$/);
  const articleUrl = staff.url().replace(/\?.*$/, '');
  await expectAccessible(staff, 'article page');
  await staff.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(staff.getByText('Đã gửi duyệt. Ban biên tập sẽ nhận được thông báo.')).toBeVisible();
  // Staff cannot publish: there is no such control for them.
  await expect(staff.getByRole('button', { name: 'Xuất bản' })).toHaveCount(0);

  // The editor sees the notification and publishes.
  const editor = await signedIn(browser, 'bientap@lienminhhtx.vn', 'Bientap@2026');
  await editor.getByRole('link', { name: /Thông báo \d+ chưa đọc/ }).click();
  await expect(editor.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
  await expectAccessible(editor, 'notifications');
  await editor.getByRole('button', { name: new RegExp(`^Mở.*${title}`) }).click();
  await expect(editor).toHaveURL(articleUrl);
  await expect(editor.getByText('Chờ duyệt', { exact: true })).toBeVisible();
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByText('Đã xuất bản. Tin bài đã hiện trên cổng thông tin.')).toBeVisible();
  const slug = await editor.getByRole('link', { name: 'Xem trên cổng thông tin' }).getAttribute('href');

  // On the public site at once: the article (cleaned) and the home page.
  await reader.goto(slug!);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole('cell', { name: 'Hợp tác xã thành lập mới' })).toBeVisible();
  await expect(reader.getByRole('img', { name: 'Đại biểu dự hội nghị sơ kết' })).toBeVisible();
  await expect(reader.getByText('Toàn cảnh hội nghị sơ kết')).toBeVisible();
  const html = await reader.locator('.prose-body').innerHTML();
  expect(html).not.toMatch(/mso|style=|onclick|class="Mso/i);
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: title }).first()).toBeVisible();
});
