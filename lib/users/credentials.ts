import { createHash, randomBytes, randomInt } from 'node:crypto';

/** How long an invitation link stays valid. */
export const INVITATION_DAYS = 7;

/** The path an invitee opens; the token is the only secret and is never stored. */
export const invitationPath = (token: string) => `/dang-nhap/loi-moi/${token}`;

/** No 0/O, 1/l/I: a password read off a screen and typed by hand should not be mistyped. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A one-time initial password, "Kx7m-Pq4r-Tz9w": 12 random characters (~70 bits) in groups,
 * shown once to the admin and changed by the user at first sign-in.
 */
export function generateOneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** SHA-256 of an invitation token, hex: what the database keeps instead of the token. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh invitation token (256 random bits, URL-safe) and the hash to store. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

/** A token arriving in a URL is only ever this shape; anything else is refused before the database. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** A password no one knows, for accounts waiting on an invitation (nobody can sign in with it). */
export function unusablePassword(): string {
  return randomBytes(32).toString('base64url');
}

export function invitationExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}

/** Why an invitation link opens nothing, as the invitee reads it. */
export const invitationMessages = {
  invalid: 'Liên kết mời không hợp lệ hoặc đã bị thu hồi. Vui lòng liên hệ quản trị hệ thống.',
  used: 'Liên kết mời này đã được sử dụng. Vui lòng đăng nhập bằng mật khẩu bạn đã đặt.',
  expired: 'Liên kết mời đã hết hạn. Vui lòng liên hệ quản trị hệ thống để được cấp liên kết mới.',
} as const;
