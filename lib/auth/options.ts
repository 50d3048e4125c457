import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';

import { recordAudit } from '@/lib/audit';
import { verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email('Email không hợp lệ'),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu'),
});

export type SessionUser = { id: number; name: string; email: string; role: Role; unitId: number | null };

/** Checks an email and password; returns the user, or null for any kind of failure. */
export async function authenticate(input: unknown): Promise<SessionUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await prisma.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  // Verify even when the user is unknown, so timing does not reveal which emails exist.
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.active || !valid) {
    await recordAudit(prisma, { userId: user?.id ?? null, action: 'auth.signInFailed', entity: 'User', entityId: email });
    return null;
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, { userId: user.id, action: 'auth.signIn', entity: 'User', entityId: String(user.id) });
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId };
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
        const user = await authenticate(credentials);
        return user ? { ...user, id: String(user.id) } : null;
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
