import 'server-only';

import { prisma } from '@/lib/db';

import { articleSlugOf, vietnamDay, type VisitorStats } from './visits';

/**
 * Page views and visitors are counted in memory and written in one small transaction every few
 * seconds, so a burst of visitors costs a handful of upserts rather than a write per page view,
 * and the public pages themselves stay cached (the count arrives by a beacon, not by rendering).
 * A crash loses at most the last few seconds of counts, which is acceptable for these figures.
 * Several instances each flush their own buffer; the database holds the totals.
 */

const FLUSH_EVERY_MS = 5_000;
const ONLINE_WINDOW_MS = 5 * 60_000;
const STATS_TTL_MS = 10_000;

type Buffer = {
  /** "day|path" → views */
  views: Map<string, number>;
  /** "day|visitorKey" → last seen */
  presence: Map<string, Date>;
};

type State = {
  buffer: Buffer;
  timer: NodeJS.Timeout | null;
  flushing: Promise<void> | null;
  stats: { at: number; value: VisitorStats } | null;
  lastPrune: number;
};

// One state per process, on globalThis so that Next's module instances share it.
const g = globalThis as unknown as { __portalVisits?: State };
const state: State = (g.__portalVisits ??= {
  buffer: { views: new Map(), presence: new Map() },
  timer: null,
  flushing: null,
  stats: null,
  lastPrune: 0,
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function recordVisit(path: string, visitorKey: string, at = new Date()): void {
  const day = isoDay(vietnamDay(at));
  const viewKey = `${day}|${path}`;
  state.buffer.views.set(viewKey, (state.buffer.views.get(viewKey) ?? 0) + 1);
  state.buffer.presence.set(`${day}|${visitorKey}`, at);
  state.timer ??= setTimeout(() => {
    state.timer = null;
    void flushVisits().catch((error: unknown) => console.error('[truy-cap] ghi số liệu truy cập thất bại', error));
  }, FLUSH_EVERY_MS).unref();
}

/** Views of a path still waiting in the buffer (added to what the database says). */
export function pendingViews(path: string): number {
  let n = 0;
  for (const [key, count] of state.buffer.views) if (key.endsWith(`|${path}`)) n += count;
  return n;
}

/** Writes the buffered counts; also called by tests and on shutdown. */
export async function flushVisits(): Promise<void> {
  while (state.flushing) await state.flushing;
  const { views, presence } = state.buffer;
  if (views.size === 0 && presence.size === 0) return;
  state.buffer = { views: new Map(), presence: new Map() };
  state.flushing = writeBuffer(views, presence).finally(() => {
    state.flushing = null;
  });
  try {
    await state.flushing;
  } catch (error) {
    // Put the counts back so that the next flush retries them.
    for (const [k, v] of views) state.buffer.views.set(k, (state.buffer.views.get(k) ?? 0) + v);
    for (const [k, v] of presence) if (!state.buffer.presence.has(k)) state.buffer.presence.set(k, v);
    throw error;
  }
}

async function writeBuffer(views: Map<string, number>, presence: Map<string, Date>): Promise<void> {
  const viewRows = [...views].map(([key, n]) => {
    const [day, path] = [key.slice(0, 10), key.slice(11)];
    return { day, path, n };
  });
  const presenceRows = [...presence].map(([key, seen]) => ({ day: key.slice(0, 10), visitor: key.slice(11), seen }));
  const articleViews = new Map<string, number>();
  for (const r of viewRows) {
    const slug = articleSlugOf(r.path);
    if (slug) articleViews.set(slug, (articleViews.get(slug) ?? 0) + r.n);
  }
  const viewsPerDay = new Map<string, number>();
  for (const r of viewRows) viewsPerDay.set(r.day, (viewsPerDay.get(r.day) ?? 0) + r.n);

  await prisma.$transaction(async (tx) => {
    if (viewRows.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "PageView" ("path", "day", "views")
        SELECT * FROM unnest(${viewRows.map((r) => r.path)}::text[], ${viewRows.map((r) => r.day)}::date[], ${viewRows.map((r) => r.n)}::int[])
        ON CONFLICT ("path", "day") DO UPDATE SET "views" = "PageView"."views" + EXCLUDED."views"`;
    }
    if (articleViews.size > 0) {
      await tx.$executeRaw`
        UPDATE "Article" a SET "viewCount" = a."viewCount" + v.n
        FROM unnest(${[...articleViews.keys()]}::text[], ${[...articleViews.values()]}::int[]) AS v(slug, n)
        WHERE a.slug = v.slug`;
    }
    // A visitor counts once per day: only rows newly inserted (xmax = 0) add to the day's visitors.
    if (presenceRows.length > 0) {
      await tx.$executeRaw`
        WITH seen AS (
          INSERT INTO "VisitorPresence" ("day", "visitorKey", "lastSeenAt")
          SELECT * FROM unnest(${presenceRows.map((r) => r.day)}::date[], ${presenceRows.map((r) => r.visitor)}::text[], ${presenceRows.map((r) => r.seen)}::timestamp(3)[])
          ON CONFLICT ("day", "visitorKey") DO UPDATE SET "lastSeenAt" = GREATEST("VisitorPresence"."lastSeenAt", EXCLUDED."lastSeenAt")
          RETURNING "day", (xmax = 0) AS inserted
        )
        INSERT INTO "VisitorDay" ("day", "visitors", "views")
        SELECT "day", COUNT(*) FILTER (WHERE inserted), 0 FROM seen GROUP BY "day"
        ON CONFLICT ("day") DO UPDATE SET "visitors" = "VisitorDay"."visitors" + EXCLUDED."visitors"`;
    }
    if (viewsPerDay.size > 0) {
      await tx.$executeRaw`
        INSERT INTO "VisitorDay" ("day", "visitors", "views")
        SELECT d, 0, n FROM unnest(${[...viewsPerDay.keys()]}::date[], ${[...viewsPerDay.values()]}::int[]) AS v(d, n)
        ON CONFLICT ("day") DO UPDATE SET "views" = "VisitorDay"."views" + EXCLUDED."views"`;
    }
  });
  state.stats = null;

  // Presence older than two days has served its purpose (today's distinct count, online now).
  if (Date.now() - state.lastPrune > 3_600_000) {
    state.lastPrune = Date.now();
    const cutoff = isoDay(new Date(vietnamDay(new Date()).getTime() - 2 * 86_400_000));
    await prisma.$executeRaw`DELETE FROM "VisitorPresence" WHERE "day" < ${cutoff}::date`;
  }
}

/** Online now, today, this month and in all, read at most every few seconds. */
export async function getVisitorStats(now = new Date()): Promise<VisitorStats> {
  if (state.stats && Date.now() - state.stats.at < STATS_TTL_MS) return state.stats.value;
  const today = vietnamDay(now);
  const monthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const onlineSince = new Date(now.getTime() - ONLINE_WINDOW_MS);
  const [row] = await prisma.$queryRaw<{ online: bigint; today: bigint; month: bigint; total: bigint }[]>`
    SELECT
      (SELECT COUNT(*) FROM "VisitorPresence" WHERE "lastSeenAt" >= ${onlineSince}) AS online,
      (SELECT COALESCE(SUM("visitors"), 0) FROM "VisitorDay" WHERE "day" = ${isoDay(today)}::date) AS today,
      (SELECT COALESCE(SUM("visitors"), 0) FROM "VisitorDay" WHERE "day" >= ${isoDay(monthStart)}::date AND "day" <= ${isoDay(today)}::date) AS month,
      (SELECT COALESCE(SUM("visitors"), 0) FROM "VisitorDay") AS total`;
  const value = { online: Number(row.online), today: Number(row.today), month: Number(row.month), total: Number(row.total) };
  state.stats = { at: Date.now(), value };
  return value;
}

/** The view count shown on an article page: stored count plus what is still buffered. */
export async function getArticleViews(slug: string, path: string): Promise<number | null> {
  const article = await prisma.article.findFirst({ where: { slug, status: 'PUBLISHED' }, select: { viewCount: true } });
  return article ? article.viewCount + pendingViews(path) : null;
}
