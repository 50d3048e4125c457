import { expect, test } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { expectAccessible, WCAG_21_AA } from './axe';
import { sql } from './db';
import { signIn } from './sign-in';

// An editor renames a footer link and adds an entry to the main menu; the public home page shows
// both at once. Other browser tests run in parallel on the same database and click the menu's
// "Tin tức", "Văn bản", "Giới thiệu" …: this test touches only the footer's "Tra cứu ý kiến" and
// an entry of its own, and puts both back before it ends.

const editor = DEMO_USERS.find((u) => u.role === 'EDITOR')!;
const FOOTER_LABEL = 'Tra cứu ý kiến';
const RENAMED = 'Tra cứu phản hồi';
const entry = `Cổng Dịch vụ công ${Date.now() % 100_000}`;


test.afterAll(async () => {
  // Only if the test stopped half-way: what it changed goes back (the test itself undoes it).
  await sql(`UPDATE "SiteLink" SET label = $1 WHERE location = 'FOOTER' AND href = '/y-kien/tra-cuu' AND label = $2`, [FOOTER_LABEL, RENAMED]);
  await sql(`DELETE FROM "SiteLink" WHERE label = $1`, [entry]);
});

test('an editor renames a footer link and adds a menu entry, and the public home shows them at once', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, editor);
  await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Menu và chân trang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Menu và chân trang');
  const menu = page.getByRole('region', { name: 'Menu chính' });
  const footer = page.getByRole('region', { name: 'Liên kết chân trang' });
  await expect(menu.getByText('Giới thiệu chung', { exact: true })).toBeVisible();
  await expectAccessible(page, 'menu editor');

  // Rename a footer link on its own page.
  await footer.getByRole('link', { name: `Sửa «${FOOTER_LABEL}»` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa liên kết');
  await expect(page.getByRole('textbox', { name: 'Tên hiển thị' })).toHaveValue(FOOTER_LABEL);
  await expect(page.getByLabel('Thuộc mục')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Đường dẫn' }).fill('//evil.com');
  await page.getByRole('button', { name: 'Lưu liên kết' }).click();
  await expect(page.getByText('Đường dẫn trong cổng không được bắt đầu bằng “//”', { exact: false })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Đường dẫn' })).toHaveValue('//evil.com');
  await expectAccessible(page, 'site link form with an error');
  await page.getByRole('textbox', { name: 'Tên hiển thị' }).fill(RENAMED);
  await page.getByRole('textbox', { name: 'Đường dẫn' }).fill('/y-kien/tra-cuu');
  await page.getByRole('button', { name: 'Lưu liên kết' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/menu\?thong-bao=da-luu$/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu liên kết.' })).toBeVisible();
  await expect(footer.getByText(RENAMED, { exact: true })).toBeVisible();

  // Add a top-level menu entry to another site; a javascript: address is refused first, with what was typed kept.
  await menu.getByText('Thêm mục vào menu chính').click();
  await menu.getByRole('textbox', { name: 'Tên hiển thị' }).fill(entry);
  await menu.getByRole('textbox', { name: 'Đường dẫn' }).fill('javascript:alert(1)');
  await menu.getByRole('button', { name: 'Thêm vào menu' }).click();
  await expect(menu.getByText('Đường dẫn phải là một trang của cổng', { exact: false })).toBeVisible();
  await expect(menu.getByRole('textbox', { name: 'Tên hiển thị' })).toHaveValue(entry);
  await menu.getByRole('textbox', { name: 'Đường dẫn' }).fill('https://dichvucong.gov.vn');
  await menu.getByRole('button', { name: 'Thêm vào menu' }).click();
  await expect(menu.getByRole('status').filter({ hasText: `Đã thêm «${entry}» vào menu chính.` })).toBeVisible();
  await expect(menu.getByText('Đường dẫn: https://dichvucong.gov.vn', { exact: true })).toBeVisible();

  // Reordering works from the keyboard, and focus stays on the button pressed.
  const up = menu.getByRole('button', { name: `Chuyển «${entry}» lên` });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('status').filter({ hasText: `Đã chuyển «${entry}» lên.` })).toBeVisible();
  await expect(up).toBeFocused();
  const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "SiteLink" WHERE location = 'MENU' AND "parentId" IS NULL AND position > (SELECT position FROM "SiteLink" WHERE label = $1)`, [entry]);
  expect(n).toBe(1);

  // A visitor sees both on the home page at once.
  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  await pub.goto('/');
  const publicMenu = pub.getByRole('navigation', { name: 'Menu chính' });
  await expect(publicMenu.getByRole('link', { name: entry })).toHaveAttribute('href', 'https://dichvucong.gov.vn');
  const publicFooter = pub.getByRole('navigation', { name: 'Liên kết chân trang' });
  await expect(publicFooter.getByRole('link', { name: RENAMED })).toHaveAttribute('href', '/y-kien/tra-cuu');
  await expect(publicFooter.getByRole('link', { name: FOOTER_LABEL })).toHaveCount(0);
  await expectAccessible(pub, 'home with the edited menu', WCAG_21_AA);

  // Hidden, the entry leaves the public menu but stays in the list.
  await menu.getByRole('button', { name: `Ẩn «${entry}»` }).click();
  await expect(menu.getByRole('status').filter({ hasText: `Đã ẩn «${entry}» khỏi cổng.` })).toBeVisible();
  await expect(menu.getByRole('button', { name: `Hiện «${entry}»` })).toBeFocused();
  await pub.reload();
  await expect(publicMenu.getByRole('link', { name: entry })).toHaveCount(0);

  // Put everything back: delete the entry (after confirming) and restore the footer link's name.
  await menu.getByRole('button', { name: `Xóa «${entry}»` }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa liên kết?' });
  await expect(dialog).toContainText(entry);
  await dialog.getByRole('button', { name: 'Xóa liên kết' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa liên kết.' })).toBeVisible();
  await expect(menu.getByRole('button', { name: `Xóa «${entry}»` })).toHaveCount(0);
  await expect(menu.getByRole('status').filter({ hasText: 'Đã ẩn' })).toHaveCount(0);
  await footer.getByRole('link', { name: `Sửa «${RENAMED}»` }).click();
  await expect(page.getByRole('textbox', { name: 'Tên hiển thị' })).toHaveValue(RENAMED);
  await page.getByRole('textbox', { name: 'Tên hiển thị' }).fill(FOOTER_LABEL);
  await page.getByRole('button', { name: 'Lưu liên kết' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu liên kết.' })).toBeVisible();
  await pub.reload();
  await expect(publicFooter.getByRole('link', { name: FOOTER_LABEL, exact: true })).toHaveAttribute('href', '/y-kien/tra-cuu');
  await visitor.close();
});
