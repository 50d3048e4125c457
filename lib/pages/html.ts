import sanitizeHtml from 'sanitize-html';

/**
 * Page bodies are HTML written in an editor (today the seed). They are cleaned on read, with an
 * allow-list, so that whatever reached the database (a pasted Word document, a compromised
 * editor account) can only ever render as text, links, lists, tables and images: no scripts,
 * no event handlers, no inline styles, no javascript: URLs. Pages are cached whole, so the cost is
 * paid once per render, not per visitor.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr',
    'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img', 'figure', 'figcaption',
    'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'section', 'div', 'span', 'address', 'time',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'hreflang', 'lang', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    th: ['scope', 'colspan', 'rowspan', 'id', 'headers'],
    td: ['colspan', 'rowspan', 'headers'],
    col: ['span'],
    colgroup: ['span'],
    abbr: ['title'],
    time: ['datetime'],
    ol: ['start'],
    section: ['id', 'aria-labelledby'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    '*': ['lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // A heading level 1 belongs to the page title; demote any in the body so headings stay in order.
    h1: 'h2',
    a: (tagName, attribs) => {
      // Links that leave the site open in the same tab (no target) but never pass our referrer along.
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
    },
  },
};

// Caption text comes out of sanitize-html already entity-escaped; only a quote could end the attribute.
const asAttribute = (text: string) => text.replace(/"/g, '&quot;');

/**
 * Wraps each table in a scroll container, so a wide table scrolls on a 360 px phone instead of
 * the whole page. The container is a named, focusable region, so keyboard users can scroll it too
 * (WCAG 2.1.1). Runs on sanitized output, whose tags are well-formed.
 */
function wrapTables(html: string, fallbackLabel: string): string {
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner: string) => {
    if (inner.includes('<table')) return table; // nested tables: leave as they are
    const caption = /<caption>([\s\S]*?)<\/caption>/.exec(inner)?.[1]?.replace(/<[^>]+>/g, '').trim();
    const label = asAttribute(caption || fallbackLabel);
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">${table}</div>`;
  });
}

/** The allow-list alone, for storing what an editor saved (the table wrappers are added on read). */
export function cleanPageHtml(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), options).trim();
}

export function sanitizePageHtml(html: string, locale: 'vi' | 'en' = 'vi'): string {
  return wrapTables(sanitizeHtml(html, options), locale === 'en' ? 'Table' : 'Bảng');
}
