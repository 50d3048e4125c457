import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'document-editor-test-'));

import { actAs, FORBIDDEN, form, REDIRECT, takeRevalidated } from '../setup/session';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { addDocumentAttachment, addDocumentRelation, createDocument, removeDocumentAttachment, removeDocumentRelation, updateDocument } from '@/lib/documents/actions';
import { findDocumentsByNumber } from '@/lib/documents/editor-queries';
import { getDocumentAttachment, getDocumentBySlug } from '@/lib/documents/queries';
import { todayIsoInVietnam } from '@/lib/format/date';

import { seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;
let bodyId: number;

beforeAll(async () => {
  fx = await seedAdminFixture();
  bodyId = (await prisma.issuingBody.create({ data: { name: 'Chính phủ', level: 'CENTRAL' } })).id;
});

const valid = (overrides: Record<string, string | undefined> = {}) => ({
  number: '45/2021/NĐ-CP',
  type: 'DECREE',
  scope: 'CENTRAL',
  issuingBodyId: String(bodyId),
  signer: 'Lê Minh Khái',
  issuedOn: '2021-03-31',
  effectiveOn: '2021-05-15',
  expiredOn: '',
  field: 'Kinh tế tập thể',
  abstract: 'Về việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã',
  fullText: '<h2>Chương I</h2><p onclick="alert(1)">Điều 1. Phạm vi <script>alert(2)</script><a href="javascript:alert(3)">x</a></p>',
  published: 'on',
  ...overrides,
});

const errors = (s: ActionState) => (s.status === 'error' ? s.fieldErrors : {});

async function create(values: Record<string, string | undefined>): Promise<number> {
  await expect(createDocument(idle, form(values))).rejects.toThrow(REDIRECT);
  const doc = await prisma.legalDocument.findFirstOrThrow({ where: { number: values.number }, orderBy: { id: 'desc' } });
  return doc.id;
}

describe('the legal document form', () => {
  it('refuses staff and leaders', async () => {
    for (const role of ['STAFF', 'LEADER'] as const) {
      actAs(fx.users[role]);
      await expect(createDocument(idle, form(valid()))).rejects.toThrow(FORBIDDEN);
    }
    expect(await prisma.legalDocument.count()).toBe(0);
  });

  it('validates in Vietnamese and keeps what was typed', async () => {
    actAs(fx.users.EDITOR);
    const result = await createDocument(idle, form(valid({ number: ' ', type: 'POEM', issuingBodyId: '', issuedOn: '31/02/2021', abstract: '' })));
    expect(errors(result)).toEqual({
      number: 'Nhập số hiệu văn bản, ví dụ 45/2021/NĐ-CP.',
      type: 'Chọn loại văn bản.',
      issuingBodyId: 'Chọn cơ quan ban hành.',
      issuedOn: 'Ngày ban hành không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2024.',
      abstract: 'Nhập trích yếu văn bản.',
    });
    expect(result.status === 'error' && result.values?.signer).toBe('Lê Minh Khái');
    const dates = await createDocument(idle, form(valid({ effectiveOn: '2021-03-01', expiredOn: '2021-01-01' })));
    expect(errors(dates)).toMatchObject({ effectiveOn: 'Ngày có hiệu lực không được trước ngày ban hành.' });
    const expiry = await createDocument(idle, form(valid({ expiredOn: '2021-05-15' })));
    expect(errors(expiry)).toMatchObject({ expiredOn: 'Ngày hết hiệu lực phải sau ngày có hiệu lực (hoặc ngày ban hành).' });
    expect(await prisma.legalDocument.count()).toBe(0);
  });

  it('creates a document with sanitised full text, audited, and expires the lists and its page', async () => {
    actAs(fx.users.EDITOR);
    const id = await create(valid());
    const doc = await prisma.legalDocument.findUniqueOrThrow({ where: { id } });
    expect(doc).toMatchObject({ slug: 'nghi-dinh-45-2021-nd-cp', type: 'DECREE', validity: 'IN_FORCE', published: true, signer: 'Lê Minh Khái' });
    expect(doc.fullText).toBe('<h3>Chương I</h3><p>Điều 1. Phạm vi <a>x</a></p>');
    expect(takeRevalidated().tags.sort()).toEqual(['document:nghi-dinh-45-2021-nd-cp', 'documents']);
    expect(await prisma.auditLog.findFirstOrThrow({ where: { entity: 'LegalDocument', entityId: String(id) } })).toMatchObject({ action: 'document.create', userId: fx.users.EDITOR.id });

    const duplicate = await createDocument(idle, form(valid()));
    expect(errors(duplicate)).toEqual({ number: 'Đã có văn bản cùng loại và số hiệu này.' });
  });

  it('edits metadata (slug kept), audits the changed fields, and marks "partly expired" only by hand', async () => {
    actAs(fx.users.EDITOR);
    const id = await create(valid({ number: '01/2020/TT-BKHĐT', type: 'CIRCULAR', issuedOn: '2020-01-10', effectiveOn: '' }));
    const slug = (await prisma.legalDocument.findUniqueOrThrow({ where: { id } })).slug;
    takeRevalidated();
    const saved = await updateDocument(id, idle, form(valid({ number: '01/2020/TT-BKHĐT', type: 'CIRCULAR', issuedOn: '2020-01-10', effectiveOn: '', signer: 'Nguyễn Chí Dũng', partlyExpired: 'on' })));
    expect(saved).toMatchObject({ status: 'success', message: 'Đã lưu văn bản.' });
    const doc = await prisma.legalDocument.findUniqueOrThrow({ where: { id } });
    expect(doc).toMatchObject({ slug, signer: 'Nguyễn Chí Dũng', validity: 'PARTIALLY_EXPIRED' });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'LegalDocument', entityId: String(id), action: 'document.update' } });
    expect(audit.before).toEqual({ signer: 'Lê Minh Khái', validity: 'IN_FORCE' });
    expect(audit.after).toEqual({ signer: 'Nguyễn Chí Dũng', validity: 'PARTIALLY_EXPIRED' });
    expect(takeRevalidated().tags).toEqual(expect.arrayContaining(['documents', `document:${slug}`]));
  });
});

describe('relations', () => {
  it('"replaces" turns the old document expired at once and expires both pages; removing it restores', async () => {
    actAs(fx.users.EDITOR);
    const oldId = await create(valid({ number: '193/2013/NĐ-CP', issuedOn: '2013-11-21', effectiveOn: '2014-01-15', fullText: '' }));
    const newId = await create(valid({ number: '113/2024/NĐ-CP', issuedOn: '2024-09-12', effectiveOn: '2024-11-01', fullText: '' }));
    const asOf = todayIsoInVietnam();
    expect((await getDocumentBySlug('nghi-dinh-193-2013-nd-cp', asOf))?.validity).toBe('IN_FORCE');

    // Picked by a loose number search, as the editor does.
    const found = await findDocumentsByNumber('193/2013', newId);
    expect(found.map((d) => d.id)).toEqual([oldId]);
    takeRevalidated();

    expect(await addDocumentRelation(newId, idle, form({ toId: String(oldId), type: 'REPLACES' }))).toMatchObject({ status: 'success', message: 'Đã ghi: thay thế văn bản 193/2013/NĐ-CP.' });
    expect(takeRevalidated().tags.sort()).toEqual(['document:nghi-dinh-113-2024-nd-cp', 'document:nghi-dinh-193-2013-nd-cp', 'documents']);
    const old = await getDocumentBySlug('nghi-dinh-193-2013-nd-cp', asOf);
    expect(old?.validity).toBe('EXPIRED');
    expect(old?.replacedBy).toMatchObject({ slug: 'nghi-dinh-113-2024-nd-cp', number: '113/2024/NĐ-CP' });
    expect(await prisma.auditLog.count({ where: { entity: 'LegalDocument', entityId: String(newId), action: 'document.relation.add' } })).toBe(1);

    // Refusals: itself, twice, the reverse.
    expect(await addDocumentRelation(newId, idle, form({ toId: String(newId), type: 'AMENDS' }))).toMatchObject({ status: 'error', message: 'Văn bản không thể liên quan đến chính nó.' });
    expect(await addDocumentRelation(newId, idle, form({ toId: String(oldId), type: 'REPLACES' }))).toMatchObject({ status: 'error', message: 'Quan hệ này đã được ghi.' });
    expect(await addDocumentRelation(oldId, idle, form({ toId: String(newId), type: 'REPLACES' }))).toMatchObject({ status: 'error', message: expect.stringContaining('không thể thay thế lẫn nhau') });
    expect(errors(await addDocumentRelation(newId, idle, form({ toId: String(oldId), type: 'CANCELS' })))).toEqual({ type: 'Chọn quan hệ giữa hai văn bản.' });
    takeRevalidated();

    const relation = await prisma.documentRelation.findFirstOrThrow({ where: { fromId: newId, toId: oldId } });
    expect((await removeDocumentRelation(newId, relation.id, idle, form({}))).status).toBe('success');
    expect(takeRevalidated().tags.sort()).toEqual(['document:nghi-dinh-113-2024-nd-cp', 'document:nghi-dinh-193-2013-nd-cp', 'documents']);
    expect((await getDocumentBySlug('nghi-dinh-193-2013-nd-cp', asOf))?.validity).toBe('IN_FORCE');
  });

  it('a replacement not yet in force leaves the old document in force', async () => {
    actAs(fx.users.EDITOR);
    const oldId = await create(valid({ number: '10/2020/QĐ-UBND', type: 'DECISION', scope: 'LOCAL', issuedOn: '2020-01-01', effectiveOn: '', fullText: '' }));
    const newId = await create(valid({ number: '99/2099/QĐ-UBND', type: 'DECISION', scope: 'LOCAL', issuedOn: '2026-01-01', effectiveOn: '2099-01-01', fullText: '' }));
    await addDocumentRelation(newId, idle, form({ toId: String(oldId), type: 'REPLACES' }));
    expect((await getDocumentBySlug('quyet-dinh-10-2020-qd-ubnd'))?.validity).toBe('IN_FORCE');
  });
});

describe('attachments', () => {
  const PDF = new Uint8Array(Buffer.from('%PDF-1.4\n% Toàn văn\n1 0 obj << >> endobj\n%%EOF\n'));

  it('uploads a PDF through the media checks, shows it on the public page, and detaches it', async () => {
    actAs(fx.users.EDITOR);
    const id = await create(valid({ number: '98/2018/NĐ-CP', issuedOn: '2018-07-05', effectiveOn: '2018-08-20', fullText: '' }));
    takeRevalidated();
    const data = form({ title: '' });
    data.append('file', new File([PDF], 'Nghị định 98-2018-NĐ-CP.pdf', { type: 'application/pdf' }));
    expect(await addDocumentAttachment(id, idle, data)).toMatchObject({ status: 'success', message: 'Đã đính kèm «Nghị định 98-2018-NĐ-CP.pdf».' });
    expect(takeRevalidated().tags.sort()).toEqual(['document:nghi-dinh-98-2018-nd-cp', 'documents']);
    const attachment = await prisma.attachment.findFirstOrThrow({ where: { legalDocumentId: id }, include: { media: true } });
    expect(attachment).toMatchObject({ title: 'Nghị định 98-2018-NĐ-CP', ordinal: 0, media: { mimeType: 'application/pdf', fileName: 'Nghị định 98-2018-NĐ-CP.pdf', uploadedById: fx.users.EDITOR.id } });
    expect(await getDocumentAttachment('nghi-dinh-98-2018-nd-cp', attachment.id)).toMatchObject({ media: { mimeType: 'application/pdf' } });

    // An image is not an attachment here; a PDF named .docx is refused.
    const image = form({});
    image.append('file', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])], 'anh.png'));
    expect(errors(await addDocumentAttachment(id, idle, image)).file).toBeTruthy();
    const renamed = form({});
    renamed.append('file', new File([PDF], 'Kế hoạch.docx'));
    expect(errors(await addDocumentAttachment(id, idle, renamed)).file).toBe('Tên tệp có đuôi .docx nhưng nội dung là PDF. Hãy kiểm tra lại tệp (hoặc đổi đuôi thành .pdf nếu đúng là PDF).');
    expect(await prisma.attachment.count({ where: { legalDocumentId: id } })).toBe(1);

    actAs(fx.users.STAFF);
    await expect(removeDocumentAttachment(id, attachment.id, idle, form({}))).rejects.toThrow(FORBIDDEN);
    actAs(fx.users.EDITOR);
    expect((await removeDocumentAttachment(id, attachment.id, idle, form({}))).status).toBe('success');
    expect(await prisma.attachment.count({ where: { legalDocumentId: id } })).toBe(0);
    // The file stays in the media library.
    expect(await prisma.media.count({ where: { id: attachment.mediaId } })).toBe(1);
    const actions = (await prisma.auditLog.findMany({ where: { entity: 'LegalDocument', entityId: String(id) }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['document.create', 'document.attachment.add', 'document.attachment.remove']);
  });
});
