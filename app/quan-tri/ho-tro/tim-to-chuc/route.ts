import type { NextRequest } from 'next/server';

import { requirePermission } from '@/lib/auth/session';
import { normalizeQuery } from '@/lib/organizations/filters';
import { searchOrganizations } from '@/lib/support/queries';

/** GET /quan-tri/ho-tro/tim-to-chuc?q=… — matches for the organization picker of the support, loan and award forms. */
export async function GET(request: NextRequest): Promise<Response> {
  await requirePermission('support.manage');
  const q = normalizeQuery(request.nextUrl.searchParams.get('q') ?? undefined);
  const rows = q && q.length >= 2 ? await searchOrganizations(q) : [];
  return Response.json(rows, { headers: { 'Cache-Control': 'private, no-store' } });
}
