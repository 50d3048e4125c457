/**
 * Text of the spreadsheets communes send, in whatever encoding it arrives, as NFC Unicode.
 *
 * - CSV files are bytes: UTF-8 (with or without BOM) and UTF-16 (with BOM, or guessed from the
 *   zero bytes of ASCII text) decode as such; anything that is not valid UTF-8 is a legacy 8-bit
 *   Vietnamese encoding, decoded both as Windows-1258 and as TCVN3 (ABC, TCVN 5712) and the more
 *   Vietnamese-looking result kept.
 * - Older .xlsx files typed with TCVN3 fonts (.VnTime) hold the TCVN3 bytes as Windows-1252
 *   characters ("Hîp t¸c x·" for "Hợp tác xã"); such text is recognised and converted too.
 * - VNI-Windows text cannot be told apart reliably; it is reported, never guessed at.
 *
 * Windows-1258 spells tones as combining marks (NFD-like): everything is normalized to NFC.
 */

/**
 * TCVN3 bytes 0x80–0xFF → Unicode, as the TCVN 5712:1993 table (VN1; the ABC fonts use its
 * 0xA0–0xFF half). Generated with glibc: `printf '\xNN' | iconv -f TCVN5712-1 -t UTF-16BE`.
 * 0xB0–0xB4 are combining tone marks.
 */
const TCVN3_HIGH = [
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
  0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

/** Windows-1252 character → its byte, for text that went bytes → cp1252 → Unicode (old .xlsx). */
const CP1252_BYTE: ReadonlyMap<string, number> = (() => {
  const decoder = new TextDecoder('windows-1252');
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) map.set(decoder.decode(Uint8Array.of(b)), b);
  return map;
})();

export function decodeTcvn3Bytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(TCVN3_HIGH[b - 0x80]);
  return out.normalize('NFC');
}

/** Text whose characters are TCVN3 bytes read as Windows-1252, converted to Unicode. */
export function tcvn3FromCp1252Text(text: string): string {
  let out = '';
  for (const ch of text) {
    const b = CP1252_BYTE.get(ch);
    out += b === undefined ? ch : String.fromCharCode(TCVN3_HIGH[b - 0x80]);
  }
  return out.normalize('NFC');
}

// ───────────────────────────── Recognising Vietnamese ─────────────────────────────

/** Letters that only Vietnamese text has (ă â đ ê ô ơ ư and every toned vowel), after NFC. */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu;
/** Letters Vietnamese never uses but that Windows-1252 shows for TCVN3/VNI bytes (¸ · µ î Ö …). */
const FOREIGN_LATIN = /[\u0080-\u009f\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a]/gu;
/** Vietnamese-only letters that cannot come out of a Windows-1252 reading (ă đ ơ ư ạ ế …). */
const UNICODE_ONLY_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Syllables (words) with more than one tone mark: impossible in Vietnamese, common in mis-decoded text. */
function impossibleSyllables(nfc: string): number {
  let n = 0;
  for (const word of nfc.match(/\p{L}+/gu) ?? []) if (count(word.normalize('NFD'), TONE_MARK) > 1) n++;
  return n;
}

/**
 * How Vietnamese a decoded text looks: Vietnamese letters count for; stray Latin-1 signs, marks
 * left uncombined and syllables with two tones count against.
 */
export function vietnameseScore(text: string): number {
  const nfc = text.normalize('NFC');
  return (
    count(nfc, VIETNAMESE_LETTER) -
    3 * count(nfc, FOREIGN_LATIN) -
    5 * count(nfc, /[\u0300-\u036f\ufffd]/gu) -
    10 * impossibleSyllables(nfc)
  );
}

export type LegacyKind = 'tcvn3' | 'vni-or-unknown';

/**
 * Whether a text read from a spreadsheet is legacy-encoded Vietnamese shown through Windows-1252:
 * it has stray Latin-1 signs, no letter only Unicode can hold, and (for TCVN3) reads as much better
 * Vietnamese once converted.
 */
export function detectLegacyText(text: string): LegacyKind | null {
  if (UNICODE_ONLY_VIETNAMESE.test(text)) return null;
  const foreign = count(text, FOREIGN_LATIN);
  if (foreign < 2) return null;
  const converted = tcvn3FromCp1252Text(text);
  if (vietnameseScore(converted) > vietnameseScore(text) + foreign) return 'tcvn3';
  // VNI spells marks as Latin-1 letters after the vowel ("Hôïp taùc xaõ"): pairs Vietnamese never
  // writes ("eâ", "aõ", "aù") and letters it never uses (ï ø û ö). A few stray signs (a "©",
  // "°C") are not an encoding problem.
  const vni = count(text, /[aeo][âê]|[aeiouy][ùõ]|[öøûïä]/giu);
  if (vni >= 3 && vni * 40 >= text.length) return 'vni-or-unknown';
  return foreign >= 3 && foreign * 20 >= text.length ? 'vni-or-unknown' : null;
}

// ───────────────────────────── Bytes of a CSV file ─────────────────────────────

export type DecodedText = { text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1258' | 'TCVN3' };

/** UTF-16 without a BOM: ASCII text has a zero byte in every other position. */
function guessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'UTF-16LE';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'UTF-16BE';
  return null;
}

/**
 * Decodes a CSV file's bytes. Throws TypeError for bytes no encoding accounts for (a binary file
 * with a .csv name).
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  const nfc = (text: string, encoding: DecodedText['encoding']): DecodedText => ({ text: text.normalize('NFC'), encoding });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return nfc(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), 'UTF-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return nfc(new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return nfc(new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), 'UTF-16BE');
  const utf16 = guessUtf16(bytes);
  if (utf16) return nfc(new TextDecoder(utf16.toLowerCase(), { fatal: true }).decode(bytes), utf16);
  try {
    return nfc(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'UTF-8');
  } catch {
    // Not UTF-8: one of the 8-bit Vietnamese encodings of the 1990s–2000s.
  }
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const tcvn3 = decodeTcvn3Bytes(bytes);
  return vietnameseScore(tcvn3) > vietnameseScore(cp1258) ? { text: tcvn3, encoding: 'TCVN3' } : { text: cp1258, encoding: 'Windows-1258' };
}
