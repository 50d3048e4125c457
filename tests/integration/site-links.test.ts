import { beforeAll, describe, expect, it } from 'vitest';

import { actAs, FORBIDDEN, form, REDIRECT, takeRevalidated } from '../setup/session';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { createSiteLink, deleteSiteLink, moveSiteLink, setSiteLinkVisible, updateSiteLink } from '@/lib/site-links/actions';
import { getPublicSiteLinks, sectionOf } from '@/lib/site-links/queries';

import { seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
});

const errors = (s: ActionState) => (s.status === 'error' ? s.fieldErrors : {});
const menuLabels = async () => (await getPublicSiteLinks()).menu.map((i) => i.label);
const footerLabels = async () => (await getPublicSiteLinks()).footer.map((l) => l.label);
const linkNamed = (label: string, location: 'MENU' | 'FOOTER') => prisma.siteLink.findFirstOrThrow({ where: { label, location } });
const move = (id: number, huong: 'len' | 'xuong') => moveSiteLink(id, idle, form({ huong }));
const link = (label: string, href: string, extra: Record<string, string> = {}) => form({ label, href, visible: 'on', ...extra });

const HREF_RULE = 'Đường dẫn phải là một trang của cổng, bắt đầu bằng “/” (ví dụ /tin-tuc), hoặc một địa chỉ web bắt đầu bằng http:// hoặc https://.';
const NO_DOUBLE_SLASH = 'Đường dẫn trong cổng không được bắt đầu bằng “//”: hãy ghi đủ địa chỉ, bắt đầu bằng https://.';

describe('site links (top menu and footer)', () => {
  it('on a fresh install are the menu and footer the portal had before they were editable', async () => {
    expect(await getPublicSiteLinks()).toEqual({
      menu: [
        { href: '/', label: 'Trang chủ' },
        {
          href: '/gioi-thieu',
          label: 'Giới thiệu',
          children: [
            { href: '/gioi-thieu', label: 'Giới thiệu chung' },
            { href: '/co-cau-to-chuc', label: 'Cơ cấu tổ chức' },
            { href: '/trung-tam-tu-van', label: 'Trung tâm Tư vấn' },
          ],
        },
        { href: '/tin-tuc', label: 'Tin tức' },
        { href: '/van-ban', label: 'Văn bản' },
        { href: '/lich-cong-tac', label: 'Lịch công tác' },
        { href: '/hop-tac-xa', label: 'Tra cứu HTX' },
        { href: '/so-lieu', label: 'Số liệu' },
        { href: '/y-kien', label: 'Ý kiến' },
        { href: '/lien-he', label: 'Liên hệ' },
      ],
      footer: [
        { href: '/gioi-thieu', label: 'Giới thiệu' },
        { href: '/co-cau-to-chuc', label: 'Cơ cấu tổ chức' },
        { href: '/van-ban', label: 'Hệ thống văn bản' },
        { href: '/lich-cong-tac', label: 'Lịch công tác' },
        { href: '/lay-y-kien', label: 'Lấy ý kiến dự thảo' },
        { href: '/hop-tac-xa', label: 'Tra cứu hợp tác xã' },
        { href: '/so-lieu', label: 'Số liệu kinh tế tập thể' },
        { href: '/hoi-dap', label: 'Hỏi đáp' },
        { href: '/thu-vien', label: 'Thư viện ảnh, video' },
        { href: '/y-kien', label: 'Gửi ý kiến' },
        { href: '/y-kien/tra-cuu', label: 'Tra cứu ý kiến' },
        { href: '/lien-he', label: 'Liên hệ' },
        { href: '/en', label: 'English' },
      ],
    });
    // Static pages list the submenu that holds them beside them.
    const { menu } = await getPublicSiteLinks();
    expect(sectionOf(menu, '/co-cau-to-chuc')?.label).toBe('Giới thiệu');
    expect(sectionOf(menu, '/gioi-thieu')?.label).toBe('Giới thiệu');
    expect(sectionOf(menu, '/lien-he')).toBeNull();
  });

  it('are managed by editors and admins, not by staff or leaders', async () => {
    const news = await linkNamed('Tin tức', 'MENU');
    for (const role of ['STAFF', 'LEADER', 'DISTRICT_OFFICER'] as const) {
      actAs(fx.users[role]);
      await expect(createSiteLink('FOOTER', idle, link('Cổng Chính phủ', 'https://chinhphu.vn'))).rejects.toThrow(FORBIDDEN);
      await expect(updateSiteLink(news.id, idle, link('Tin', '/tin-tuc'))).rejects.toThrow(FORBIDDEN);
      await expect(move(news.id, 'len')).rejects.toThrow(FORBIDDEN);
      await expect(setSiteLinkVisible(news.id, false, idle, form({}))).rejects.toThrow(FORBIDDEN);
      await expect(deleteSiteLink(news.id, idle, form({}))).rejects.toThrow(FORBIDDEN);
      expect(takeRevalidated().tags).toEqual([]);
    }
    actAs(null);
    await expect(createSiteLink('FOOTER', idle, link('Cổng Chính phủ', 'https://chinhphu.vn'))).rejects.toThrow();
    expect(await prisma.siteLink.count()).toBe(25);
    expect(await prisma.siteLink.findUniqueOrThrow({ where: { id: news.id } })).toMatchObject({ label: 'Tin tức', visible: true });
  });

  it('refuse unsafe or malformed addresses and labels, keeping what was typed', async () => {
    actAs(fx.users.EDITOR);
    const refusals: [Record<string, string>, Record<string, string>][] = [
      [{ label: '', href: '' }, { label: 'Nhập tên hiển thị.', href: 'Nhập đường dẫn.' }],
      [{ label: 'Đ'.repeat(61), href: '/tin-tuc' }, { label: 'Tên hiển thị không được dài quá 60 ký tự.' }],
      [{ label: 'Khuyến mãi', href: 'javascript:alert(1)' }, { href: HREF_RULE }],
      [{ label: 'Khuyến mãi', href: ' JavaScript:alert(document.cookie)' }, { href: HREF_RULE }],
      [{ label: 'Khuyến mãi', href: '//evil.com' }, { href: NO_DOUBLE_SLASH }],
      [{ label: 'Khuyến mãi', href: '/\\evil.com' }, { href: NO_DOUBLE_SLASH }],
      [{ label: 'Khuyến mãi', href: 'data:text/html,<script>alert(1)</script>' }, { href: HREF_RULE }],
      [{ label: 'Khuyến mãi', href: 'https://' }, { href: HREF_RULE }],
      [{ label: 'Khuyến mãi', href: 'tin-tuc' }, { href: HREF_RULE }],
      [{ label: 'Khuyến mãi', href: '/tin tuc' }, { href: 'Đường dẫn không được chứa khoảng trắng.' }],
    ];
    for (const [input, expected] of refusals) {
      const state = await createSiteLink('MENU', idle, form(input));
      expect(errors(state), JSON.stringify(input)).toEqual(expected);
      expect(state.status === 'error' && state.values).toMatchObject(input);
    }
    const news = await linkNamed('Tin tức', 'MENU');
    await expect(updateSiteLink(news.id, idle, link('Tin tức', '//evil.com'))).resolves.toMatchObject({ status: 'error', fieldErrors: { href: NO_DOUBLE_SLASH } });
    expect(await prisma.siteLink.count()).toBe(25);
    expect(takeRevalidated().tags).toEqual([]);
  });

  it('adds footer links and submenu entries, one submenu level only, and expires every public page', async () => {
    actAs(fx.users.EDITOR);
    expect(await createSiteLink('FOOTER', idle, link('Cổng thông tin Chính phủ', 'https://chinhphu.vn'))).toEqual({
      status: 'success',
      message: 'Đã thêm «Cổng thông tin Chính phủ» vào liên kết chân trang.',
    });
    expect(takeRevalidated()).toEqual({ tags: ['site-links'], paths: ['/quan-tri/menu'] });
    expect((await getPublicSiteLinks()).footer.at(-1)).toEqual({ href: 'https://chinhphu.vn', label: 'Cổng thông tin Chính phủ' });
    const created = await linkNamed('Cổng thông tin Chính phủ', 'FOOTER');
    expect(created).toMatchObject({ parentId: null, position: 14, visible: true });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'SiteLink', entityId: String(created.id) } });
    expect(audit).toMatchObject({ action: 'site-link.create', userId: fx.users.EDITOR.id });
    expect(audit.after).toMatchObject({ location: 'FOOTER', label: 'Cổng thông tin Chính phủ', href: 'https://chinhphu.vn' });

    const about = await linkNamed('Giới thiệu', 'MENU');
    expect(await createSiteLink('MENU', idle, link('Điều lệ Liên minh', '/dieu-le', { parentId: String(about.id) }))).toMatchObject({
      status: 'success',
      message: 'Đã thêm «Điều lệ Liên minh» vào menu con.',
    });
    expect((await getPublicSiteLinks()).menu[1].children?.map((c) => c.label)).toEqual(['Giới thiệu chung', 'Cơ cấu tổ chức', 'Trung tâm Tư vấn', 'Điều lệ Liên minh']);
    takeRevalidated();

    const child = await linkNamed('Cơ cấu tổ chức', 'MENU');
    const footerLink = await linkNamed('Hỏi đáp', 'FOOTER');
    expect(errors(await createSiteLink('MENU', idle, link('Ban kiểm soát', '/ban-kiem-soat', { parentId: String(child.id) })))).toEqual({
      parentId: 'Menu chỉ có một cấp con: hãy chọn một mục ở cấp đầu.',
    });
    expect(errors(await createSiteLink('MENU', idle, link('Ban kiểm soát', '/ban-kiem-soat', { parentId: String(footerLink.id) })))).toEqual({
      parentId: 'Chọn một mục của menu chính.',
    });
    expect(errors(await createSiteLink('FOOTER', idle, link('Ban kiểm soát', '/ban-kiem-soat', { parentId: String(about.id) })))).toEqual({
      parentId: 'Liên kết chân trang không có mục con.',
    });
    // An entry with a submenu stays at the top; nothing can go under itself.
    expect(errors(await updateSiteLink(about.id, idle, link('Giới thiệu', '/gioi-thieu', { parentId: String((await linkNamed('Tin tức', 'MENU')).id) })))).toEqual({
      parentId: 'Mục này đang có mục con, nên phải ở cấp đầu của menu (menu chỉ có một cấp con).',
    });
    const news = await linkNamed('Tin tức', 'MENU');
    expect(errors(await updateSiteLink(news.id, idle, link('Tin tức', '/tin-tuc', { parentId: String(news.id) })))).toEqual({ parentId: 'Một mục không thể nằm dưới chính nó.' });
    expect(takeRevalidated().tags).toEqual([]);
    expect(await prisma.siteLink.count()).toBe(27);
  });

  it('renames and moves an entry, with an audit of what changed', async () => {
    actAs(fx.users.ADMIN);
    const faq = await linkNamed('Hỏi đáp', 'FOOTER');
    await expect(updateSiteLink(faq.id, idle, link('Hỏi đáp thường gặp', '/hoi-dap'))).rejects.toThrow(REDIRECT);
    expect(takeRevalidated()).toEqual({ tags: ['site-links'], paths: ['/quan-tri/menu'] });
    expect(await footerLabels()).toContain('Hỏi đáp thường gặp');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'SiteLink', entityId: String(faq.id), action: 'site-link.update' } });
    expect(audit.before).toEqual({ label: 'Hỏi đáp' });
    expect(audit.after).toEqual({ label: 'Hỏi đáp thường gặp' });
    expect(await updateSiteLink(faq.id, idle, link('Hỏi đáp thường gặp', '/hoi-dap'))).toMatchObject({ status: 'success', message: 'Không có thay đổi nào để lưu.' });
    expect(takeRevalidated().tags).toEqual([]);

    // A top-level entry moved under "Giới thiệu" goes to the end of its submenu.
    const contact = await linkNamed('Liên hệ', 'MENU');
    const about = await linkNamed('Giới thiệu', 'MENU');
    await expect(updateSiteLink(contact.id, idle, link('Liên hệ', '/lien-he', { parentId: String(about.id) }))).rejects.toThrow(REDIRECT);
    const { menu } = await getPublicSiteLinks();
    expect(menu.map((i) => i.label)).not.toContain('Liên hệ');
    expect(menu[1].children?.at(-1)).toEqual({ href: '/lien-he', label: 'Liên hệ' });
    // And back to the top level, at the end of the menu.
    await expect(updateSiteLink(contact.id, idle, link('Liên hệ', '/lien-he', { parentId: '' }))).rejects.toThrow(REDIRECT);
    expect((await menuLabels()).at(-1)).toBe('Liên hệ');
    takeRevalidated();
  });

  it('reorders an entry among its siblings with up and down', async () => {
    actAs(fx.users.EDITOR);
    const news = await linkNamed('Tin tức', 'MENU');
    expect(await move(news.id, 'len')).toEqual({ status: 'success', message: 'Đã chuyển «Tin tức» lên.' });
    expect(takeRevalidated()).toEqual({ tags: ['site-links'], paths: ['/quan-tri/menu'] });
    expect((await menuLabels()).slice(0, 3)).toEqual(['Trang chủ', 'Tin tức', 'Giới thiệu']);
    await move(news.id, 'len');
    expect((await menuLabels()).slice(0, 3)).toEqual(['Tin tức', 'Trang chủ', 'Giới thiệu']);
    expect(await move(news.id, 'len')).toMatchObject({ status: 'error', message: '«Tin tức» đã ở đầu danh sách.' });
    expect(takeRevalidated().tags).toEqual(['site-links']);
    await move(news.id, 'xuong');
    await move(news.id, 'xuong');
    expect((await menuLabels()).slice(0, 4)).toEqual(['Trang chủ', 'Giới thiệu', 'Tin tức', 'Văn bản']);

    // Within a submenu; the last entry cannot go further down.
    const tvtv = await linkNamed('Trung tâm Tư vấn', 'MENU');
    expect(await move(tvtv.id, 'xuong')).toEqual({ status: 'success', message: 'Đã chuyển «Trung tâm Tư vấn» xuống.' });
    expect(await move(tvtv.id, 'xuong')).toMatchObject({ status: 'error', message: '«Trung tâm Tư vấn» đã ở cuối danh sách.' });
    expect((await getPublicSiteLinks()).menu[1].children?.map((c) => c.label)).toEqual(['Giới thiệu chung', 'Cơ cấu tổ chức', 'Điều lệ Liên minh', 'Trung tâm Tư vấn']);

    // Positions left equal by hand are still ordered and moved (the list is renumbered).
    const footer = await prisma.siteLink.findMany({ where: { location: 'FOOTER' } });
    await prisma.siteLink.updateMany({ where: { id: { in: footer.map((f) => f.id) } }, data: { position: 0 } });
    const english = await linkNamed('English', 'FOOTER');
    const before = (await footerLabels()).indexOf('English');
    await move(english.id, 'len');
    expect((await footerLabels()).indexOf('English')).toBe(before - 1);
    expect((await prisma.siteLink.findMany({ where: { location: 'FOOTER' }, orderBy: { position: 'asc' } })).map((l) => l.position)).toEqual(footer.map((_, i) => i + 1));
    const moves = await prisma.auditLog.count({ where: { entity: 'SiteLink', action: 'site-link.move' } });
    expect(moves).toBe(6);
  });

  it('hides and shows an entry, and a submenu with its entry', async () => {
    actAs(fx.users.EDITOR);
    const docs = await linkNamed('Văn bản', 'MENU');
    expect(await setSiteLinkVisible(docs.id, false, idle, form({}))).toEqual({ status: 'success', message: 'Đã ẩn «Văn bản» khỏi cổng.' });
    expect(takeRevalidated().tags).toEqual(['site-links']);
    expect(await menuLabels()).not.toContain('Văn bản');
    expect(await setSiteLinkVisible(docs.id, true, idle, form({}))).toMatchObject({ status: 'success' });
    expect(await menuLabels()).toContain('Văn bản');
    expect((await prisma.auditLog.findMany({ where: { entity: 'SiteLink', entityId: String(docs.id) }, orderBy: { id: 'asc' } })).map((a) => a.action)).toEqual([
      'site-link.hide',
      'site-link.show',
    ]);
    takeRevalidated();

    // Every submenu entry hidden: the entry becomes a plain link.
    const about = await prisma.siteLink.findFirstOrThrow({ where: { label: 'Giới thiệu', location: 'MENU' }, include: { children: true } });
    for (const c of about.children) await setSiteLinkVisible(c.id, false, idle, form({}));
    expect((await getPublicSiteLinks()).menu[1]).toEqual({ href: '/gioi-thieu', label: 'Giới thiệu' });
    for (const c of about.children) await setSiteLinkVisible(c.id, true, idle, form({}));
    // A hidden entry hides its submenu too.
    await setSiteLinkVisible(about.id, false, idle, form({}));
    const flat = (await getPublicSiteLinks()).menu.flatMap((i) => [i.label, ...(i.children ?? []).map((c) => c.label)]);
    expect(flat).not.toContain('Giới thiệu chung');
    await setSiteLinkVisible(about.id, true, idle, form({}));
  });

  it('deletes an entry after its submenu, with an audit of what it was', async () => {
    actAs(fx.users.EDITOR);
    const about = await linkNamed('Giới thiệu', 'MENU');
    expect(await deleteSiteLink(about.id, idle, form({}))).toMatchObject({ status: 'error', message: 'Mục này còn 4 mục con; hãy xóa hoặc chuyển các mục con trước.' });
    expect(takeRevalidated().tags).toEqual([]);
    const rules = await linkNamed('Điều lệ Liên minh', 'MENU');
    await expect(deleteSiteLink(rules.id, idle, form({}))).rejects.toThrow(REDIRECT);
    expect(takeRevalidated()).toEqual({ tags: ['site-links'], paths: ['/quan-tri/menu'] });
    expect(await prisma.siteLink.findUnique({ where: { id: rules.id } })).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'SiteLink', entityId: String(rules.id), action: 'site-link.delete' } });
    expect(audit.before).toMatchObject({ location: 'MENU', parentId: about.id, label: 'Điều lệ Liên minh', href: '/dieu-le' });
    expect(await deleteSiteLink(rules.id, idle, form({}))).toMatchObject({ status: 'error', message: 'Không tìm thấy liên kết; có thể đã bị xóa.' });
  });
});
