/**
 * Document numbers ("số hiệu") as people type them. "20-NQ/TW", "20 NQ TW", "20/NQ-TW" and
 * "20nq-tw" are the same number; "45/2021" is the start of "45/2021/NĐ-CP"; "nd-cp" (no Đ on the
 * keyboard) means "NĐ-CP". Both sides are reduced to a key of tokens — letters and digits split
 * apart, everything else a separator, diacritics and case dropped, padded with spaces:
 *
 *   "45/2021/NĐ-CP" → " 45 2021 nd cp "      "17/2023/QH15" → " 17 2023 qh 15 "
 *
 * and a typed number matches when its key occurs in the document's key: whole tokens in order, so
 * "45/2021" matches but "5/2021" does not. The database computes the documents' side with the SQL
 * function legal_number_key() (migration 20261130000300); tests keep the two identical.
 */

/** Lower case without diacritics; đ/Đ (which have no Unicode decomposition) become d. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The token key of a number (or of anything typed into the number search); " " when it has no letters or digits. */
export function documentNumberKey(text: string): string {
  const tokens = foldVietnamese(text)
    .replace(/([0-9])([a-z])/g, '$1 $2')
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${tokens} `;
}

/** True when `typed` names `number` or a run of its tokens ("45/2021" → "45/2021/NĐ-CP"). */
export function matchesDocumentNumber(number: string, typed: string): boolean {
  const key = documentNumberKey(typed);
  return key.trim() !== '' && documentNumberKey(number).includes(key);
}

/** The words of a search, folded; each must appear in the document (number, abstract, full text). */
export function searchWords(text: string, max = 8): string[] {
  const words = foldVietnamese(text.normalize('NFC'))
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, max);
}

/**
 * A POSIX regular expression matching `word` at the start of a word of folded text: "hop" matches
 * "hop tac xa", "5/2021" does not match inside "45/2021". Regex metacharacters are escaped.
 */
export function wordStartPattern(word: string): string {
  return `(^|[^a-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

/** Escapes LIKE's wildcards (with "\" as the escape character, PostgreSQL's default). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
