'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Validity } from '@/lib/generated/prisma/enums';
import { checkUpload, prepareUpload, recordUpload, UploadError } from '@/lib/media/ingest';
import { requestIp } from '@/lib/members/mutation';

import { attachmentTitleSchema, documentFormSchema, type DocumentFormData, relationFormSchema, relationVerbs } from './editor-schema';
import { legalDocumentSlug } from './slug';

/**
 * Editors' changes to legal documents. Validity is never stored from the form (decision 0005): it
 * is derived at read time from dates and "replaces" links, so a change here shows on the public
 * pages as soon as their cache tags expire. Every document page carries the tag `documents` (it
 * shows related documents and what replaced it), the lists too; each action also expires the
 * pages of the documents it names, so that the intent stays visible if that tagging ever narrows.
 */

const WORKSPACE = '/quan-tri/van-ban';

function dataOf(d: DocumentFormData): Omit<DocumentFormData, 'partlyExpired'> & { validity: Validity } {
  const { partlyExpired, ...rest } = d;
  const validity: Validity = partlyExpired ? 'PARTIALLY_EXPIRED' : 'IN_FORCE';
  return { ...rest, validity };
}

async function issuerExists(id: number): Promise<boolean> {
  return (await prisma.issuingBody.count({ where: { id } })) > 0;
}

function duplicateNumber(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

const DUPLICATE = 'Đã có văn bản cùng loại và số hiệu này.';

export async function createDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('document.manage');
  const values = formValues(formData);
  const parsed = documentFormSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  if (!(await issuerExists(parsed.data.issuingBodyId))) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { issuingBodyId: 'Chọn cơ quan ban hành.' }, values);
  const data = dataOf(parsed.data);
  const slug = legalDocumentSlug(data.type, data.number);
  const ip = await requestIp();
  let id: number;
  try {
    id = await prisma.$transaction(async (tx) => {
      const doc = await tx.legalDocument.create({ data: { ...data, slug } });
      await recordAudit(tx, { userId: user.id, action: 'document.create', entity: 'LegalDocument', entityId: String(doc.id), ...auditDiff({}, { slug, ...data }), ip });
      return doc.id;
    });
  } catch (error) {
    if (duplicateNumber(error)) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { number: DUPLICATE }, values);
    throw error;
  }
  expirePublicTags(cacheTags.documents, cacheTags.document(slug));
  revalidatePath(WORKSPACE, 'layout');
  redirect(`${WORKSPACE}/${id}?thong-bao=da-tao`);
}

/**
 * Saves the form. The slug (public address) stays as it was, so links never break; a number
 * typed wrong at creation is corrected in the text, not the address.
 */
export async function updateDocument(documentId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('document.manage');
  const values = formValues(formData);
  const doc = Number.isSafeInteger(documentId) ? await prisma.legalDocument.findUnique({ where: { id: documentId } }) : null;
  if (!doc) return errorState('Không tìm thấy văn bản.', {}, values);
  const parsed = documentFormSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  if (!(await issuerExists(parsed.data.issuingBodyId))) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { issuingBodyId: 'Chọn cơ quan ban hành.' }, values);
  const data = dataOf(parsed.data);
  // A stored EXPIRED/NOT_YET_IN_FORCE marker (ignored by the rule) is left alone unless the box changes it.
  if (!parsed.data.partlyExpired && doc.validity !== 'PARTIALLY_EXPIRED') data.validity = doc.validity;
  const diff = auditDiff(doc, data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  const related = await prisma.documentRelation.findMany({
    where: { OR: [{ fromId: doc.id }, { toId: doc.id }] },
    select: { from: { select: { slug: true } }, to: { select: { slug: true } } },
  });
  await prisma.$transaction(async (tx) => {
    await tx.legalDocument.update({ where: { id: doc.id }, data });
    await recordAudit(tx, { userId: user.id, action: 'document.update', entity: 'LegalDocument', entityId: String(doc.id), ...diff, ip });
  });
  // Its dates and publication change the validity and the lists shown on related documents' pages.
  expirePublicTags(cacheTags.documents, cacheTags.document(doc.slug), ...related.flatMap((r) => [cacheTags.document(r.from.slug), cacheTags.document(r.to.slug)]));
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: 'Đã lưu văn bản.', values };
}

/** "This document replaces / amends / … the other": the old document's page changes at once. */
export async function addDocumentRelation(documentId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('document.manage');
  const values = formValues(formData);
  const parsed = relationFormSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const { toId, type } = parsed.data;
  if (toId === documentId) return errorState('Văn bản không thể liên quan đến chính nó.', {}, values);
  const [from, to] = await Promise.all([
    prisma.legalDocument.findUnique({ where: { id: documentId }, select: { id: true, slug: true, number: true } }),
    prisma.legalDocument.findUnique({ where: { id: toId }, select: { id: true, slug: true, number: true } }),
  ]);
  if (!from || !to) return errorState('Không tìm thấy văn bản.', {}, values);
  if (type === 'REPLACES') {
    const reverse = await prisma.documentRelation.count({ where: { fromId: to.id, toId: from.id, type: 'REPLACES' } });
    if (reverse) return errorState(`Văn bản ${to.number} đang được ghi là thay thế văn bản này; hai văn bản không thể thay thế lẫn nhau.`, {}, values);
  }
  const ip = await requestIp();
  try {
    await prisma.$transaction(async (tx) => {
      const relation = await tx.documentRelation.create({ data: { fromId: from.id, toId: to.id, type } });
      await recordAudit(tx, {
        userId: user.id,
        action: 'document.relation.add',
        entity: 'LegalDocument',
        entityId: String(from.id),
        after: { relationId: relation.id, type, toId: to.id, toNumber: to.number },
        ip,
      });
    });
  } catch (error) {
    if (duplicateNumber(error)) return errorState('Quan hệ này đã được ghi.', {}, values);
    throw error;
  }
  expirePublicTags(cacheTags.documents, cacheTags.document(from.slug), cacheTags.document(to.slug));
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: `Đã ghi: ${relationVerbs[type].toLowerCase()} văn bản ${to.number}.` };
}

export async function removeDocumentRelation(documentId: number, relationId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('document.manage');
  const relation = Number.isSafeInteger(relationId)
    ? await prisma.documentRelation.findFirst({
        where: { id: relationId, OR: [{ fromId: documentId }, { toId: documentId }] },
        include: { from: { select: { id: true, slug: true, number: true } }, to: { select: { id: true, slug: true, number: true } } },
      })
    : null;
  if (!relation) return errorState('Không tìm thấy quan hệ; có thể đã được gỡ.');
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.documentRelation.delete({ where: { id: relation.id } });
    await recordAudit(tx, {
      userId: user.id,
      action: 'document.relation.remove',
      entity: 'LegalDocument',
      entityId: String(relation.from.id),
      before: { relationId: relation.id, type: relation.type, toId: relation.to.id, toNumber: relation.to.number },
      ip,
    });
  });
  expirePublicTags(cacheTags.documents, cacheTags.document(relation.from.slug), cacheTags.document(relation.to.slug));
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: 'Đã gỡ quan hệ.' };
}

/**
 * Attaches a PDF, Word or Excel file, uploaded through the media library's checks (type by
 * content, size limit); the file is also in the library, where it cannot be deleted while attached.
 */
export async function addDocumentAttachment(documentId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('document.manage');
  const values = formValues(formData);
  const doc = Number.isSafeInteger(documentId) ? await prisma.legalDocument.findUnique({ where: { id: documentId }, select: { id: true, slug: true } }) : null;
  if (!doc) return errorState('Không tìm thấy văn bản.', {}, values);
  const title = attachmentTitleSchema.safeParse(values);
  if (!title.success) return invalidState(title.error, values);
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { file: 'Chọn một tệp để đính kèm.' }, values);
  let prepared;
  try {
    prepared = await prepareUpload(await checkUpload(file, ['pdf', 'word', 'excel']));
  } catch (error) {
    if (error instanceof UploadError) return errorState('Tệp không được nhận.', { file: error.message }, values);
    throw error;
  }
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    const { media, created } = await recordUpload(tx, prepared, { uploadedById: user.id });
    if (created) {
      await recordAudit(tx, { userId: user.id, action: 'media.upload', entity: 'Media', entityId: String(media.id), after: { fileName: media.fileName, mimeType: media.mimeType, sizeBytes: media.sizeBytes }, ip });
    }
    const ordinal = (await tx.attachment.aggregate({ where: { legalDocumentId: doc.id }, _max: { ordinal: true } }))._max.ordinal ?? -1;
    const attachment = await tx.attachment.create({
      data: { mediaId: media.id, legalDocumentId: doc.id, title: title.data.title ?? media.fileName.replace(/\.[A-Za-z0-9]{1,8}$/, ''), ordinal: ordinal + 1 },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: 'document.attachment.add',
      entity: 'LegalDocument',
      entityId: String(doc.id),
      after: { attachmentId: attachment.id, title: attachment.title, mediaId: media.id, fileName: media.fileName },
      ip,
    });
  });
  expirePublicTags(cacheTags.documents, cacheTags.document(doc.slug));
  revalidatePath(WORKSPACE, 'layout');
  revalidatePath('/quan-tri/thu-vien-media', 'layout');
  return { status: 'success', message: `Đã đính kèm «${prepared.fileName}».` };
}

/** Detaches a file; it stays in the media library (delete it there if nothing else uses it). */
export async function removeDocumentAttachment(documentId: number, attachmentId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('document.manage');
  const attachment = Number.isSafeInteger(attachmentId)
    ? await prisma.attachment.findFirst({ where: { id: attachmentId, legalDocumentId: documentId }, include: { legalDocument: { select: { slug: true } }, media: { select: { fileName: true } } } })
    : null;
  if (!attachment?.legalDocument) return errorState('Không tìm thấy tệp đính kèm; có thể đã được gỡ.');
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.attachment.delete({ where: { id: attachment.id } });
    await recordAudit(tx, {
      userId: user.id,
      action: 'document.attachment.remove',
      entity: 'LegalDocument',
      entityId: String(documentId),
      before: { attachmentId: attachment.id, title: attachment.title, mediaId: attachment.mediaId, fileName: attachment.media.fileName },
      ip,
    });
  });
  expirePublicTags(cacheTags.documents, cacheTags.document(attachment.legalDocument.slug));
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: `Đã gỡ tệp «${attachment.title}».` };
}
