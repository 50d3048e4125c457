'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requestIp } from '@/lib/members/mutation';

import { locationLabels, locationSchema, siteLinkSchema, type SiteLinkLocation } from './schema';

/**
 * Editors keep the public top menu and the footer's links. Both show on every public page, so
 * every change expires the `siteLinks` tag, which every cached public page carries.
 */

const WORKSPACE = '/quan-tri/menu';
const INVALID = 'Vui lòng kiểm tra lại các trường được đánh dấu.';

type Tx = Prisma.TransactionClient;

function changed() {
  expirePublicTags(cacheTags.siteLinks);
  revalidatePath(WORKSPACE, 'layout');
}

/**
 * Why `parentId` cannot hold `selfId` (null for a new entry) in `location`, or null when it can.
 * The menu has one level of submenu: the parent must be a top-level menu entry, and an entry
 * that has a submenu of its own stays at the top.
 */
async function parentProblem(tx: Tx, location: SiteLinkLocation, parentId: number | null, self: { id: number; children: number } | null): Promise<string | null> {
  if (parentId === null) return null;
  if (location === 'FOOTER') return 'Liên kết chân trang không có mục con.';
  if (self && parentId === self.id) return 'Một mục không thể nằm dưới chính nó.';
  if (self && self.children > 0) return 'Mục này đang có mục con, nên phải ở cấp đầu của menu (menu chỉ có một cấp con).';
  const parent = await tx.siteLink.findUnique({ where: { id: parentId }, select: { location: true, parentId: true } });
  if (!parent || parent.location !== 'MENU') return 'Chọn một mục của menu chính.';
  if (parent.parentId !== null) return 'Menu chỉ có một cấp con: hãy chọn một mục ở cấp đầu.';
  return null;
}

/** The position after the last entry of a list (same location and parent). */
async function nextPosition(tx: Tx, location: SiteLinkLocation, parentId: number | null): Promise<number> {
  const last = await tx.siteLink.aggregate({ where: { location, parentId }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

const missing = () => errorState('Không tìm thấy liên kết; có thể đã bị xóa.');

export async function createSiteLink(location: SiteLinkLocation, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('menu.manage');
  const values = formValues(formData);
  const where = locationSchema.safeParse(location);
  if (!where.success) return errorState('Danh sách không hợp lệ.', {}, values);
  const parsed = siteLinkSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const ip = await requestIp();
  const problem = await prisma.$transaction(async (tx) => {
    const problem = await parentProblem(tx, where.data, parsed.data.parentId, null);
    if (problem) return problem;
    const data = { location: where.data, ...parsed.data, position: await nextPosition(tx, where.data, parsed.data.parentId) };
    const link = await tx.siteLink.create({ data });
    await recordAudit(tx, { userId: user.id, action: 'site-link.create', entity: 'SiteLink', entityId: String(link.id), after: data, ip });
    return null;
  });
  if (problem) return errorState(INVALID, { parentId: problem }, values);
  changed();
  const list = parsed.data.parentId ? 'menu con' : locationLabels[where.data].toLowerCase();
  return { status: 'success', message: `Đã thêm «${parsed.data.label}» vào ${list}.` };
}

export async function updateSiteLink(linkId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('menu.manage');
  const values = formValues(formData);
  const link = Number.isSafeInteger(linkId) ? await prisma.siteLink.findUnique({ where: { id: linkId }, include: { _count: { select: { children: true } } } }) : null;
  if (!link) return errorState('Không tìm thấy liên kết; có thể đã bị xóa.', {}, values);
  const parsed = siteLinkSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const ip = await requestIp();
  const outcome = await prisma.$transaction(async (tx) => {
    const problem = await parentProblem(tx, link.location, parsed.data.parentId, { id: link.id, children: link._count.children });
    if (problem) return { problem };
    // A link moved under another entry (or back to the top) goes to the end of its new list.
    const position = parsed.data.parentId === link.parentId ? link.position : await nextPosition(tx, link.location, parsed.data.parentId);
    const diff = auditDiff(link, { ...parsed.data, position });
    if (Object.keys(diff.after).length === 0) return { unchanged: true };
    await tx.siteLink.update({ where: { id: link.id }, data: { ...parsed.data, position } });
    await recordAudit(tx, { userId: user.id, action: 'site-link.update', entity: 'SiteLink', entityId: String(link.id), ...diff, ip });
    return {};
  });
  if (outcome.problem) return errorState(INVALID, { parentId: outcome.problem }, values);
  if (outcome.unchanged) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  changed();
  redirect(`${WORKSPACE}?thong-bao=da-luu`);
}

/**
 * Moves an entry one place up or down among its siblings (the form's button sends `huong`:
 * "len" or "xuong"). The list is renumbered 1…n, so positions left equal or with gaps by earlier
 * changes cannot make a move do nothing.
 */
export async function moveSiteLink(linkId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('menu.manage');
  const direction = formData.get('huong');
  if (direction !== 'len' && direction !== 'xuong') return errorState('Chọn chuyển lên hay xuống.');
  const ip = await requestIp();
  const outcome = await prisma.$transaction(async (tx) => {
    const link = Number.isSafeInteger(linkId) ? await tx.siteLink.findUnique({ where: { id: linkId } }) : null;
    if (!link) return 'missing' as const;
    const siblings = await tx.siteLink.findMany({
      where: { location: link.location, parentId: link.parentId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true },
    });
    const from = siblings.findIndex((s) => s.id === link.id);
    const to = direction === 'len' ? from - 1 : from + 1;
    if (to < 0 || to >= siblings.length) return { edge: link.label };
    const order = siblings.map((s) => s.id);
    [order[from], order[to]] = [order[to], order[from]];
    for (const [index, id] of order.entries()) {
      if (siblings.find((s) => s.id === id)!.position !== index + 1) await tx.siteLink.update({ where: { id }, data: { position: index + 1 } });
    }
    await recordAudit(tx, {
      userId: user.id,
      action: 'site-link.move',
      entity: 'SiteLink',
      entityId: String(link.id),
      before: { position: from + 1 },
      after: { position: to + 1 },
      ip,
    });
    return { moved: link.label };
  });
  if (outcome === 'missing') return missing();
  if ('edge' in outcome) return errorState(direction === 'len' ? `«${outcome.edge}» đã ở đầu danh sách.` : `«${outcome.edge}» đã ở cuối danh sách.`);
  changed();
  return { status: 'success', message: `Đã chuyển «${outcome.moved}» ${direction === 'len' ? 'lên' : 'xuống'}.` };
}

/** Hides an entry from the public site, or shows it again, without deleting it. */
export async function setSiteLinkVisible(linkId: number, visible: boolean, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('menu.manage');
  const link = Number.isSafeInteger(linkId) ? await prisma.siteLink.findUnique({ where: { id: linkId } }) : null;
  if (!link) return missing();
  const show = visible === true;
  if (link.visible !== show) {
    const ip = await requestIp();
    await prisma.$transaction(async (tx) => {
      await tx.siteLink.update({ where: { id: link.id }, data: { visible: show } });
      await recordAudit(tx, {
        userId: user.id,
        action: show ? 'site-link.show' : 'site-link.hide',
        entity: 'SiteLink',
        entityId: String(link.id),
        before: { visible: link.visible },
        after: { visible: show },
        ip,
      });
    });
    changed();
  }
  return { status: 'success', message: show ? `Đã hiện «${link.label}» trên cổng.` : `Đã ẩn «${link.label}» khỏi cổng.` };
}

/** Deletes an entry; one with a submenu only once its submenu entries are deleted or moved. */
export async function deleteSiteLink(linkId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('menu.manage');
  const ip = await requestIp();
  const outcome = await prisma.$transaction(async (tx) => {
    const link = Number.isSafeInteger(linkId) ? await tx.siteLink.findUnique({ where: { id: linkId }, include: { _count: { select: { children: true } } } }) : null;
    if (!link) return 'missing' as const;
    if (link._count.children > 0) return link._count.children;
    await tx.siteLink.delete({ where: { id: link.id } });
    await recordAudit(tx, {
      userId: user.id,
      action: 'site-link.delete',
      entity: 'SiteLink',
      entityId: String(link.id),
      before: { location: link.location, parentId: link.parentId, label: link.label, href: link.href, position: link.position, visible: link.visible },
      ip,
    });
    return 'deleted' as const;
  });
  if (outcome === 'missing') return missing();
  if (typeof outcome === 'number') return errorState(`Mục này còn ${outcome} mục con; hãy xóa hoặc chuyển các mục con trước.`);
  changed();
  redirect(`${WORKSPACE}?thong-bao=da-xoa`);
}
