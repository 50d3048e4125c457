/**
 * Text folded for comparison the way people read it: case, diacritics (đ → d included), NFC/NFD
 * and punctuation do not matter. "Tên HTX", "TEN HTX" and "tên  h.t.x" fold alike, as do the
 * precomposed and decomposed spellings of "Hợp tác xã".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ABBREVIATIONS: Record<string, string> = {
  htx: 'hop tac xa',
  tht: 'to hop tac',
  qtdnd: 'quy tin dung nhan dan',
  lhhtx: 'lien hiep hop tac xa',
  nn: 'nong nghiep',
  dv: 'dich vu',
  tm: 'thuong mai',
};

/**
 * A name for matching organizations: folded, with the usual abbreviations spelled out, so that
 * "HTX NN Tân Hiệp" in a commune's list finds "Hợp tác xã Nông nghiệp Tân Hiệp" in the register.
 */
export function foldName(text: string): string {
  return fold(text)
    .split(' ')
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ');
}
