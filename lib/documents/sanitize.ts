import { sanitizeRichHtml } from '@/lib/html/sanitize';

/**
 * The full text of a document is HTML from the editor (or pasted from Word). It is sanitized on
 * every read with the portal's allow-list (lib/html/sanitize.ts, profile "document": structure,
 * emphasis, lists, tables and plain links), so that a stored script, style or event handler can
 * never reach a visitor, whatever wrote the row.
 */
export function sanitizeDocumentHtml(html: string): string {
  return sanitizeRichHtml(html, 'document');
}
