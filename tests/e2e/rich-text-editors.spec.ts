import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';

import { DEMO_USERS } from '../../prisma/seed/users';
import { expectAccessible, WCAG_21_AA } from './axe';
import { sql } from './db';
import { signIn } from './sign-in';

// The legal document's full text and the static pages are written in the same rich-text editor
// as the newsroom's articles (components/workspace/rich-text): toolbar, paste from Word cleaned the
// same way, and the server's allow-list of each kind of text on save. Each test makes a record of
// its own; the seeded pages are only opened, never saved, so other tests keep reading them as seeded.

const editor = DEMO_USERS.find((u) => u.role === 'EDITOR')!;


/** What the browser hands the editor when text copied from Word or a web page is pasted. */
async function paste(page: Page, box: ReturnType<Page['getByRole']>, html: string) {
  await box.evaluate((el, data) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/html', data);
    clipboard.setData('text/plain', data.replace(/<[^>]+>/g, ' '));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, html);
}

const WORD_ARTICLE =
  `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>h1{mso-style-link:"Heading 1 Char";}</style></head><body>` +
  `<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->` +
  `<h1 style='mso-outline-level:1'><span lang=VI style='font-size:14.0pt'>Điều 2. Mức hỗ trợ<o:p></o:p></span></h1>` +
  `<p class=MsoNormal style='text-align:justify'><span lang=VI>Mức hỗ trợ theo bảng sau:</span></p>` +
  `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>` +
  `<tr><td width=200 style='width:150pt'><p class=MsoNormal><b>Đối tượng</b></p></td><td><p class=MsoNormal><b>Mức hỗ trợ</b></p></td></tr>` +
  `<tr><td><p class=MsoNormal>Hợp tác xã nông nghiệp</p></td><td><p class=MsoNormal onclick="alert(1)">100 triệu đồng</p></td></tr></table>` +
  `<p class=MsoNormal><a href="javascript:alert(1)">Xem phụ lục</a></p></body></html>`;

test('an editor writes a legal document’s full text with headings, a superscript and a table pasted from Word, and the public page shows it cleaned', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const number = `${100 + (Date.now() % 800)}/QĐ-LMHTX`;
  const [issuer] = await sql<{ name: string }>(`SELECT name FROM "IssuingBody" WHERE level = 'ORGANIZATION' AND "validTo" IS NULL ORDER BY id LIMIT 1`);
  await signIn(page, editor);
  await page.goto('/quan-tri/van-ban/moi');
  await page.getByLabel('Số hiệu').fill(number);
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Quyết định' });
  await page.getByLabel('Phạm vi').selectOption({ label: 'Văn bản đơn vị' });
  await page.getByLabel('Cơ quan ban hành').selectOption({ label: issuer.name });
  await page.getByLabel('Ngày ban hành').fill('2026-11-25');
  await page.getByLabel('Trích yếu').fill('Quyết định hỗ trợ xây dựng kho lạnh cho hợp tác xã nông nghiệp năm 2027');

  const text = page.getByRole('textbox', { name: 'Toàn văn' });
  await text.click();
  await page.getByRole('button', { name: 'Tiêu đề mục' }).click();
  await page.keyboard.type('Điều 1. Phạm vi áp dụng');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hỗ trợ xây dựng kho lạnh đến 500 m');
  await page.getByRole('button', { name: 'Chỉ số trên' }).click();
  await page.keyboard.type('2');
  await page.getByRole('button', { name: 'Chỉ số trên' }).click();
  await page.keyboard.type(' cho mỗi hợp tác xã.');
  await page.keyboard.press('Enter');
  await paste(page, text, WORD_ARTICLE);
  // Word's "Heading 1" becomes a heading of the document's own levels (under the page's "Toàn văn").
  await expect(text.getByRole('heading', { level: 3 })).toHaveText(['Điều 1. Phạm vi áp dụng', 'Điều 2. Mức hỗ trợ']);
  await expect(text.getByRole('cell', { name: 'Hợp tác xã nông nghiệp' })).toBeVisible();
  await expect(text.locator('sup')).toHaveText('2');
  // Documents hold no images: there is nothing to insert one with.
  await expect(page.getByRole('button', { name: 'Chèn ảnh' })).toHaveCount(0);
  await expectAccessible(page, 'document form with the rich-text editor');

  await page.getByRole('button', { name: 'Lưu văn bản' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo văn bản' })).toBeVisible();
  // Reopened from what was stored.
  await expect(text.getByRole('heading', { level: 3, name: 'Điều 2. Mức hỗ trợ' })).toBeVisible();
  const [stored] = await sql<{ fullText: string; slug: string }>(`SELECT "fullText", slug FROM "LegalDocument" WHERE number = $1`, [number]);
  expect(stored.fullText).toContain('<h3>Điều 1. Phạm vi áp dụng</h3>');
  expect(stored.fullText).toContain('500 m<sup>2</sup>');
  expect(stored.fullText).not.toMatch(/mso|style=|class=|onclick|javascript|<span|<h1/i);

  // A later edit in the same editor.
  await text.getByText('Mức hỗ trợ theo bảng sau:').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (đã gồm thuế)');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu văn bản.' })).toBeVisible();

  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  await pub.goto(`/van-ban/${stored.slug}`);
  const full = pub.getByRole('region', { name: 'Toàn văn' });
  await expect(full.getByRole('heading', { level: 3 })).toHaveText(['Điều 1. Phạm vi áp dụng', 'Điều 2. Mức hỗ trợ']);
  await expect(full.getByText('Mức hỗ trợ theo bảng sau: (đã gồm thuế)')).toBeVisible();
  await expect(full.getByRole('cell', { name: '100 triệu đồng' })).toBeVisible();
  await expect(full.locator('sup')).toHaveText('2');
  await expect(full.getByText('Xem phụ lục')).toBeVisible();
  await expect(full.getByRole('link', { name: 'Xem phụ lục' })).toHaveCount(0);
  await expectAccessible(pub, 'document with an edited full text', WCAG_21_AA);
  await visitor.close();
});


const WEB_PAGE =
  `<h1 class="title">Thành viên</h1>` +
  `<table class="staff" style="width:100%"><caption>Ban Kiểm tra Liên minh</caption>` +
  `<thead><tr><th scope="col">Họ và tên</th><th scope="col">Chức vụ</th></tr></thead>` +
  `<tbody><tr><th scope="row">Lê Văn Hòa</th><td>Trưởng ban</td></tr><tr><th scope="row">Trần Thị Mai</th><td>Ủy viên</td></tr></tbody></table>` +
  `<dl><dt><strong>Nhiệm vụ</strong></dt><dd>Kiểm tra việc thực hiện Điều lệ Liên minh.</dd></dl>` +
  `<p>Gửi ý kiến qua <a href="/y-kien" hreflang="vi" onclick="steal()">trang Ý kiến</a>.</p>`;

test('an editor writes a static page with a captioned table, a description list and an image; saving it again keeps them', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const title = `Ban Kiểm tra Liên minh ${Date.now().toString(36)}`;
  await signIn(page, editor);

  // A seeded page opens in the editor with its tables (named by their captions) and its list of tasks.
  const [seeded] = await sql<{ id: number }>(`SELECT id FROM "Page" WHERE slug = 'co-cau-to-chuc'`);
  await page.goto(`/quan-tri/trang/${seeded.id}`);
  const seededBody = page.getByRole('textbox', { name: 'Nội dung' });
  await expect(seededBody.getByRole('table', { name: 'Thường trực Liên minh Hợp tác xã tỉnh' }).getByRole('rowheader', { name: 'Nguyễn Thanh Tùng' })).toBeVisible();
  await expect(seededBody.getByRole('term').filter({ hasText: 'Quỹ hỗ trợ phát triển hợp tác xã' })).toBeVisible();
  await expectAccessible(page, 'page editor with a seeded page');

  await page.goto('/quan-tri/trang/moi');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Tóm tắt').fill('Thành viên và nhiệm vụ của Ban Kiểm tra Liên minh Hợp tác xã tỉnh.');
  const body = page.getByRole('textbox', { name: 'Nội dung' });
  await body.click();
  await page.keyboard.type('Ban Kiểm tra gồm 5 ủy viên.');
  await page.keyboard.press('Enter');
  await paste(page, body, WEB_PAGE);
  await expect(body.getByRole('table', { name: 'Ban Kiểm tra Liên minh' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 2, name: 'Thành viên' })).toBeVisible();

  await page.getByRole('button', { name: 'Chèn ảnh' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chèn ảnh vào trang' });
  await dialog.getByLabel('Chú thích ảnh (không bắt buộc)').fill('Trụ sở Liên minh tại phường Rạch Giá');
  // An image of this run's own: the library keeps one copy of identical bytes, with its first description.
  const png = await sharp({ create: { width: 12, height: 8, channels: 3, background: { r: 30, g: 120, b: 80 } } }).png().toBuffer();
  await dialog.getByLabel(/Tệp ảnh/).setInputFiles({ name: 'tru-so.png', mimeType: 'image/png', buffer: png });
  await dialog.getByLabel(/Mô tả ảnh/).fill('Trụ sở Liên minh Hợp tác xã tỉnh');
  await dialog.getByRole('button', { name: 'Tải lên' }).click();
  await expect(dialog.getByText('Đã tải ảnh lên.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Chọn: Trụ sở Liên minh Hợp tác xã tỉnh' }).first().click();
  await expect(body.getByRole('img', { name: 'Trụ sở Liên minh Hợp tác xã tỉnh' })).toBeVisible();
  await expectAccessible(page, 'new page in the rich-text editor');

  await page.getByRole('button', { name: 'Lưu trang' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/trang\/\d+\?thong-bao=da-tao$/);
  const path = (await page.getByRole('link', { name: /^Xem trang \// }).getAttribute('href'))!;

  // Reopened from what was stored, edited again: a sentence and a new caption for the table.
  await expect(body.getByRole('rowheader', { name: 'Trần Thị Mai' })).toBeVisible();
  await body.getByText('Ban Kiểm tra gồm 5 ủy viên.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Nhiệm kỳ 2021 – 2026.');
  // The list of tasks grows from the keyboard: Enter after a description starts a term, Enter
  // after a term its description, Enter on an empty last one leaves the list.
  await body.getByText('Kiểm tra việc thực hiện Điều lệ Liên minh.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Quyền hạn');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Yêu cầu cung cấp hồ sơ.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Liên hệ: Văn phòng Liên minh.');
  await body.getByRole('cell', { name: 'Trưởng ban' }).click();
  page.once('dialog', (prompt) => void prompt.accept('Ban Kiểm tra Liên minh nhiệm kỳ 2021 – 2026'));
  await page.getByRole('button', { name: 'Chú thích bảng' }).click();
  await expect(body.getByRole('table', { name: 'Ban Kiểm tra Liên minh nhiệm kỳ 2021 – 2026' })).toBeVisible();
  await page.getByRole('button', { name: 'Lưu trang' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trang.' })).toBeVisible();

  const [stored] = await sql<{ body: string }>(`SELECT body FROM "Page" WHERE title = $1`, [title]);
  expect(stored.body).toMatch(/^<p>Ban Kiểm tra gồm 5 ủy viên\. Nhiệm kỳ 2021 – 2026\.<\/p>/);
  expect(stored.body).toContain('<caption>Ban Kiểm tra Liên minh nhiệm kỳ 2021 – 2026</caption>');
  expect(stored.body).toContain('<dd>Yêu cầu cung cấp hồ sơ.</dd></dl><p>Liên hệ: Văn phòng Liên minh.</p>');
  expect(stored.body).toContain('<th scope="row"');
  expect(stored.body).toContain('hreflang="vi"');
  expect(stored.body).not.toMatch(/onclick|style=|class=|<h1/i);

  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  await pub.goto(path);
  await expect(pub.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(pub.getByText('Ban Kiểm tra gồm 5 ủy viên. Nhiệm kỳ 2021 – 2026.')).toBeVisible();
  const table = pub.getByRole('table', { name: 'Ban Kiểm tra Liên minh nhiệm kỳ 2021 – 2026' });
  await expect(table.getByRole('columnheader')).toHaveText(['Họ và tên', 'Chức vụ']);
  await expect(table.getByRole('rowheader')).toHaveText(['Lê Văn Hòa', 'Trần Thị Mai']);
  const article = pub.getByRole('article');
  await expect(article.getByRole('term')).toHaveText(['Nhiệm vụ', 'Quyền hạn']);
  await expect(article.getByRole('definition')).toHaveText(['Kiểm tra việc thực hiện Điều lệ Liên minh.', 'Yêu cầu cung cấp hồ sơ.']);
  await expect(pub.getByRole('link', { name: 'trang Ý kiến' })).toHaveAttribute('hreflang', 'vi');
  await expect(pub.getByRole('img', { name: 'Trụ sở Liên minh Hợp tác xã tỉnh' })).toBeVisible();
  await expect(pub.getByText('Trụ sở Liên minh tại phường Rạch Giá')).toBeVisible();
  await expectAccessible(pub, 'page written in the editor', WCAG_21_AA);
  await visitor.close();
});
