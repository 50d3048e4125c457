import { expect, test, type Page } from '@playwright/test';

import { expectAccessible } from './axe';
import { sql, viNumber } from './db';
import { signIn } from './sign-in';

// The leaders' dashboards: a leader changes the date, drills down to one district, shares the
// URL (a fresh load shows the same view); a district officer sees only their commune.


/** Server time of the page's document (request sent → first byte), from Navigation Timing. */
async function serverTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return Math.round(nav.responseStart - nav.requestStart);
  });
}

const meta = (page: Page) => page.getByTestId('stats-meta');

test('a leader filters the dashboard, drills down to a district and shares the view', async ({ page, context }) => {
  test.setTimeout(120_000);
  await signIn(page, { email: 'lanhdao@lienminhhtx.vn', password: 'Lanhdao@2026' });
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Thống kê' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thống kê' })).toBeVisible();
  await expect(meta(page)).toContainText('theo đơn vị hành chính tại thời điểm số liệu');
  await expect(meta(page)).toContainText('chỉ tính báo cáo đã được duyệt');
  await expectAccessible(page, 'dashboard');

  // Server time of a whole dashboard at demo scale: a view nobody asked for yet, then again (cached).
  await page.goto('/quan-tri/thong-ke?ngay=2025-12-31');
  await expect(meta(page)).toContainText('31/12/2025');
  const first = await serverTime(page);
  await page.reload();
  await expect(meta(page)).toContainText('31/12/2025');
  console.log(`[stats-dashboard] server time of /quan-tri/thong-ke?ngay=2025-12-31: ${first} ms computed, ${await serverTime(page)} ms from the cache`);

  // The sơ kết date: the districts of the time, with the seed's 512 HTX (plus 21 QTDND = 533).
  await page.getByLabel('Tính đến ngày').fill('2023-06-30');
  await page.getByRole('button', { name: 'Xem số liệu' }).click();
  await expect(page).toHaveURL(/ngay=2023-06-30/);
  await expect(meta(page)).toContainText('30/06/2023');
  await expect(page.getByText('so với 30/06/2022').first()).toBeVisible();

  // The largest district of the time that no other browser test adds organizations to (the import
  // and register tests, running alongside, add some in Giồng Riềng and Rạch Giá).
  const [district] = await sql<{ id: number; label: string; n: number }>(
    `SELECT u.id, u.type || ' ' || u.name AS label, count(*)::int AS n
       FROM "OrganizationReport" r JOIN "ReportingPeriod" p ON p.id = r."periodId" JOIN "AdministrativeUnit" u ON u.id = r."unitId"
      WHERE p.year = 2023 AND p.kind = 'FIRST_HALF' AND u.name NOT IN ('Giồng Riềng', 'Rạch Giá') AND u.level = 'DISTRICT'
      GROUP BY u.id ORDER BY n DESC, u.id LIMIT 1`,
  );
  const units = page.getByRole('table', { name: 'Số tổ chức, thành viên và vốn theo địa bàn' });
  const row = units.getByRole('row', { name: new RegExp(`^${district.label}`) });
  await expect(row.getByRole('cell').first()).toHaveText(viNumber(district.n));

  await row.getByRole('link', { name: district.label }).click();
  await expect(page).toHaveURL(new RegExp(`don-vi=${district.id}`));
  await expect(meta(page)).toContainText(`địa bàn ${district.label}`);
  await expect(page.getByRole('navigation', { name: 'Địa bàn đang xem' })).toContainText(`Tỉnh Kiên Giang › ${district.label}`);
  const kinds = page.getByRole('table', { name: 'Số tổ chức, thành viên và vốn theo lĩnh vực' });
  const total = await kinds.getByRole('row', { name: /^Cộng/ }).getByRole('cell').first().textContent();
  expect(total).toBe(viNumber(district.n));
  await expectAccessible(page, 'district view');

  // The shared URL shows the same view to whoever opens it (signed in).
  const shared = page.url();
  const other = await context.newPage();
  await other.goto(shared);
  await expect(meta(other)).toContainText(`địa bàn ${district.label}`);
  await expect(meta(other)).toContainText('30/06/2023');
  await expect(other.getByRole('table', { name: 'Số tổ chức, thành viên và vốn theo lĩnh vực' }).getByRole('row', { name: /^Cộng/ }).getByRole('cell').first()).toHaveText(total!);
  await expect(other.getByLabel('Tính đến ngày')).toHaveValue('2023-06-30');
  console.log(`[stats-dashboard] server time, shared view (cached): ${await serverTime(other)} ms`);

  // Re-totalled onto today's units: the same organizations, now in today's communes.
  await other.getByLabel('Cách tính theo địa bàn').selectOption({ label: 'Quy đổi về đơn vị hiện nay' });
  await other.getByLabel('Địa bàn', { exact: true }).selectOption({ label: 'Toàn tỉnh' });
  await other.getByRole('button', { name: 'Xem số liệu' }).click();
  await expect(other).toHaveURL(/quy-doi=hien-nay/);
  await expect(meta(other)).toContainText('quy đổi về đơn vị hành chính hiện nay');
});

test('a district officer sees only their commune, whatever the URL asks for', async ({ page }) => {
  await signIn(page, { email: 'huyen@lienminhhtx.vn', password: 'Huyen@2026' });
  const ownCount = () => sql<{ id: number; label: string; n: number }>(
    `SELECT u.id, u.type || ' ' || u.name AS label,
            (SELECT count(*)::int FROM "Organization" o
              WHERE o."unitId" = u.id AND o."deletedAt" IS NULL AND o.status IN ('ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION')
                AND coalesce(o."establishedOn", o."createdAt"::date) <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS n
       FROM "User" x JOIN "AdministrativeUnit" u ON u.id = x."unitId" WHERE x.email = 'huyen@lienminhhtx.vn'`,
  );
  const [own] = await ownCount();
  const [elsewhere] = await sql<{ id: number }>(`SELECT id FROM "AdministrativeUnit" WHERE level = 'PROVINCE' AND "validTo" IS NULL`);
  await page.goto(`/quan-tri/thong-ke?don-vi=${elsewhere.id}`);
  await expect(meta(page)).toContainText(`địa bàn ${own.label}`);
  await expect(page.getByLabel('Địa bàn', { exact: true }).locator('option', { hasText: 'Toàn tỉnh' })).toHaveCount(0);
  const kinds = page.getByRole('table', { name: 'Số tổ chức, thành viên và vốn theo lĩnh vực' });
  const total = kinds.getByRole('row', { name: /^Cộng/ }).getByRole('cell').first();
  // Other browser tests add organizations to this commune meanwhile: compare the page with the
  // count read at the same moment, reloading until both agree (the statistics expire on each change).
  await expect
    .poll(async () => {
      const [now] = await ownCount();
      const shown = await total.textContent();
      if (shown === viNumber(now.n)) return true;
      await page.reload();
      return false;
    }, { timeout: 30_000 })
    .toBe(true);
  await expectAccessible(page, 'officer dashboard');
});
