import { expect, test, type Page } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { expectAccessible } from './axe';
import { sql } from './db';
import { signIn } from './sign-in';

const staff = DEMO_USERS.find((u) => u.role === 'STAFF')!;
const TRAINING_LABEL = 'Mở lớp tập huấn, bồi dưỡng nâng cao năng lực cho HTX';


/** The "Kết quả" cell of the training classes row of the 2026 plan, as a number. */
async function trainingResult(page: Page): Promise<number> {
  await page.goto('/quan-tri/ke-hoach?nam=2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch và kết quả năm 2026' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: TRAINING_LABEL });
  await expect(row.getByText('Tính từ dữ liệu')).toBeVisible();
  return Number((await row.getByRole('cell').nth(3).innerText()).replace(/\./g, ''));
}

test('staff add a training for two cooperatives, find it filtered by kind, and the plan counts it', async ({ page }) => {
  test.setTimeout(120_000);
  const orgs = await sql<{ id: number; name: string }>(`
    SELECT o.id, o.name FROM "Organization" o
     WHERE o.kind = 'COOPERATIVE' AND o.status = 'ACTIVE' AND o."deletedAt" IS NULL
       AND (SELECT count(*) FROM "Organization" x WHERE x.name = o.name) = 1
     ORDER BY o.id LIMIT 2`);
  expect(orgs).toHaveLength(2);
  const title = `Tập huấn thử nghiệm chuyển đổi số cho HTX ${Date.now()}`;

  await signIn(page, staff);
  const before = await trainingResult(page);
  await expect(page.getByText('Nhập tay').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Hỗ trợ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoạt động hỗ trợ' })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm hoạt động' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm hoạt động hỗ trợ' })).toBeVisible();

  await page.getByLabel('Loại hoạt động').selectOption({ label: 'Tập huấn, bồi dưỡng' });
  await page.getByLabel('Tên hoạt động').fill(title);
  await page.getByLabel('Ngày bắt đầu').fill('2026-11-30');
  await page.getByLabel('Địa điểm').fill('Hội trường Liên minh HTX tỉnh');
  // A training needs its attendees: the first try without them is refused, nothing typed is lost.
  await page.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(page.getByLabel('Số người tham dự')).toHaveAccessibleDescription(/Lớp tập huấn cần ghi số người tham dự/);
  await expect(page.getByLabel('Tên hoạt động')).toHaveValue(title);
  await page.getByLabel('Số người tham dự').fill('42');

  const search = page.getByLabel('Tìm tổ chức theo tên hoặc số đăng ký');
  for (const org of orgs) {
    await search.fill(org.name);
    await page.getByRole('button', { name: new RegExp(`^Chọn ${org.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await expect(page.getByRole('list', { name: 'Tổ chức đã chọn' }).getByText(org.name)).toBeVisible();
  }
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Lưu hoạt động' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm hoạt động hỗ trợ.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tổ chức được hỗ trợ (2)' })).toBeVisible();
  for (const org of orgs) await expect(page.getByRole('link', { name: org.name })).toBeVisible();
  await expectAccessible(page);

  // The list filtered by kind (filters land in the URL).
  await page.goto('/quan-tri/ho-tro');
  await page.getByLabel('Loại hoạt động').selectOption({ label: 'Tập huấn, bồi dưỡng' });
  await page.getByLabel('Năm').selectOption('2026');
  await page.getByRole('button', { name: 'Lọc danh sách' }).click();
  await expect(page).toHaveURL(/loai=tap-huan/);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page);

  // The organization's page lists the support it received.
  await page.goto(`/quan-tri/to-chuc/${orgs[0].id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Hỗ trợ, vay vốn và khen thưởng' })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  expect(await trainingResult(page)).toBe(before + 1);
});

test('the loan and award lists and the plan form pass axe', async ({ page }) => {
  await signIn(page, staff);
  await page.goto('/quan-tri/vay-von?tinh-trang=dang-vay');
  await expect(page.getByRole('heading', { level: 1, name: 'Vay vốn' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: /^Tổng cộng/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/quan-tri/khen-thuong?nam=2023&loai=co-thi-dua');
  await expect(page.getByText('9 lượt khen thưởng.')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/quan-tri/ke-hoach/moi?nam=2027');
  await page.getByLabel('Chỉ tiêu', { exact: true }).selectOption('OTHER');
  await expect(page.getByLabel('Tên chỉ tiêu khác')).toBeVisible();
  await expectAccessible(page);
});
