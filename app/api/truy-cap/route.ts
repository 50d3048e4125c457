import { articleSlugOf, countablePath, isBot, isVisitorKey, type VisitResult } from '@/lib/analytics/visits';
import { getArticleViews, getVisitorStats, recordVisit } from '@/lib/analytics/recorder';

/**
 * The visit beacon: a public page, once loaded in a browser, posts its path and the browser's
 * anonymous id here and gets back the visitor statistics (and the article's view count), so the
 * page itself stays cached. Bots and malformed beacons are answered but not counted.
 */
export async function POST(request: Request): Promise<Response> {
  let body: unknown = null;
  try {
    const text = await request.text();
    if (text.length <= 1_000) body = JSON.parse(text);
  } catch {
    body = null;
  }
  const input = (typeof body === 'object' && body !== null ? body : {}) as { path?: unknown; visitor?: unknown };
  const path = countablePath(input.path);
  if (path && isVisitorKey(input.visitor) && !isBot(request.headers.get('user-agent'))) {
    recordVisit(path, input.visitor);
  }
  const slug = path ? articleSlugOf(path) : null;
  const [stats, views] = await Promise.all([getVisitorStats(), slug && path ? getArticleViews(slug, path) : null]);
  const result: VisitResult = { ...stats, views };
  return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
}
