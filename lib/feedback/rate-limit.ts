import 'server-only';

import { prisma } from '@/lib/db';
import { site } from '@/lib/site';

/** How many messages one client may send: a person writes a few, a script writes hundreds. */
export const FEEDBACK_RATE_LIMITS = [
  { windowMinutes: 10, max: 3 },
  { windowMinutes: 24 * 60, max: 10 },
] as const;

/** True when this client has reached one of the limits (counted from stored feedback). */
export async function isFeedbackRateLimited(clientHash: string, now = new Date()): Promise<boolean> {
  const counts = await Promise.all(
    FEEDBACK_RATE_LIMITS.map((l) =>
      prisma.feedback.count({
        where: { clientHash, createdAt: { gte: new Date(now.getTime() - l.windowMinutes * 60_000) } },
      }),
    ),
  );
  return FEEDBACK_RATE_LIMITS.some((l, i) => counts[i] >= l.max);
}

export const rateLimitMessage = `Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau ít phút, hoặc gọi điện thoại ${site.phone} để được hỗ trợ.`;
