import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';

import { sql, viNumber } from './db';
import { expectAccessible } from './axe';
import { signIn } from './sign-in';

// The register of organizations as staff use it: create a cooperative (with a mistake, then
// fixed), record a suspension with its date, export a filtered list; and as a district officer,
// who sees only their own unit.


/** A day `n` days before today in Vietnam, as YYYY-MM-DD and as the page prints it. */
function daysAgo(n: number): { iso: string; vi: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const iso = new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, vi: `${d}/${m}/${y}` };
}

test('a new staff member creates a cooperative, fixes a mistake, records a suspension and exports the list', async ({ page }) => {
  test.setTimeout(120_000);
  const name = 'Hợp tác xã Nông nghiệp Kênh Xáng Mới';
  await signIn(page, { email: 'canbo@lienminhhtx.vn', password: 'Canbo@2026' });

  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Tổ chức KTTT' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tổ chức kinh tế tập thể' })).toBeVisible();
  await expectAccessible(page, 'list');

  await page.getByRole('link', { name: 'Thêm tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm tổ chức' })).toBeVisible();
  await expectAccessible(page, 'form');

  await page.getByLabel('Loại hình').selectOption({ label: 'Hợp tác xã' });
  await page.getByLabel('Lĩnh vực hoạt động').selectOption({ label: 'Trồng trọt, chăn nuôi' });
  await page.getByLabel('Tên tổ chức').fill(name);
  await page.getByLabel('Ngày thành lập').fill('2024-03-15');
  await page.getByLabel('Số đăng ký').fill('5699912345');
  await page.getByLabel('Mã số thuế').fill('17012345'); // two digits short
  await page.getByLabel('Đơn vị hành chính').selectOption({ label: 'Phường Vĩnh Thông' });
  await page.getByLabel('Điện thoại').fill('0297 3862 123');
  await page.getByLabel('Họ tên người đại diện').fill('Lê Thị Thu Trang');
  await page.getByLabel('Vốn điều lệ').fill('1.500.000.000');
  await page.getByLabel('Thành viên Liên minh HTX tỉnh').selectOption({ label: 'Thành viên chính thức' });
  await page.getByRole('button', { name: 'Lưu tổ chức' }).click();

  // Refused field by field; everything typed is still there.
  await expect(page.getByRole('alert').filter({ hasText: 'Vui lòng kiểm tra lại' })).toBeFocused();
  const taxCode = page.getByLabel('Mã số thuế');
  await expect(taxCode).toHaveAttribute('aria-invalid', 'true');
  await expect(taxCode).toHaveAccessibleDescription(/Mã số thuế gồm 10 chữ số/);
  await expect(page.getByLabel('Tên tổ chức')).toHaveValue(name);
  await expect(page.getByLabel('Loại hình')).toHaveValue('COOPERATIVE');
  await expect(page.getByLabel('Vốn điều lệ')).toHaveValue('1.500.000.000');
  await expectAccessible(page, 'form with errors');

  await taxCode.fill('1701234567');
  await page.getByRole('button', { name: 'Lưu tổ chức' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/to-chuc\/\d+\?thong-bao=da-tao$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo hồ sơ tổ chức.' })).toBeVisible();
  await expect(page.getByText('1.500.000.000 đồng').first()).toBeVisible();
  await expectAccessible(page, 'detail');

  // Suspended from a date ten days ago.
  const suspended = daysAgo(10);
  await page.getByRole('link', { name: 'Ghi nhận thay đổi trạng thái' }).click();
  await page.getByLabel('Tạm ngừng hoạt động').check();
  await page.getByLabel('Ngày hiệu lực').fill(suspended.iso);
  await page.getByLabel('Lý do').fill('Thiếu vốn lưu động, đại hội thành viên thống nhất tạm ngừng');
  await page.getByLabel('Số quyết định').fill('15/QĐ-HTX');
  await expectAccessible(page, 'status form');
  await page.getByRole('button', { name: 'Ghi nhận thay đổi' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi nhận thay đổi trạng thái.' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Lịch sử trạng thái' });
  const row = history.getByRole('row').filter({ hasText: suspended.vi });
  await expect(row).toContainText('Tạm ngừng hoạt động');
  await expect(row).toContainText('15/QĐ-HTX');
  await expect(row).toContainText('Lê Văn Phúc');
  await expect(history.getByRole('row').filter({ hasText: '15/03/2024' })).toContainText('Đang hoạt động');
  await expect(page.locator('header').getByText('Tạm ngừng hoạt động')).toBeVisible();
  const changes = page.getByRole('region', { name: 'Lịch sử thay đổi' });
  const recorded = changes.getByRole('listitem').filter({ hasText: 'Ghi nhận thay đổi trạng thái – Lê Văn Phúc' });
  await expect(recorded.getByRole('row', { name: /Tình trạng hiện tại/ })).toContainText('Đang hoạt độngTạm ngừng hoạt động');
  await expect(recorded.getByRole('row', { name: /Ngày hiệu lực/ })).toContainText(suspended.vi);
  await expect(changes.getByRole('listitem').filter({ hasText: 'Tạo mới – Lê Văn Phúc' })).toBeVisible();

  // Filter the list (no diacritics needed) and export exactly that.
  await page.goto('/quan-tri/to-chuc');
  await page.getByLabel('Tìm kiếm').fill('kenh xang moi');
  await page.getByLabel('Tình trạng').selectOption({ label: 'Tạm ngừng hoạt động' });
  await page.getByRole('button', { name: 'Lọc danh sách' }).click();
  await expect(page).toHaveURL(/q=kenh\+xang\+moi/);
  await expect(page.getByText('Tìm thấy 1 tổ chức.')).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Xuất Excel danh sách đang lọc' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^danh-sach-to-chuc-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(headers).toEqual(expect.arrayContaining(['STT', 'Tên tổ chức', 'Loại hình', 'Số đăng ký', 'Mã số thuế', 'Ngày thành lập', 'Vốn điều lệ (đồng)', 'Tình trạng']));
  expect(sheet.rowCount).toBe(2);
  const cell = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1);
  expect(cell('Tên tổ chức').value).toBe(name);
  expect(cell('Mã số thuế').value).toBe('1701234567');
  expect(cell('Vốn điều lệ (đồng)').value).toBe(1_500_000_000);
  expect(cell('Vốn điều lệ (đồng)').numFmt).toBe('#,##0');
  expect(cell('Ngày thành lập').value).toEqual(new Date('2024-03-15T00:00:00Z'));
  expect(cell('Ngày thành lập').numFmt).toBe('dd/mm/yyyy');
  expect(cell('Tình trạng').value).toBe('Tạm ngừng hoạt động');
});

test('a district officer sees only their unit’s organizations; another unit’s record is not found', async ({ page }) => {
  const email = 'huyen@lienminhhtx.vn';
  const [{ n, unit }] = await sql<{ n: number; unit: string }>(
    `SELECT count(o.id)::int AS n, max(a.type || ' ' || a.name) AS unit
       FROM "User" u JOIN "AdministrativeUnit" a ON a.id = u."unitId"
       LEFT JOIN "Organization" o ON o."unitId" = u."unitId" AND o."deletedAt" IS NULL
      WHERE u.email = $1`,
    [email],
  );
  const [other] = await sql<{ id: number; name: string }>(
    `SELECT o.id, o.name FROM "Organization" o, "User" u
      WHERE u.email = $1 AND o."unitId" <> u."unitId" AND o."deletedAt" IS NULL ORDER BY o.id LIMIT 1`,
    [email],
  );
  expect(n).toBeGreaterThan(0);

  await signIn(page, { email, password: 'Huyen@2026' });
  await page.goto('/quan-tri/to-chuc');
  await expect(page.getByText(`${viNumber(n)} tổ chức.`)).toBeVisible();
  const rows = page.getByRole('table', { name: 'Danh sách tổ chức kinh tế tập thể' }).locator('tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(rows.nth(i).locator('td').nth(2)).toHaveText(unit);
  // The unit filter offers nothing outside their scope.
  await expect(page.getByLabel('Địa bàn').locator('option')).toHaveText(['Tất cả', unit]);

  const response = await page.goto(`/quan-tri/to-chuc/${other.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy tổ chức' })).toBeVisible();
  await expect(page.getByText(other.name)).toHaveCount(0);
  expect((await page.goto(`/quan-tri/to-chuc/${other.id}/sua`))?.status()).toBe(404);
});

test('an admin deletes an organization after confirming, finds it among deleted records and restores it', async ({ page }) => {
  const [org] = await sql<{ id: number; name: string; registrationNumber: string }>(
    `SELECT o.id, o.name, o."registrationNumber" FROM "Organization" o
      WHERE o."deletedAt" IS NULL AND o."registrationNumber" IS NOT NULL
        AND o."unitId" <> (SELECT "unitId" FROM "User" WHERE email = 'huyen@lienminhhtx.vn')
      ORDER BY o.id DESC LIMIT 1`,
  );
  await signIn(page, { email: 'admin@lienminhhtx.vn', password: 'Admin@2026' });
  await page.goto(`/quan-tri/to-chuc/${org.id}`);

  await page.getByRole('button', { name: 'Xóa tổ chức' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa tổ chức này?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await expectAccessible(page, 'delete dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Xóa tổ chức' }).click();
  await dialog.getByRole('button', { name: 'Xóa tổ chức' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/to-chuc\?thong-bao=da-xoa$/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa tổ chức.' })).toBeVisible();
  await page.goto(`/quan-tri/to-chuc?q=${org.registrationNumber}`);
  await expect(page.getByText('Tìm thấy 0 tổ chức.')).toBeVisible();

  await page.goto('/quan-tri/to-chuc/da-xoa');
  await expect(page.getByRole('link', { name: org.name })).toBeVisible();
  await expectAccessible(page, 'deleted list');
  await page.getByRole('button', { name: `Khôi phục ${org.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/to-chuc/${org.id}\\?thong-bao=da-khoi-phuc$`));
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục tổ chức.' })).toBeVisible();
  await page.goto(`/quan-tri/to-chuc?q=${org.registrationNumber}`);
  await expect(page.getByText('Tìm thấy 1 tổ chức.')).toBeVisible();
});

test('hostile filters, ids and export queries answer without a server error', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, { email: 'canbo@lienminhhtx.vn', password: 'Canbo@2026' });
  const values = ['-1', '0', '99999999999999999999', 'abc', "' OR 1=1 --", '%', '_', '\\', '%00', '<script>', 'hợp tác xã'.normalize('NFD'), 'a'.repeat(3000)];
  const keys = ['q', 'loai', 'nhom-nganh', 'nganh', 'don-vi', 'tinh-trang', 'thanh-vien-lm', 'ocop', 'sap-xep', 'chieu', 'trang'];
  const check = async (url: string) => {
    const response = await page.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), url.slice(0, 120)).toBeLessThan(500);
  };
  for (const key of keys) {
    for (const value of values) await check(`/quan-tri/to-chuc?${key}=${encodeURIComponent(value)}`);
  }
  for (const value of ["'", '%', 'a'.repeat(500), '2147483648']) await check(`/quan-tri/to-chuc/xuat-excel?q=${encodeURIComponent(value)}&don-vi=${encodeURIComponent(value)}`);
  for (const id of ['abc', '0', '-1', '2147483648', '99999999999999999999', '1.5', '%00', encodeURIComponent('hợp-tác')]) {
    for (const tail of ['', '/sua', '/trang-thai', '/trang-thai/abc', '/trang-thai/99999999999']) await check(`/quan-tri/to-chuc/${id}${tail}`);
  }
  await check('/quan-tri/to-chuc/moi?chuyen-doi-tu=%27%20OR%201=1');
  await check('/quan-tri/to-chuc/da-xoa?trang=-5');
  expect((await page.request.get('/quan-tri/to-chuc/da-xoa', { failOnStatusCode: false })).status()).toBe(403);
});
