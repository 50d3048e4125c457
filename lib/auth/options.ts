import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';

import { recordAudit } from '@/lib/audit';
import { verifyPassword } from '@/lib/auth/password';
import { credentialsSchema } from '@/lib/auth/schema';
import { SIGN_IN_LOCK_MINUTES, SIGN_IN_LOCKED, SIGN_IN_MAX_FAILURES } from '@/lib/auth/sign-in-limits';
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

/** unitId scopes a district officer; organizationId scopes an organization's representative. */
export type SessionUser = { id: number; name: string; email: string; role: Role; unitId: number | null; organizationId: number | null };

export type AuthResult = { ok: true; user: SessionUser } | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks an email and password. Every failure is an audit row, and those rows are also the
 * throttle: a guessed password is refused, even when right, once an email has had too many
 * failures in the last minutes.
 */
export async function authenticate(input: unknown): Promise<AuthResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const since = new Date(Date.now() - SIGN_IN_LOCK_MINUTES * 60_000);
  const failures = await prisma.auditLog.count({
    where: { action: 'auth.signInFailed', entity: 'User', entityId: email, createdAt: { gte: since } },
  });
  if (failures >= SIGN_IN_MAX_FAILURES) {
    await recordAudit(prisma, { userId: null, action: 'auth.signInLocked', entity: 'User', entityId: email });
    return { ok: false, reason: 'locked' };
  }

  const user = await prisma.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  // Verify even when the user is unknown, so timing does not reveal which emails exist.
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.active || !valid) {
    await recordAudit(prisma, { userId: user?.id ?? null, action: 'auth.signInFailed', entity: 'User', entityId: email });
    return { ok: false, reason: 'invalid' };
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, { userId: user.id, action: 'auth.signIn', entity: 'User', entityId: String(user.id) });
  });
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId, organizationId: user.organizationId },
  };
}

// argon2id hash of a random string nobody knows.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$z0or2f4asde6Hth7dC0auw$dNgNubRpMpzvDE/5MuyoUB/eD9veiKjbRubAhOKpV2w';

export const authOptions: AuthOptions = {
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
  providers: [
    CredentialsProvider({
      name: 'Email và mật khẩu',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
      async authorize(credentials) {
        const result = await authenticate(credentials);
        if (result.ok) return { ...result.user, id: String(result.user.id) };
        // next-auth hands a thrown error's message to the form; null means "wrong credentials".
        if (result.reason === 'locked') throw new Error(SIGN_IN_LOCKED);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as SessionUser & { id: string };
        token.uid = Number(u.id);
        token.role = u.role;
        token.unitId = u.unitId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid,
        role: token.role,
        unitId: token.unitId,
      };
      return session;
    },
  },
};
