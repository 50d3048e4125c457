import { expect, test } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { sql, viNumber } from './db';
import { expectAccessible } from './axe';
import { signIn } from './sign-in';

const staff = DEMO_USERS.find((u) => u.role === 'STAFF')!;
const admin = DEMO_USERS.find((u) => u.role === 'ADMIN')!;


test('staff add members until the cooperative has 5 official members, and a contribution over 30% is refused', async ({ page }) => {
  test.setTimeout(120_000);
  // A seeded cooperative whose members are not in the register yet (the reports carry its counts).
  const [org] = await sql<{ id: number; name: string; charter: string }>(`
    SELECT o.id, o.name, o."charterCapital"::text AS charter
      FROM "Organization" o
     WHERE o.kind = 'COOPERATIVE' AND o.status = 'ACTIVE' AND o."deletedAt" IS NULL AND o."charterCapital" >= 100000000
       AND NOT EXISTS (SELECT 1 FROM "Member" m WHERE m."organizationId" = o.id)
     ORDER BY o.id LIMIT 1`);
  expect(org).toBeDefined();

  await signIn(page, staff);
  await page.goto(`/quan-tri/to-chuc/${org.id}/thanh-vien`);
  await expect(page.getByRole('heading', { level: 1, name: org.name })).toBeVisible();
  await expect(page.getByRole('link', { name: `‹ Về hồ sơ ${org.name}` })).toHaveAttribute('href', `/quan-tri/to-chuc/${org.id}`);
  // The rule's own line (its violation message, nested inside, says "tối thiểu" in lower case).
  const minRule = page.getByRole('listitem').filter({ hasText: /Tối thiểu 05 thành viên chính thức:/ });
  await expect(minRule).toContainText('cảnh báo');
  await expect(minRule).toContainText('Hiện có 0 thành viên chính thức');

  const addForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Thêm thành viên' }) });
  const message = addForm.getByRole('status');

  // A first attempt with a mistake in the ID number: refused, what was typed stays.
  await addForm.getByLabel('Họ và tên / tên tổ chức').fill('Nguyễn Văn An');
  await addForm.getByLabel('Số CCCD / mã số doanh nghiệp').fill('09107500123');
  await addForm.getByLabel('Năm sinh').fill('1972');
  await addForm.getByLabel('Ngày gia nhập').fill('2024-03-15');
  await addForm.getByRole('button', { name: 'Thêm thành viên' }).click();
  const idField = addForm.getByLabel('Số CCCD / mã số doanh nghiệp');
  await expect(idField).toHaveAccessibleDescription(/Số căn cước công dân gồm đúng 12 chữ số/);
  await expect(addForm.getByLabel('Họ và tên / tên tổ chức')).toHaveValue('Nguyễn Văn An');
  await idField.fill('091072001234');
  await addForm.getByRole('button', { name: 'Thêm thành viên' }).click();
  await expect(message).toHaveText(/Đã thêm thành viên Nguyễn Văn An\. Lưu ý: Hợp tác xã cần tối thiểu 05 thành viên chính thức \(hiện có 1\)\./);
  await expect(addForm.getByLabel('Họ và tên / tên tổ chức')).toHaveValue('');

  const others = ['Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Huỳnh Văn Em'];
  for (const [i, name] of others.entries()) {
    await addForm.getByLabel('Họ và tên / tên tổ chức').fill(name);
    await addForm.getByLabel('Ngày gia nhập').fill('2024-03-15');
    await addForm.getByRole('button', { name: 'Thêm thành viên' }).click();
    if (i < others.length - 1) {
      await expect(message).toHaveText(`Đã thêm thành viên ${name}. Lưu ý: Hợp tác xã cần tối thiểu 05 thành viên chính thức (hiện có ${i + 2}).`);
    } else {
      await expect(message).toHaveText(`Đã thêm thành viên ${name}.`);
    }
  }
  await expect(minRule).toContainText('đạt');
  await expect(minRule).toContainText('Hiện có 5 thành viên chính thức');
  await expect(page.getByText('5 thành viên hiện nay.')).toBeVisible();
  await expectAccessible(page);

  // A contribution above 30% of the charter capital is refused with the rule's message.
  await page.getByRole('link', { name: 'Nguyễn Văn An' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' })).toBeVisible();
  const charter = BigInt(org.charter);
  const tooMuch = (charter * 3n) / 10n + 1_000_000n;
  const contribution = page.locator('form').filter({ has: page.getByRole('button', { name: 'Ghi nhận vốn góp' }) });
  await contribution.getByLabel('Số vốn góp (đồng)').fill(viNumber(Number(tooMuch)));
  await contribution.getByLabel('Ngày góp vốn').fill('2024-03-15');
  await contribution.getByRole('button', { name: 'Ghi nhận vốn góp' }).click();
  await expect(contribution.getByRole('alert')).toContainText('Vốn góp của một thành viên không được vượt quá 30% vốn điều lệ');
  await expect(contribution.getByRole('alert')).toContainText(`Nguyễn Văn An góp ${viNumber(Number(tooMuch))} đồng`);
  await expect(page.getByText('Chưa ghi nhận khoản vốn góp nào.')).toBeVisible();

  // Within the cap it is saved and listed.
  await contribution.getByLabel('Số vốn góp (đồng)').fill('50.000.000');
  await contribution.getByRole('button', { name: 'Ghi nhận vốn góp' }).click();
  await expect(contribution.getByRole('status')).toHaveText('Đã ghi nhận vốn góp của Nguyễn Văn An.');
  await expect(page.getByRole('table', { name: 'Các khoản vốn góp của Nguyễn Văn An' })).toContainText('50.000.000 đồng');
  await expectAccessible(page);

  // Correct it, then remove it after confirming.
  await page.getByRole('link', { name: 'Sửa hoặc xoá khoản góp ngày 15/03/2024' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sửa khoản vốn góp' })).toBeVisible();
  await expect(page.getByLabel('Số vốn góp (đồng)')).toHaveValue('50.000.000');
  await page.getByLabel('Số vốn góp (đồng)').fill('40.000.000');
  await page.getByRole('button', { name: 'Lưu khoản vốn góp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu khoản vốn góp của Nguyễn Văn An.' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Xoá khoản vốn góp' }).click();
  await expect(page.getByRole('button', { name: 'Huỷ' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Xác nhận xoá' })).toContainText('Xoá khoản vốn góp 40.000.000 đồng ngày 15/03/2024 của Nguyễn Văn An?');
  await page.getByRole('button', { name: 'Xác nhận xoá' }).click();
  await expect(page).toHaveURL(/\/thanh-vien\/\d+\?thong-bao=da-xoa-von-gop$/);
  await expect(page.getByText('Đã xoá khoản vốn góp.')).toBeVisible();
  await expect(page.getByText('Chưa ghi nhận khoản vốn góp nào.')).toBeVisible();
});

test('the rules page lists the Law’s rules for the admin, and passes axe', async ({ page }) => {
  await signIn(page, admin);
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Quy tắc kiểm tra' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quy tắc kiểm tra' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Quy tắc kiểm tra dữ liệu' });
  await expect(table).toContainText('Tối thiểu 05 thành viên chính thức');
  await expect(table).toContainText('Vốn góp của một thành viên không quá 30% vốn điều lệ');
  await expect(table).toContainText('Vốn góp của một thành viên không quá 40% vốn điều lệ');
  await expectAccessible(page);

  await table.getByRole('link', { name: 'Số thành viên chính thức tối thiểu' }).click();
  await expect(page.getByLabel('Số thành viên chính thức tối thiểu')).toHaveValue('5');
  await expectAccessible(page);
});

test('hostile ids and query strings on the member pages answer 4xx or a page, never a server error', async ({ page }) => {
  test.setTimeout(120_000);
  const [org] = await sql<{ id: number }>(`SELECT "organizationId" AS id FROM "Member" ORDER BY id LIMIT 1`);
  await signIn(page, staff);
  const base = `/quan-tri/to-chuc/${org.id}/thanh-vien`;
  const urls = [
    ...['abc', '-1', '0', '99999999999999999999', '1e9', '%00', "'%20OR%201=1--", '🙂'].flatMap((id) => [
      `/quan-tri/to-chuc/${encodeURIComponent(id)}/thanh-vien`,
      `${base}/${encodeURIComponent(id)}`,
      `${base}/1/gop-von/${encodeURIComponent(id)}`,
      `/quan-tri/quy-tac/${encodeURIComponent(id)}`,
    ]),
    ...['%', '_', '\\', 'a%00b', '%E0%A4%A', 'hợp tác xã'.normalize('NFD'), 'x'.repeat(5000)].map((q) => `${base}?q=${encodeURIComponent(q)}`),
    `${base}?q=%`,
    `${base}?trang=99999999999999&loai=<script>&trang-thai=' OR 1=1`,
    `${base}?trang[]=1&loai=chinh-thuc&loai=khac`,
  ];
  for (const url of urls) {
    const response = await page.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), url).toBeLessThan(500);
  }
});

test('a commune officer opens members of their own unit only; a leader reads without forms', async ({ page }) => {
  const officer = DEMO_USERS.find((u) => u.role === 'DISTRICT_OFFICER')!;
  const leader = DEMO_USERS.find((u) => u.role === 'LEADER')!;
  const [own] = await sql<{ id: number }>(
    `SELECT o.id FROM "Organization" o JOIN "User" u ON u."unitId" = o."unitId" WHERE u.email = $1 AND o."deletedAt" IS NULL ORDER BY o.id LIMIT 1`,
    [officer.email],
  );
  const [other] = await sql<{ id: number }>(
    `SELECT o.id FROM "Organization" o WHERE o."unitId" <> (SELECT "unitId" FROM "User" WHERE email = $1) AND o."deletedAt" IS NULL ORDER BY o.id LIMIT 1`,
    [officer.email],
  );
  await signIn(page, officer);
  expect((await page.goto(`/quan-tri/to-chuc/${own.id}/thanh-vien`))?.status()).toBe(200);
  await expect(page.getByRole('button', { name: 'Thêm thành viên' })).toBeVisible();
  const refused = await page.goto(`/quan-tri/to-chuc/${other.id}/thanh-vien`);
  expect(refused?.status()).toBe(403);
  await expect(page.getByText('Bạn không có quyền truy cập trang này')).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, leader);
  expect((await page.goto(`/quan-tri/to-chuc/${other.id}/thanh-vien`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Quy định của Luật Hợp tác xã 2023' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thêm thành viên' })).toHaveCount(0);
});
