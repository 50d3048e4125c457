import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Preview links (/xem-truoc/<token>) let someone without an account, such as a leader on a
 * phone, read an unpublished article as it will look. The token names the article and an expiry
 * and is signed with a key derived from NEXTAUTH_SECRET (HMAC-SHA256), so it cannot be forged or
 * stretched; nothing is stored. It shows the article's content at the moment it is opened.
 */

export const PREVIEW_TTL_MS = 24 * 3_600_000;

const TOKEN = /^(\d{1,9})\.(\d{10})\.([A-Za-z0-9_-]{43})$/;

function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set: preview links cannot be signed.');
  // A key of its own, so a preview signature can never stand in for anything else signed with the secret.
  return createHmac('sha256', secret).update('article-preview-link/v1').digest();
}

function sign(articleId: number, expiresSeconds: number): string {
  return createHmac('sha256', key()).update(`${articleId}.${expiresSeconds}`).digest('base64url');
}

export function signPreviewToken(articleId: number, now: number = Date.now(), ttlMs: number = PREVIEW_TTL_MS): { token: string; expiresAt: Date } {
  const expiresSeconds = Math.floor((now + ttlMs) / 1000);
  return { token: `${articleId}.${expiresSeconds}.${sign(articleId, expiresSeconds)}`, expiresAt: new Date(expiresSeconds * 1000) };
}

export type PreviewCheck = { ok: true; articleId: number; expiresAt: Date } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyPreviewToken(token: string, now: number = Date.now()): PreviewCheck {
  const match = TOKEN.exec(token);
  if (!match) return { ok: false, reason: 'invalid' };
  const articleId = Number(match[1]);
  const expiresSeconds = Number(match[2]);
  const expected = Buffer.from(sign(articleId, expiresSeconds));
  const given = Buffer.from(match[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  if (expiresSeconds * 1000 <= now) return { ok: false, reason: 'expired' };
  return { ok: true, articleId, expiresAt: new Date(expiresSeconds * 1000) };
}
