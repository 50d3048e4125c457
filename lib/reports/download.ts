import 'server-only';

import { forbidden } from 'next/navigation';

import type { CurrentUser } from '@/lib/auth/session';
import { organizationRoles } from '@/lib/auth/permissions';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Pages and files over many organizations are not for an organization's own representative. */
export function refuseRepresentative(user: Pick<CurrentUser, 'role'>): void {
  if (organizationRoles.includes(user.role)) forbidden();
}

export function xlsxResponse(buffer: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

export const periodSlug = (p: { year: number; kind: string }) => `${p.year}-${p.kind === 'FIRST_HALF' ? '6-thang' : 'ca-nam'}`;
