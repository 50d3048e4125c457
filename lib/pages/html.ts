import { sanitizeRichHtml, wrapTables } from '@/lib/html/sanitize';

/**
 * Page bodies are HTML written in an editor (today the seed). They are cleaned on read with the
 * portal's allow-list (lib/html/sanitize.ts, profile "page"), so that whatever reached the
 * database (a pasted Word document, a compromised editor account) can only ever render as text,
 * links, lists, tables and images: no scripts, no event handlers, no inline styles, no
 * javascript: URLs. Pages are cached whole, so the cost is paid once per render, not per visitor.
 */
/** The allow-list alone, for storing what an editor saved (the table wrappers are added on read). */
export function cleanPageHtml(html: string): string {
  return sanitizeRichHtml(html.normalize('NFC'), 'page').trim();
}

export function sanitizePageHtml(html: string, locale: 'vi' | 'en' = 'vi'): string {
  return wrapTables(sanitizeRichHtml(html, 'page'), locale === 'en' ? 'Table' : 'Bảng');
}
