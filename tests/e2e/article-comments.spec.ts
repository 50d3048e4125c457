import { expect, test } from '@playwright/test';

import { DEMO_USERS } from '../../prisma/seed/users';
import { sql } from './db';
import { expectAccessible, WCAG_21_AA } from './axe';
import { signIn } from './sign-in';

// A reader comments on an article that takes comments, makes a mistake and corrects it, and is told
// the comment waits for moderation; an editor approves it at /quan-tri/binh-luan; the reader sees
// it under the article, as plain text. The article page stays cached throughout: a submission
// leaves it as it was, a moderation expires it. Deleting asks first and takes it off the page.

const editor = DEMO_USERS.find((u) => u.role === 'EDITOR')!;

// This test's own client address, so that the per-client rate limit never mixes it up with others.
test.use({ extraHTTPHeaders: { 'x-real-ip': '198.51.100.91' } });


test('a reader comments, an editor approves it at /quan-tri/binh-luan, and it shows under the article', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The seed's newest article takes comments: two published, one waiting.
  const [article] = await sql<{ id: number; slug: string; title: string }>(
    `SELECT a.id, a.slug, a.title FROM "Article" a
      WHERE a."commentsEnabled" AND a.status = 'PUBLISHED' AND a."draftOfId" IS NULL
        AND EXISTS (SELECT 1 FROM "ArticleComment" c WHERE c."articleId" = a.id AND c.state = 'PENDING')
      ORDER BY a."publishedAt" DESC LIMIT 1`,
  );
  const [seeded] = await sql<{ name: string; contact: string }>(
    `SELECT name, contact FROM "ArticleComment" WHERE "articleId" = $1 AND state = 'PUBLISHED' AND contact IS NOT NULL ORDER BY id LIMIT 1`,
    [article.id],
  );
  const [waiting] = await sql<{ body: string }>(`SELECT body FROM "ArticleComment" WHERE "articleId" = $1 AND state = 'PENDING' ORDER BY id LIMIT 1`, [article.id]);
  const body = `Xin hỏi hợp tác xã <b>mới thành lập</b> có được tham gia không? (${Date.now().toString(36)})`;

  await page.goto(`/tin-tuc/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  const comments = page.getByRole('region', { name: /^Bình luận \(\d+\)$/ });
  await expect(comments.getByText(seeded.name, { exact: true })).toBeVisible();
  // Published comments show the name and date, never the contact; a waiting one is not shown.
  await expect(comments).not.toContainText(seeded.contact);
  await expect(comments).not.toContainText(waiting.body);
  await expectAccessible(page, 'an article with comments', WCAG_21_AA);

  await comments.getByLabel('Họ và tên').fill('Phạm Thị Lan');
  await comments.getByLabel('Email hoặc điện thoại (không công khai)').fill('lan@');
  await comments.getByRole('textbox', { name: 'Bình luận', exact: true }).fill(body);
  await comments.getByRole('button', { name: 'Gửi bình luận' }).click();

  // The mistake: a Vietnamese message under the field, focus on it, nothing typed lost, nothing stored.
  const contact = comments.getByLabel('Email hoặc điện thoại (không công khai)');
  await expect(comments.getByText('Email hoặc số điện thoại không đúng định dạng (ví dụ: ten@example.vn hoặc 0918 234 567).')).toBeVisible();
  await expect(contact).toBeFocused();
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  await expect(contact).toHaveAccessibleDescription(/không đúng định dạng/);
  await expect(contact).toHaveValue('lan@');
  await expect(comments.getByLabel('Họ và tên')).toHaveValue('Phạm Thị Lan');
  await expect(comments.getByRole('textbox', { name: 'Bình luận', exact: true })).toHaveValue(body);
  expect(await sql(`SELECT 1 FROM "ArticleComment" WHERE body = $1`, [body])).toHaveLength(0);

  await contact.fill('lan@example.vn');
  await comments.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(comments.getByRole('status')).toContainText('Bình luận của bạn đang chờ duyệt');
  await expect(comments.getByRole('textbox', { name: 'Bình luận', exact: true })).toHaveValue('');
  const [stored] = await sql<{ state: string; contact: string }>(`SELECT state::text, contact FROM "ArticleComment" WHERE body = $1`, [body]);
  expect(stored).toEqual({ state: 'PENDING', contact: 'lan@example.vn' });

  // Held for moderation: the cached page is unchanged.
  await page.reload();
  await expect(page.getByRole('region', { name: /^Bình luận/ }).getByText(seeded.name, { exact: true })).toBeVisible();
  await expect(page.getByText(body)).toHaveCount(0);

  // The editor finds it in the menu's pending count and approves it.
  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, editor);
  await editorPage.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: /^Bình luận\W+\d+ chờ duyệt$/ }).click();
  await expect(editorPage).toHaveURL(/\/quan-tri\/binh-luan$/);
  await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText('Bình luận');
  const item = editorPage.getByRole('list', { name: 'Danh sách bình luận' }).getByRole('listitem').filter({ hasText: body });
  await expect(item.getByText('Chờ duyệt', { exact: true })).toBeVisible();
  await expect(item.getByText('lan@example.vn')).toBeVisible();
  await expect(item.getByRole('link', { name: article.title, exact: true })).toHaveAttribute('href', `/tin-tuc/${article.slug}`);
  await expectAccessible(editorPage, 'the comment moderation page');
  await item.getByRole('button', { name: 'Duyệt đăng' }).click();
  await expect(item.getByText('Đã đăng', { exact: true })).toBeVisible();
  await expect(item.getByRole('button', { name: 'Duyệt đăng' })).toHaveCount(0);

  // The reader sees it at once, as plain text: the markup typed is shown, not applied.
  await page.reload();
  const shown = page.getByRole('region', { name: /^Bình luận/ }).getByRole('listitem').filter({ hasText: body });
  await expect(shown).toBeVisible();
  await expect(shown.getByText('Phạm Thị Lan', { exact: true })).toBeVisible();
  await expect(shown.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expect(shown.locator('b')).toHaveCount(0);
  await expect(shown).not.toContainText('lan@example.vn');
  await expectAccessible(page, 'the article with the approved comment', WCAG_21_AA);

  // Deleting asks first; once confirmed the comment is gone from the article too.
  await item.getByRole('button', { name: 'Xóa' }).click();
  const dialog = editorPage.getByRole('dialog', { name: 'Xóa bình luận?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: 'Xóa' }).click();
  await dialog.getByRole('button', { name: 'Xóa' }).click();
  await expect(item).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(body)).toHaveCount(0);

  // From the article in the newsroom, its own comments: the queue narrowed to that article.
  await editorPage.goto(`/quan-tri/tin-bai/${article.id}`);
  await editorPage.getByRole('link', { name: /^Bình luận \(\d+ chờ duyệt, \d+ đã đăng\)$/ }).click();
  await expect(editorPage).toHaveURL(new RegExp(`/quan-tri/binh-luan\\?bai=${article.id}$`));
  await expect(editorPage.getByText(/^Bình luận của tin bài/)).toContainText(article.title);
  const narrowed = editorPage.getByRole('list', { name: 'Danh sách bình luận' }).getByRole('listitem');
  await expect(narrowed.filter({ hasText: waiting.body })).toBeVisible();
  await expect(narrowed.filter({ hasNotText: article.title })).toHaveCount(0);
  await editorPage.getByRole('link', { name: 'Xem bình luận của mọi tin bài' }).click();
  await expect(editorPage).toHaveURL(/\/quan-tri\/binh-luan$/);
  await editorPage.context().close();
});
