/**
 * Visitor statistics of a portal that has been online since 2019: daily distinct visitors and
 * page views (weekday rhythm, slow growth, peaks around the semi-annual and annual reports), and
 * view counts on published articles that grow with their age.
 */
import type { SeedClient } from './client';
import { addDays, daysBetween, SEED_TODAY, utc } from './dates';
import type { Rng } from './random';

const ONLINE_SINCE = utc(2019, 1, 1);

export async function seedVisits(db: SeedClient, rng: Rng): Promise<{ visitorDays: number; articleViews: number }> {
  const days: Date[] = [];
  const visitors: number[] = [];
  const views: number[] = [];
  const span = daysBetween(ONLINE_SINCE, SEED_TODAY);
  for (let i = 0; i <= span; i++) {
    const day = addDays(ONLINE_SINCE, i);
    const weekday = day.getUTCDay();
    const month = day.getUTCMonth() + 1;
    const growth = 260 + (i / span) * 900;
    const weekly = weekday === 0 ? 0.45 : weekday === 6 ? 0.6 : 1;
    const season = month === 7 || month === 1 || month === 12 ? 1.25 : 1;
    const n = Math.max(20, Math.round(growth * weekly * season * rng.float(0.8, 1.2)));
    days.push(day);
    visitors.push(n);
    views.push(Math.round(n * rng.float(2.4, 3.6)));
  }
  await db.$executeRaw`
    INSERT INTO "VisitorDay" ("day", "visitors", "views")
    SELECT * FROM unnest(${days}::date[], ${visitors}::int[], ${views}::int[])`;

  const articles = await db.article.findMany({
    where: { status: 'PUBLISHED', publishedAt: { not: null } },
    select: { id: true, publishedAt: true, featured: true },
    orderBy: { id: 'asc' },
  });
  const ids: number[] = [];
  const counts: number[] = [];
  for (const a of articles) {
    const age = Math.max(1, daysBetween(a.publishedAt!, SEED_TODAY));
    const base = rng.logNormal(160, 0.6) * (a.featured ? 2.5 : 1);
    ids.push(a.id);
    counts.push(Math.round(base + Math.min(age, 720) * rng.float(0.3, 1.1)));
  }
  if (ids.length > 0) {
    await db.$executeRaw`
      UPDATE "Article" a SET "viewCount" = v.n
      FROM unnest(${ids}::int[], ${counts}::int[]) AS v(id, n) WHERE a.id = v.id`;
  }
  return { visitorDays: days.length, articleViews: ids.length };
}
