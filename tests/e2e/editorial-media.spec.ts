import { expect, test } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { sql } from './db';
import { expectAccessible, WCAG_21_AA } from './axe';
import { signIn } from './sign-in';

// The editorial workspace's documents, media and work schedule, as an editor and a staff member
// use them, checked on the public site (served through the front response cache, server.mjs).
// Each test makes records of its own (a new plan number, a new schedule entry).

const editor = DEMO_USERS.find((u) => u.role === 'EDITOR')!;
const staff = DEMO_USERS.find((u) => u.role === 'STAFF')!;


const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('an editor creates a legal document, attaches a PDF, and the public downloads it from the document page', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const number = `${100 + (Date.now() % 800)}/KH-LMHTX`;
  const [issuer] = await sql<{ name: string }>(`SELECT name FROM "IssuingBody" WHERE level = 'ORGANIZATION' AND "validTo" IS NULL ORDER BY id LIMIT 1`);

  await signIn(page, editor);
  await page.getByRole('link', { name: 'Văn bản', exact: true }).click();
  await page.getByRole('link', { name: 'Thêm văn bản' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thêm văn bản');
  await expectAccessible(page, 'new document form');

  // Saving with nothing filled in names the missing fields.
  await page.getByRole('button', { name: 'Lưu văn bản' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Vui lòng kiểm tra lại');
  await expect(page.getByText('Nhập số hiệu văn bản, ví dụ 45/2021/NĐ-CP.')).toBeVisible();

  await page.getByLabel('Số hiệu').fill(number);
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Kế hoạch' });
  await page.getByLabel('Phạm vi').selectOption({ label: 'Văn bản đơn vị' });
  await page.getByLabel('Cơ quan ban hành').selectOption({ label: issuer.name });
  await page.getByLabel('Người ký').fill('Nguyễn Thanh Tùng');
  await page.getByLabel('Ngày ban hành').fill('2026-11-20');
  await page.getByLabel('Lĩnh vực').fill('Kinh tế tập thể');
  await page.getByLabel('Trích yếu').fill('Kế hoạch tập huấn nâng cao năng lực quản trị hợp tác xã năm 2027');
  await page.getByRole('button', { name: 'Lưu văn bản' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo văn bản' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kế hoạch ${number}`);
  await expectAccessible(page, 'document editor');

  const attachments = page.getByRole('region', { name: 'Tệp đính kèm' });
  await attachments.getByLabel('Tệp đính kèm', { exact: true }).setInputFiles({ name: 'Kế hoạch tập huấn 2027.pdf', mimeType: 'application/pdf', buffer: PDF });
  await attachments.getByRole('button', { name: 'Đính kèm', exact: true }).click();
  await expect(attachments.getByRole('status').filter({ hasText: 'Đã đính kèm' })).toHaveText('Đã đính kèm «Kế hoạch tập huấn 2027.pdf».');
  await expect(attachments.getByText('Kế hoạch tập huấn 2027', { exact: true })).toBeVisible();

  // A file whose name lies about its content is refused.
  await attachments.getByLabel('Tệp đính kèm', { exact: true }).setInputFiles({ name: 'Bảng số liệu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: PDF });
  await attachments.getByRole('button', { name: 'Đính kèm', exact: true }).click();
  await expect(attachments.getByText('Tên tệp có đuôi .xlsx nhưng nội dung là PDF.', { exact: false })).toBeVisible();

  // The media library lists the uploaded file.
  await page.getByRole('link', { name: 'Thư viện media' }).click();
  await page.getByLabel('Loại').selectOption({ label: 'PDF' });
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Kế hoạch tập huấn 2027.pdf' }).first()).toBeVisible();
  await expectAccessible(page, 'media library');

  // The public, signed out.
  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  const [{ slug }] = await sql<{ slug: string }>(`SELECT slug FROM "LegalDocument" WHERE number = $1`, [number]);
  await pub.goto(`/van-ban/${slug}`);
  await expect(pub.getByRole('heading', { level: 1 })).toHaveText(`Kế hoạch số ${number}`);
  const link = pub.getByRole('region', { name: 'Tệp đính kèm' }).getByRole('link', { name: /Tải về: Kế hoạch tập huấn 2027/ });
  const href = await link.getAttribute('href');
  const [download] = await Promise.all([pub.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('Kế hoạch tập huấn 2027.pdf');
  const response = await pub.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toBe(
    `attachment; filename="Ke hoach tap huan 2027.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20t%E1%BA%ADp%20hu%E1%BA%A5n%202027.pdf`,
  );
  expect((await response.body()).equals(PDF)).toBe(true);
  await visitor.close();
});

test('staff add an entry to the work schedule and the public week view shows it at once', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const content = `Làm việc với HTX Nông nghiệp Tân Hiệp về hồ sơ vay vốn (${Date.now() % 100_000})`;
  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  // Prime the caches: Next renders the page, keeps it, and server.mjs then serves it from memory.
  const served: (string | undefined)[] = [];
  for (let i = 0; i < 3; i++) served.push((await pub.request.get('/lich-cong-tac')).headers()['x-front-cache']);
  expect(served).toContain('HIT');
  await pub.goto('/lich-cong-tac');
  await expect(pub.getByText(content)).toHaveCount(0);

  await signIn(page, staff);
  await page.getByRole('link', { name: 'Lịch công tác' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch công tác');
  await expectAccessible(page, 'work schedule workspace');
  const form = page.getByRole('region', { name: 'Thêm mục lịch' });
  await form.getByLabel('Giờ bắt đầu').fill('08:00');
  await form.getByLabel('Giờ kết thúc').fill('10:30');
  await form.getByLabel('Nội dung').fill(content);
  await form.getByLabel('Thành phần').fill('Đ/c Phó Chủ tịch Trần Văn Bình');
  await form.getByLabel('Địa điểm').fill('Hội trường xã Tân Hiệp');
  await form.getByLabel('Chuẩn bị').fill('Phòng Hỗ trợ phát triển');
  await form.getByRole('button', { name: 'Thêm vào lịch' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Đã thêm lịch ngày' })).toBeVisible();
  await expect(page.getByText(content)).toBeVisible();

  // Through the front cache: the change emptied it, so the public sees the entry on the next request.
  await pub.goto('/lich-cong-tac');
  const row = pub.getByRole('row', { name: new RegExp(content.replace(/[()]/g, '\\$&')) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('08:00 – 10:30');
  await expect(row).toContainText('Hội trường xã Tân Hiệp');
  await expect(pub.getByText('(hôm nay)')).toBeVisible();
  await expect(pub.getByRole('button', { name: 'In lịch tuần' })).toBeVisible();
  await expectAccessible(pub, 'public work schedule', WCAG_21_AA);

  // Next week, and back by the week picker's address.
  await pub.getByRole('link', { name: 'Tuần sau →' }).click();
  await expect(pub).toHaveURL(/\/lich-cong-tac\?tuan=\d{4}-W\d{2}$/);
  await expect(pub.getByText(content)).toHaveCount(0);
  await pub.getByRole('link', { name: 'Tuần này' }).click();
  await expect(pub).toHaveURL(/\/lich-cong-tac$/);
  await expect(pub.getByText(content)).toBeVisible();
  await visitor.close();
});

test('an editor publishes a question and answer, and the public FAQ page shows it under its topic', async ({ page, browser }) => {
  const topic = `Thành lập hợp tác xã ${Date.now() % 100_000}`;
  await signIn(page, editor);
  await page.getByRole('link', { name: 'Hỏi đáp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hỏi đáp');
  const newTopic = page.getByRole('region', { name: 'Thêm chủ đề' });
  await newTopic.getByLabel('Tên chủ đề').fill(topic);
  await newTopic.getByRole('button', { name: 'Thêm chủ đề' }).click();
  await expect(page.getByRole('heading', { name: topic, level: 2 })).toBeVisible();

  const newQuestion = page.getByRole('region', { name: 'Thêm câu hỏi' });
  await newQuestion.getByLabel('Chủ đề').selectOption({ label: topic });
  await newQuestion.getByLabel('Câu hỏi').fill('Thành lập hợp tác xã cần tối thiểu bao nhiêu thành viên?');
  await newQuestion.getByLabel('Câu trả lời').fill('Theo Luật Hợp tác xã năm 2023, hợp tác xã có ít nhất 05 thành viên chính thức.');
  await newQuestion.getByRole('button', { name: 'Thêm câu hỏi' }).click();
  await expect(newQuestion.getByRole('status').filter({ hasText: 'Đã thêm câu hỏi' })).toBeVisible();
  await expectAccessible(page, 'FAQ workspace');

  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  await pub.goto('/hoi-dap');
  const section = pub.getByRole('region', { name: topic });
  await section.getByText('Thành lập hợp tác xã cần tối thiểu bao nhiêu thành viên?').click();
  await expect(section.getByText('hợp tác xã có ít nhất 05 thành viên chính thức.', { exact: false })).toBeVisible();
  await expectAccessible(pub, 'public FAQ', WCAG_21_AA);
  await visitor.close();
});

test('an editor makes a photo album and the public sees it in the gallery', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const title = `Hội chợ nông sản OCOP ${Date.now() % 100_000}`;
  await signIn(page, editor);
  await page.getByRole('link', { name: 'Thư viện ảnh, video' }).click();
  await page.getByRole('link', { name: 'Thêm album' }).click();
  await page.getByLabel('Tên album').fill(title);
  await page.getByLabel('Đăng công khai').check();
  await page.getByRole('button', { name: 'Lưu album' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // A small PNG made in the page (a canvas), uploaded as a visitor's camera would.
  const png = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 1000;
    canvas.height = 600;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#2f6f4f';
    ctx.fillRect(0, 0, 1000, 600);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  await page.getByLabel('Ảnh', { exact: true }).setInputFiles({ name: 'gian-hang.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  await page.getByRole('button', { name: 'Thêm ảnh' }).click();
  await expect(page.getByText('Nhập mô tả ảnh (văn bản thay thế) cho người không xem được ảnh.')).toBeVisible();
  await page.getByLabel('Ảnh', { exact: true }).setInputFiles({ name: 'gian-hang.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  await page.getByLabel('Mô tả ảnh (văn bản thay thế)').fill('Gian hàng gạo của HTX Tân Hiệp');
  await page.getByRole('button', { name: 'Thêm ảnh' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm ảnh' })).toBeVisible();
  await expectAccessible(page, 'album workspace');

  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  await pub.goto('/thu-vien');
  await pub.getByRole('link', { name: title }).click();
  await expect(pub.getByRole('heading', { level: 1 })).toHaveText(title);
  const img = pub.getByRole('img', { name: 'Gian hàng gạo của HTX Tân Hiệp' });
  await expect(img).toBeVisible();
  // Lazy-loaded: once in view, the browser picks the WebP web copy from the srcset and decodes it.
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
  const served = await pub.request.get(src);
  expect(served.headers()['content-type']).toBe('image/webp');
  expect(served.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  await expectAccessible(pub, 'public album', WCAG_21_AA);
  await visitor.close();
});

test('a visitor comments on a draft open for consultation, and staff read the comment', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const [doc] = await sql<{ id: number; number: string; slug: string }>(
    `SELECT d.id, d.number, d.slug FROM "LegalDocument" d WHERE d.scope = 'UNIT' AND NOT EXISTS (SELECT 1 FROM "DraftConsultation" c WHERE c."legalDocumentId" = d.id) ORDER BY d.id LIMIT 1`,
  );
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const later = new Date(Date.now() + 7 * 3_600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
  await signIn(page, editor);
  await page.goto(`/quan-tri/van-ban/${doc.id}`);
  const section = page.getByRole('region', { name: 'Lấy ý kiến dự thảo' });
  await section.getByLabel('Ngày bắt đầu lấy ý kiến').fill(today);
  await section.getByLabel('Ngày kết thúc lấy ý kiến').fill(later);
  await section.getByRole('button', { name: 'Mở lấy ý kiến' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/lay-y-kien\/\d+$/);

  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  await pub.goto('/lay-y-kien');
  await pub.getByRole('link', { name: new RegExp(doc.number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) }).click();
  await expect(pub).toHaveURL(new RegExp(`/lay-y-kien/${doc.slug}$`));
  await expect(pub.getByText('Đang lấy ý kiến', { exact: true })).toBeVisible();
  await expectAccessible(pub, 'draft consultation page', WCAG_21_AA);
  const text = `Đề nghị bổ sung hỗ trợ chuyển đổi số cho HTX (${Date.now() % 100_000}).`;
  await pub.getByLabel('Họ và tên (hoặc cơ quan, đơn vị)').fill('HTX Nông nghiệp Tân Hiệp');
  await pub.getByLabel('Điện thoại hoặc email').fill('0918234567');
  await pub.getByLabel('Ý kiến góp ý').fill(text);
  await pub.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(pub.getByRole('status').filter({ hasText: 'Cảm ơn bạn đã góp ý' })).toBeVisible();
  await visitor.close();

  await page.reload();
  await expect(page.getByText(text)).toBeVisible();
  await expectAccessible(page, 'consultation workspace');
});
