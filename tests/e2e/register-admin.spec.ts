import { expect, test, type Browser, type Page } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { sql, viNumber } from './db';
import { expectAccessible } from './axe';
import { signIn } from './sign-in';

// The admin side of the register, as an admin, a new district officer and a staff member use it.
// Each test works on records no other browser test touches (a new user, two small island
// communes, one feedback item), so the files can run in parallel on one seeded database.

const admin = DEMO_USERS.find((u) => u.role === 'ADMIN')!;
const staff = DEMO_USERS.find((u) => u.role === 'STAFF')!;


async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).not.toHaveURL(/\/quan-tri/);
}

/** No serious or critical axe violations on the page as it is now. */

/** Today in Vietnam as YYYY-MM-DD. */
function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

test('admin creates a district officer with a one-time password; the officer must change it and then sees only their commune', async ({ page }) => {
  test.setTimeout(120_000);
  const [unit] = await sql<{ id: number; label: string; n: number }>(
    `SELECT u.id, u.type || ' ' || u.name AS label, count(o.id)::int AS n
       FROM "AdministrativeUnit" u JOIN "Organization" o ON o."unitId" = u.id
      WHERE u.level = 'COMMUNE' AND u.name = 'Vĩnh Điều' GROUP BY u.id`,
  );
  expect(unit.n).toBeGreaterThan(0);
  const email = `can-bo-vinh-dieu-${Date.now()}@lienminhhtx.vn`;

  await signIn(page, admin);
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Người dùng' })).toBeVisible();
  await expectAccessible(page, 'users list');

  // Filters live in the URL.
  await page.getByLabel('Vai trò').selectOption({ label: 'Cán bộ cấp xã/huyện' });
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/vai-tro=DISTRICT_OFFICER/);
  await expect(page.getByRole('link', { name: 'Trần Văn Hậu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lê Văn Phúc' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Thêm người dùng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm người dùng' })).toBeVisible();
  await expectAccessible(page, 'user form');

  // A district officer without a unit is refused, and what was typed stays.
  await page.getByLabel('Họ và tên').fill('Đoàn Thị Vĩnh');
  await page.getByLabel('Email').fill(email.toUpperCase());
  await page.getByLabel('Vai trò').selectOption({ label: 'Cán bộ cấp xã/huyện' });
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText('Cán bộ cấp xã/huyện phải có địa bàn phụ trách.')).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Đoàn Thị Vĩnh');
  await expect(page.getByLabel('Email')).toHaveValue(email.toUpperCase());
  await expect(page.getByLabel('Địa bàn phụ trách')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'user form with errors');

  await page.getByLabel('Vai trò').selectOption({ label: 'Cán bộ cấp xã/huyện' });
  await page.getByLabel('Địa bàn phụ trách').selectOption({ label: unit.label });
  await page.getByLabel('Cấp mật khẩu tạm thời').check();
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText('Đã tạo tài khoản cho Đoàn Thị Vĩnh.')).toBeVisible();
  const oneTimePassword = await page.getByLabel('Mật khẩu tạm thời', { exact: true }).inputValue();
  expect(oneTimePassword).toMatch(/^\w{4}-\w{4}-\w{4}$/);
  const [stored] = await sql<{ email: string; mustChangePassword: boolean; unitId: number }>(
    `SELECT email, "mustChangePassword", "unitId" FROM "User" WHERE email = $1`,
    [email],
  );
  expect(stored).toEqual({ email, mustChangePassword: true, unitId: unit.id });
  await signOut(page);

  // The new officer signs in and is sent to change the one-time password before anything else.
  await signIn(page, { email, password: oneTimePassword });
  await expect(page).toHaveURL(/\/quan-tri\/tai-khoan$/);
  await expect(page.getByText('Vui lòng đổi mật khẩu')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Menu quản trị' });
  await expect(nav.getByRole('link')).toHaveText(['Tài khoản của tôi']);
  await page.goto('/quan-tri/to-chuc');
  await expect(page).toHaveURL(/\/quan-tri\/tai-khoan$/);

  await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePassword);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngắn');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('ngắn');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Mật khẩu phải có ít nhất 10 ký tự.')).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePassword);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Vĩnh-Điều-biên-giới-2026');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('Vĩnh-Điều-biên-giới-2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();

  // Now the full menu, and the organization list holds exactly their commune's organizations.
  await nav.getByRole('link', { name: 'Tổ chức KTTT' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/to-chuc$/);
  await expect(page.getByText(`${viNumber(unit.n)} tổ chức`)).toBeVisible();
  const unitCells = page.getByRole('table').getByRole('row').filter({ hasNotText: 'Tên tổ chức' });
  for (const text of await unitCells.allInnerTexts()) expect(text).toContain(unit.label);
  const response = await page.goto('/quan-tri/nguoi-dung');
  expect(response?.status()).toBe(403);
});

test('admin invites a user who sets a password; deactivation ends their open session; the audit view shows the changes', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = `moi-${Date.now()}@lienminhhtx.vn`;
  await signIn(page, admin);
  await page.goto('/quan-tri/nguoi-dung/them');
  await page.getByLabel('Họ và tên').fill('Lý Thị Mời');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Vai trò').selectOption({ label: 'Biên tập viên' });
  await page.getByLabel('Tạo liên kết mời').check();
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const link = await page.getByLabel('Liên kết mời', { exact: true }).inputValue();
  expect(link).toMatch(/\/dang-nhap\/loi-moi\/[\w-]{43}$/);
  const [invitation] = await sql<{ tokenHash: string }>(
    `SELECT i."tokenHash" FROM "UserInvitation" i JOIN "User" u ON u.id = i."userId" WHERE u.email = $1`,
    [email],
  );
  expect(invitation.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  expect(link).not.toContain(invitation.tokenHash);

  // The invitee, in a browser of their own.
  const invitee = await openContext(browser);
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { name: 'Đặt mật khẩu' })).toBeVisible();
  await expectAccessible(invitee, 'invitation page');
  await invitee.getByLabel('Mật khẩu mới', { exact: true }).fill(email);
  await invitee.getByLabel('Nhập lại mật khẩu mới').fill(email);
  await invitee.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(invitee.getByText('Mật khẩu không được trùng với email.')).toBeVisible();
  await invitee.getByLabel('Mật khẩu mới', { exact: true }).fill('Biên-tập-tin-bài-2026');
  await invitee.getByLabel('Nhập lại mật khẩu mới').fill('Biên-tập-tin-bài-2026');
  await invitee.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(invitee.getByText('Đã đặt mật khẩu.')).toBeVisible();
  await invitee.getByRole('link', { name: 'Đăng nhập' }).click();
  await signIn(invitee, { email, password: 'Biên-tập-tin-bài-2026' });
  await expect(invitee.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
  // The link works once.
  await invitee.goto(link);
  await expect(invitee.getByText('Liên kết mời này đã được sử dụng.')).toBeVisible();

  // The admin locks the account (after confirming); the invitee's next request finds them signed out.
  await page.goto('/quan-tri/nguoi-dung?q=' + encodeURIComponent(email));
  await page.getByRole('link', { name: 'Lý Thị Mời' }).click();
  await page.getByRole('button', { name: 'Khóa tài khoản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Khóa tài khoản Lý Thị Mời?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'confirmation dialog');
  await dialog.getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(page.getByText('Đã khóa tài khoản Lý Thị Mời.')).toBeVisible();
  await invitee.goto('/quan-tri');
  await expect(invitee).toHaveURL(/\/dang-nhap/);
  await invitee.context().close();

  // Admins cannot lock themselves out.
  const [self] = await sql<{ id: number }>(`SELECT id FROM "User" WHERE email = $1`, [admin.email]);
  await page.goto(`/quan-tri/nguoi-dung/${self.id}`);
  await expect(page.getByText('Bạn không thể tự khóa tài khoản của chính mình.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Khóa tài khoản' })).toHaveCount(0);

  // The audit view, filtered to account creations, shows the new account's fields in Vietnamese.
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Nhật ký' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký' })).toBeVisible();
  await page.getByLabel('Thao tác').selectOption({ label: 'Tạo tài khoản' });
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/thao-tac=user\.create/);
  const row = page.getByRole('row').filter({ hasText: 'Tạo tài khoản' }).first();
  await row.getByText('Xem thay đổi').click();
  const diff = row.getByRole('table');
  await expect(diff.getByRole('row', { name: /Họ và tên/ })).toContainText('Lý Thị Mời');
  await expect(diff.getByRole('row', { name: /Cách cấp mật khẩu/ })).toContainText('Liên kết mời');
  await expect(diff.getByRole('row', { name: /Vai trò/ })).toContainText('Biên tập viên');
  await expectAccessible(page, 'audit view');
  const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'user.deactivate'`);
  expect(n).toBeGreaterThanOrEqual(1);
});

async function openContext(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  return context.newPage();
}

test('admin records a unit merge: successions written, old units closed, organizations moved', async ({ page }) => {
  test.setTimeout(120_000);
  const old = await sql<{ id: number; label: string; n: number }>(
    `SELECT u.id, u.type || ' ' || u.name AS label,
            (SELECT count(*)::int FROM "Organization" o WHERE o."unitId" = u.id AND o.status IN ('ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION') AND o."deletedAt" IS NULL) AS n
       FROM "AdministrativeUnit" u WHERE u.level = 'COMMUNE' AND u.name IN ('Tiên Hải', 'Hòn Nghệ') AND u."validTo" IS NULL ORDER BY u.name`,
  );
  expect(old).toHaveLength(2);
  const moving = old.reduce((sum, u) => sum + u.n, 0);
  const effectiveOn = vietnamToday();
  const code = `E2E${Date.now().toString().slice(-6)}`;

  await signIn(page, admin);
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Đơn vị hành chính' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị hành chính' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tỉnh Kiên Giang' })).toBeVisible();
  await expectAccessible(page, 'units page');

  await page.getByRole('link', { name: 'Ghi nhận sáp nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ghi nhận sáp nhập đơn vị' })).toBeVisible();
  for (const u of old) await page.getByRole('checkbox', { name: u.label, exact: true }).check();
  await page.getByLabel(`Tỷ lệ của ${old[0].label} (%)`).fill('100');
  await page.getByLabel('Một đơn vị mới, tạo cùng lúc').check();
  await page.getByLabel('Mã đơn vị').fill(code);
  await page.getByLabel('Tên đơn vị').fill('Hải Nghệ');
  await page.getByLabel('Cấp', { exact: true }).selectOption({ label: 'Cấp xã' });
  await page.getByLabel('Loại', { exact: true }).selectOption('Xã');
  await page.getByLabel('Đơn vị cấp trên').selectOption({ label: 'Tỉnh An Giang' });
  await page.getByLabel('Ngày sáp nhập có hiệu lực').fill(effectiveOn);
  await page.getByLabel('Căn cứ, ghi chú').fill('Nghị quyết thử nghiệm số 99/NQ-HĐND');
  await expect(page.getByLabel('Chuyển các tổ chức đang hoạt động của đơn vị cũ sang đơn vị mới')).toBeChecked();
  await expectAccessible(page, 'merge form');
  await page.getByRole('button', { name: 'Ghi nhận sáp nhập' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận sáp nhập?' });
  await dialog.getByRole('button', { name: 'Ghi nhận sáp nhập' }).click();
  await expect(page.getByText(/Đã ghi nhận sáp nhập .* vào Xã Hải Nghệ/)).toBeVisible();

  const [created] = await sql<{ id: number; validFrom: string }>(
    `SELECT id, to_char("validFrom", 'YYYY-MM-DD') AS "validFrom" FROM "AdministrativeUnit" WHERE code = $1`,
    [code],
  );
  expect(created.validFrom).toBe(effectiveOn);
  const successions = await sql<{ predecessorId: number; share: string | null }>(
    `SELECT "predecessorId", share::text AS share FROM "UnitSuccession" WHERE "successorId" = $1 ORDER BY "predecessorId"`,
    [created.id],
  );
  expect(successions.map((s) => s.predecessorId).sort()).toEqual(old.map((u) => u.id).sort());
  expect(successions.find((s) => s.predecessorId === old[0].id)?.share).toBe('1.0000');
  const closed = await sql<{ validTo: string }>(
    `SELECT to_char("validTo", 'YYYY-MM-DD') AS "validTo" FROM "AdministrativeUnit" WHERE id = ANY($1)`,
    [old.map((u) => u.id)],
  );
  const dayBefore = new Date(Date.parse(`${effectiveOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  expect(closed.map((c) => c.validTo)).toEqual([dayBefore, dayBefore]);
  const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Organization" WHERE "unitId" = $1`, [created.id]);
  expect(n).toBe(moving);

  await page.getByRole('link', { name: 'Xem đơn vị mới' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xã Hải Nghệ' })).toBeVisible();
  for (const u of old) await expect(page.getByRole('link', { name: u.label })).toBeVisible();
  await expectAccessible(page, 'unit page');
});

test('staff answers a feedback with a published reply', async ({ page }) => {
  test.setTimeout(120_000);
  const [feedback] = await sql<{ id: number; code: string; subject: string }>(
    `SELECT id, code, subject FROM "Feedback" WHERE subject = 'Đề nghị mở lớp tập huấn kế toán hợp tác xã'`,
  );
  const reply = 'Liên minh sẽ mở lớp tập huấn kế toán hợp tác xã tại xã U Minh Thượng trong quý I năm 2027.';

  await signIn(page, staff);
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Ý kiến' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ý kiến bạn đọc' })).toBeVisible();
  await expectAccessible(page, 'feedback inbox');
  await page.getByRole('link', { name: /^Mới \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/trang-thai=moi/);
  await page.getByRole('link', { name: feedback.subject }).click();
  await expect(page.getByRole('heading', { level: 1, name: feedback.subject })).toBeVisible();

  await page.getByLabel('Người xử lý').selectOption({ label: staff.name });
  await page.getByRole('button', { name: 'Lưu phân công' }).click();
  await expect(page.getByText(`Đã giao cho ${staff.name}.`)).toBeVisible();

  await page.getByLabel('Nội dung trả lời').fill(reply);
  await page.getByLabel('Công khai câu trả lời trên trang tra cứu').check();
  await page.getByRole('button', { name: 'Lưu câu trả lời' }).click();
  await expect(page.getByText('Đã lưu câu trả lời và công khai trên trang tra cứu.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lịch sử xử lý' })).toContainText('Trả lời ý kiến');
  await expectAccessible(page, 'feedback page');

  const [stored] = await sql<{ status: string; reply: string; replyPublished: boolean; repliedBy: string }>(
    `SELECT f.status::text AS status, f.reply, f."replyPublished", u.email AS "repliedBy"
       FROM "Feedback" f JOIN "User" u ON u.id = f."repliedById" WHERE f.id = $1`,
    [feedback.id],
  );
  expect(stored).toEqual({ status: 'ANSWERED', reply, replyPublished: true, repliedBy: staff.email });
  const actions = await sql<{ action: string }>(`SELECT action FROM "AuditLog" WHERE entity = 'Feedback' AND "entityId" = $1 ORDER BY id`, [
    String(feedback.id),
  ]);
  expect(actions.map((a) => a.action)).toEqual(['feedback.assign', 'feedback.reply']);

  // The public tracking page is built in another branch; where it exists, the reply shows at once.
  const lookup = await page.goto(`/y-kien/tra-cuu?ma=${feedback.code}`);
  if (lookup?.status() === 404) {
    test.info().annotations.push({ type: 'note', description: '/y-kien/tra-cuu does not exist in this branch; stored state asserted instead.' });
  } else {
    await expect(page.getByText(reply)).toBeVisible();
  }
});

test('hostile query strings and ids on the admin pages answer without a server error', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, admin);
  const values = ['-1', '0', '99999999999999999999', 'abc', "' OR 1=1 --", '%', '\\', '%00', '<script>', 'hợp tác xã'.normalize('NFD'), 'a'.repeat(3000)];
  const lists: Record<string, string[]> = {
    '/quan-tri/nguoi-dung': ['trang', 'q', 'vai-tro', 'don-vi', 'trang-thai'],
    '/quan-tri/nhat-ky': ['trang', 'nguoi-dung', 'doi-tuong', 'ma', 'thao-tac', 'tu-ngay', 'den-ngay'],
    '/quan-tri/y-kien': ['trang', 'q', 'trang-thai', 'phu-trach'],
    '/quan-tri/don-vi': ['hien-thi'],
    '/quan-tri/don-vi/sap-nhap': ['tu'],
  };
  const check = async (url: string) => {
    const response = await page.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), url).toBeLessThan(500);
  };
  for (const [path, keys] of Object.entries(lists)) {
    for (const key of keys) for (const value of values) await check(`${path}?${key}=${encodeURIComponent(value)}`);
    await check(`${path}?trang[]=1&trang=2&q=%E0%A4%A`);
    await check(`${path}?q=a%00b&ma=a%00b&doi-tuong=%00&tu-ngay=%00`);
  }
  for (const prefix of ['/quan-tri/nguoi-dung/', '/quan-tri/don-vi/', '/quan-tri/y-kien/', '/dang-nhap/loi-moi/']) {
    for (const id of ['abc', '-1', '0', '1e9', '99999999999999999999', '%00', encodeURIComponent('hợp tác'), 'a'.repeat(2000)]) {
      await check(`${prefix}${id}`);
    }
  }
  expect((await page.request.get('/quan-tri/nguoi-dung/999999', { failOnStatusCode: false })).status()).toBe(404);
  expect((await page.request.get('/dang-nhap/loi-moi/khong-hop-le', { failOnStatusCode: false })).status()).toBe(200);
});
