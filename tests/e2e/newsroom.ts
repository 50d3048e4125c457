import { expect, type Browser, type Page } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { signIn } from './sign-in';

// Steps of the newsroom that several browser tests take, as an editor takes them.

export const editor = DEMO_USERS.find((u) => u.role === 'EDITOR')!;

/** A browser context of its own, signed in as the demo editor. */
export async function signedInEditor(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, editor);
  return page;
}

/** Writes a draft through the newsroom form and returns the address of its editor page. */
export async function writeDraft(page: Page, title: string, body: string): Promise<string> {
  await page.goto('/quan-tri/tin-bai/moi');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Tóm tắt (sapo)').fill('Liên minh HTX tỉnh thông tin kết quả hội nghị.');
  await page.getByLabel('Chuyên mục').selectOption({ index: 1 });
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type(body);
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible();
  await expect(page).toHaveURL(/\/quan-tri\/tin-bai\/\d+\?da-luu=1$/);
  return page.url().replace(/\?.*$/, '');
}

/** Replaces the body in the editor with new text and saves it (one more revision). */
export async function rewriteBody(page: Page, body: string) {
  const box = page.getByRole('textbox', { name: 'Nội dung' });
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(body);
  await expect(box).toHaveText(body);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tin bài.' })).toBeVisible();
}

/** The value a datetime-local field takes for a moment, in Vietnam time (UTC+7). */
export function vietnamDateTimeInput(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}
