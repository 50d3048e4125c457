/**
 * Headers for downloading an attachment under its Vietnamese file name. Browsers read the UTF-8
 * name from `filename*` (RFC 6266 / RFC 5987); `filename` carries an ASCII fallback for old clients.
 */

/** "Nghị định 45-2021-NĐ-CP.pdf" → "Nghi dinh 45-2021-ND-CP.pdf" (ASCII, no quotes or slashes). */
export function asciiFileName(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ._()-]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return ascii || 'tep-dinh-kem';
}

/** RFC 5987 ext-value characters: percent-encode everything else, including ' ( ) *. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const name = fileName.normalize('NFC').replace(/[\r\n"\\/]/g, ' ').trim() || 'tep-dinh-kem';
  return `${disposition}; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/zip': 'ZIP',
  'image/jpeg': 'Ảnh JPEG',
  'image/png': 'Ảnh PNG',
};

/** "PDF", "Word", or the file's extension in capitals. */
export function fileTypeLabel(mimeType: string, fileName: string): string {
  return TYPE_LABELS[mimeType] ?? (fileName.split('.').pop()?.toUpperCase() || 'Tệp');
}

/** "17,5 KB", "1,2 MB" in vi-VN form. */
export function formatFileSize(bytes: number): string {
  const nf = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${nf(bytes)} byte`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024)} KB`;
  return `${nf(bytes / (1024 * 1024))} MB`;
}
