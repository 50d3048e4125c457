import { recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db';
import { notifyUsers } from '@/lib/notifications/notify';

import { goLive } from './publish';

/**
 * One pass of the article scheduler: publishes what is due (SCHEDULED with publishAt passed) and
 * takes down what is due (PUBLISHED with unpublishAt passed). Safe with several app instances on
 * one database: rows are claimed with FOR UPDATE SKIP LOCKED inside one transaction, and each
 * change re-checks the state it moves the row out of, so an article is published exactly once,
 * with one audit row and one notification, however many instances tick at the same moment.
 * State lives in the database only, so a restart loses nothing: the first pass after it catches up.
 *
 * Plain module (no Next.js imports): the loop (scheduler-loop.ts) runs it in the server and
 * expires the public pages; tests and child processes call it directly.
 */

const BATCH = 50;
// The embedded database runs one transaction at a time: wait for a turn rather than fail the pass.
const TX = { maxWait: 15_000, timeout: 60_000 };

export type TickResult = { published: { id: number; slug: string }[]; unpublished: { id: number; slug: string }[] };

export async function runArticleSchedule(db: Db, now: Date = new Date()): Promise<TickResult> {
  const published = await db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM "Article"
       WHERE status = 'SCHEDULED' AND "publishAt" <= ${now}
       ORDER BY "publishAt", id
       LIMIT ${BATCH}
         FOR UPDATE SKIP LOCKED`;
    const out: { id: number; slug: string }[] = [];
    for (const { id } of due) {
      const went = await goLive(tx, id, { actorId: null, now, from: ['SCHEDULED'], scheduled: true });
      if (went) out.push({ id: went.liveId, slug: went.slug });
    }
    return out;
  }, TX);

  const unpublished = await db.$transaction(async (tx) => {
    // One statement claims and changes the rows: a concurrent pass skips or no longer matches them.
    const rows = await tx.$queryRaw<{ id: number; slug: string; title: string; authorId: number | null; unpublishAt: Date }[]>`
      UPDATE "Article" a SET status = 'UNPUBLISHED', "unpublishAt" = NULL, "updatedAt" = ${now}
        FROM (SELECT id, "unpublishAt" FROM "Article"
               WHERE status = 'PUBLISHED' AND "unpublishAt" <= ${now}
               ORDER BY "unpublishAt", id
               LIMIT ${BATCH}
                 FOR UPDATE SKIP LOCKED) due
       WHERE a.id = due.id
      RETURNING a.id, a.slug, a.title, a."authorId", due."unpublishAt"`;
    for (const row of rows) {
      await recordAudit(tx, {
        userId: null,
        action: 'article.unpublish',
        entity: 'Article',
        entityId: String(row.id),
        before: { status: 'PUBLISHED' },
        after: { status: 'UNPUBLISHED', scheduled: true, unpublishAt: row.unpublishAt.toISOString() },
      });
      await notifyUsers(tx, [row.authorId], { kind: 'article.unpublish', title: `Tin bài “${row.title}” đã được gỡ xuống theo lịch hẹn.`, link: `/quan-tri/tin-bai/${row.id}` });
    }
    return rows.map((r) => ({ id: r.id, slug: r.slug }));
  }, TX);

  return { published, unpublished };
}
