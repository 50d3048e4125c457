/**
 * Limits and kinds of uploaded media, shared by the server checks and the forms' hints.
 * Change the limits here; the server action's body limit (next.config.ts) must stay above them.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Widths of the web copies made of every image (each in WebP and JPEG). */
export const IMAGE_WIDTHS = [1600, 800, 400] as const;

export type MediaKind = 'image' | 'pdf' | 'word' | 'excel' | 'video';

export const mediaKindLabels: Record<MediaKind, string> = { image: 'Ảnh', pdf: 'PDF', word: 'Word', excel: 'Excel', video: 'Video' };

/** The URL value of the type filter (?loai=anh) for each kind. */
export const mediaKindParams: Record<MediaKind, string> = { image: 'anh', pdf: 'pdf', word: 'word', excel: 'excel', video: 'video' };

export const MIME_BY_KIND: Record<MediaKind, readonly string[]> = {
  image: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  pdf: ['application/pdf'],
  word: ['application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  excel: ['application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  video: ['video/mp4', 'video/webm'],
};

export function mediaKindOf(mime: string): MediaKind | null {
  for (const [kind, mimes] of Object.entries(MIME_BY_KIND) as [MediaKind, readonly string[]][]) if (mimes.includes(mime)) return kind;
  return null;
}

/** "20 MB" */
export function formatLimit(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The accept attribute of a file input for the given kinds (a hint to the browser; the server decides). */
export function acceptOf(kinds: readonly MediaKind[]): string {
  const ext: Record<MediaKind, string> = { image: '.jpg,.jpeg,.png,.webp,.gif', pdf: '.pdf', word: '.doc,.docx', excel: '.xls,.xlsx', video: '.mp4,.webm' };
  return kinds.map((k) => `${ext[k]},${MIME_BY_KIND[k].join(',')}`).join(',');
}
