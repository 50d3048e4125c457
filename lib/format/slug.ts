/**
 * URL slugs without diacritics: "Hợp tác xã Đồng Tâm" → "hop-tac-xa-dong-tam".
 * NFD splits letters from their combining marks; đ/Đ has no decomposition, so it is mapped by hand.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
