/**
 * HTML pasted into the article editor from Word or a web page, reduced to structure before the
 * editor parses it: Word's conditional comments and XML islands, its list-bullet spans and
 * namespaced tags (o:p, v:shape…), every class, style, id and language attribute, fonts and spans.
 * The editor's schema then keeps only what it knows (headings, lists, tables, links…), and the
 * server's allow-list (lib/html/sanitize.ts) has the final word when the article is saved.
 * Pure string work, so it runs the same in the browser and in tests.
 */
export function cleanPastedHtml(html: string): string {
  return (
    html
      // Word wraps its own markup in conditional comments and XML islands.
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(style|script|xml|head|title|template)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<(meta|link|base)\b[^>]*>/gi, '')
      // The bullet or number Word types in front of a list paragraph ("·", "1.") is not content.
      .replace(/<span[^>]*mso-list:\s*Ignore[^>]*>[\s\S]*?<\/span>/gi, '')
      // Namespaced Office tags (o:p, w:sdt, v:imagedata…): drop the tags, keep their text.
      .replace(/<\/?[a-z]+:[a-z]+\b[^>]*>/gi, '')
      // Wrappers that carry only looks.
      .replace(/<\/?(span|font)\b[^>]*>/gi, '')
      // Attributes that carry only looks or Word's bookkeeping; event handlers too.
      .replace(/\s(class|style|id|lang|xml:lang|align|valign|width|height|border|cellspacing|cellpadding|bgcolor|face|size|color|dir|on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
      // Images pasted from a document point at the writer's disk or embed data: upload them instead.
      .replace(/<img\b(?![^>]*\bsrc=["']?\/media\/)[^>]*>/gi, '')
      .replace(/&nbsp;/g, ' ')
  );
}
