import sanitizeHtml from 'sanitize-html';

/**
 * The full text of a document is HTML from the editor (or pasted from Word). It is sanitized on
 * every read with an allow-list — structure, emphasis, lists, tables and plain links — so that a
 * stored script, style or event handler can never reach a visitor, whatever wrote the row.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'a', 'span'],
  allowedAttributes: { a: ['href', 'title'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Headings inside a document sit under the page's "Toàn văn" (h2): an h2 in the text becomes h3.
  transformTags: { h2: 'h3', b: 'strong', i: 'em' },
  disallowedTagsMode: 'discard',
};

export function sanitizeDocumentHtml(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), OPTIONS);
}
