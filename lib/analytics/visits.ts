/**
 * Pure rules of the visitor statistics, shared by the route handler and the tests: which requests
 * count, what a visitor key and a countable path look like, and which article a path shows.
 */

/** Crawlers, link previews, monitoring and load tools: their requests are never counted. */
const BOT_AGENT =
  /bot|crawl|spider|slurp|bingpreview|mediapartners|facebookexternalhit|embedly|quora link preview|whatsapp|telegram|skype|discord|headless|lighthouse|pagespeed|pingdom|uptime|monitor|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|undici|autocannon|postman|insomnia|httpclient|libwww|scrapy|phantomjs|selenium|puppeteer|playwright/i;

export function isBot(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.length < 20) return true;
  return BOT_AGENT.test(userAgent);
}

/** A browser's anonymous id: random, generated client-side, never tied to a person. */
export function isVisitorKey(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9]{16,40}$/.test(value);
}

/** Public page paths only: no workspace, API, internal list routes or files. */
export function countablePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 300) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  const path = value.split(/[?#]/)[0].normalize('NFC');
  if (/^\/(quan-tri|api|media|_next|dang-nhap)(\/|$)/.test(path)) return null;
  if (/\/bo-loc\//.test(path)) return null;
  if (/[\u0000-\u001f<>"'\\]/.test(path)) return null;
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** The article slug of an article path ("/tin-tuc/<slug>"), or null. */
export function articleSlugOf(path: string): string | null {
  const match = /^\/tin-tuc\/([a-z0-9-]{1,200})$/.exec(path);
  return match && match[1] !== 'chuyen-muc' ? match[1] : null;
}

/** A calendar day in Vietnam (UTC+7, no daylight saving) as UTC midnight, the @db.Date form. */
export function vietnamDay(at: Date): Date {
  const shifted = new Date(at.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

export type VisitorStats = { online: number; today: number; month: number; total: number };
export type VisitResult = VisitorStats & { views: number | null };
