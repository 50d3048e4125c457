import 'server-only';

import { prisma } from '@/lib/db';
import { site } from '@/lib/site';

/**
 * How many messages one client may send through a public form (feedback, comments on drafts and
 * on articles): a person writes a few, a script writes hundreds. Each form counts its own stored
 * messages, so a reader who comments on an article can still send feedback.
 */
export const PUBLIC_FORM_RATE_LIMITS = [
  { windowMinutes: 10, max: 3 },
  { windowMinutes: 24 * 60, max: 10 },
] as const;

/**
 * True when a client has reached one of the limits. `countSince` counts what this client has
 * stored from a moment on (its rows with the client's hash, created at or after it).
 */
export async function isRateLimited(countSince: (since: Date) => Promise<number>, now = new Date()): Promise<boolean> {
  const counts = await Promise.all(PUBLIC_FORM_RATE_LIMITS.map((l) => countSince(new Date(now.getTime() - l.windowMinutes * 60_000))));
  return PUBLIC_FORM_RATE_LIMITS.some((l, i) => counts[i] >= l.max);
}

/** True when this client has reached one of the limits (counted from stored feedback). */
export async function isFeedbackRateLimited(clientHash: string, now = new Date()): Promise<boolean> {
  return isRateLimited((since) => prisma.feedback.count({ where: { clientHash, createdAt: { gte: since } } }), now);
}

/** The refusal, naming what was sent ("ý kiến", "bình luận"). */
export function rateLimitMessageFor(what: string): string {
  return `Bạn đã gửi nhiều ${what} trong thời gian ngắn. Vui lòng thử lại sau ít phút, hoặc gọi điện thoại ${site.phone} để được hỗ trợ.`;
}

export const rateLimitMessage = rateLimitMessageFor('ý kiến');
