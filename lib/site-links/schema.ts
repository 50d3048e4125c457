import { checkbox, line, requiredLine } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

export const LABEL_MAX = 60;
export const HREF_MAX = 500;

const HREF_MESSAGE = 'Đường dẫn phải là một trang của cổng, bắt đầu bằng “/” (ví dụ /tin-tuc), hoặc một địa chỉ web bắt đầu bằng http:// hoặc https://.';

/**
 * Why an address cannot be a menu or footer link, or null when it can. Allowed: a path of this
 * site ("/tin-tuc", "/van-ban?pham-vi=trung-uong") or an http(s) address. Refused: "//host" and
 * "/\host", which browsers follow to another site, and every other scheme (javascript:, data:…),
 * since the link is shown on every public page.
 */
export function hrefProblem(href: string): string | null {
  if (!href) return 'Nhập đường dẫn.';
  if (href.length > HREF_MAX) return `Đường dẫn không được dài quá ${HREF_MAX} ký tự.`;
  if (/\s/.test(href)) return 'Đường dẫn không được chứa khoảng trắng.';
  if (href.startsWith('/')) {
    if (/^\/[/\\]/.test(href)) return 'Đường dẫn trong cổng không được bắt đầu bằng “//”: hãy ghi đủ địa chỉ, bắt đầu bằng https://.';
    if (href.includes('\\')) return HREF_MESSAGE;
    return null;
  }
  if (!/^https?:\/\//i.test(href)) return HREF_MESSAGE;
  try {
    const url = new URL(href);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return HREF_MESSAGE;
  } catch {
    return HREF_MESSAGE;
  }
  return null;
}

const href = line.transform((s, ctx): string => {
  const problem = hrefProblem(s);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return s;
});

/** '' or absent: a top-level entry; else the id of the menu entry it goes under. */
const parentId = line.transform((s, ctx): number | null => {
  if (!s) return null;
  if (!/^[1-9]\d{0,8}$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: 'Chọn mục cấp trên.' });
    return z.NEVER;
  }
  return Number(s);
});

export const siteLinkSchema = z.object({
  label: requiredLine('Nhập tên hiển thị.', 'Tên hiển thị', LABEL_MAX),
  href,
  parentId,
  visible: checkbox,
});

export type SiteLinkInput = z.infer<typeof siteLinkSchema>;

export const locationSchema = z.enum(['MENU', 'FOOTER']);
export type SiteLinkLocation = z.infer<typeof locationSchema>;

export const locationLabels: Record<SiteLinkLocation, string> = { MENU: 'Menu chính', FOOTER: 'Liên kết chân trang' };
