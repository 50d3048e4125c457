import type { Role } from '@/lib/generated/prisma/enums';

declare module 'next-auth' {
  interface Session {
    user: { id: number; name?: string | null; email?: string | null; role: Role; unitId: number | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: number;
    role: Role;
    unitId: number | null;
  }
}
