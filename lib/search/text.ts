/**
 * Text helpers of the site search, shared by the SQL (lib/search/sql.ts), the directory's text
 * filter and the highlighting: pure functions, no database.
 *
 * Folding mirrors PostgreSQL's unaccent for Vietnamese: letters lose their marks (NFD, then the
 * combining marks dropped), đ/Đ becomes d, everything lowercase. "Hợp tác xã" → "hop tac xa".
 */

/** Longer queries are cut: nobody types more, and trigram work grows with the query. */
export const MAX_QUERY_LENGTH = 100;
/** One character finds everything and nothing useful. */
export const MIN_QUERY_LENGTH = 2;
/** Words a query may contribute to the all-words match and to highlighting. */
const MAX_TERMS = 8;

const COMBINING_MARKS = /\p{M}/gu;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/**
 * The query as searched: NFC (so "Hợp" typed on macOS equals the stored "Hợp"), no control or
 * format characters, whitespace collapsed, cut to MAX_QUERY_LENGTH characters (whole code points).
 */
export function normalizeQuery(raw: string | undefined | null): string {
  if (!raw) return '';
  const clean = raw.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** "Đồng Tháp" → "dong thap". Same length rules as unaccent for Vietnamese letters. */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
}

/** True when the text carries Vietnamese diacritics (or đ), i.e. the visitor typed accents. */
export function hasDiacritics(text: string): boolean {
  return foldText(text) !== text.toLowerCase();
}

/** Escapes LIKE wildcards so that a typed "%" or "_" means itself (ESCAPE is the default "\"). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The distinct folded words of a query, in order, at least `minLength` characters long:
 * "Giồng Riềng, Giồng" → ["giong", "rieng"].
 */
export function queryTerms(query: string, minLength = 2): string[] {
  const out: string[] = [];
  for (const m of foldText(normalizeQuery(query)).matchAll(WORD)) {
    if (m[0].length >= minLength && !out.includes(m[0])) out.push(m[0]);
    if (out.length >= MAX_TERMS) break;
  }
  return out;
}

/** Plain text of stored HTML (pages, article bodies) for snippets: tags dropped, common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
