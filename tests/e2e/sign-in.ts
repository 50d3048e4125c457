import { expect, type Page } from '@playwright/test';

export type Credentials = { email: string; password: string };

/** Fills and sends the sign-in form as a person would, without judging the outcome. */
export async function submitSignIn(page: Page, user: Credentials): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs in and waits for the workspace. */
export async function signIn(page: Page, user: Credentials): Promise<void> {
  await submitSignIn(page, user);
  await expect(page).toHaveURL(/\/quan-tri/);
}
