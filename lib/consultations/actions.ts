'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { requestClientHash } from '@/lib/feedback/client';
import { isRateLimited, rateLimitMessage } from '@/lib/feedback/rate-limit';
import { isHoneypotFilled } from '@/lib/feedback/honeypot';
import { todayIsoInVietnam } from '@/lib/format/date';
import { requestIp } from '@/lib/members/mutation';

import { consultationPhase, consultationSummarySchema, consultationWindowSchema, DRAFT_COMMENT_FIELDS, draftCommentSchema } from './schema';

/**
 * Public comment on draft documents (Lấy ý kiến dự thảo). Staff with document.manage open a window
 * on a document, read the comments, and publish a summary once the window has closed. The public
 * pages show the window and the summary, not the comments.
 */

const WORKSPACE = '/quan-tri/lay-y-kien';

function expire(slug: string) {
  expirePublicTags(cacheTags.consultations, cacheTags.consultation(slug));
  revalidatePath(WORKSPACE, 'layout');
}

export async function openConsultation(documentId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('document.manage');
  const values = formValues(formData);
  const doc = Number.isSafeInteger(documentId) ? await prisma.legalDocument.findUnique({ where: { id: documentId }, select: { id: true, slug: true, consultation: { select: { id: true } } } }) : null;
  if (!doc) return errorState('Không tìm thấy văn bản.', {}, values);
  if (doc.consultation) return errorState('Văn bản này đã có đợt lấy ý kiến.', {}, values);
  const parsed = consultationWindowSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const ip = await requestIp();
  const id = await prisma.$transaction(async (tx) => {
    const c = await tx.draftConsultation.create({ data: { legalDocumentId: doc.id, ...parsed.data } });
    await recordAudit(tx, { userId: user.id, action: 'consultation.open', entity: 'DraftConsultation', entityId: String(c.id), after: { legalDocumentId: doc.id, ...auditDiff({}, parsed.data).after }, ip });
    return c.id;
  });
  expire(doc.slug);
  redirect(`${WORKSPACE}/${id}`);
}

export async function updateConsultationWindow(consultationId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('document.manage');
  const values = formValues(formData);
  const c = Number.isSafeInteger(consultationId) ? await prisma.draftConsultation.findUnique({ where: { id: consultationId }, include: { legalDocument: { select: { slug: true } } } }) : null;
  if (!c) return errorState('Không tìm thấy đợt lấy ý kiến.', {}, values);
  const parsed = consultationWindowSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const diff = auditDiff(c, parsed.data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.draftConsultation.update({ where: { id: c.id }, data: parsed.data });
    await recordAudit(tx, { userId: user.id, action: 'consultation.window', entity: 'DraftConsultation', entityId: String(c.id), ...diff, ip });
  });
  expire(c.legalDocument.slug);
  return { status: 'success', message: 'Đã lưu thời gian lấy ý kiến.', values };
}

/** Saves the summary of responses; it is published only after the window has closed. */
export async function saveConsultationSummary(consultationId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('document.manage');
  const values = formValues(formData);
  const c = Number.isSafeInteger(consultationId) ? await prisma.draftConsultation.findUnique({ where: { id: consultationId }, include: { legalDocument: { select: { slug: true } } } }) : null;
  if (!c) return errorState('Không tìm thấy đợt lấy ý kiến.', {}, values);
  const parsed = consultationSummarySchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const { summary, publishSummary } = parsed.data;
  if (publishSummary && consultationPhase(c, todayIsoInVietnam()) !== 'closed') {
    return errorState('Chỉ công bố bản tổng hợp sau khi hết hạn góp ý.', { publishSummary: 'Đợt lấy ý kiến chưa kết thúc.' }, values);
  }
  if (publishSummary && !summary) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { summary: 'Nhập nội dung tổng hợp trước khi công bố.' }, values);
  const next = { summary, summaryPublishedAt: publishSummary ? (c.summaryPublishedAt ?? new Date()) : null };
  const diff = auditDiff(c, next);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.draftConsultation.update({ where: { id: c.id }, data: next });
    await recordAudit(tx, { userId: user.id, action: 'consultation.summary', entity: 'DraftConsultation', entityId: String(c.id), ...diff, ip });
  });
  expire(c.legalDocument.slug);
  return { status: 'success', message: publishSummary ? 'Đã công bố bản tổng hợp ý kiến.' : 'Đã lưu bản tổng hợp (chưa công bố).', values };
}

const THANKS = 'Cảm ơn bạn đã góp ý. Ý kiến đã được gửi đến cơ quan soạn thảo.';

/**
 * A visitor's comment on a draft: no session (anyone may comment), so a honeypot, a rate limit
 * per client (the feedback form's limits, counted on comments) and the window checked on the
 * server stand in for it.
 */
export async function submitDraftComment(slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const all = formValues(formData);
  const values = Object.fromEntries(DRAFT_COMMENT_FIELDS.map((f) => [f, all[f] ?? '']));
  if (isHoneypotFilled(all)) return { status: 'success', message: THANKS };
  const c = /^[a-z0-9-]{1,200}$/.test(slug) ? await prisma.draftConsultation.findFirst({ where: { legalDocument: { slug } } }) : null;
  if (!c) return errorState('Không tìm thấy dự thảo.', {}, values);
  if (consultationPhase(c, todayIsoInVietnam()) !== 'open') return errorState('Dự thảo này hiện không nhận góp ý (ngoài thời gian lấy ý kiến).', {}, values);
  const parsed = draftCommentSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const hash = await requestClientHash();
  if (await isRateLimited((since) => prisma.draftComment.count({ where: { clientHash: hash, createdAt: { gte: since } } }))) return errorState(rateLimitMessage, {}, values);
  await prisma.$transaction(async (tx) => {
    const comment = await tx.draftComment.create({ data: { consultationId: c.id, ...parsed.data, clientHash: hash } });
    await recordAudit(tx, { userId: null, action: 'consultation.comment', entity: 'DraftComment', entityId: String(comment.id), after: { consultationId: c.id } });
  });
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: THANKS };
}
