'use server';

import { errorState, formValues, type ActionState } from '@/lib/actions/state';
import { recordAudit } from '@/lib/audit';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { site } from '@/lib/site';

import { requestClientHash } from './client';
import { newFeedbackCode } from './code';
import { isHoneypotFilled } from './honeypot';
import { isFeedbackRateLimited, rateLimitMessage } from './rate-limit';
import { FEEDBACK_FIELDS, parseFeedback, type FeedbackInput } from './schema';

/** The form's state: ActionState, plus the tracking code once the feedback is stored. */
export type FeedbackFormState = ActionState & { code?: string };

const SENT_MESSAGE = 'Ý kiến của bạn đã được gửi đến Liên minh Hợp tác xã tỉnh.';

/**
 * Stores a visitor's feedback (Ý kiến) and answers with its tracking code.
 *
 * A public form, so there is no session guard: anyone may write to the alliance. What stands in
 * for it: a honeypot field, a rate limit per client (salted hash of the address), zod with
 * Vietnamese messages, NFC text. Staff read and answer it in the workspace (another action).
 */
export async function submitFeedback(_previous: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> {
  const all = formValues(formData);
  // Only the visible fields are echoed back; the honeypot never is.
  const values = Object.fromEntries(FEEDBACK_FIELDS.map((f) => [f, all[f] ?? '']));

  if (isHoneypotFilled(all)) {
    // A bot filled the hidden field. Answer as if it worked, with a code that leads nowhere, so
    // the bot learns nothing; store nothing.
    return { status: 'success', message: SENT_MESSAGE, code: newFeedbackCode() };
  }

  const parsed = parseFeedback(values);
  if (!parsed.success) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', parsed.fieldErrors, values);

  const hash = await requestClientHash();
  let code: string;
  try {
    if (await isFeedbackRateLimited(hash)) return errorState(rateLimitMessage, {}, values);
    code = await storeFeedback(parsed.data, hash);
  } catch (error) {
    // The visitor keeps what they typed and gets a way to reach the alliance; the cause is logged.
    console.error('feedback.create failed', error);
    return errorState(`Chưa gửi được ý kiến do lỗi hệ thống. Vui lòng thử lại sau ít phút hoặc gọi ${site.phone}.`, {}, values);
  }
  // The tracking page of this code may have been asked for (and cached as unknown) before.
  expirePublicTags(cacheTags.feedback(code));
  return { status: 'success', message: SENT_MESSAGE, code };
}

/** Writes the feedback and its audit row in one transaction; returns the tracking code. */
async function storeFeedback({ name, email, phone, subject, message }: FeedbackInput, hash: string): Promise<string> {
  // Codes are random (38 bits); a collision is astronomically rare but only needs a new draw.
  for (let attempt = 0; ; attempt++) {
    const code = newFeedbackCode();
    try {
      await prisma.$transaction(async (tx) => {
        const feedback = await tx.feedback.create({
          data: { code, name, email: email ?? null, phone: phone ?? null, subject, message, clientHash: hash },
          select: { id: true },
        });
        await recordAudit(tx, {
          userId: null,
          action: 'feedback.create',
          entity: 'Feedback',
          entityId: String(feedback.id),
          after: { code, subject, status: 'NEW' },
        });
      });
      return code;
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!duplicate || attempt >= 2) throw error;
    }
  }
}
