import { expect, test } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { sql, viNumber } from './db';
import { submitSignIn } from './sign-in';

const roleLabels: Record<string, string> = {
  ADMIN: 'Quản trị hệ thống',
  EDITOR: 'Biên tập viên',
  STAFF: 'Cán bộ Liên minh',
  LEADER: 'Lãnh đạo',
  DISTRICT_OFFICER: 'Cán bộ cấp xã/huyện',
  ORG_REPRESENTATIVE: 'Đại diện tổ chức',
};


for (const user of DEMO_USERS) {
  test(`${user.role} signs in with the demo account and lands in the workspace`, async ({ page }) => {
    await submitSignIn(page, user);
    await expect(page).toHaveURL(/\/quan-tri$/);
    await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
    await expect(page.getByText(roleLabels[user.role]).first()).toBeVisible();
  });
}

test('a wrong password is refused with a Vietnamese message', async ({ page }) => {
  const [user] = DEMO_USERS;
  await submitSignIn(page, { email: user.email, password: 'mat-khau-sai' });
  // Next.js adds its own (empty) route-announcer alert, so pick ours by its text.
  await expect(page.getByRole('alert').filter({ hasText: 'Email hoặc mật khẩu không đúng' })).toBeVisible();
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('anonymous visitors to the workspace are sent to sign in, then back', async ({ page }) => {
  await page.goto('/quan-tri/to-chuc');
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Fto-chuc/);
  const staff = DEMO_USERS.find((u) => u.role === 'STAFF')!;
  await page.getByLabel('Email').fill(staff.email);
  await page.getByLabel('Mật khẩu').fill(staff.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/to-chuc$/);
});

test('roles see only their own navigation and are refused other areas', async ({ page }) => {
  const officer = DEMO_USERS.find((u) => u.role === 'DISTRICT_OFFICER')!;
  await submitSignIn(page, officer);
  await expect(page).toHaveURL(/\/quan-tri$/);
  const nav = page.getByRole('navigation', { name: /quản trị/i });
  await expect(nav.getByRole('link', { name: 'Tổ chức KTTT' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);

  // Their organization list holds exactly the organizations of their commune.
  const [{ n }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Organization" o JOIN "User" u ON u."unitId" = o."unitId" WHERE u.email = $1`,
    [officer.email],
  );
  expect(n).toBeGreaterThan(0);
  await page.goto('/quan-tri/to-chuc');
  await expect(page.getByText(`${viNumber(n)} tổ chức`)).toBeVisible();

  const response = await page.goto('/quan-tri/nguoi-dung');
  expect(response?.status()).toBe(403);
  await expect(page.getByText('Bạn không có quyền truy cập trang này')).toBeVisible();

  await page.goto('/quan-tri');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).not.toHaveURL(/\/quan-tri/);
  await page.goto('/quan-tri');
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('repeated failures lock the email out with a clear message', async ({ page }) => {
  // An address no other test uses, so the lock cannot disturb them.
  const email = 'doan-mat-khau@lienminhhtx.vn';
  const error = page.getByRole('alert').filter({ hasText: /không đúng|quá nhiều lần/ });
  for (let i = 0; i < 5; i++) {
    await submitSignIn(page, { email, password: `sai-${i}` });
    await expect(error).toContainText('Email hoặc mật khẩu không đúng');
  }
  await submitSignIn(page, { email, password: 'sai-lan-nua' });
  await expect(error).toContainText('Đăng nhập sai quá nhiều lần');
});
