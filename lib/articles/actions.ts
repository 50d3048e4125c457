'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { errorState, formValues, invalidState, type ActionState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { slugify } from '@/lib/format/slug';
import { htmlToText } from '@/lib/html/sanitize';
import { saveEditorImage, type UploadState } from '@/lib/media/editor-image';
import { cleanLine } from '@/lib/validation/control-chars';

import { cleanArticleHtml } from './html';
import { contentSelect, detailsOf, recordRevision, type RevisionDetails } from './publish';
import { articleSchema, type ArticleInput } from './schema';
import { EDITABLE } from './workflow';

/**
 * Writing articles: create, save (each save keeps a revision), images for the body, and the
 * search behind "linked cooperatives". The workflow (submit, publish, schedule, …) is in
 * workflow-actions.ts. The body is cleaned with the allow-list here, before it is stored.
 */

const LIST = '/quan-tri/tin-bai';

function parseArticle(formData: FormData) {
  const values = formValues(formData);
  const parsed = articleSchema.safeParse({
    ...values,
    organizationIds: formData.getAll('organizationIds').filter((v): v is string => typeof v === 'string'),
    featured: formData.get('featured') === 'on',
    commentsEnabled: formData.get('commentsEnabled') === 'on',
  });
  // organizationIds repeat in the form; echo them back as one comma-separated value.
  values.organizationIds = formData.getAll('organizationIds').join(',');
  return { values, parsed };
}

/** Checks what the ids point at; returns field errors, or null when all is well. */
async function checkReferences(input: ArticleInput): Promise<Record<string, string> | null> {
  const errors: Record<string, string> = {};
  const [category, cover, orgCount] = await Promise.all([
    prisma.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }),
    input.coverMediaId ? prisma.media.findUnique({ where: { id: input.coverMediaId }, select: { mimeType: true } }) : null,
    input.organizationIds.length ? prisma.organization.count({ where: { id: { in: input.organizationIds }, deletedAt: null } }) : 0,
  ]);
  if (!category) errors.categoryId = 'Chuyên mục không tồn tại.';
  if (input.coverMediaId && (!cover || !cover.mimeType.startsWith('image/'))) errors.coverMediaId = 'Ảnh đại diện không tồn tại.';
  if (orgCount !== input.organizationIds.length) errors.organizationIds = 'Một tổ chức được chọn không còn tồn tại.';
  return Object.keys(errors).length ? errors : null;
}

async function uniqueSlug(title: string, exceptId?: number): Promise<string> {
  const base = (slugify(title) || 'tin-bai').slice(0, 120).replace(/-+$/, '');
  for (let n = 1; n < 50; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await prisma.article.findFirst({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
    const aliased = await prisma.slugAlias.findFirst({ where: { entity: 'ARTICLE', slug }, select: { id: true } });
    if (!taken && !aliased) return slug;
  }
  return `${base}-${Date.now().toString(36)}`;
}

function cleanBody(input: ArticleInput): { body: string } | { error: string } {
  const body = cleanArticleHtml(input.body);
  if (!htmlToText(body) && !body.includes('<img')) return { error: 'Vui lòng nhập nội dung bài viết.' };
  return { body };
}

export async function createArticle(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.write');
  const { values, parsed } = parseArticle(formData);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const refs = await checkReferences(input);
  if (refs) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', refs, values);
  const cleaned = cleanBody(input);
  if ('error' in cleaned) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { body: cleaned.error }, values);

  const slug = await uniqueSlug(input.title);
  const { organizationIds, ...fields } = input;
  const id = await prisma.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: { ...fields, body: cleaned.body, slug, status: 'DRAFT', authorId: me.id, organizations: { create: organizationIds.map((organizationId) => ({ organizationId })) } },
      select: { id: true },
    });
    await recordRevision(tx, created.id, { ...fields, body: cleaned.body, organizationIds }, me.id, 'Tạo bài');
    await recordAudit(tx, { userId: me.id, action: 'article.create', entity: 'Article', entityId: String(created.id), after: { title: input.title, status: 'DRAFT', categoryId: input.categoryId } });
    return created.id;
  });
  revalidatePath(LIST);
  redirect(`${LIST}/${id}?da-luu=1`);
}

/**
 * Saves the editor's content. `seenUpdatedAt` is the version the form was opened on: a save over
 * a colleague's newer one is refused (what was typed is kept in the form).
 */
export async function updateArticle(articleId: number, seenUpdatedAt: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.write');
  const { values, parsed } = parseArticle(formData);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const before = await prisma.article.findUnique({ where: { id: articleId }, select: { ...contentSelect, updatedAt: true } });
  if (!before) return errorState('Tin bài không còn tồn tại.', {}, values);
  if (!EDITABLE.includes(before.status)) {
    return errorState(
      before.status === 'PUBLISHED'
        ? 'Tin đang đăng công khai: hãy tạo bản sửa đổi để sửa mà không ảnh hưởng bài đang đăng.'
        : before.status === 'SCHEDULED'
          ? 'Tin đã được hẹn giờ đăng: hãy hủy hẹn giờ trước khi sửa.'
          : 'Tin bài đang lưu trữ: hãy mở lại để sửa.',
      {},
      values,
    );
  }
  if (before.updatedAt.toISOString() !== seenUpdatedAt) {
    return errorState('Tin bài vừa được người khác lưu. Hãy mở lại trang để xem bản mới trước khi lưu; nội dung bạn nhập vẫn còn dưới đây.', {}, values);
  }
  const refs = await checkReferences(input);
  if (refs) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', refs, values);
  const cleaned = cleanBody(input);
  if ('error' in cleaned) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { body: cleaned.error }, values);

  const { organizationIds, ...fields } = input;
  const beforeDetails = detailsOf(before);
  const afterDetails: RevisionDetails = { ...beforeDetails, ...fields, organizationIds: [...organizationIds].sort((a, b) => a - b) };
  const diff = auditDiff(
    { title: before.title, summary: before.summary, bodyLength: before.body.length, ...beforeDetails },
    { title: input.title, summary: input.summary, bodyLength: cleaned.body.length, ...afterDetails },
  );
  const unchanged = Object.keys(diff.after).length === 0 && before.body === cleaned.body;
  if (unchanged) return { status: 'success', message: 'Không có thay đổi nào.', values };

  // A never-published article follows its title; a published one keeps its address.
  const slug = before.publishedAt == null && before.draftOfId == null && input.title !== before.title ? await uniqueSlug(input.title, articleId) : before.slug;
  await prisma.$transaction(async (tx) => {
    await tx.article.update({
      where: { id: articleId },
      data: { ...fields, body: cleaned.body, slug, organizations: { deleteMany: {}, create: organizationIds.map((organizationId) => ({ organizationId })) } },
    });
    await recordRevision(tx, articleId, { ...fields, body: cleaned.body, organizationIds }, me.id, 'Lưu');
    await recordAudit(tx, { userId: me.id, action: 'article.update', entity: 'Article', entityId: String(articleId), ...diff });
  });
  revalidatePath(LIST);
  revalidatePath(`${LIST}/${articleId}`);
  return { status: 'success', message: 'Đã lưu tin bài.', values };
}

/** One image for an article's body or cover (lib/media/editor-image.ts). */
export async function uploadArticleImage(_previous: UploadState, formData: FormData): Promise<UploadState> {
  const me = await requirePermission('article.write');
  return saveEditorImage(me.id, formData);
}

export type OrganizationHit = { id: number; name: string; place: string | null };

/** Cooperatives to link to an article, by name (accents optional), for the editor's search box. */
export async function searchOrganizationsForArticle(query: string): Promise<OrganizationHit[]> {
  await requirePermission('article.write');
  const q = cleanLine(query).trim().slice(0, 100);
  if (q.length < 2) return [];
  const rows = await prisma.$queryRaw<{ id: number; name: string; place: string | null }[]>`
    SELECT o.id, o.name, u.name AS place
      FROM "Organization" o LEFT JOIN "AdministrativeUnit" u ON u.id = o."unitId"
     WHERE o."deletedAt" IS NULL AND unaccent(lower(o.name)) LIKE '%' || unaccent(lower(${q})) || '%'
     ORDER BY o.name
     LIMIT 10`;
  return rows;
}
