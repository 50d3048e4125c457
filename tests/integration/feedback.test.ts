import { beforeEach, describe, expect, it, vi } from 'vitest';

// The action reads the client's address from the request headers and expires a cache tag; both
// need Next's request context, which a test does not have. Everything else (the database, zod,
// the audit row) is real.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
const expired = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  updateTag: (tag: string) => void expired.push(tag),
}));

import { idleState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { submitFeedback, type FeedbackFormState } from '@/lib/feedback/actions';
import { clientAddress, clientHash } from '@/lib/feedback/client';
import { normalizeFeedbackCode } from '@/lib/feedback/code';
import { getFeedbackByCode } from '@/lib/feedback/lookup';
import { rateLimitMessage } from '@/lib/feedback/rate-limit';

let nextClient = 1;
/** Each test sends from its own address, so the rate limit of one never touches another. */
function newClient(): string {
  const ip = `203.0.113.${nextClient++}`;
  request.headers = new Headers({ 'x-forwarded-for': `10.0.0.1, ${ip}` });
  return ip;
}

const valid = {
  name: 'Nguyễn Văn Lợi',
  email: '',
  phone: '0918 234 567',
  subject: 'Hỏi thủ tục chuyển tổ hợp tác thành hợp tác xã',
  message: 'Tổ hợp tác của chúng tôi có 12 tổ viên, muốn chuyển thành hợp tác xã thì cần những thủ tục gì?',
};

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

const send = (values: Record<string, string>) => submitFeedback(idleState, form(values));

function expectError(state: FeedbackFormState): asserts state is Extract<FeedbackFormState, { status: 'error' }> {
  expect(state.status).toBe('error');
}

beforeEach(() => {
  newClient();
  expired.length = 0;
});

describe('sending feedback', () => {
  it('stores valid feedback in NFC with a tracking code, a hashed client and an audit row', async () => {
    const ip = clientAddress(request.headers);
    const state = await send({ ...valid, name: valid.name.normalize('NFD'), subject: valid.subject.normalize('NFD') });

    expect(state.status).toBe('success');
    const code = state.code!;
    expect(normalizeFeedbackCode(code)).toBe(code);
    const row = await prisma.feedback.findUniqueOrThrow({ where: { code } });
    expect(row).toMatchObject({
      name: 'Nguyễn Văn Lợi',
      email: null,
      phone: '0918234567',
      subject: valid.subject,
      message: valid.message,
      status: 'NEW',
      replyPublished: false,
      clientHash: clientHash(ip),
    });
    expect(row.name).toBe(row.name.normalize('NFC'));
    expect(row.clientHash).not.toContain(ip);

    const audit = await prisma.auditLog.findFirst({ where: { action: 'feedback.create', entity: 'Feedback', entityId: String(row.id) } });
    expect(audit?.after).toMatchObject({ code, subject: valid.subject, status: 'NEW' });
    expect(audit?.userId).toBeNull();
    expect(expired).toEqual([`feedback:${code}`]);
  });

  it('accepts an email instead of a phone', async () => {
    const state = await send({ ...valid, phone: '', email: ' Tran.My@Example.vn ' });
    expect(state.status).toBe('success');
    const row = await prisma.feedback.findUniqueOrThrow({ where: { code: state.code! } });
    expect(row).toMatchObject({ email: 'Tran.My@Example.vn', phone: null });
  });

  const invalid: [string, Record<string, string>, string, RegExp][] = [
    ['a missing name', { name: '' }, 'name', /họ và tên/i],
    ['a malformed email', { email: 'ten@', phone: '' }, 'email', /email không đúng định dạng/i],
    ['a malformed phone', { phone: '12ab' }, 'phone', /số điện thoại không đúng định dạng/i],
    ['neither email nor phone', { email: '', phone: '  ' }, 'contact', /email hoặc số điện thoại/i],
    ['a missing subject', { subject: '   ' }, 'subject', /tiêu đề/i],
    ['a missing message', { message: '' }, 'message', /nội dung/i],
    ['a message too long', { message: 'x'.repeat(5001) }, 'message', /tối đa 5\.000 ký tự/],
  ];
  for (const [what, change, field, message] of invalid) {
    it(`refuses ${what} with a Vietnamese message, keeps what was typed and stores nothing`, async () => {
      const before = await prisma.feedback.count();
      const typed = { ...valid, ...change };
      const state = await send(typed);
      expectError(state);
      expect(state.fieldErrors[field]).toMatch(message);
      expect(state.values).toEqual(typed);
      expect(await prisma.feedback.count()).toBe(before);
      expect(expired).toEqual([]);
    });
  }

  it('answers a filled honeypot like a success but stores nothing', async () => {
    const before = await prisma.feedback.count();
    const audits = await prisma.auditLog.count();
    const state = await send({ ...valid, website: 'http://spam.example' });
    expect(state.status).toBe('success');
    expect(state.code).toMatch(/^YK-/);
    expect(await prisma.feedback.count()).toBe(before);
    expect(await prisma.feedback.findUnique({ where: { code: state.code! } })).toBeNull();
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it('allows 3 messages per client in 10 minutes, then refuses while keeping the text', async () => {
    for (let i = 0; i < 3; i++) expect((await send({ ...valid, subject: `Câu hỏi số ${i + 1}` })).status).toBe('success');
    const before = await prisma.feedback.count();
    const refused = await send(valid);
    expectError(refused);
    expect(refused.message).toBe(rateLimitMessage);
    expect(refused.values).toEqual(valid);
    expect(await prisma.feedback.count()).toBe(before);

    // Another client is not affected.
    newClient();
    expect((await send(valid)).status).toBe('success');
  });

  it('allows 10 messages per client in a day', async () => {
    const hash = clientHash(clientAddress(request.headers));
    const now = Date.now();
    await prisma.feedback.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({
        code: `YK-DAYL-${'ABCDEFGHJK'[i]}${'ABCDEFGHJK'[i]}${'ABCDEFGHJK'[i]}${'ABCDEFGHJK'[i]}`,
        name: 'Người gửi',
        phone: '0918234567',
        subject: 'Ý kiến cũ',
        message: 'Nội dung ý kiến cũ',
        clientHash: hash,
        createdAt: new Date(now - (i + 1) * 60 * 60_000),
      })),
    });
    const refused = await send(valid);
    expectError(refused);
    expect(refused.message).toBe(rateLimitMessage);
  });
});

describe('looking feedback up by its code', () => {
  it('shows subject, date and status, and the reply only once it is published, never the contact', async () => {
    const state = await send(valid);
    const code = state.code!;
    const fresh = await getFeedbackByCode(code);
    expect(fresh).toMatchObject({ code, subject: valid.subject, status: 'NEW', reply: null, repliedAt: null });
    expect(fresh!.createdAt).toBeInstanceOf(Date);
    for (const secret of ['name', 'email', 'phone', 'message', 'clientHash']) expect(fresh).not.toHaveProperty(secret);

    const reply = 'Theo Luật Hợp tác xã năm 2023, hợp tác xã cần ít nhất 05 thành viên chính thức.';
    await prisma.feedback.update({ where: { code }, data: { status: 'ANSWERED', reply, repliedAt: new Date(), replyPublished: false } });
    expect(await getFeedbackByCode(code)).toMatchObject({ status: 'ANSWERED', reply: null, repliedAt: null });

    await prisma.feedback.update({ where: { code }, data: { replyPublished: true } });
    const answered = await getFeedbackByCode(code);
    expect(answered).toMatchObject({ status: 'ANSWERED', reply });
    expect(answered!.repliedAt).toBeInstanceOf(Date);
  });

  it('finds nothing for an unknown code and reads typed codes loosely', async () => {
    expect(await getFeedbackByCode('YK-3333-4444')).toBeNull();
    expect(normalizeFeedbackCode(' yk 7q3m k9td ')).toBe('YK-7Q3M-K9TD');
    expect(normalizeFeedbackCode('YK-0000-1111')).toBeNull();
    expect(normalizeFeedbackCode('<script>')).toBeNull();
  });
});

describe('the client address', () => {
  it('prefers X-Real-IP, else the last X-Forwarded-For entry, and ignores garbage', () => {
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.7', 'x-forwarded-for': '1.1.1.1' }))).toBe('198.51.100.7');
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'spoofed, 198.51.100.8' }))).toBe('198.51.100.8');
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'not-an-ip, 999.999.1.1' }))).toBe('999.999.1.1');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '<script>' }))).toBe('unknown');
    expect(clientAddress(new Headers())).toBe('unknown');
    expect(clientHash('198.51.100.7')).toBe(clientHash('198.51.100.7'));
    expect(clientHash('198.51.100.7')).not.toBe(clientHash('198.51.100.8'));
  });
});
