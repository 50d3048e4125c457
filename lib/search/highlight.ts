/**
 * Marks the words of a query in a title or snippet, accent-insensitively: "hop tac xa" marks
 * "Hợp", "tác", "xã"; "dong" marks "Đồng". Pure, so it is unit-tested and runs in server components.
 *
 * The text is read as units (a base character with the combining marks that follow it, so NFD
 * text works too), each unit folded on its own; a position in the folded text maps back to the
 * unit it came from. Matches are found in the folded text and returned as ranges of the original,
 * which is never modified: the caller renders the segments (React escapes them).
 */
import { foldText, queryTerms } from './text';

export type Segment = { text: string; match: boolean };
type Range = [start: number, end: number];

const UNIT = /\P{M}\p{M}*|\p{M}+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Folded = { folded: string; starts: number[]; ends: number[] };

function foldWithMap(text: string): Folded {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(UNIT)) {
    const start = m.index;
    const end = start + m[0].length;
    for (const ch of foldText(m[0])) {
      folded += ch;
      // A fold never yields astral characters for letters; keep the map per UTF-16 unit anyway.
      for (let i = 0; i < ch.length; i++) {
        starts.push(start);
        ends.push(end);
      }
    }
  }
  return { folded, starts, ends };
}

/**
 * Ranges of the original text where a query word starts a word, merged. Words of one or two
 * letters mark whole words only ("xa" marks "xã", not the start of "xây"); longer ones also mark
 * the start of a longer word, as while typing ("nghi" marks "nghiệp").
 */
export function highlightRanges(text: string, query: string): Range[] {
  const terms = queryTerms(query).sort((a, b) => b.length - a.length);
  if (terms.length === 0 || !text) return [];
  const { folded, starts, ends } = foldWithMap(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      from = at + 1;
      if (at > 0 && WORD_CHAR.test(folded[at - 1])) continue;
      const after = at + term.length;
      if (term.length <= 2 && after < folded.length && WORD_CHAR.test(folded[after])) continue;
      ranges.push([starts[at], ends[at + term.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The text cut into plain and matched segments, in order; joined they give the text back. */
export function highlightSegments(text: string, query: string): Segment[] {
  const ranges = highlightRanges(text, query);
  const out: Segment[] = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    if (start > pos) out.push({ text: text.slice(pos, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    pos = end;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), match: false });
  return out;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The text as HTML with <mark> around matches, everything else escaped (for feeds or plain HTML). */
export function highlightHtml(text: string, query: string): string {
  return highlightSegments(text, query)
    .map((s) => (s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
}

/**
 * A window of about `maxLength` characters around the first match, cut at word boundaries, with
 * "…" where text was left out; the start of the text when nothing matches.
 */
export function snippet(text: string, query: string, maxLength = 240): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const first = highlightRanges(clean, query)[0];
  let start = first ? Math.max(0, first[0] - Math.floor(maxLength / 4)) : 0;
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < (first?.[0] ?? Infinity) ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + maxLength);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + maxLength / 2) end = space;
  }
  return `${start > 0 ? '… ' : ''}${clean.slice(start, end).trim()}${end < clean.length ? ' …' : ''}`;
}
