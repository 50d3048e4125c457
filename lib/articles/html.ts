import { sanitizeRichHtml, wrapTables } from '@/lib/html/sanitize';

/**
 * Article bodies: cleaned with the portal's allow-list (lib/html/sanitize.ts, profile "article":
 * text, headings, lists, quotes, tables, figures with images served by our own /media route, links
 * to web pages) when saved, and again on every render, so the page never trusts what is stored.
 * Pages are cached whole, so the render-time pass runs once per render, not per visitor.
 */

/** What is stored: the editor's HTML, cleaned. */
export function cleanArticleHtml(html: string): string {
  return sanitizeRichHtml(html, 'article');
}

/** What the public page shows: cleaned again, tables made scrollable. */
export function sanitizeArticleHtml(html: string): string {
  return wrapTables(cleanArticleHtml(html));
}
