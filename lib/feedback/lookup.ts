import 'server-only';

import { prisma } from '@/lib/db';
import type { FeedbackStatus } from '@/lib/generated/prisma/enums';

/** Status words for the sender (the workspace has its own, shorter ones). */
export const publicFeedbackStatusLabels: Record<FeedbackStatus, string> = {
  NEW: 'Đã tiếp nhận, đang chờ xử lý',
  IN_PROGRESS: 'Đang xử lý',
  ANSWERED: 'Đã trả lời',
  CLOSED: 'Đã xử lý xong',
  SPAM: 'Không được tiếp nhận (nội dung không phù hợp)',
};

export type FeedbackLookup = {
  code: string;
  subject: string;
  createdAt: Date;
  status: FeedbackStatus;
  reply: string | null;
  repliedAt: Date | null;
};

/**
 * What the sender may see with the tracking code: subject, date, status and the reply once staff
 * publish it. Never the sender's name, email, phone or address, since the code is the only key.
 */
export async function getFeedbackByCode(code: string): Promise<FeedbackLookup | null> {
  const row = await prisma.feedback.findUnique({
    where: { code },
    select: { code: true, subject: true, createdAt: true, status: true, reply: true, replyPublished: true, repliedAt: true },
  });
  if (!row) return null;
  const published = row.replyPublished && !!row.reply;
  return {
    code: row.code,
    subject: row.subject,
    createdAt: row.createdAt,
    status: row.status,
    reply: published ? row.reply : null,
    repliedAt: published ? row.repliedAt : null,
  };
}
