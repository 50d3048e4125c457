import { expect, test } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { expectAccessible } from './axe';
import { sql } from './db';
import { signIn } from './sign-in';

const officer = DEMO_USERS.find((u) => u.email === 'huyen@lienminhhtx.vn')!;


test('a commune officer fills the grid with one bad row, fixes it, submits, and the completeness page agrees with the database', async ({ page }) => {
  test.setTimeout(180_000);
  const [{ periodId, unitId }] = await sql<{ periodId: number; unitId: number }>(`
    SELECT (SELECT id FROM "ReportingPeriod" ORDER BY "endsOn" DESC LIMIT 1) AS "periodId",
           (SELECT "unitId" FROM "User" WHERE email = $1) AS "unitId"`, [officer.email]);
  // Two cooperatives of the officer's commune, made "expected, not started" for a known start
  // (not the one the demo representative speaks for: other tests use it).
  const orgs = await sql<{ id: number; name: string }>(`
    SELECT o.id, o.name FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId"
     WHERE r."periodId" = $1 AND r."unitId" = $2 AND o.kind = 'COOPERATIVE' AND o."deletedAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."organizationId" = o.id)
     ORDER BY o.name DESC LIMIT 2`, [periodId, unitId]);
  expect(orgs).toHaveLength(2);
  await sql(`UPDATE "OrganizationReport" SET state = 'DRAFT', "enteredAt" = NULL, "firstSubmittedAt" = NULL, "submittedAt" = NULL,
               "reviewedAt" = NULL, "reviewedById" = NULL, "returnReason" = NULL, comment = NULL, "nilReport" = false, version = version + 1
             WHERE "periodId" = $1 AND "organizationId" = ANY($2::int[])`, [periodId, orgs.map((o) => o.id)]);
  // The grid lists by name: the first by name is the upper row, so Enter moves from it to the other.
  const [bad, good] = orgs;

  await signIn(page, officer);
  await page.goto(`/quan-tri/bao-cao/${periodId}/nhap-luoi`);
  await expect(page.getByRole('heading', { level: 1, name: /Nhập báo cáo theo lưới – Xã Giồng Riềng/ })).toBeVisible();
  await expectAccessible(page, 'grid entry');

  const cell = (org: { name: string }, label: string) => page.getByRole('textbox', { name: `${label} – ${org.name}`, exact: true });
  async function fillRow(org: { name: string }, official: string) {
    await cell(org, 'Tổng số thành viên').fill('40');
    await cell(org, 'Thành viên chính thức').fill(official);
    await cell(org, 'Lao động thường xuyên').fill('6');
    await cell(org, 'Vốn điều lệ').pressSequentially('1500000000');
    await cell(org, 'Doanh thu trong kỳ').fill('2000000000');
    await cell(org, 'Lợi nhuận trong kỳ (lỗ ghi số âm)').fill('150000000');
    await cell(org, 'Giải trình').fill('Số liệu đã đối chiếu với sổ sách của hợp tác xã');
  }
  await fillRow(good, '35');
  // Typed digits are grouped the vi-VN way as they are typed.
  await expect(cell(good, 'Vốn điều lệ')).toHaveValue('1.500.000.000');
  await fillRow(bad, '55');
  // Enter moves down to the same column of the next row; leaving the bad row saves it: refused.
  await cell(good, 'Tổng số thành viên').focus();
  await cell(good, 'Tổng số thành viên').press('Enter');
  await expect(cell(bad, 'Tổng số thành viên')).toBeFocused();
  await page.getByRole('button', { name: `Lưu dòng ${bad.name}` }).click();
  const badError = page.getByRole('alert').filter({ hasText: /chính thức/ });
  await expect(badError).toBeVisible();
  await expect(cell(bad, 'Thành viên chính thức')).toHaveValue('55');
  await expect(cell(bad, 'Thành viên chính thức')).toHaveAttribute('aria-invalid', 'true');

  await cell(bad, 'Thành viên chính thức').fill('30');
  await page.getByRole('checkbox', { name: `Chọn ${good.name}` }).check();
  await page.getByRole('checkbox', { name: `Chọn ${bad.name}` }).check();
  await page.getByRole('button', { name: /Gửi các dòng đã chọn/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi 2/2 báo cáo.' })).toBeVisible();

  const stored = await sql<{ state: string; officialMembers: number; charterCapital: string }>(
    `SELECT state::text, "officialMembers", "charterCapital"::text AS "charterCapital" FROM "OrganizationReport" WHERE "periodId" = $1 AND "organizationId" = ANY($2::int[]) ORDER BY "officialMembers"`,
    [periodId, orgs.map((o) => o.id)],
  );
  expect(stored).toEqual([
    { state: 'SUBMITTED', officialMembers: 30, charterCapital: '1500000000' },
    { state: 'SUBMITTED', officialMembers: 35, charterCapital: '1500000000' },
  ]);

  const [counts] = await sql<{ expected: number; submitted: number; approved: number; missing: number }>(`
    SELECT count(*)::int AS expected,
           count(*) FILTER (WHERE r."firstSubmittedAt" IS NOT NULL)::int AS submitted,
           count(*) FILTER (WHERE r.state = 'APPROVED')::int AS approved,
           count(*) FILTER (WHERE r."firstSubmittedAt" IS NULL)::int AS missing
      FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId" AND o."deletedAt" IS NULL
     WHERE r."periodId" = $1 AND r."unitId" = $2`, [periodId, unitId]);

  await page.goto(`/quan-tri/bao-cao/${periodId}/tien-do`);
  await expect(page.getByRole('heading', { level: 1, name: /Tiến độ báo cáo/ })).toBeVisible();
  const link = (what: string, n: number) => page.getByRole('link', { name: `Tổng Xã Giồng Riềng, ${what}: ${new Intl.NumberFormat('vi-VN').format(n)} — xem danh sách` });
  await expect(link('phải nộp', counts.expected)).toBeVisible();
  await expect(link('đã nộp', counts.submitted)).toBeVisible();
  if (counts.approved > 0) await expect(link('đã duyệt', counts.approved)).toBeVisible();
  if (counts.missing > 0) await expect(page.getByRole('link', { name: new RegExp(`^Tổng Xã Giồng Riềng, chưa nộp.*: ${counts.missing} — xem danh sách$`) })).toBeVisible();
  // The two reports just sent are no longer in the list of who has not reported.
  await expect(page.getByRole('table', { name: 'Danh sách tổ chức kèm thông tin liên hệ' }).getByRole('link', { name: good.name, exact: true })).toHaveCount(0);
  await expectAccessible(page, 'completeness');

  await page.goto(`/quan-tri/bao-cao/${periodId}/nhap-excel`);
  await expect(page.getByRole('heading', { level: 1, name: /Nhập báo cáo .* từ Excel/ })).toBeVisible();
  await expectAccessible(page, 'reports import');
});
