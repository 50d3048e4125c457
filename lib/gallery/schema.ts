import { checkbox, optionalLine, optionalText, requiredLine } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

export const albumSchema = z.object({
  title: requiredLine('Nhập tên album.', 'Tên album', 300),
  description: optionalText('Mô tả', 2000),
  published: checkbox,
});

/** A link to a page that plays the video (YouTube, Facebook, a broadcaster's site): https only. */
const videoUrl = optionalLine('Liên kết', 500).transform((s, ctx): string | null => {
  if (!s) return null;
  try {
    const url = new URL(s);
    if (url.protocol !== 'https:') throw new Error('scheme');
    return url.toString();
  } catch {
    ctx.addIssue({ code: 'custom', message: 'Liên kết phải là địa chỉ https://, ví dụ https://www.youtube.com/watch?v=…' });
    return z.NEVER;
  }
});

export const videoSchema = z.object({
  title: requiredLine('Nhập tên video.', 'Tên video', 300),
  description: optionalText('Mô tả', 2000),
  url: videoUrl,
  published: checkbox,
});

export const photoCaptionSchema = z.object({ caption: optionalText('Chú thích', 500) });

/** The YouTube video id of a watch, short or embed link, for an embedded player; null for other sites. */
export function youtubeId(link: string): string | null {
  try {
    const url = new URL(link);
    const host = url.hostname.replace(/^www\.|^m\./, '');
    let id: string | null = null;
    if (host === 'youtu.be') id = url.pathname.slice(1);
    else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
      id = url.pathname === '/watch' ? url.searchParams.get('v') : (/^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[1] ?? null);
    }
    return id && /^[A-Za-z0-9_-]{6,20}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}
