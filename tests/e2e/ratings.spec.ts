import { expect, test } from '@playwright/test';

import { DEMO_USERS, REPRESENTATIVE } from '../../prisma/seed/users';
import { expectAccessible } from './axe';
import { sql } from './db';
import { signIn } from './sign-in';

const staff = DEMO_USERS.find((u) => u.role === 'STAFF')!;
const admin = DEMO_USERS.find((u) => u.role === 'ADMIN')!;


// The demo holds confirmed ratings for 2019–2025; 2026 (the current year) has none yet.
const YEAR = 2026;

test('the representative fills and submits the self-assessment; staff confirm it', async ({ page }) => {
  test.setTimeout(150_000);
  const [org] = await sql<{ id: number; name: string }>(
    `SELECT o.id, o.name FROM "User" u JOIN "Organization" o ON o.id = u."organizationId" WHERE u.email = $1`,
    [REPRESENTATIVE.email],
  );
  expect(org).toBeDefined();
  expect(await sql(`SELECT 1 FROM "RatingAssessment" WHERE "organizationId" = $1 AND year = $2`, [org.id, YEAR])).toEqual([]);
  const criteria = await sql<{ ordinal: number; title: string; maxPoints: number }>(
    `SELECT c.ordinal, c.title, c."maxPoints" FROM "RatingCriterion" c JOIN "RatingScheme" s ON s.id = c."schemeId" WHERE s.code = 'TT01-2020' ORDER BY c.ordinal`,
  );
  expect(criteria).toHaveLength(15);

  await signIn(page, REPRESENTATIVE);
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Xếp loại HTX' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Xếp loại hợp tác xã năm \d{4}/);
  await page.getByLabel('Năm', { exact: true }).selectOption(String(YEAR));
  await page.getByRole('button', { name: 'Lọc danh sách' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Xếp loại hợp tác xã năm ${YEAR}`);
  // Its own organization only, not yet assessed.
  const rows = page.getByRole('table', { name: `Danh sách xếp loại năm ${YEAR}` }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Chưa tự đánh giá');
  await expectAccessible(page);
  await rows.nth(1).getByRole('link', { name: org.name }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tự đánh giá xếp loại năm ${YEAR}: ${org.name}`);
  const field = (c: { ordinal: number; title: string }) => page.getByRole('textbox', { name: `${c.ordinal}. ${c.title}` });
  // A point above the criterion's maximum is flagged as typed.
  await field(criteria[0]).fill('11');
  await expect(field(criteria[0])).toHaveAccessibleDescription(`Tiêu chí 1: tối đa ${criteria[0].maxPoints} điểm, đã nhập 11.`);
  // Three quarters of every maximum: 7,5 of 10 and 3,75 of 5, 75 points in all: "Khá".
  for (const c of criteria) await field(c).fill(String(c.maxPoints * 0.75).replace('.', ','));
  await expect(field(criteria[0])).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Tổng điểm: 75 / 100 · Xếp loại: Khá')).toBeVisible();
  await expect(page.getByText('Đã chấm 15/15 tiêu chí.')).toBeVisible();
  await page.getByLabel('Ghi chú').fill('Tự đánh giá theo báo cáo tài chính và nghị quyết đại hội thành viên.');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Gửi phiếu tự đánh giá' }).click();
  await expect(page.getByText(`Đã gửi phiếu tự đánh giá năm ${YEAR}: 75 điểm, xếp loại Khá. Liên minh sẽ xem xét và xác nhận.`)).toBeVisible();
  await expect(page.getByText('Phiếu đang chờ Liên minh Hợp tác xã xác nhận.')).toBeVisible();
  await expect(page.getByRole('cell', { name: '7,5' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gửi phiếu tự đánh giá' })).toHaveCount(0);

  // Staff confirm it from the list of submitted self-assessments.
  await page.context().clearCookies();
  await signIn(page, staff);
  await page.goto(`/quan-tri/xep-loai?nam=${YEAR}&trang-thai=da-gui`);
  await page.getByRole('link', { name: org.name }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Xem xét phiếu tự đánh giá' })).toBeVisible();
  await expect(page.getByText('Tổng điểm: 75 / 100 · Xếp loại:')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Xác nhận xếp loại' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xác nhận xếp loại?' });
  await expect(dialog).toContainText(`${org.name}, năm ${YEAR}: 75 điểm, xếp loại Khá.`);
  await dialog.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mở khóa để sửa' })).toBeVisible();
  await expect(page.getByText(`Đã xác nhận xếp loại năm ${YEAR} của ${org.name}.`)).toBeVisible();
  await expect(page.getByText('Xác nhận lúc')).toBeVisible();
  const [saved] = await sql<{ state: string; rating: string; total: string }>(
    `SELECT state::text, rating::text, "totalPoints"::text AS total FROM "RatingAssessment" WHERE "organizationId" = $1 AND year = $2`,
    [org.id, YEAR],
  );
  expect(saved).toEqual({ state: 'APPROVED', rating: 'FAIR', total: '75.00' });

  // The year's list counts it among the confirmed "Khá".
  await page.goto(`/quan-tri/xep-loai?nam=${YEAR}`);
  const fair = page.getByRole('table', { name: `Số tổ chức theo mức xếp loại năm ${YEAR}` }).getByRole('row', { name: /^Khá/ });
  await expect(fair.getByRole('cell').nth(3)).not.toHaveText('0');
  await expectAccessible(page);
});

test('the admin sees why a scheme in use cannot be edited, and a new scheme is checked before it is saved', async ({ page }) => {
  await signIn(page, admin);
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Bộ tiêu chí xếp loại' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bộ tiêu chí xếp loại' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /Thông tư 01\/2020/ }).click();
  await expect(page.getByRole('note')).toContainText('Không sửa được bộ tiêu chí này');
  await expect(page.getByRole('table', { name: 'Tiêu chí của bộ TT01-2020' }).getByRole('row')).toHaveCount(17);
  await expectAccessible(page);

  await page.goto('/quan-tri/xep-loai/bo-tieu-chi/moi');
  await page.getByLabel('Mã bộ tiêu chí').fill('TT02-2027');
  await page.getByLabel('Tên bộ tiêu chí').fill('Bộ tiêu chí thử nghiệm');
  await page.getByLabel('Căn cứ pháp lý').fill('Dự thảo thông tư thay thế Thông tư 01/2020');
  // Prefilled from Circular 01/2020; raising one criterion breaks the sum, a gap breaks the bands.
  await page.getByLabel('Điểm tối đa tiêu chí 1', { exact: true }).fill('15');
  await expect(page.getByText('Tổng điểm các tiêu chí: 105 / 100 (phải bằng điểm tối đa)')).toBeVisible();
  await page.getByLabel('Khá: từ').fill('66');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Thêm bộ tiêu chí' }).click();
  await expect(page.getByText(/Tổng điểm tối đa của các tiêu chí là 105, phải bằng điểm tối đa của bộ tiêu chí \(100\)\. Các mức xếp loại bị hở: từ 65 đến dưới 66 điểm/).first()).toBeVisible();
  await expect(page.getByLabel('Mã bộ tiêu chí')).toHaveValue('TT02-2027');
});
