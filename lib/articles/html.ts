import sanitizeHtml from 'sanitize-html';

/**
 * Article bodies are HTML from the editor (today the seed). The article page stops trusting what
 * is stored: the body is cleaned on read with a narrow allow-list (text, headings, lists, quotes,
 * tables, figures with images served by our own /media route, links to web pages), so a pasted
 * document or a compromised editor account can never inject script, styles, frames or images from
 * elsewhere. Pages are cached whole, so this runs once per render, not per visitor.
 */

/** Images come from our own media route only (content-addressed keys). */
const MEDIA_SRC = /^\/media\/[a-f0-9]{2}\/[a-f0-9]{2}\/[a-f0-9]{64}(\.[a-z0-9]{1,8})?$/;
/** Links: web pages (http, https) or paths on the portal; no javascript:, data:, protocol-relative. */
const LINK_HREF = /^(https?:\/\/|\/(?!\/)|#)/i;

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'a', 'blockquote',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'img', 'figcaption',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: {
    // The page title is the only h1; headings in the body start at h2 so their order holds.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    // A refused href (javascript:, data:, //host) is dropped by allowedSchemes and
    // allowProtocolRelative; the anchor then keeps its text without being a link.
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href ?? '';
      if (!LINK_HREF.test(href)) return { tagName, attribs: {} };
      const out: sanitizeHtml.Attributes = { href };
      if (/^https?:\/\//i.test(href)) out.rel = 'noopener noreferrer';
      return { tagName, attribs: out };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !MEDIA_SRC.test(frame.attribs.src ?? ''),
};

/**
 * Wraps each table in a named, focusable region that scrolls on a 360 px phone instead of
 * widening the page (WCAG 2.1.1: keyboard users can scroll it). Runs on sanitized output.
 */
function wrapTables(html: string): string {
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner: string) => {
    const caption = /<caption>([\s\S]*?)<\/caption>/.exec(inner)?.[1]?.replace(/<[^>]+>/g, '').trim();
    const label = (caption || 'Bảng').replace(/"/g, '&quot;');
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">${table}</div>`;
  });
}

export function sanitizeArticleHtml(html: string): string {
  return wrapTables(sanitizeHtml(html, options));
}
