import { expect, test } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { expectAccessible } from './axe';
import { sql } from './db';
import { signIn } from './sign-in';

const staff = DEMO_USERS.find((u) => u.role === 'STAFF')!;
const officer = DEMO_USERS.find((u) => u.role === 'DISTRICT_OFFICER')!;


test('staff return one submitted report with a reason and approve the rest of the unit at once', async ({ page }) => {
  test.setTimeout(180_000);
  // A commune other than the district officer's (whose reports the grid test changes), with the
  // most cooperatives in the latest period; four of its reports are put in SUBMITTED.
  const [unit] = await sql<{ periodId: number; unitId: number; label: string }>(
    `SELECT r."periodId", u.id AS "unitId", u.type || ' ' || u.name AS label
       FROM "OrganizationReport" r
       JOIN "Organization" o ON o.id = r."organizationId"
       JOIN "AdministrativeUnit" u ON u.id = o."unitId"
      WHERE r."periodId" = (SELECT id FROM "ReportingPeriod" ORDER BY "endsOn" DESC LIMIT 1)
        AND o.kind = 'COOPERATIVE' AND o."deletedAt" IS NULL
        AND u.id <> (SELECT "unitId" FROM "User" WHERE email = $1)
      GROUP BY r."periodId", u.id
      ORDER BY count(*) DESC, u.id LIMIT 1`,
    [officer.email],
  );
  const chosen = await sql<{ id: number; name: string }>(
    `SELECT o.id, o.name FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId"
      WHERE r."periodId" = $1 AND o."unitId" = $2 AND o.kind = 'COOPERATIVE' AND o."deletedAt" IS NULL
      ORDER BY o.name LIMIT 4`,
    [unit.periodId, unit.unitId],
  );
  expect(chosen).toHaveLength(4);
  // Only these four are submitted in the unit; the rest stay as they are unless submitted, which become drafts.
  await sql(
    `UPDATE "OrganizationReport" r SET state = 'DRAFT', "submittedAt" = NULL
       FROM "Organization" o
      WHERE o.id = r."organizationId" AND r."periodId" = $1 AND o."unitId" = $2 AND r.state = 'SUBMITTED'`,
    [unit.periodId, unit.unitId],
  );
  await sql(
    `UPDATE "OrganizationReport" SET state = 'SUBMITTED', "enteredAt" = COALESCE("enteredAt", now()), "submittedAt" = now(),
            "firstSubmittedAt" = COALESCE("firstSubmittedAt", now()), "returnReason" = NULL, "reviewedAt" = NULL,
            "reviewedById" = NULL, "comment" = 'Giải trình của tổ chức', version = version + 1
      WHERE "periodId" = $1 AND "organizationId" = ANY($2::int[])`,
    [unit.periodId, chosen.map((c) => c.id)],
  );
  const [returned, ...rest] = chosen;
  const reason = 'Số thành viên chính thức không khớp với danh sách, đề nghị kiểm tra lại';

  await signIn(page, staff);
  await page.getByRole('navigation', { name: /quản trị/i }).getByRole('link', { name: 'Báo cáo định kỳ' }).click();
  await page.getByRole('link', { name: 'Kỳ 6 tháng đầu năm 2026' }).click();
  await page.getByLabel('Trạng thái').selectOption({ label: 'Đã gửi' });
  await page.getByLabel('Đơn vị').selectOption({ label: unit.label });
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(new RegExp(`don-vi=${unit.unitId}`));
  await expect(page.getByText('4 báo cáo phù hợp.')).toBeVisible();

  // Return the first with a reason, from its own page.
  await page.getByRole('link', { name: returned.name, exact: true }).click();
  await page.getByLabel('Lý do trả lại').fill(reason);
  await page.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  await expect(page.getByRole('note').filter({ hasText: reason })).toBeVisible();
  await page.goBack();
  await page.reload();
  await expect(page.getByText('3 báo cáo phù hợp.')).toBeVisible();

  // Select the other three and approve them together, after a confirmation.
  for (const r of rest) await page.getByRole('checkbox', { name: `Chọn báo cáo của ${r.name}` }).check();
  await expectAccessible(page, 'the period list with reports selected for approval');
  await page.getByRole('button', { name: 'Duyệt các báo cáo đã chọn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duyệt các báo cáo đã chọn?' });
  await dialog.getByRole('button', { name: 'Duyệt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã duyệt 3 báo cáo.' })).toBeVisible();

  const states = await sql<{ id: number; state: string; reason: string | null }>(
    `SELECT "organizationId" AS id, state::text, "returnReason" AS reason FROM "OrganizationReport"
      WHERE "periodId" = $1 AND "organizationId" = ANY($2::int[]) ORDER BY "organizationId"`,
    [unit.periodId, chosen.map((c) => c.id)],
  );
  expect(Object.fromEntries(states.map((s) => [s.id, s.state]))).toEqual(
    Object.fromEntries(chosen.map((c) => [c.id, c.id === returned.id ? 'RETURNED' : 'APPROVED'])),
  );
  expect(states.find((s) => s.id === returned.id)?.reason).toBe(reason);
});
