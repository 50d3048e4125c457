'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { slugify } from '@/lib/format/slug';
import { saveEditorImage, type UploadState } from '@/lib/media/editor-image';
import { requestIp } from '@/lib/members/mutation';

import { newPageSchema, pageFormSchema } from './editor';

/**
 * Editors keep the static pages. A page keeps its address (slug) when edited, so menu links and
 * shared links stay valid; the public page and the lists that name pages (search, sitemap, the
 * English index) are expired by tag.
 */

const WORKSPACE = '/quan-tri/trang';

export async function createPage(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('page.manage');
  const values = formValues(formData);
  const parsed = newPageSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const base = slugify(parsed.data.title).slice(0, 100).replace(/-+$/, '') || 'trang';
  const ip = await requestIp();
  const page = await prisma.$transaction(async (tx) => {
    let slug = base;
    for (let n = 2; await tx.page.count({ where: { slug } }); n++) slug = `${base}-${n}`;
    const created = await tx.page.create({ data: { ...parsed.data, slug } });
    await recordAudit(tx, { userId: user.id, action: 'page.create', entity: 'Page', entityId: String(created.id), after: { slug, title: created.title, locale: created.locale, published: created.published }, ip });
    return created;
  });
  expirePublicTags(cacheTags.pages, cacheTags.page(page.slug));
  revalidatePath(WORKSPACE, 'layout');
  redirect(`${WORKSPACE}/${page.id}?thong-bao=da-tao`);
}

export async function updatePage(pageId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('page.manage');
  const values = formValues(formData);
  const page = Number.isSafeInteger(pageId) ? await prisma.page.findUnique({ where: { id: pageId } }) : null;
  if (!page) return errorState('Không tìm thấy trang.', {}, values);
  const parsed = pageFormSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const diff = auditDiff(page, parsed.data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.page.update({ where: { id: page.id }, data: parsed.data });
    await recordAudit(tx, { userId: user.id, action: 'page.update', entity: 'Page', entityId: String(page.id), ...diff, ip });
  });
  expirePublicTags(cacheTags.pages, cacheTags.page(page.slug));
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: 'Đã lưu trang.', values: { ...values, body: parsed.data.body } };
}

/** One image for a page's body, from the editor's "Chèn ảnh" (lib/media/editor-image.ts). */
export async function uploadPageImage(_previous: UploadState, formData: FormData): Promise<UploadState> {
  const user = await requirePermission('page.manage');
  return saveEditorImage(user.id, formData);
}
