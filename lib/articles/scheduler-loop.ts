import 'server-only';

import { cacheTags, expirePublicTagsInBackground } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';

import { runArticleSchedule, type TickResult } from './scheduler';

/**
 * The scheduler loop of one server process (started by instrumentation.ts): a pass every
 * ARTICLE_SCHEDULER_SECONDS (30 by default), and one shortly after start so that what fell due
 * while the portal was down goes out at once. Several processes may run it on one database: the
 * pass claims rows atomically (scheduler.ts). After a pass, exactly the public pages that show the
 * changed articles are expired: every article list (home, news, categories, feeds, search,
 * sitemap, cooperative profiles: tag `articles`) and each article's own page.
 */

export async function tickAndExpire(now: Date = new Date()): Promise<TickResult> {
  const result = await runArticleSchedule(prisma, now);
  const changed = [...result.published, ...result.unpublished];
  if (changed.length > 0) await expirePublicTagsInBackground(cacheTags.articles, ...changed.map((a) => cacheTags.article(a.slug)));
  return result;
}

const state = globalThis as unknown as { __articleScheduler?: NodeJS.Timeout };

export function startArticleScheduler(): void {
  if (state.__articleScheduler) return;
  const seconds = Math.max(1, Number(process.env.ARTICLE_SCHEDULER_SECONDS ?? 30) || 30);
  let running = false;
  const tick = async () => {
    if (running) return; // a slow pass is never overlapped by the next one in the same process
    running = true;
    try {
      const { published, unpublished } = await tickAndExpire();
      if (published.length || unpublished.length) {
        console.log(`Lịch đăng tin: đã đăng ${published.length}, đã gỡ ${unpublished.length}.`);
      }
    } catch (error) {
      console.error('Lịch đăng tin: lượt chạy lỗi, sẽ thử lại.', error);
    } finally {
      running = false;
    }
  };
  state.__articleScheduler = setInterval(() => void tick(), seconds * 1000);
  state.__articleScheduler.unref();
  setTimeout(() => void tick(), 5_000).unref();
}
