import sanitizeHtml from 'sanitize-html';

/**
 * The one HTML allow-list of the portal. Rich text written in the workspace (article bodies,
 * document full texts, static pages) is cleaned with it when it is saved and again when it is
 * rendered, so that neither a pasted document nor a compromised editor account nor a row written
 * by some other path can put script, event handlers, styles, frames, forms or foreign images in
 * front of a reader.
 *
 * What every profile shares (the security rules): no attribute that is not listed (so no `on*`
 * handler, no `style`, no `class`), links only to web pages, mail, phone numbers or paths on the
 * portal (never `javascript:`, `data:`, `vbscript:` or protocol-relative `//host`), and the text
 * inside script/style/template elements is dropped with them. The profiles differ only in which
 * structural elements they keep: an article has figures, a legal document has no images, a static
 * page has sections and anchors for its table of contents. Images come only from our own /media
 * route (no tracking pixels or hot-linked pictures from elsewhere).
 */

/** Images of articles come from our own media route only (content-addressed keys). */
export const MEDIA_SRC = /^\/media\/[a-f0-9]{2}\/[a-f0-9]{2}\/[a-f0-9]{64}(\.[a-z0-9]{1,8})?$/;
/** Link targets: web pages, mail, phone, or paths and anchors on the portal. */
const LINK_HREF = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;
const EXTERNAL = /^https?:\/\//i;

export type HtmlProfile = 'article' | 'document' | 'page';

const TEXT = ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'a', 'blockquote'];
const TABLE = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];

const TAGS: Record<HtmlProfile, string[]> = {
  article: [...TEXT, ...TABLE, 'figure', 'img', 'figcaption'],
  document: [...TEXT, ...TABLE, 'u', 'sub', 'sup', 'span'],
  page: [
    ...TEXT, ...TABLE, 'hr', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'dl', 'dt', 'dd', 'img', 'figure', 'figcaption',
    'colgroup', 'col', 'section', 'div', 'span', 'address', 'time',
  ],
};

const ATTRIBUTES: Record<HtmlProfile, sanitizeHtml.IOptions['allowedAttributes']> = {
  article: {
    a: ['href', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  document: { a: ['href', 'title', 'rel'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'] },
  page: {
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
};

/** Keeps a link only to an allowed target; external links never pass our referrer along. */
const link: sanitizeHtml.Transformer = (tagName, attribs) => {
  const href = (attribs.href ?? '').trim();
  const { href: _href, rel: _rel, ...rest } = attribs;
  if (!LINK_HREF.test(href)) return { tagName, attribs: rest };
  return { tagName, attribs: { href, ...rest, ...(EXTERNAL.test(href) ? { rel: 'noopener noreferrer' } : {}) } };
};

const OPTIONS: Record<HtmlProfile, sanitizeHtml.IOptions> = {
  article: {
    allowedTags: TAGS.article,
    allowedAttributes: ATTRIBUTES.article,
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    transformTags: {
      // The page title is the only h1; headings in the body start at h2 so their order holds.
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      a: link,
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } }),
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !MEDIA_SRC.test(frame.attribs.src ?? ''),
  },
  document: {
    allowedTags: TAGS.document,
    allowedAttributes: ATTRIBUTES.document,
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    // Headings inside a document sit under the page's "Toàn văn" (h2): an h2 in the text becomes h3.
    transformTags: { h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4', b: 'strong', i: 'em', a: link },
  },
  page: {
    allowedTags: TAGS.page,
    allowedAttributes: ATTRIBUTES.page,
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    exclusiveFilter: (frame) => frame.tag === 'img' && !MEDIA_SRC.test(frame.attribs.src ?? ''),
    // A heading level 1 belongs to the page title; demote any in the body so headings stay in order.
    transformTags: { h1: 'h2', h5: 'h4', h6: 'h4', a: link },
  },
};

for (const options of Object.values(OPTIONS)) {
  options.disallowedTagsMode = 'discard';
  // Dropped with everything inside them, not just unwrapped (their text is code, not prose).
  options.nonTextTags = ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'xmp', 'noembed', 'noframes', 'title', 'head', 'iframe', 'object', 'svg', 'math'];
}

/** Cleans rich text with the profile's allow-list (NFC-normalized, as every input of the portal). */
export function sanitizeRichHtml(html: string, profile: HtmlProfile): string {
  return sanitizeHtml(html.normalize('NFC').replace(/\u0000/g, ''), OPTIONS[profile]);
}

// Caption text comes out of sanitize-html already entity-escaped; only a quote could end the attribute.
const asAttribute = (text: string) => text.replace(/"/g, '&quot;');

/**
 * Wraps each table in a named, focusable region that scrolls on a 360 px phone instead of
 * widening the page (WCAG 2.1.1: keyboard users can scroll it). For display only, after
 * sanitizing (its input is well-formed); never stored.
 */
export function wrapTables(html: string, fallbackLabel = 'Bảng'): string {
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner: string) => {
    if (inner.includes('<table')) return table; // nested tables: leave as they are
    const caption = /<caption>([\s\S]*?)<\/caption>/.exec(inner)?.[1]?.replace(/<[^>]+>/g, '').trim();
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${asAttribute(caption || fallbackLabel)}">${table}</div>`;
  });
}

/** Plain text of some HTML (for comparing revisions word by word and for summaries). */
export function htmlToText(html: string): string {
  const blocks = html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption|tr|caption)>/gi, '$&\n').replace(/<br\s*\/?>/gi, '\n').replace(/<\/t[dh]>/gi, '$& ');
  const text = sanitizeHtml(blocks, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'noscript', 'template'] });
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
