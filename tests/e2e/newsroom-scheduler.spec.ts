import { expect, test } from '@playwright/test';

import { sql } from './db';
import { signedInEditor, vietnamDateTimeInput, writeDraft } from './newsroom';
import { E2E_SCHEDULER_SECONDS } from './scheduler-interval';

// The scheduler inside the running production server (instrumentation.ts starts
// lib/articles/scheduler-loop.ts): an editor schedules an article through the newsroom, closes the
// browser, and from then on only anonymous readers ask for public pages, which never publish
// anything themselves. The article must appear on the cached news list and on its own cached
// address by itself, on time: the loop ran, and its cache expiry (outside any request, through
// the page cache handler's hook) reached Next's page cache and the front cache of server.mjs.

/** Beyond one loop interval: a pass may wait for the embedded database while other tests write. */
const MARGIN_MS = 15_000;

test('a scheduled article goes live on time with no request but readers, on the cached news list and its own page', async ({ browser, request }) => {
  test.setTimeout(300_000);
  const title = `Hẹn giờ đăng tin tự động ${Date.now().toString(36)}`;
  const page = await signedInEditor(browser);
  await writeDraft(page, title, 'Tin được hẹn giờ đăng và tự lên cổng thông tin đúng giờ.');
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByText('Đã gửi duyệt. Ban biên tập sẽ nhận được thông báo.')).toBeVisible();

  // The form takes whole minutes, more than a minute ahead: the first such minute.
  await page.getByRole('radio', { name: 'Hẹn giờ đăng' }).check();
  const at = new Date(Math.ceil((Date.now() + 75_000) / 60_000) * 60_000);
  await page.getByLabel('Ngày giờ đăng').fill(vietnamDateTimeInput(at));
  await page.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã hẹn đăng lúc' })).toBeVisible();
  // Times are stored in UTC without a zone: read them as epoch milliseconds.
  const [article] = await sql<{ id: number; slug: string; status: string; publishAt: number }>(
    `SELECT id, slug, status, (EXTRACT(EPOCH FROM "publishAt") * 1000)::float8 AS "publishAt" FROM "Article" WHERE title = $1`,
    [title],
  );
  expect(article).toMatchObject({ status: 'SCHEDULED', publishAt: at.getTime() });
  // Nothing of the workspace stays open that could reach the server from now on.
  await page.context().close();

  // Readers fill the caches before the time: the list without the article, its address a 404.
  const newsHas = async () => {
    const response = await request.get('/tin-tuc');
    expect(response.status()).toBe(200);
    const cached = response.headers()['x-front-cache'] === 'HIT' || response.headers()['x-nextjs-cache'] === 'HIT';
    return { shown: (await response.text()).includes(title), cached };
  };
  expect((await request.get(`/tin-tuc/${article.slug}`)).status()).toBe(404);
  expect((await request.get(`/tin-tuc/${article.slug}`)).status()).toBe(404);

  let servedFromCache = false;
  let shownAt: number | null = null;
  const deadline = at.getTime() + E2E_SCHEDULER_SECONDS * 1000 + MARGIN_MS;
  while (Date.now() <= deadline) {
    const asked = Date.now();
    const { shown, cached } = await newsHas();
    if (shown) {
      shownAt = asked;
      break;
    }
    if (asked < at.getTime()) servedFromCache ||= cached;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // The list was a cached page before the time, so only an expiry could bring the article in.
  expect(servedFromCache).toBe(true);
  expect(shownAt, `the article was not on /tin-tuc by ${E2E_SCHEDULER_SECONDS} s + ${MARGIN_MS / 1000} s after its time`).not.toBeNull();
  expect(shownAt!).toBeGreaterThanOrEqual(at.getTime());

  // Its own address, cached as a 404 before, now shows it.
  const own = await request.get(`/tin-tuc/${article.slug}`);
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain(title);

  // Published once, at the time it was given, by the scheduler (no user), with one audit row.
  const [live] = await sql<{ status: string; publishedAt: number }>(`SELECT status, (EXTRACT(EPOCH FROM "publishedAt") * 1000)::float8 AS "publishedAt" FROM "Article" WHERE id = $1`, [article.id]);
  expect(live).toEqual({ status: 'PUBLISHED', publishedAt: at.getTime() });
  const audits = await sql<{ userId: number | null }>(`SELECT "userId" FROM "AuditLog" WHERE entity = 'Article' AND "entityId" = $1 AND action = 'article.publish'`, [String(article.id)]);
  expect(audits).toEqual([{ userId: null }]);
});
