import { expect, test, type Page } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { expectAccessible } from './axe';
import { sql } from './db';
import { signIn } from './sign-in';

const staff = DEMO_USERS.find((u) => u.role === 'STAFF')!;
const admin = DEMO_USERS.find((u) => u.role === 'ADMIN')!;
const rep = DEMO_USERS.find((u) => u.role === 'ORG_REPRESENTATIVE')!;


const stateOf = (page: Page) => page.getByRole('region', { name: 'Tình trạng báo cáo' }).getByRole('definition').first();

test('staff return a report with a reason; the representative corrects and resubmits it; staff approve it and it is locked', async ({ browser }) => {
  test.setTimeout(180_000);
  const [target] = await sql<{ orgId: number; name: string; periodId: number }>(`
    SELECT o.id AS "orgId", o.name, p.id AS "periodId"
      FROM "User" u JOIN "Organization" o ON o.id = u."organizationId"
      CROSS JOIN LATERAL (SELECT id FROM "ReportingPeriod" WHERE year = 2026 AND kind = 'FIRST_HALF') p
     WHERE u.email = $1`, [rep.email]);
  expect(target).toBeDefined();
  // The demo's latest period is still being collected (its states are mixed): start from a submitted report.
  await sql(
    `UPDATE "OrganizationReport" SET state = 'SUBMITTED', "enteredAt" = COALESCE("enteredAt", now()), "submittedAt" = now(),
            "firstSubmittedAt" = COALESCE("firstSubmittedAt", now()), "returnReason" = NULL, "reviewedAt" = NULL, "reviewedById" = NULL, version = version + 1
      WHERE "organizationId" = $1 AND "periodId" = $2`,
    [target.orgId, target.periodId],
  );
  const reason = 'Thiếu số liệu doanh thu 6 tháng, đề nghị bổ sung';

  // Staff find the report in the period's list and return it.
  const staffPage = await (await browser.newContext()).newPage();
  await signIn(staffPage, staff);
  await staffPage.getByRole('navigation', { name: /quản trị/i }).getByRole('link', { name: 'Báo cáo định kỳ' }).click();
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeVisible();
  await expectAccessible(staffPage, '/quan-tri/bao-cao');
  await staffPage.getByRole('link', { name: 'Kỳ 6 tháng đầu năm 2026' }).click();
  await staffPage.getByLabel('Tên tổ chức').fill(target.name);
  await staffPage.getByRole('button', { name: 'Lọc' }).click();
  await expect(staffPage).toHaveURL(/q=/);
  await expectAccessible(staffPage, 'a period\'s reports');
  await staffPage.getByRole('link', { name: target.name, exact: true }).click();
  await expect(staffPage.getByRole('heading', { level: 1, name: target.name })).toBeVisible();
  await expect(stateOf(staffPage)).toHaveText('Đã gửi');
  await expectAccessible(staffPage, 'a submitted report, for a reviewer');
  // A reason is required.
  await staffPage.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  await expect(staffPage.getByLabel('Lý do trả lại')).toHaveAccessibleDescription('Nhập lý do trả lại (ít nhất 5 ký tự).');
  await staffPage.getByLabel('Lý do trả lại').fill(reason);
  await staffPage.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  await expect(stateOf(staffPage)).toHaveText('Trả lại');
  await expect(staffPage.getByRole('note').filter({ hasText: reason })).toBeVisible();

  // The representative signs in, sees the returned report with its reason, corrects it and submits it again.
  const repPage = await (await browser.newContext()).newPage();
  await signIn(repPage, rep);
  await expect(repPage.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
  await expect(repPage.getByRole('region', { name: 'Việc cần làm' })).toContainText(reason);
  const nav = repPage.getByRole('navigation', { name: /quản trị/i });
  await expect(nav.getByRole('link', { name: 'Báo cáo định kỳ' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Tổ chức KTTT' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Tổ chức của tôi' }).click();
  await expect(repPage.getByRole('heading', { level: 1, name: target.name })).toBeVisible();
  await expect(repPage.getByRole('table', { name: 'Báo cáo định kỳ của tổ chức theo kỳ' })).toContainText(`Lý do trả lại: ${reason}`);
  await expectAccessible(repPage, '/quan-tri/to-chuc-cua-toi');
  await repPage.getByRole('link', { name: 'Sửa và gửi lại báo cáo kỳ 6 tháng đầu năm 2026' }).click();
  await expect(repPage.getByRole('note').filter({ hasText: reason })).toBeVisible();
  await expectAccessible(repPage, 'the report form of a returned report');
  await repPage.getByLabel('Doanh thu trong kỳ (đồng)').fill('abc');
  await repPage.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(repPage.getByLabel('Doanh thu trong kỳ (đồng)')).toHaveAccessibleDescription('Doanh thu trong kỳ: Số không hợp lệ. Ví dụ: 1.234.567');
  await repPage.getByLabel('Doanh thu trong kỳ (đồng)').fill('2.500.000.000');
  await repPage.getByLabel('Giải trình').fill('Đã bổ sung doanh thu 6 tháng theo sổ sách kế toán');
  await repPage.getByRole('button', { name: 'Gửi lại báo cáo' }).click();
  await expect(stateOf(repPage)).toHaveText('Đã gửi');
  const [stored] = await sql<{ revenue: string; state: string }>(`SELECT revenue::text, state::text FROM "OrganizationReport" WHERE "organizationId" = $1 AND "periodId" = $2`, [target.orgId, target.periodId]);
  expect(stored).toEqual({ revenue: '2500000000', state: 'SUBMITTED' });

  // Never another organization's data, nor the lists.
  await repPage.goto('/quan-tri/bao-cao');
  await expect(repPage.getByRole('heading', { level: 1 })).toHaveText('Bạn không có quyền truy cập trang này');
  const [other] = await sql<{ id: number }>(`SELECT id FROM "Organization" WHERE id <> $1 AND "deletedAt" IS NULL ORDER BY id LIMIT 1`, [target.orgId]);
  const response = await repPage.goto(`/quan-tri/bao-cao/${target.periodId}/${other.id}`);
  expect(response?.status()).toBe(404);

  // Staff approve it: approved is read-only, for its reporter too.
  await staffPage.reload();
  await expect(stateOf(staffPage)).toHaveText('Đã gửi');
  await staffPage.getByRole('button', { name: 'Duyệt báo cáo' }).click();
  await staffPage.getByRole('dialog', { name: 'Duyệt báo cáo này?' }).getByRole('button', { name: 'Duyệt' }).click();
  await expect(stateOf(staffPage)).toHaveText('Đã duyệt');
  await expect(staffPage.getByRole('note').filter({ hasText: 'Báo cáo đã được duyệt và khoá' })).toBeVisible();
  await expect(staffPage.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0);
  await expect(staffPage.getByLabel('Lý do mở khoá')).toBeVisible();
  await expectAccessible(staffPage, 'an approved report');

  await repPage.goto(`/quan-tri/bao-cao/${target.periodId}/${target.orgId}`);
  await expect(stateOf(repPage)).toHaveText('Đã duyệt');
  await expect(repPage.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0);
  await expect(repPage.getByRole('textbox')).toHaveCount(0);
});

test('the admin sees the periods with their deadlines and opening state', async ({ page }) => {
  await signIn(page, admin);
  await page.getByRole('navigation', { name: /quản trị/i }).getByRole('link', { name: 'Kỳ báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kỳ báo cáo' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Các kỳ báo cáo' });
  await expect(table.getByRole('row').filter({ hasText: 'Kỳ 6 tháng đầu năm 2026' })).toContainText('15/07/2026');
  // A period that overlaps nothing: refused with a message, nothing typed lost.
  await page.getByLabel('Năm').first().fill('2027');
  await page.getByLabel('Từ ngày').first().fill('2027-01-01');
  await page.getByLabel('Đến ngày').first().fill('2026-12-31');
  await page.getByLabel('Hạn nộp').first().fill('2027-07-15');
  await page.getByRole('button', { name: 'Thêm kỳ báo cáo' }).click();
  await expect(page.getByLabel('Đến ngày').first()).toHaveAccessibleDescription('Ngày kết thúc phải sau ngày bắt đầu.');
  await expect(page.getByLabel('Năm').first()).toHaveValue('2027');
  await expectAccessible(page, '/quan-tri/ky-bao-cao');
});
