import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible } from './axe';
import { signIn } from './sign-in';

// The spreadsheet import as a new staff member uses it: download the template, fill it in (here,
// built with exceljs) with a few mistakes, see them in the preview, fix the file, upload it again,
// import, and find the new cooperative in the register. And a commune officer's scope.


const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

type Row = Record<string, string | number | Date>;

/** A workbook with the template's headers and the given rows (by header). */
async function workbook(headers: string[], rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tổ chức');
  ws.addRow(headers);
  for (const row of rows) ws.addRow(headers.map((h) => row[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function uploadFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : XLSX, buffer });
  await page.getByRole('button', { name: 'Tải lên và đọc tệp' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/nhap-du-lieu\/[A-Za-z0-9_-]{32}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ghép cột với thông tin tổ chức' })).toBeVisible();
}

test('staff import a commune’s spreadsheet: template, preview with row errors, fixed file, import', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, { email: 'canbo@lienminhhtx.vn', password: 'Canbo@2026' });
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Nhập từ bảng tính' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập dữ liệu từ bảng tính' })).toBeVisible();
  await expectAccessible(page, 'start page');

  // The template: headers, an example row, drop-down lists, today's communes on a hidden sheet.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải tệp mẫu (.xlsx)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mau-nhap-to-chuc-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(await download.path());
  const sheet = template.getWorksheet('Tổ chức')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(headers).toEqual(expect.arrayContaining(['Tên tổ chức', 'Số đăng ký (mã số HTX)', 'Mã số thuế', 'Loại hình', 'Lĩnh vực', 'Xã/phường', 'Vốn điều lệ', 'Thành viên Liên minh']));
  expect(sheet.getCell(2, headers.indexOf('Loại hình') + 1).dataValidation).toMatchObject({ type: 'list' });
  const lists = template.getWorksheet('Danh mục')!;
  expect(lists.state).toBe('hidden');
  expect(lists.getColumn((lists.getRow(1).values as unknown[]).indexOf('Xã/phường hiện nay')).values).toContain('Xã Giồng Riềng');

  const name = 'Hợp tác xã Nông nghiệp Sen Hồng Rạch Tràm';
  const good: Row = {
    'Tên tổ chức': name,
    'Số đăng ký (mã số HTX)': '5698800001',
    'Mã số thuế': '1709988001',
    'Loại hình': 'Hợp tác xã',
    'Lĩnh vực': 'Trồng trọt, chăn nuôi',
    'Xã/phường': 'Xã Giồng Riềng',
    'Ngày thành lập': utc(2021, 4, 10),
    'Vốn điều lệ': 900_000_000,
    'Thành viên Liên minh': 'Thành viên chính thức',
  };
  const fishery: Row = { 'Tên tổ chức': 'Hợp tác xã Thủy sản Kênh Tư Sen Hồng', 'Số đăng ký (mã số HTX)': '5698800002', 'Mã số thuế': '17099', 'Loại hình': 'Hợp tác xã', 'Lĩnh vực': 'Thủy sản', 'Xã/phường': 'Xã Giồng Riềng' };
  const group: Row = { 'Tên tổ chức': 'Tổ hợp tác Đan đát Sen Hồng', 'Loại hình': 'Tổ hợp tác', 'Lĩnh vực': 'Công nghiệp - tiểu thủ công nghiệp', 'Xã/phường': 'Xã Không Có' };

  // First attempt: a tax code two digits short, a commune that does not exist.
  await page.goto('/quan-tri/nhap-du-lieu');
  await uploadFile(page, 'danh-sach-xa-giong-rieng.xlsx', await workbook(headers, [good, fishery, group]));
  await expect(page.getByLabel('Cột A (Tên tổ chức): ghép với trường')).toHaveValue('name');
  await expect(page.getByLabel(/^Cột [A-Z] \(Mã số thuế\): ghép với trường$/)).toHaveValue('taxCode');
  await expectAccessible(page, 'mapping page');
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await expect(page).toHaveURL(/\/xem-truoc$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Xem trước kết quả nhập' })).toBeVisible();
  const rows = page.getByRole('table', { name: /Xem trước từng dòng/ });
  await expect(rows.getByRole('row').filter({ hasText: 'Kênh Tư Sen Hồng' })).toContainText('Mã số thuế gồm 10 chữ số');
  await expect(rows.getByRole('row').filter({ hasText: 'Đan đát Sen Hồng' })).toContainText('Không tìm thấy xã/phường “Xã Không Có”');
  await expect(rows.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  await page.getByRole('link', { name: /^Tất cả/ }).click();
  await expect(rows.getByRole('row').filter({ hasText: name })).toContainText('Tạo mới');
  await expectAccessible(page, 'preview with errors');

  // The file fixed and uploaded again: the column choices are remembered.
  await page.getByRole('button', { name: 'Hủy và tải tệp khác' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã hủy phiên nhập' })).toBeVisible();
  await uploadFile(
    page,
    'danh-sach-xa-giong-rieng-da-sua.xlsx',
    await workbook(headers, [good, { ...fishery, 'Mã số thuế': '1709988002' }, { ...group, 'Xã/phường': 'Xã Hòn Đất' }]),
  );
  await expect(page.getByText('Đã dùng lại cách ghép cột bạn chọn lần trước')).toBeVisible();
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await expect(page).toHaveURL(/\/xem-truoc$/);
  await expect(page.getByRole('link', { name: 'Có lỗi (bỏ qua) (0)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tạo mới (3)' })).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 3 tổ chức' }).click();
  await expect(page).toHaveURL(/\/ket-qua$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đã nhập xong' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi 3 tổ chức' })).toBeVisible();
  await expectAccessible(page, 'result page');

  await page.getByRole('link', { name: 'Xem danh sách tổ chức' }).click();
  await page.getByLabel('Tìm kiếm').fill('sen hong rach tram');
  await page.getByRole('button', { name: 'Lọc danh sách' }).click();
  await expect(page.getByText('Tìm thấy 1 tổ chức.')).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('900.000.000 đồng').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lịch sử thay đổi' }).getByRole('listitem').filter({ hasText: 'Tạo mới (nhập từ bảng tính) – Lê Văn Phúc' })).toBeVisible();

  // The same file again updates nothing and creates nothing.
  await page.goto('/quan-tri/nhap-du-lieu');
  await uploadFile(page, 'lan-hai.xlsx', await workbook(headers, [good]));
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await expect(page.getByRole('link', { name: 'Không thay đổi (1)' })).toBeVisible();
  await expect(page.getByText('Không có dòng nào để nhập')).toBeVisible();
});

test('a commune officer imports only into their own commune', async ({ page }) => {
  await signIn(page, { email: 'huyen@lienminhhtx.vn', password: 'Huyen@2026' });
  await page.goto('/quan-tri/nhap-du-lieu');
  await expect(page.getByText('Bạn chỉ nhập được tổ chức thuộc Xã Giồng Riềng.')).toBeVisible();
  const csv = 'Tên HTX;Xã/phường;Lĩnh vực\nTổ hợp tác Rau sạch Ngọc Sen;Giồng Riềng;Trồng trọt\nTổ hợp tác Lúa giống Ngọc Sen;Hòn Đất;Trồng trọt\n';
  await uploadFile(page, 'to-hop-tac.csv', Buffer.from(csv, 'utf8'));
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  const rows = page.getByRole('table', { name: /Xem trước từng dòng/ });
  await expect(rows.getByRole('row').filter({ hasText: 'Lúa giống Ngọc Sen' })).toContainText('Xã Hòn Đất nằm ngoài phạm vi bạn được phân công');
  await expect(page.getByRole('button', { name: 'Nhập 1 tổ chức' })).toBeVisible();
  // A file that is not a spreadsheet, whatever its name, is refused with a message.
  await page.goto('/quan-tri/nhap-du-lieu');
  await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({ name: 'anh.xlsx', mimeType: XLSX, buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') });
  await page.getByRole('button', { name: 'Tải lên và đọc tệp' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa đọc được tệp' })).toContainText('không phải bảng tính');
  await expect(page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'upload refused');
});

test('a leader has no import; unknown or hostile import addresses answer 404, not 500', async ({ page }) => {
  await signIn(page, { email: 'lanhdao@lienminhhtx.vn', password: 'Lanhdao@2026' });
  await expect(page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Nhập từ bảng tính' })).toHaveCount(0);
  expect((await page.goto('/quan-tri/nhap-du-lieu'))?.status()).toBe(403);
  expect((await page.goto('/quan-tri/nhap-du-lieu/mau'))?.status()).toBe(403);

  await page.context().clearCookies();
  await signIn(page, { email: 'canbo@lienminhhtx.vn', password: 'Canbo@2026' });
  for (const path of [
    '/quan-tri/nhap-du-lieu/khong-co',
    `/quan-tri/nhap-du-lieu/${'A'.repeat(32)}`,
    `/quan-tri/nhap-du-lieu/${'A'.repeat(32)}/xem-truoc?trang=-1&loc=%3Cscript%3E&xem=thanh-vien`,
    `/quan-tri/nhap-du-lieu/${'b'.repeat(32)}/ket-qua`,
    '/quan-tri/nhap-du-lieu/%00%ff/xem-truoc',
  ]) {
    const status = (await page.goto(path))?.status();
    expect([400, 404], path).toContain(status);
  }
  expect((await page.goto('/quan-tri/nhap-du-lieu?thong-bao=%3Cb%3E'))?.status()).toBe(200);
});
