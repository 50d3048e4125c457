import { beforeAll, describe, expect, it } from 'vitest';

import { actAs, FORBIDDEN, form, REDIRECT, takeRevalidated } from '../setup/session';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { createPage, updatePage } from '@/lib/pages/actions';
import { getPage } from '@/lib/pages/queries';

import { seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
});

const errors = (s: ActionState) => (s.status === 'error' ? s.fieldErrors : {});

describe('static pages', () => {
  it('are edited by editors with the body cleaned on save, the address kept, and the public page expired', async () => {
    actAs(fx.users.STAFF);
    await expect(createPage(idle, form({ title: 'Liên hệ', body: '<p>x</p>', locale: 'vi' }))).rejects.toThrow(FORBIDDEN);

    actAs(fx.users.EDITOR);
    expect(errors(await createPage(idle, form({ title: '', body: '<script>alert(1)</script>', locale: 'vi' })))).toEqual({
      title: 'Nhập tiêu đề trang.',
      body: 'Nội dung chỉ còn trống sau khi loại bỏ mã không an toàn.',
    });
    await expect(
      createPage(idle, form({ title: 'Trung tâm Tư vấn', body: '<h2>Dịch vụ</h2><p onmouseover="x()">Tư vấn <a href="javascript:alert(1)">thành lập</a> HTX</p>', locale: 'vi', published: 'on' })),
    ).rejects.toThrow(REDIRECT);
    const page = await prisma.page.findUniqueOrThrow({ where: { slug: 'trung-tam-tu-van' } });
    expect(page.body).not.toMatch(/onmouseover|javascript|<script/);
    expect(takeRevalidated().tags.sort()).toEqual(['page:trung-tam-tu-van', 'pages']);

    const saved = await updatePage(page.id, idle, form({ title: 'Trung tâm Tư vấn, hỗ trợ HTX', summary: 'Tư vấn miễn phí', body: '<p>Liên hệ: 0297 3862 468</p>', published: 'on' }));
    expect(saved).toMatchObject({ status: 'success', message: 'Đã lưu trang.' });
    expect(takeRevalidated().tags.sort()).toEqual(['page:trung-tam-tu-van', 'pages']);
    const { page: shown } = await getPage('trung-tam-tu-van', 'vi');
    expect(shown).toMatchObject({ title: 'Trung tâm Tư vấn, hỗ trợ HTX', summary: 'Tư vấn miễn phí' });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'Page', entityId: String(page.id), action: 'page.update' } });
    expect(audit.after).toMatchObject({ title: 'Trung tâm Tư vấn, hỗ trợ HTX', summary: 'Tư vấn miễn phí' });

    await updatePage(page.id, idle, form({ title: 'Trung tâm Tư vấn, hỗ trợ HTX', summary: 'Tư vấn miễn phí', body: '<p>Liên hệ: 0297 3862 468</p>' }));
    expect((await getPage('trung-tam-tu-van', 'vi')).page).toBeNull();
  });
});
