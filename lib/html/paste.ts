/**
 * HTML pasted into the rich-text editor (articles, legal documents, static pages) from Word or a
 * web page, reduced to structure before the editor parses it: Word's conditional comments and XML
 * islands, its list-bullet spans and namespaced tags (o:p, v:shape…), every class, style, id and
 * language attribute, fonts and spans.
 * The editor's schema then keeps only what it knows (headings, lists, tables, links…), and the
 * server's allow-list (lib/html/sanitize.ts) has the final word when the text is saved.
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

/**
 * Moves every heading of pasted HTML to the nearest level the editor offers (a legal document's
 * text has h3 and h4 under the page's own headings; an article or a page h2 to h4). The editor
 * would otherwise turn a Word "Heading 1" into a plain paragraph and lose the structure.
 */
export function fitHeadings(html: string, levels: readonly number[]): string {
  if (levels.length === 0) return html;
  const min = Math.min(...levels);
  const max = Math.max(...levels);
  return html.replace(/<(\/?)h([1-6])\b/gi, (_tag, close: string, level: string) => `<${close}h${Math.min(max, Math.max(min, Number(level)))}`);
}
